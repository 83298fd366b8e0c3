#!/bin/bash
# liveopt sort --format erofs against mkfs.erofs with the same codec, -C65536 and
# $MKFS_E (default -Eztailpacking,fragments), on the example, in interleaved rounds.
# Prints a TSV (bytes, wall and CPU seconds, peak RSS). Needs target/release/liveopt and the example (`liveopt qemu build-example target/example`).
set -e
cd "$(dirname "$0")/../.."
E=${EROFS_UTILS:-$HOME/.cache/liveopt/tools/erofs-utils/bin}
P=results/erofs-boot/traces/original-1.profile
X=${MKFS_E:--Eztailpacking,fragments}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf 'round\twriter\tcodec\tbytes\twall_s\tcpu_s\trss_kb\n'
row() { # round writer codec image
    read -r w u s k < "$T/time"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(stat -c %s "$4")" "$w" "$(echo "$u+$s" | bc)" "$k"
}
for r in ${ROUNDS:-1 2}; do
    for c in ${CODECS:-lz4hc lzma}; do
        case $c in lz4hc) m=lz4hc,9 ;; lzma) m=lzma,6 ;; *) m=$c ;; esac
        /usr/bin/time -o "$T/time" -f "%e %U %S %M" target/release/liveopt sort \
            target/example/filesystem.squashfs --profile "$P" --force -o "$T/ours.erofs" \
            --format erofs --compress "$c" >/dev/null 2>&1
        row "$r" liveopt "$c" "$T/ours.erofs"
        /usr/bin/time -o "$T/time" -f "%e %U %S %M" "$E/mkfs.erofs" -T0 -z$m -C65536 \
            "$X" "$T/mkfs.erofs" target/example/rootfs >/dev/null 2>&1
        row "$r" "mkfs.erofs$X" "$c" "$T/mkfs.erofs"
    done
done
