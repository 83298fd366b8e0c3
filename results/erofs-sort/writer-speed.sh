#!/bin/sh
# Writer speed against mkfs.erofs, interleaved rounds, as in README.md:
#   results/erofs-sort/writer-speed.sh SQUASHFS ROOTFS PROFILE [ROUNDS] > runs.tsv
# SQUASHFS the example's image, ROOTFS the tree it was made from (mkfs.erofs reads the
# tree), PROFILE a boot profile of it. BEFORE=<an older liveopt> adds its runs.
# Columns: round, variant, load average, wall s, user s, sys s, peak RSS KiB, sha256 prefix.
set -eu
SQUASHFS=$1 ROOTFS=$2 PROFILE=$3 ROUNDS=${4:-5}
LIVEOPT=${LIVEOPT:-target/release/liveopt}
MKFS=${MKFS:-$HOME/.cache/liveopt/tools/erofs-utils/bin/mkfs.erofs}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
sort_args="sort $SQUASHFS --profile $PROFILE --force --format erofs --compress lz4hc --target-kernel 6.1"
variants="liveopt mkfs liveopt-noreport${BEFORE:+ before}"
r=1
while [ "$r" -le "$ROUNDS" ]; do
    for v in $variants; do
        o="$OUT/$v.erofs"
        rm -f "$o" "$o.readahead"
        sync
        case $v in
            liveopt) cmd="$LIVEOPT $sort_args -o $o --readahead $o.readahead --report" ;;
            liveopt-noreport) cmd="$LIVEOPT $sort_args -o $o --readahead $o.readahead" ;;
            before) cmd="$BEFORE $sort_args -o $o --readahead $o.readahead --report" ;;
            mkfs) cmd="$MKFS -T0 -zlz4hc,9 -C65536 $o $ROOTFS" ;;
        esac
        load=$(cut -d' ' -f1 /proc/loadavg)
        # shellcheck disable=SC2086
        /usr/bin/time -o "$OUT/time" -f '%e\t%U\t%S\t%M' $cmd >/dev/null 2>&1
        printf '%s\t%s\t%s\t%s\t%s\n' "$r" "$v" "$load" "$(cat "$OUT/time")" \
            "$(sha256sum "$o" | cut -c1-16)"
    done
    r=$((r + 1))
done
