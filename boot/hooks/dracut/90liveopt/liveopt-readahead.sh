#!/bin/sh
# liveopt readahead for dracut's dmsquash-live (installed as the initqueue/settled hook
# 00-liveopt-readahead.sh). dracut's script initrd sources the settled hooks in name order
# on every pass of its main loop; dmsquash-live's udev rule queues its own job
# (settled/dmsquash-live-root.sh) once the medium appears, so in that pass this file runs
# first. It mounts the medium read-only (the superblock dmsquash-live-root mounts again,
# so the page cache is shared), warms LiveOS/squashfs.img from LiveOS/squashfs.img.readahead
# in the foreground, and keeps the mount until pre-pivot (liveopt-umount.sh).
# Sourced by /init: everything here is prefixed liveopt_. Never fails the boot: a problem
# is one line on the console and the boot goes on.

type getarg >/dev/null 2>&1 || . /lib/dracut-lib.sh

liveopt_log() {
    echo "liveopt-readahead: $*" >/dev/kmsg
}

liveopt_readahead() {
    [ -e /run/liveopt/readahead.done ] && return 0
    getargbool 0 rd.liveopt.off && return 0
    # After parse-dmsquash-live.sh, root is live:/dev/... (CDLABEL=/LABEL=/UUID= resolved).
    liveopt_dev="${root#live:}"
    [ "$liveopt_dev" = "$root" ] && return 0
    case "$liveopt_dev" in
        /dev/*) ;;
        *) return 0 ;;
    esac
    # Not there yet: try again on the next pass of the queue.
    [ -b "$liveopt_dev" ] || return 0
    mkdir -p /run/liveopt/medium
    : >/run/liveopt/readahead.done
    if getargbool 0 rd.live.ram; then
        # dmsquash-live copies the whole image with one sequential dd: nothing to order.
        liveopt_log "rd.live.ram: dracut copies the whole image in one pass, no readahead"
        return 0
    fi
    if ! mount -n -o ro "$liveopt_dev" /run/liveopt/medium 2>/dev/null; then
        liveopt_log "cannot mount $liveopt_dev, boot goes on"
        return 0
    fi
    liveopt_image="/run/liveopt/medium/$(getarg rd.live.dir -d live_dir || echo LiveOS)"
    liveopt_image="$liveopt_image/$(getarg rd.live.squashimg || echo squashfs.img)"
    if [ ! -f "$liveopt_image" ]; then
        liveopt_log "no $liveopt_image, boot goes on"
    elif [ ! -x /bin/liveopt-boot ]; then
        liveopt_log "no /bin/liveopt-boot, boot goes on"
    else
        # liveopt-boot reports itself (warmed, or why not: missing/stale/corrupt list);
        # its lines go to the kernel log one record each (a direct redirection would
        # split them at every write).
        # rd.liveopt.budget=SECS: the service's time budget (its default 60 s), for media
        # slower than that allows.
        liveopt_budget=$(getarg rd.liveopt.budget=)
        liveopt_out=$(/bin/liveopt-boot readahead ${liveopt_budget:+--time-budget "$liveopt_budget"} \
            --list "$liveopt_image.readahead" "$liveopt_image" 2>&1) \
            || liveopt_log "liveopt-boot failed, boot goes on"
        printf '%s\n' "$liveopt_out" | while IFS= read -r liveopt_line; do
            [ -n "$liveopt_line" ] && echo "$liveopt_line" >/dev/kmsg
        done
    fi
    unset liveopt_dev liveopt_image liveopt_out liveopt_budget
}

liveopt_readahead
