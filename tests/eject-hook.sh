# Test hook (tests/qemu_boot_side.rs), sourced by /init before switch_root: a drop-in makes
# the marker unit, after the marker, wait until LOOP_DEVICE reads the RAM copy (or the
# liveopt.todisk device), say so (the host then ejects the CD), wait until the CD is gone,
# drop the caches and print the sha256 of the biggest files under /usr (and with
# liveopt-test.tree one digest over every file there): every byte comes through the loop
# device from the copy.
install_eject_test() {
    mkdir -p /newroot/etc/liveopt /newroot/etc/systemd/system/liveopt-marker.service.d
    target=${RAM_PATH%/*}
    [ -n "$TODISK" ] && target=$TODISK
    printf 'LOOP=%s\nTARGET=%s\n' "${LOOP_DEVICE#/dev/}" "$target" > /newroot/etc/liveopt/test.env
    # liveopt-test.tree on the command line: also one digest over every file under /usr.
    case " $CMDLINE " in
    *" liveopt-test.tree "*) echo TREE=1 >> /newroot/etc/liveopt/test.env ;;
    esac
    cat > /newroot/etc/liveopt/test-eject <<'TEST'
#!/bin/sh
. /etc/liveopt/test.env
say() { echo "liveopt-test: $*" > /dev/ttyS0; }
n=0
until grep -q "^$TARGET" "/sys/block/$LOOP/loop/backing_file" 2>/dev/null; do
    n=$((n + 1)); [ "$n" -ge 300 ] && { say "migration not done"; exit 0; }
    sleep 1
done
if [ -b /dev/sr0 ]; then
    say "migrated: $(cat /sys/block/$LOOP/loop/backing_file); eject now"
    n=0
    while dd if=/dev/sr0 of=/dev/null bs=2048 count=1 iflag=direct 2>/dev/null; do
        n=$((n + 1)); [ "$n" -ge 300 ] && break
        sleep 1
    done
    if dd if=/dev/sr0 of=/dev/null bs=2048 count=1 iflag=direct 2>/dev/null; then
        say "medium still present"
    else
        say "medium gone"
    fi
else
    say "migrated: $(cat /sys/block/$LOOP/loop/backing_file); no CD drive, nothing to eject"
fi
sync; echo 3 > /proc/sys/vm/drop_caches
for f in $(find /usr -xdev -type f -size +1024k -printf '%s %p\n' | sort -rn | head -n 6 | cut -d' ' -f2); do
    echo "liveopt-test-sha256: $(sha256sum "$f")" > /dev/ttyS0
done
if [ -n "$TREE" ]; then
    digest=$(cd /usr && find . -xdev -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum)
    echo "liveopt-test-tree: $digest" > /dev/ttyS0
fi
say "done"
TEST
    chmod 755 /newroot/etc/liveopt/test-eject
    cat > /newroot/etc/systemd/system/liveopt-marker.service.d/test-eject.conf <<'DROPIN'
[Service]
ExecStart=
ExecStart=/bin/sh -c 'echo "LIVEOPT-MARKER reached" > /dev/ttyS0; /etc/liveopt/test-eject; systemctl poweroff --no-block'
DROPIN
}

install_eject_test
