#!/bin/sh
# `--compress lzma` against mkfs.erofs -zlzma,6 -C65536, interleaved, as in README.md:
#   cd <scratch dir with filesystem.squashfs>; LIVEOPT=... ROOTFS=<its tree> lzma-size.sh > lzma.tsv
# Columns: round, writer, load average, wall s, user s, sys s, peak RSS KiB, bytes, sha256 prefix.
P=${PROFILE:-results/erofs-boot/traces/original-1.profile}
MKFS=${MKFS:-$HOME/.cache/liveopt/tools/erofs-utils/bin/mkfs.erofs}
LIVEOPT=${LIVEOPT:-liveopt}
ROOTFS=${ROOTFS:?the tree filesystem.squashfs was made from}
for r in 1 2 3; do
  for v in liveopt mkfs; do
    rm -f lz-$v.erofs lz-$v.erofs.readahead; sync
    case $v in
      liveopt) cmd="$LIVEOPT sort filesystem.squashfs --profile $P --force -o lz-$v.erofs --format erofs --compress lzma --readahead lz-$v.erofs.readahead --report" ;;
      mkfs) cmd="$MKFS -T0 -zlzma,6 -C65536 lz-$v.erofs $ROOTFS" ;;
    esac
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -o t -f '%e\t%U\t%S\t%M' $cmd > out-$v.txt 2>&1
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$v" "$load" "$(cat t)" "$(stat -c %s lz-$v.erofs)" "$(sha256sum lz-$v.erofs | cut -c1-16)"
  done
done
