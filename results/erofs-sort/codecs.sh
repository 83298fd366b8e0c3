#!/bin/sh
# --compress deflate and zstd against mkfs.erofs -z<codec>,9 -C65536, interleaved, as in README.md:
#   cd <scratch dir with filesystem.squashfs>; LIVEOPT=... ROOTFS=<its tree> [CODECS="deflate zstd"] [ROUNDS="1 2"] codecs.sh > codecs.tsv
# Columns: round, codec, writer, load average, wall s, user s, sys s, peak RSS KiB, bytes,
# sha256 prefix; "#" lines: the first round's mount diff against the squashfs and fsck.erofs.
P=${PROFILE:-results/erofs-boot/traces/original-1.profile}
MKFS=${MKFS:-$HOME/.cache/liveopt/tools/erofs-utils/bin/mkfs.erofs}
LIVEOPT=${LIVEOPT:-liveopt}
ROOTFS=${ROOTFS:?the tree filesystem.squashfs was made from}
for r in ${ROUNDS:-1 2}; do
  for c in ${CODECS:-deflate zstd}; do
  for v in liveopt mkfs; do
    rm -f c-$v.erofs c-$v.erofs.readahead; sync
    case $v in
      liveopt) cmd="$LIVEOPT sort filesystem.squashfs --profile $P --force -o c-$v.erofs --format erofs --compress $c --readahead c-$v.erofs.readahead --report" ;;
      mkfs) cmd="$MKFS -T0 -z$c,9 -C65536 c-$v.erofs $ROOTFS" ;;
    esac
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -o t -f '%e\t%U\t%S\t%M' $cmd > out-$c-$v.txt 2>&1
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$c" "$v" "$load" "$(cat t)" "$(stat -c %s c-$v.erofs)" "$(sha256sum c-$v.erofs | cut -c1-16)"
    if [ $v = liveopt ] && [ $r = 1 ]; then mkdir -p m1 m2; mount -o loop,ro filesystem.squashfs m1; mount -t erofs -o ro c-$v.erofs m2; diff -r --no-dereference m1 m2 >/dev/null 2>&1; echo "# $c diff $?"; umount m1 m2; $(dirname $MKFS)/fsck.erofs c-$v.erofs >/dev/null 2>&1; echo "# $c fsck $?"; fi
  done
  done
done
