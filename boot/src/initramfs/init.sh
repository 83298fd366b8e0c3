#!/bin/sh
# liveopt initramfs /init (busybox sh). Finds the live medium, mounts its squashfs or EROFS
# image (told apart by the magic) read-only under a tmpfs overlay at /newroot (or, when the
# image holds an ext4 image, the block live root of live_root.sh) and switches to it. Never hangs: any
# failure prints "$INIT_FAILED: ..." and powers off (or opens a shell with
# liveopt.shell) after liveopt.failwait seconds.
#
# Kernel command line:
#   liveopt.media=cdrom|disk|initrd|auto   where the image lives (default auto: initramfs,
#                                   any block device with a filesystem holding the image,
#                                   then the raw disk); cdrom: any such block device (a CD,
#                                   an isohybrid USB stick, a partition); initrd: appended to
#                                   the initrd (liveopt pxe)
#   liveopt.medium=LABEL=X|UUID=X   only the block device with this filesystem label or UUID
#                                   (an ISO's volume id, or its creation date as blkid shows it)
#   liveopt.image=/live/filesystem.squashfs   the image path on the medium (fallback /LiveOS/squashfs.img)
#   liveopt.disk=/dev/vda           the raw block device holding the squashfs (media=disk);
#                                   with a readahead list ($DISK_LIST) or a
#                                   migration, mounted through a read-only loop over it
#   liveopt.diskloop=0              no loop over the disk: squashfs directly on it even with a
#                                   list (the readahead is then wasted; for comparison)
#   liveopt.readahead=1|0|background  1 (default): read the readahead list in one sweep
#                                   before the loop mount and wait for it (at most its
#                                   budget); background: alongside the boot; 0: off
#   liveopt.budget=N                the readahead's time budget in whole seconds (default 60)
#   liveopt.toram[=background]      mount from the medium, migrate the loop device to RAM in
#                                   the background (liveopt-boot migrate; needs $BOOT_BINARY)
#   liveopt.toram=blocking          copy the image to RAM (dd) before mounting it
#   liveopt.todisk=DEV              like liveopt.toram, to the block device DEV (overwritten;
#                                   at least as large as the image; one holding a partition
#                                   table, a filesystem or data is refused, unless:)
#   liveopt.todisk.force            overwrite DEV whatever it holds
#   liveopt.check                   verify <image>.sha256 before mounting
#   liveopt.timeout=N               seconds to wait for the medium (default 30)
#   liveopt.shell                   on failure, open a shell instead of powering off
#   liveopt.debug                   print every step (set -x)
#
# Paths and marker strings shared with the Rust side come from /lib/liveopt/paths.sh,
# written by `liveopt initramfs` from its constants. Hook files appended to the initramfs
# as $HOOKS_DIR/<point>-*.sh are sourced at these points (see run_hooks):
#   pre-switch-root                 the new root is mounted at /newroot and /run/live, /dev,
#                                   /proc and /sys are moved into it; LOOP_DEVICE, TODISK
#                                   and CMDLINE are set

. /lib/liveopt/paths.sh
. "$DRIVERS_SCRIPT"
. "$LIVE_ROOT_SCRIPT"
/bin/busybox mkdir -p /bin /sbin /usr/bin /usr/sbin /proc /sys /dev /run /newroot
/bin/busybox --install -s
export PATH=/sbin:/bin:/usr/sbin:/usr/bin

mount -t proc proc /proc
echo "liveopt-init: start"
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /run/live
mount -t tmpfs -o mode=0755 tmpfs /run/live

log() { echo "liveopt-init: $*"; }

fail() {
    echo "$INIT_FAILED: $*"
    if [ -n "$SHELL_ON_FAIL" ]; then
        echo "liveopt-init: starting a shell (exit to power off)"
        setsid cttyhack sh
    else
        echo "liveopt-init: powering off in ${FAILWAIT}s"
        sleep "$FAILWAIT"
    fi
    poweroff -f
    exit 1
}

# ---- command line --------------------------------------------------------------
MEDIA=auto
MEDIUM=
IMAGE=/live/filesystem.squashfs
DISK=/dev/vda
READAHEAD=1
BUDGET=
TORAM=
TODISK=
TODISK_FORCE=
DISKLOOP=1
CHECK=
TIMEOUT=30
FAILWAIT=5
SHELL_ON_FAIL=
CMDLINE=$(cat /proc/cmdline)
for arg in $CMDLINE; do
    case "$arg" in
        liveopt.media=*) MEDIA="${arg#*=}" ;;
        liveopt.medium=*) MEDIUM="${arg#*=}" ;;
        liveopt.image=*) IMAGE="${arg#*=}" ;;
        liveopt.disk=*) DISK="${arg#*=}" ;;
        liveopt.readahead=*) READAHEAD="${arg#*=}" ;;
        liveopt.budget=*) BUDGET="${arg#*=}" ;;
        liveopt.toram) TORAM=background ;;
        liveopt.toram=*) TORAM="${arg#*=}" ;;
        liveopt.todisk=*) TODISK="${arg#*=}" ;;
        liveopt.todisk.force) TODISK_FORCE=1 ;;
        liveopt.diskloop=*) DISKLOOP="${arg#*=}" ;;
        liveopt.check) CHECK=1 ;;
        liveopt.timeout=*) TIMEOUT="${arg#*=}" ;;
        liveopt.failwait=*) FAILWAIT="${arg#*=}" ;;
        liveopt.shell) SHELL_ON_FAIL=1 ;;
        liveopt.debug) set -x ;;
    esac
done

# ---- modules -------------------------------------------------------------------
# /lib/modules/load.list: one module path per line, dependencies first (written by
# `liveopt initramfs`): filesystems, loop, overlay. Storage drivers follow by device alias
# (load_drivers, drivers.sh), now and while the medium is searched. A module that fails to
# load is reported, not fatal: the medium search below is what decides.
if [ -f /lib/modules/load.list ]; then
    while read -r module; do
        insmod "/lib/modules/$module" 2>/tmp/insmod.err || log "insmod $module: $(cat /tmp/insmod.err)"
    done < /lib/modules/load.list
fi
load_drivers

# ---- helpers -------------------------------------------------------------------
# poll_until SECONDS COMMAND...: run COMMAND every 0.1 s until it succeeds (return 0) or
# SECONDS have passed by the clock (return 1; a slow COMMAND, e.g. a medium scan that
# probes every filesystem under emulation, does not stretch the wait). The one polling
# loop of /init.
poll_until() {
    uptime_cs
    local deadline=$(( UPTIME_CS + $1 * 100 ))
    shift
    until "$@"; do
        uptime_cs
        [ "$UPTIME_CS" -ge "$deadline" ] && return 1
        usleep 100000
    done
    return 0
}

# run_hooks POINT: source every $HOOKS_DIR/POINT-*.sh (added to the initramfs by
# whoever needs to act at that point, e.g. a test harness or the guest recorder).
run_hooks() {
    for hook in "$HOOKS_DIR/$1"-*.sh; do
        [ -f "$hook" ] || continue
        log "hook $hook"
        . "$hook"
    done
}

# start_service NAME ARGS...: `exec -a @NAME $BOOT_BINARY ARGS` in the background. It gets
# LIVEOPT_READY_FD=3, a file it writes "ready" to once it has opened every path it needs;
# wait_for_services waits for that (or its exit, at most 30 s) before /run/live, /dev,
# /proc and /sys move into the new root (their old paths vanish then).
SERVICES=
start_service() {
    name=$1
    shift
    (export LIVEOPT_READY_FD=3; exec -a "@$name" "$BOOT_BINARY" "$@" </dev/null 3>"/tmp/$name.ready") &
    SERVICES="$SERVICES $name:$!"
}

# service_waiting NAME PID: true while NAME has neither said ready nor ended.
service_waiting() {
    [ ! -s "/tmp/$1.ready" ] && running "$2"
}

wait_for_services() {
    for service in $SERVICES; do
        name=${service%%:*}
        pid=${service##*:}
        poll_until 30 not service_waiting "$name" "$pid" || log "$name: not ready after 30 s; moving on"
    done
}

# not COMMAND...: true when COMMAND fails (for poll_until).
not() {
    ! "$@"
}

# running PID: true while PID runs (a zombie counts as ended).
running() {
    state=
    read -r _ _ state _ 2>/dev/null < "/proc/$1/stat" || return 1
    [ "$state" != Z ]
}

# uptime_cs: sets UPTIME_CS to the seconds since boot in hundredths (/proc/uptime; no fork).
uptime_cs() {
    read -r up _ < /proc/uptime
    frac=${up#*.}
    UPTIME_CS=$(( ${up%.*} * 100 + ${frac#0} ))
}

# The readahead service's own time budget in the initramfs (it stops itself then);
# /init kills it READAHEAD_GRACE seconds later in case it hangs.
case "$BUDGET" in
    '' ) READAHEAD_BUDGET=60 ;;
    *[!0-9]*) log "liveopt.budget=$BUDGET is not whole seconds; using 60"; READAHEAD_BUDGET=60 ;;
    *) READAHEAD_BUDGET=$BUDGET ;;
esac
READAHEAD_GRACE=10

# run_readahead IMAGE LIST: run the readahead service (`liveopt-boot readahead`, static, in
# the initramfs) on IMAGE (the squashfs file on the medium, or on a raw disk the read-only
# loop over it, so the loop device's reads hit the page cache it fills) with LIST. By
# default /init waits for it before the loop mount: the list is read in one ascending sweep
# before the boot's own reads start (run alongside the boot, the two interleave and the
# drive seeks between them). liveopt.readahead=background starts it alongside the boot
# instead, with argv[0] '@' (systemd spares it, it logs to /dev/kmsg, it runs on across
# switch_root). The service exits 0 on every problem and is bounded by its time budget: it
# never fails the boot.
run_readahead() {
    case "$READAHEAD" in
        0) log "readahead disabled (liveopt.readahead=0)"; return 0 ;;
        background) ;;
        *) READAHEAD=1 ;;
    esac
    if [ ! -f "$2" ]; then
        return 0
    fi
    if [ ! -x "$BOOT_BINARY" ]; then
        log "readahead list $2 present but $BOOT_BINARY is not in the initramfs"
    elif [ "$READAHEAD" = background ]; then
        log "readahead (background): $2 on $1"
        start_service liveopt-readahead readahead --list "$2" "$1"
    else
        log "readahead: $2 on $1, waiting for it (budget ${READAHEAD_BUDGET} s)"
        "$BOOT_BINARY" readahead --time-budget "$READAHEAD_BUDGET" --list "$2" "$1" </dev/null &
        pid=$!
        uptime_cs
        started=$UPTIME_CS
        if ! poll_until $(( READAHEAD_BUDGET + READAHEAD_GRACE )) not running "$pid"; then
            log "readahead: still running after $(( READAHEAD_BUDGET + READAHEAD_GRACE )) s; killed"
            kill -9 "$pid" 2>/dev/null
        fi
        wait "$pid" 2>/dev/null
        uptime_cs
        elapsed=$(( UPTIME_CS - started ))
        log "readahead: done after $(( elapsed / 100 )).$(( elapsed / 10 % 10 )) s"
    fi
}

# start_migration LOOP: `liveopt-boot migrate` copies the image behind the read-only loop
# device LOOP, in LIST's order (boot data first), to RAM (liveopt.toram: a tmpfs file at
# $RAM_PATH under /run/live, moved into the new root with it) or to the block device
# $TODISK (liveopt.todisk=DEV, overwritten; at least as large as the image, a larger one
# gets the loop a size limit before the switch, a smaller one is refused before anything is
# written), verifies it and switches the loop to the copy (LOOP_CHANGE_FD), while the boot
# goes on. argv[0] starts with '@' (spared by systemd, logs to /dev/kmsg); it only holds
# descriptors, so it survives switch_root. On failure the root stays on the medium.
start_migration() {
    if [ -n "$TODISK" ]; then
        option=liveopt.todisk
    else
        option=liveopt.toram
    fi
    if [ ! -x "$BOOT_BINARY" ]; then
        log "$option: no $BOOT_BINARY in the initramfs; the root stays on the medium"
        return 0
    fi
    if [ -n "$TODISK" ]; then
        if ! poll_until 10 test -b "$TODISK"; then
            log "liveopt.todisk: no block device $TODISK; the root stays on the medium"
            return 0
        fi
        set -- --loop-device "$1" --to-disk "$TODISK"
        [ -n "$TODISK_FORCE" ] && set -- "$@" --force
        log "todisk: migrating $2 to $TODISK in the background"
    else
        mkdir -p "${RAM_PATH%/*}"
        mount -t tmpfs -o mode=0755 tmpfs "${RAM_PATH%/*}" || { log "liveopt.toram: no tmpfs"; return 0; }
        set -- --loop-device "$1" --to-ram --ram-path "$RAM_PATH"
        log "toram: migrating $2 to RAM in the background"
    fi
    # --start-when-idle: the copy waits until the boot has not read the medium for 5 s, so
    # it neither queues ahead of the boot's reads (an ATAPI drive takes one command at a
    # time, and sr's scheduler ignores I/O priorities) nor takes its CPU.
    set -- "$@" --start-when-idle 5
    [ -f "$READAHEAD_LIST" ] && set -- "$@" --list "$READAHEAD_LIST"
    start_service liveopt-migrate migrate "$@"
    # Lowest CPU priority too (its I/O is already idle-ish): under TCG the copy's sha256
    # would otherwise take CPU time from the boot.
    renice -n 19 -p "${SERVICES##*:}" >/dev/null 2>&1
}

# loop_over_disk DEV: a read-only loop device over the raw block device DEV, in DISK_LOOP.
# Squashfs mounted directly on a block device submits bios and never reads through DEV's
# page cache, so a readahead of DEV would be wasted; the loop driver reads DEV buffered,
# through that cache, so the boot's reads of the loop hit what the readahead brought in
# (and squashfs's metadata re-reads hit memory too). LOOP_CHANGE_FD (toram/todisk) also
# needs a loop.
loop_over_disk() {
    DISK_LOOP=$(losetup -f 2>/tmp/losetup.err) && losetup -r "$DISK_LOOP" "$1" 2>>/tmp/losetup.err && return 0
    log "no read-only loop over $1 ($(cat /tmp/losetup.err)); mounting it directly"
    DISK_LOOP=
    return 1
}

# image_fstype IMAGE: "erofs" when IMAGE (a file or block device) holds the EROFS magic
# 0xE0F5E1E2 1 KiB in, else "squashfs" (magic "hsqs" at 0; the mount reports anything else).
# Fedora-style media name an EROFS image squashfs.img, so the name tells nothing.
image_fstype() {
    if [ "$(dd if="$1" bs=4 skip=256 count=1 2>/dev/null | od -An -tx1 | tr -d ' \n')" = e2e1f5e0 ]; then
        echo erofs
    else
        echo squashfs
    fi
}

# ---- find the medium -----------------------------------------------------------
wait_for() { # wait_for DEVICE SECONDS: poll until the block device exists, loading drivers
    poll_until "$2" device_appeared "$1"
}

# Each try_* sets SQUASHFS_SOURCE (a file or block device) and READAHEAD_LIST, or returns 1.
# The block device scan, try_block_devices, is in drivers.sh.

try_initrd() { # the image appended to the initrd (liveopt pxe), already in RAM
    for candidate in "$IMAGE" /live/filesystem.squashfs; do
        if [ -f "$candidate" ]; then
            SQUASHFS_SOURCE="$candidate"
            READAHEAD_LIST=
            log "medium: initramfs, image $candidate"
            return 0
        fi
    done
    return 1
}

try_disk() { # try_disk SECONDS
    wait_for "$DISK" "$1" || return 1
    SQUASHFS_SOURCE="$DISK"
    READAHEAD_LIST=$DISK_LIST
    log "medium: $DISK (raw squashfs)"
    return 0
}

# holds_image DEV: DEV starts with a squashfs or EROFS image. A raw disk without one may be
# a cut-short todisk copy (its head is written last) or any other disk.
holds_image() {
    [ "$(dd if="$1" bs=4 count=1 2>/dev/null)" = hsqs ] || [ "$(image_fstype "$1")" = erofs ]
}

# try_any_medium: a block device with the image on a filesystem, else (without
# liveopt.medium) the raw disk if it holds an image: a medium that enumerates late (USB)
# must not lose to a disk that holds none.
try_any_medium() {
    try_block_devices && return 0
    [ -z "$MEDIUM" ] && [ -b "$DISK" ] && holds_image "$DISK" && try_disk 0
}

# find_medium_auto: the initramfs, then any block device, until TIMEOUT.
find_medium_auto() {
    try_initrd && return 0
    poll_until "$TIMEOUT" try_any_medium
}

SQUASHFS_SOURCE=
case "$MEDIA" in
    cdrom) poll_until "$TIMEOUT" try_block_devices ;;
    disk) try_disk "$TIMEOUT" ;;
    initrd) try_initrd || fail "liveopt.media=initrd: no $IMAGE in the initramfs" ;;
    auto) find_medium_auto ;;
    *) fail "unknown liveopt.media=$MEDIA (cdrom, disk, initrd or auto)" ;;
esac
[ -n "$SQUASHFS_SOURCE" ] || fail "no live medium found (liveopt.media=$MEDIA${MEDIUM:+ liveopt.medium=$MEDIUM}) within ${TIMEOUT}s; block devices:$(block_devices); mounted without $IMAGE:${NO_IMAGE% }"

if [ -n "$CHECK" ]; then
    if [ -f "$SQUASHFS_SOURCE.sha256" ]; then
        expected=$(cut -d' ' -f1 < "$SQUASHFS_SOURCE.sha256")
        actual=$(sha256sum "$SQUASHFS_SOURCE" | cut -d' ' -f1)
        [ "$expected" = "$actual" ] || fail "image checksum mismatch: $actual, expected $expected"
        log "image checksum ok"
    else
        log "liveopt.check: no $SQUASHFS_SOURCE.sha256, nothing to check"
    fi
fi

case "$TORAM" in
    ""|0) TORAM= ;;
    background|1) TORAM=background ;;
    blocking)
        # The dracut rd.live.ram way: the whole image to RAM before mounting it.
        log "copying the image to RAM (blocking)"
        mkdir -p "${RAM_PATH%/*}"
        mount -t tmpfs -o mode=0755 tmpfs "${RAM_PATH%/*}"
        dd if="$SQUASHFS_SOURCE" of="$RAM_PATH" bs=4M 2>/dev/null || fail "copy to RAM failed"
        log "image copied to RAM"
        SQUASHFS_SOURCE=$RAM_PATH
        TORAM=
        ;;
    *) fail "unknown liveopt.toram=$TORAM (background or blocking)" ;;
esac
if [ -n "$TORAM" ] && [ -n "$TODISK" ]; then
    log "liveopt.toram and liveopt.todisk=$TODISK both given: migrating to $TODISK only"
    TORAM=
fi
if [ -n "$TODISK" ] && [ "$TODISK" = "$SQUASHFS_SOURCE" ]; then
    log "liveopt.todisk=$TODISK is the medium itself; not migrating"
    TODISK=
fi
if [ "$MEDIA" = initrd ]; then # the image is in RAM already
    TORAM=
    TODISK=
fi

# ---- a raw disk: through a read-only loop when the readahead or a migration needs one
DISK_LOOP=
READAHEAD_TARGET=$SQUASHFS_SOURCE
if [ -b "$SQUASHFS_SOURCE" ]; then
    why=
    if [ "$READAHEAD" != 0 ] && [ -f "$READAHEAD_LIST" ] && [ -x "$BOOT_BINARY" ]; then
        why="readahead list $READAHEAD_LIST"
    elif [ -n "$TORAM$TODISK" ]; then
        why="migration"
    fi
    if [ -n "$why" ] && [ "$DISKLOOP" = 0 ]; then
        why="$why, but liveopt.diskloop=0"
    elif [ -n "$why" ] && loop_over_disk "$SQUASHFS_SOURCE"; then
        # The service resolves the loop to DISK and warms DISK's page cache.
        READAHEAD_TARGET=$DISK_LOOP
        log "disk: $SQUASHFS_SOURCE through read-only $DISK_LOOP ($why; its buffered reads of $SQUASHFS_SOURCE hit the page cache)"
    fi
    if [ -z "$DISK_LOOP" ]; then
        [ -n "$TORAM$TODISK" ] && log "liveopt.toram/todisk: $SQUASHFS_SOURCE is not behind a loop; the root stays on it"
        TORAM=
        TODISK=
        log "disk: squashfs directly on $SQUASHFS_SOURCE (${why:-no readahead list or readahead off})"
    fi
fi

run_readahead "$READAHEAD_TARGET" "$READAHEAD_LIST"

# ---- mount the root ------------------------------------------------------------
mkdir -p /run/live/rootfs /run/live/overlay
LOOP_DEVICE=
FSTYPE=$(image_fstype "$SQUASHFS_SOURCE")
log "image: $FSTYPE"
if [ -n "$DISK_LOOP" ]; then
    mount -t "$FSTYPE" -o ro "$DISK_LOOP" /run/live/rootfs || fail "mounting $FSTYPE from $DISK_LOOP ($SQUASHFS_SOURCE) failed"
    LOOP_DEVICE=$DISK_LOOP
    log "root: $SQUASHFS_SOURCE on $LOOP_DEVICE"
elif [ -b "$SQUASHFS_SOURCE" ]; then
    mount -t "$FSTYPE" -o ro "$SQUASHFS_SOURCE" /run/live/rootfs || fail "mounting $FSTYPE $SQUASHFS_SOURCE failed"
else
    mount -t "$FSTYPE" -o ro,loop "$SQUASHFS_SOURCE" /run/live/rootfs || fail "loop-mounting $FSTYPE $SQUASHFS_SOURCE failed"
    LOOP_DEVICE=$(awk '$2 == "/run/live/rootfs" { print $1 }' /proc/mounts)
    log "root: $SQUASHFS_SOURCE on $LOOP_DEVICE"
fi
if [ -n "$LOOP_DEVICE" ] && [ -n "$TORAM$TODISK" ]; then
    start_migration "$LOOP_DEVICE"
fi
if block_root_image; then
    mount_block_root
else
    mount -t tmpfs -o mode=0755 tmpfs /run/live/overlay || fail "tmpfs for the overlay failed"
    mkdir -p /run/live/overlay/upper /run/live/overlay/work
    mount -t overlay overlay \
        -o lowerdir=/run/live/rootfs,upperdir=/run/live/overlay/upper,workdir=/run/live/overlay/work \
        /newroot || fail "overlay mount failed"
fi
[ -x /newroot/sbin/init ] || [ -L /newroot/sbin/init ] || fail "no /sbin/init in the image"

wait_for_services
# Keep the live mounts reachable from the new root (like live-boot's /run/live).
mkdir -p /newroot/run/live
mount --move /run/live /newroot/run/live 2>/dev/null || mount --bind /run/live /newroot/run/live
mount --move /dev /newroot/dev
mount --move /proc /newroot/proc
mount --move /sys /newroot/sys
run_hooks pre-switch-root
log "switching to the live root"
exec switch_root /newroot /sbin/init
fail "switch_root failed"
