# Test hook (tests/faults.rs), sourced by /init before switch_root: a drop-in makes the
# marker unit, after the marker, wait until the migration service (argv[0]
# @liveopt-migrate) has ended, say which file or device the loop reads then, drop the
# caches and read a file the boot read (is the root still readable?), say "done" and power
# off. The host injects the fault (read errors, eject, power cut) meanwhile.
install_fault_report() {
    mkdir -p /newroot/etc/liveopt /newroot/etc/systemd/system/liveopt-marker.service.d
    printf 'LOOP=%s\n' "${LOOP_DEVICE#/dev/}" > /newroot/etc/liveopt/fault.env
    cat > /newroot/etc/liveopt/fault-report <<'TEST'
#!/bin/sh
. /etc/liveopt/fault.env
say() { echo "liveopt-fault: $*" > /dev/ttyS0; }
n=0
while grep -qsa '^@liveopt-migrate' /proc/[0-9]*/cmdline; do
    n=$((n + 1)); [ "$n" -ge 600 ] && { say "migration still running after 600 s"; break; }
    sleep 1
done
# Shell builtins only until the root is known to read: with the medium gone, no program
# that is not in memory can be started.
read -r backing < "/sys/block/$LOOP/loop/backing_file" || backing="(unreadable)"
say "migration over; $LOOP reads $backing"
sync; echo 3 > /proc/sys/vm/drop_caches
if sha256sum /etc/os-release /bin/sh > /dev/null 2>&1; then
    say "the root still reads"
else
    say "the root does not read"
fi
say "done"
TEST
    chmod 755 /newroot/etc/liveopt/fault-report
    cat > /newroot/etc/systemd/system/liveopt-marker.service.d/fault-report.conf <<'DROPIN'
[Service]
ExecStart=
ExecStart=/bin/sh -c 'echo "LIVEOPT-MARKER reached" > /dev/ttyS0; /etc/liveopt/fault-report; systemctl poweroff --no-block'
DROPIN
}

install_fault_report
