# Hook sourced by the liveopt initramfs /init before switch_root (boot::initramfs::HookPoint):
# the guest-side recorder of `liveopt qemu profile --guest-profile`, added with the whole
# `liveopt` (/bin/liveopt) and its libraries by qemu::profile_boot.
#
# `liveopt record` runs over the squashfs mount, chrooted into the new root so its view
# survives switch_root. Its binary, loader and libraries (the ones ldd listed, in
# /lib/liveopt/recorder.libs) are copied to the tmpfs upper layer and it runs through that
# loader: loading the image's own ld.so and libc before the probe is attached would leave
# their pages out of the profile. A systemd drop-in makes the marker unit run
# /etc/liveopt/marker-hook after printing the marker: it stops the recorder and sends the
# profile to the host on /dev/ttyS1.

# recorder_started PID: true once the recorder is ready or has ended.
recorder_started() {
    [ -e /newroot/dev/.liveopt-record-ready ] || [ ! -d "/newroot/proc/$1" ]
}

start_recorder() {
    mkdir -p /newroot/.liveopt-recorder/lib
    cp /bin/liveopt /newroot/.liveopt-recorder/liveopt || { log "recorder: copy failed"; return 0; }
    recorder=/.liveopt-recorder/liveopt
    loader=
    while read -r lib; do
        case "$lib" in
            */ld-linux*) loader=$lib; cp "$lib" /newroot/.liveopt-recorder/ld.so ;;
            *) cp "$lib" /newroot/.liveopt-recorder/lib/ ;;
        esac
    done < /lib/liveopt/recorder.libs
    if [ -n "$loader" ]; then
        recorder="/.liveopt-recorder/ld.so --library-path /.liveopt-recorder/lib $recorder"
    fi
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
    # shellcheck disable=SC2086 # $recorder is a command line
    chroot /newroot $recorder record --mount /run/live/rootfs -o /liveopt-guest.profile \
        -- /bin/sh -c 'touch /dev/.liveopt-record-ready; read x < /dev/.liveopt-record-stop' \
        > /newroot/dev/.liveopt-record.log 2>&1 &
    pid=$!
    echo "$pid" > /newroot/dev/.liveopt-record.pid
    poll_until 120 recorder_started "$pid"
    if [ ! -e /newroot/dev/.liveopt-record-ready ]; then
        log "recorder: did not start: $(cat /newroot/dev/.liveopt-record.log)"
        return 0
    fi
    log "recorder running (pid $pid)"
}

start_recorder
