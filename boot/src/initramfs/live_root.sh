# The block live root, sourced by /init (busybox sh). The Fedora LiveOS layout, which
# dracut's dmsquash-live boots too: the squashfs holds $BLOCK_IMAGE, an ext4 filesystem
# image. The stack, bottom up:
#   loop (read-only, over the image inside the squashfs)
#   -> dm-snapshot live-rw: writes go to a copy-on-write store, a sparse file on the
#      /run/live tmpfs ("PO 8": persistent format, so the store is self-describing, and
#      overflow mode, so a full store fails writes instead of dropping the snapshot)
#   -> dm linear live-root over live-rw: the layer whose table `install` swaps (a
#      snapshot's own table can't be replaced without losing its in-RAM exceptions)
#   -> ext4 mounted at /newroot.
# The stack is recorded in $STACK_FILE (key=value lines, see docs/install.md). The dm
# ioctls come from $BOOT_BINARY (static: no dmsetup and its libraries in the initramfs).

# block_root_image: true when the mounted squashfs holds the block layout's image.
block_root_image() {
    [ -f "/run/live/rootfs/$BLOCK_IMAGE" ]
}

# mount_block_root: builds the stack, mounts it at /newroot with a tmpfs /newroot/run
# (systemd keeps a /run that is already a mount point, so /run/live and $STACK_FILE stay
# visible) and writes $STACK_FILE; any failure fails the boot like the overlay path.
mount_block_root() {
    image="/run/live/rootfs/$BLOCK_IMAGE"
    [ -x "$BOOT_BINARY" ] || fail "block live root: no $BOOT_BINARY in the initramfs"
    image_loop=$(losetup -f) && losetup -r "$image_loop" "$image" \
        || fail "block live root: no read-only loop over $image"
    sectors=$(blockdev --getsz "$image_loop") || fail "block live root: no size for $image_loop"
    mkdir -p /run/live/cow
    cow_file=/run/live/cow/live-rw.cow
    # Sparse, as large as the image: the tmpfs (half the RAM) is the real limit.
    dd if=/dev/zero of="$cow_file" bs=512 count=0 seek="$sectors" 2>/dev/null \
        || fail "block live root: no copy-on-write file $cow_file"
    cow_loop=$(losetup -f) && losetup "$cow_loop" "$cow_file" \
        || fail "block live root: no loop over $cow_file"
    "$BOOT_BINARY" dm create live-rw "0 $sectors snapshot $image_loop $cow_loop PO 8" >/dev/null \
        || fail "block live root: dm-snapshot live-rw failed (dm-snapshot module?)"
    "$BOOT_BINARY" dm create live-root "0 $sectors linear /dev/mapper/live-rw 0" >/dev/null \
        || fail "block live root: dm linear live-root failed"
    mount -t ext4 /dev/mapper/live-root /newroot || fail "block live root: mounting ext4 from /dev/mapper/live-root failed"
    mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /newroot/run || fail "block live root: no tmpfs for /newroot/run"
    mkdir -p "/newroot${STACK_FILE%/*}"
    cat > "/newroot$STACK_FILE" <<STACK
# liveopt block live root, written by the initramfs (docs/install.md)
layout=block
medium=$SQUASHFS_SOURCE
image=$image
image_loop=$image_loop
cow_file=$cow_file
cow_loop=$cow_loop
snapshot=live-rw
root=live-root
sectors=$sectors
STACK
    log "root: block live root $image on $image_loop, snapshot live-rw (copy-on-write $cow_file on $cow_loop), live-root, $sectors sectors"
}
