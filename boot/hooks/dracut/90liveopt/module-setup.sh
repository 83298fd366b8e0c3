#!/bin/bash
# dracut module: warm the page cache with the live image's boot ranges (liveopt-boot
# readahead) after the live medium appears and before dmsquash-live-root loop-mounts
# the image. Install: copy this directory to /usr/lib/dracut/modules.d/90liveopt and
# build with `dracut --add liveopt`; liveopt-boot must be at /usr/lib/liveopt/liveopt-boot
# (or set LIVEOPT_BOOT to its path).

check() {
    # Only on request (--add liveopt): it is useless outside a live image.
    return 255
}

depends() {
    echo dmsquash-live
    return 0
}

install() {
    local boot_binary="${LIVEOPT_BOOT:-/usr/lib/liveopt/liveopt-boot}"
    if [[ ! -x $boot_binary ]]; then
        derror "liveopt: $boot_binary not found (set LIVEOPT_BOOT)"
        return 1
    fi
    inst_simple "$boot_binary" /bin/liveopt-boot
    inst_multiple mount umount mkdir
    # initqueue/settled hooks run in name order on every pass of the queue; "00" sorts
    # before dmsquash-live-root's own --unique job, so the warm-up happens first.
    inst_hook initqueue/settled 00 "$moddir/liveopt-readahead.sh"
    inst_hook pre-pivot 99 "$moddir/liveopt-umount.sh"
    dracut_need_initqueue
}
