#!/bin/sh
# liveopt readahead for live-boot (installed as /lib/live/boot/9999-liveopt.sh).
#
# live-boot sources /lib/live/boot/????-* in order, so this file comes after
# 9990-misc-helpers.sh and replaces its get_backing_device: setup_unionfs calls
# it once per image on the mounted medium, just before the image is attached to
# a loop device and mounted. For a squashfs image with a readahead list beside it
# (IMAGE.readahead), liveopt-boot first reads the listed ranges into the page
# cache, in the foreground, so the loop's reads hit memory. A missing, stale or
# corrupt list is one log line from liveopt-boot (exit 0); if the binary itself
# is missing or fails, the boot goes on exactly as without this file.
# busybox sh cannot copy a function (no `declare -f`), so the original body is
# repeated below unchanged (live-boot as in Debian bookworm).

liveopt_readahead ()
{
	[ -x /bin/liveopt-boot ] || return 0
	# liveopt.budget=SECS: the service's time budget (its default 60 s), for media
	# slower than that allows.
	liveopt_budget=
	for liveopt_arg in $(cat /proc/cmdline); do
		case "${liveopt_arg}" in
			liveopt.budget=*) liveopt_budget="${liveopt_arg#liveopt.budget=}" ;;
		esac
	done
	# stdout is the caller's $(...) result (the loop device name): log to stderr.
	( exec -a @liveopt-readahead /bin/liveopt-boot readahead ${liveopt_budget:+--time-budget "${liveopt_budget}"} \
		--list "${1}.readahead" "${1}" ) 1>&2 || true
}

get_backing_device ()
{
	case "${1}" in
		*.squashfs|*.ext2|*.ext3|*.ext4|*.jffs2|*.*.verity|*.*.fec)
			case "${1}" in
				*.squashfs)
					liveopt_readahead "${1}"
					;;
			esac
			echo $(setup_loop "${1}" "loop" "/sys/block/loop*" '0' "${2}")
			;;

		*.dir)
			echo "directory"
			;;

		*)
			panic "Unrecognized live filesystem: ${1}"
			;;
	esac
}
