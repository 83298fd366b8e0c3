#!/bin/sh
# liveopt readahead for dracut's dmsquash-live: once the live medium exists, mount it
# read-only (the same superblock dmsquash-live-root mounts later, so the page cache is
# shared), warm LiveOS/squashfs.img from LiveOS/squashfs.img.readahead, and wait for it.
# Never fails the boot: any problem is one log line and the boot goes on.

type getarg >/dev/null 2>&1 || . /lib/dracut-lib.sh

liveopt_readahead() {
    [ -e /run/liveopt/readahead.done ] && return 0
    getargbool 0 rd.liveopt.off && return 0
    live_root="${root:-$(getarg root=)}"
    case "$live_root" in
        live:*) ;;
        *) return 0 ;;
    esac
    livedev="${live_root#live:}"
    case "$livedev" in
        CDLABEL=*) livedev="/dev/disk/by-label/$(echo "${livedev#CDLABEL=}" | sed 's,/,\\x2f,g;s, ,\\x20,g')" ;;
        LABEL=* | UUID=* | PARTUUID=* | PARTLABEL=*)
            if type label_uuid_to_dev >/dev/null 2>&1; then livedev="$(label_uuid_to_dev "$livedev")"; fi
            ;;
    esac
    # Not there yet: try again on the next pass of the queue.
    [ -b "$livedev" ] || return 0
    mkdir -p /run/liveopt/medium
    : >/run/liveopt/readahead.done
    if ! mount -n -o ro "$livedev" /run/liveopt/medium 2>/dev/null; then
        echo "liveopt-readahead: cannot mount $livedev, boot goes on" >/dev/kmsg
        return 0
    fi
    image=/run/liveopt/medium/LiveOS/squashfs.img
    if [ -f "$image" ]; then
        # liveopt-boot reports itself (warmed, or why not: missing/stale/corrupt list).
        /usr/bin/liveopt-boot readahead --list "$image.readahead" "$image" >/dev/kmsg 2>&1 ||
            echo "liveopt-readahead: liveopt-boot failed, boot goes on" >/dev/kmsg
    else
        echo "liveopt-readahead: no $image, boot goes on" >/dev/kmsg
    fi
    # Stays mounted: unmounting the last mount would drop the superblock and the pages
    # just read. liveopt-umount.sh (pre-pivot) lets go once dmsquash-live holds the medium.
}

liveopt_readahead
