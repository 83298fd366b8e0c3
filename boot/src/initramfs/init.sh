#!/bin/sh
# liveopt initramfs /init (busybox sh). Finds the live medium, mounts the squashfs
# read-only under a tmpfs overlay at /newroot and switches to it. Never hangs: any
# failure prints "LIVEOPT-INIT-FAILED: ..." and powers off (or opens a shell with
# liveopt.shell) after liveopt.failwait seconds.
#
# Kernel command line:
#   liveopt.media=cdrom|disk|auto   where the image lives (default auto: CD first, then disk)
#   liveopt.image=/live/filesystem.squashfs   the image path on the CD (fallback /LiveOS/squashfs.img)
#   liveopt.disk=/dev/vda           the raw block device holding the squashfs (media=disk)
#   liveopt.readahead=0|1           run the readahead hook (default 1)
#   liveopt.toram                   copy the image to RAM before mounting it
#   liveopt.check                   verify <image>.sha256 before mounting
#   liveopt.timeout=N               seconds to wait for the medium (default 30)
#   liveopt.shell                   on failure, open a shell instead of powering off
#   liveopt.debug                   print every step (set -x)
#   liveopt.record                  run the guest-side eBPF recorder (/bin/liveopt) over the boot

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
    echo "LIVEOPT-INIT-FAILED: $*"
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
IMAGE=/live/filesystem.squashfs
DISK=/dev/vda
READAHEAD=1
TORAM=
CHECK=
TIMEOUT=30
FAILWAIT=5
SHELL_ON_FAIL=
RECORD=
for arg in $(cat /proc/cmdline); do
    case "$arg" in
        liveopt.media=*) MEDIA="${arg#*=}" ;;
        liveopt.image=*) IMAGE="${arg#*=}" ;;
        liveopt.disk=*) DISK="${arg#*=}" ;;
        liveopt.readahead=*) READAHEAD="${arg#*=}" ;;
        liveopt.toram) TORAM=1 ;;
        liveopt.check) CHECK=1 ;;
        liveopt.timeout=*) TIMEOUT="${arg#*=}" ;;
        liveopt.failwait=*) FAILWAIT="${arg#*=}" ;;
        liveopt.shell) SHELL_ON_FAIL=1 ;;
        liveopt.debug) set -x ;;
        liveopt.record) RECORD=1 ;;
    esac
done

# ---- modules -------------------------------------------------------------------
# /lib/modules/load.list: one module path per line, dependencies first (written by
# `liveopt initramfs`). A module that fails to load is reported, not fatal: the
# medium search below is what decides.
if [ -f /lib/modules/load.list ]; then
    while read -r module; do
        insmod "/lib/modules/$module" 2>/tmp/insmod.err || log "insmod $module: $(cat /tmp/insmod.err)"
    done < /lib/modules/load.list
fi

# ---- hooks (issue 5 extends these) ---------------------------------------------
# run_readahead IMAGE LIST: start the readahead service (`liveopt readahead`, /bin/liveopt
# with its libraries in the initramfs) on IMAGE (the squashfs file on the medium, so the
# loop device's reads hit its page cache) with LIST, in the background. argv[0] starts
# with '@': systemd spares it, and it logs to /dev/kmsg. It never blocks or fails the boot.
run_readahead() {
    if [ "$READAHEAD" = 0 ]; then
        log "readahead disabled (liveopt.readahead=0)"
        return 0
    fi
    if [ ! -f "$2" ]; then
        return 0
    fi
    if [ -x /bin/liveopt ]; then
        log "readahead: $2 on $1"
        (exec -a @liveopt-readahead /bin/liveopt readahead --list "$2" "$1" </dev/null) &
    elif [ -x /bin/liveopt-readahead ]; then
        log "readahead: $2 on $1"
        /bin/liveopt-readahead "$1" "$2" &
    else
        log "readahead list $2 present but /bin/liveopt is not in the initramfs"
    fi
}

# start_recorder: the guest-side recorder (`liveopt record`, added to the initramfs as
# /bin/liveopt) over the squashfs mount, chrooted into the new root so its view survives
# switch_root. Its binary is copied to the tmpfs upper layer (not read from the image). A
# systemd drop-in makes the marker unit run /etc/liveopt/marker-hook after printing the
# marker: it stops the recorder and sends the profile to the host on /dev/ttyS1.
start_recorder() {
    [ -n "$RECORD" ] || return 0
    if [ ! -x /bin/liveopt ]; then
        log "liveopt.record: no /bin/liveopt in the initramfs; not recording"
        return 0
    fi
    cp /bin/liveopt /newroot/.liveopt-recorder || { log "liveopt.record: copy failed"; return 0; }
    mkfifo /newroot/dev/.liveopt-record-stop
    mkdir -p /newroot/etc/liveopt /newroot/etc/systemd/system/liveopt-marker.service.d
    cat > /newroot/etc/liveopt/marker-hook <<'HOOK'
#!/bin/sh
# Stop the recorder, then send its profile (and log) to the host on the second serial port.
pid=$(cat /dev/.liveopt-record.pid)
echo stop > /dev/.liveopt-record-stop &
n=0
while [ -d "/proc/$pid" ] && [ "$n" -lt 1200 ]; do sleep 0.1; n=$((n + 1)); done
stty -F /dev/ttyS1 raw -echo 2>/dev/null
{
    echo LIVEOPT-GUEST-LOG-BEGIN
    cat /dev/.liveopt-record.log
    echo LIVEOPT-GUEST-LOG-END
    echo LIVEOPT-GUEST-PROFILE-BEGIN
    cat /liveopt-guest.profile
    echo LIVEOPT-GUEST-PROFILE-END
} > /dev/ttyS1 2>&1
HOOK
    chmod 755 /newroot/etc/liveopt/marker-hook
    cat > /newroot/etc/systemd/system/liveopt-marker.service.d/record.conf <<'DROPIN'
[Service]
ExecStart=
ExecStart=/bin/sh -c 'echo "LIVEOPT-MARKER reached" > /dev/ttyS0; /etc/liveopt/marker-hook; systemctl poweroff --no-block'
DROPIN
    chroot /newroot /.liveopt-recorder record --mount /run/live/rootfs -o /liveopt-guest.profile \
        -- /bin/sh -c 'touch /dev/.liveopt-record-ready; read x < /dev/.liveopt-record-stop' \
        > /newroot/dev/.liveopt-record.log 2>&1 &
    echo $! > /newroot/dev/.liveopt-record.pid
    n=0
    while [ ! -e /newroot/dev/.liveopt-record-ready ]; do
        if [ ! -d "/newroot/proc/$!" ] || [ "$n" -ge 1200 ]; then
            log "liveopt.record: the recorder did not start: $(cat /newroot/dev/.liveopt-record.log)"
            return 0
        fi
        usleep 100000
        n=$(( n + 1 ))
    done
    log "recorder running (pid $(cat /newroot/dev/.liveopt-record.pid))"
}

# ---- find the medium -----------------------------------------------------------
wait_for() { # wait_for DEVICE SECONDS: poll until the block device exists
    n=0
    while [ ! -b "$1" ]; do
        [ "$n" -ge $(( $2 * 10 )) ] && return 1
        usleep 100000
        n=$(( n + 1 ))
    done
    return 0
}

# Each try_* sets SQUASHFS_SOURCE (a file or block device) and READAHEAD_LIST, or returns 1.
try_cdrom() { # try_cdrom SECONDS
    wait_for /dev/sr0 "$1" || return 1
    mkdir -p /run/live/medium
    mount -t iso9660 -o ro /dev/sr0 /run/live/medium || return 1
    for candidate in "$IMAGE" /live/filesystem.squashfs /LiveOS/squashfs.img; do
        if [ -f "/run/live/medium$candidate" ]; then
            SQUASHFS_SOURCE="/run/live/medium$candidate"
            READAHEAD_LIST="$SQUASHFS_SOURCE.readahead"
            log "medium: /dev/sr0, image $candidate"
            return 0
        fi
    done
    umount /run/live/medium
    log "/dev/sr0 holds no $IMAGE"
    return 1
}

try_disk() { # try_disk SECONDS
    wait_for "$DISK" "$1" || return 1
    SQUASHFS_SOURCE="$DISK"
    READAHEAD_LIST=/lib/liveopt/disk.readahead
    log "medium: $DISK (raw squashfs)"
    return 0
}

SQUASHFS_SOURCE=
case "$MEDIA" in
    cdrom) try_cdrom "$TIMEOUT" ;;
    disk) try_disk "$TIMEOUT" ;;
    auto)
        n=0
        while [ -z "$SQUASHFS_SOURCE" ] && [ "$n" -lt "$TIMEOUT" ]; do
            try_cdrom 1 || try_disk 0 || sleep 1
            n=$(( n + 1 ))
        done
        ;;
    *) fail "unknown liveopt.media=$MEDIA (cdrom, disk or auto)" ;;
esac
[ -n "$SQUASHFS_SOURCE" ] || fail "no live medium found (liveopt.media=$MEDIA) within ${TIMEOUT}s"

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

if [ -n "$TORAM" ]; then
    log "copying the image to RAM"
    mkdir -p /run/live/toram
    mount -t tmpfs -o mode=0755 tmpfs /run/live/toram
    cp "$SQUASHFS_SOURCE" /run/live/toram/filesystem.squashfs || fail "copy to RAM failed"
    SQUASHFS_SOURCE=/run/live/toram/filesystem.squashfs
fi

run_readahead "$SQUASHFS_SOURCE" "$READAHEAD_LIST"

# ---- mount the root ------------------------------------------------------------
mkdir -p /run/live/rootfs /run/live/overlay
if [ -b "$SQUASHFS_SOURCE" ]; then
    mount -t squashfs -o ro "$SQUASHFS_SOURCE" /run/live/rootfs || fail "mounting squashfs $SQUASHFS_SOURCE failed"
else
    mount -t squashfs -o ro,loop "$SQUASHFS_SOURCE" /run/live/rootfs || fail "loop-mounting squashfs $SQUASHFS_SOURCE failed"
fi
mount -t tmpfs -o mode=0755 tmpfs /run/live/overlay || fail "tmpfs for the overlay failed"
mkdir -p /run/live/overlay/upper /run/live/overlay/work
mount -t overlay overlay \
    -o lowerdir=/run/live/rootfs,upperdir=/run/live/overlay/upper,workdir=/run/live/overlay/work \
    /newroot || fail "overlay mount failed"
[ -x /newroot/sbin/init ] || [ -L /newroot/sbin/init ] || fail "no /sbin/init in the image"

# Keep the live mounts reachable from the new root (like live-boot's /run/live).
mkdir -p /newroot/run/live
mount --move /run/live /newroot/run/live 2>/dev/null || mount --bind /run/live /newroot/run/live
mount --move /dev /newroot/dev
mount --move /proc /newroot/proc
mount --move /sys /newroot/sys
start_recorder
log "switching to the live root"
exec switch_root /newroot /sbin/init
fail "switch_root failed"
