#!/usr/bin/env bash
# Boots the example live system from the throttled emulated CD (QEMU TCG, liveopt
# initramfs) in five layouts, interleaved, REPEATS times each (default 1), and replays each
# boot's own block trace on its own image with the media models:
#   original    the example's mksquashfs zstd image
#   mkfs-erofs  mkfs.erofs with Fedora's options, -Eall-fragments,fragdedupe=inode -C1048576
#   sorted-sqfs liveopt sort (squashfs), no readahead
#   sorted-erofs  liveopt sort --format erofs, no readahead
#   erofs-ra    the same ISO, its list read by the readahead service before the mount
# CODEC=lz4hc (default): Debian's 6.1 guest kernel, mkfs.erofs -zlz4hc,9 and liveopt
# --compress lz4hc --target-kernel 6.1 (the codec 6.1 mounts). CODEC=lzma: Debian's 6.12
# guest kernel (target/example/kernel-6.12, fetched by the LZMA boot test), Fedora's own
# -zlzma,level=6 and liveopt --compress lzma --pcluster-size 1048576; no sorted-sqfs.
# EXTRA_LAYOUTS: more lines "name iso image initrd" to boot among them.
# Usage: results/erofs-boot/run.sh [REPEATS]   (as root; needs target/example and
# .tools/erofs-utils from scripts/setup.sh). Writes results/erofs-boot/{runs.tsv,traces/},
# or $OUT/...; LAYOUTS="original erofs-ra" boots only those.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
repeats=${1:-1}
liveopt=${LIVEOPT:-$root/target/debug/liveopt}
ex=$root/target/example
codec=${CODEC:-lz4hc}
case $codec in
  lz4hc)
    work=$ex/erofs
    kernel=$ex/vmlinuz
    modules=$(echo "$ex"/kernel/root/lib/modules/*)
    mkfs_codec=-zlz4hc,9
    sort_args=(--compress lz4hc --target-kernel 6.1)
    ;;
  lzma)
    work=$ex/erofs-lzma
    kernel=$(echo "$ex"/kernel-6.12/root/boot/vmlinuz-*)
    modules=$(echo "$ex"/kernel-6.12/root/lib/modules/*)
    mkfs_codec=-zlzma,level=6
    sort_args=(--compress lzma --pcluster-size 1048576 --target-kernel "$(basename "$modules")")
    ;;
  *) echo "CODEC is lz4hc or lzma" >&2; exit 2 ;;
esac
out=${OUT:-$root/results/erofs-boot}
mkdir -p "$work" "$out/traces"
profile=$ex/compare/guest.profile

"$liveopt" qemu build-example "$ex" >/dev/null   # (re)builds the liveopt initramfs
[ -f "$profile" ] || { mkdir -p "$(dirname "$profile")" && "$liveopt" qemu profile --cdrom "$ex/live.iso" \
    --kernel "$ex/vmlinuz" --initrd "$ex/initrd.img" --guest-profile "$profile" -o "$work/host.profile"; }
[ -f "$work/sorted.erofs" ] || "$liveopt" sort "$ex/filesystem.squashfs" --profile "$profile" \
    -o "$work/sorted.erofs" --format erofs "${sort_args[@]}" \
    --readahead "$work/sorted.erofs.readahead"
[ -f "$work/mkfs.erofs" ] || "$root/.tools/erofs-utils/bin/mkfs.erofs" -T0 "$mkfs_codec" \
    -Eall-fragments,fragdedupe=inode -C1048576 "$work/mkfs.erofs" "$ex/rootfs" >/dev/null
sqfs=$ex/compare/sorted.squashfs   # qemu compare's (3), same profile
[ -f "$sqfs" ] || "$liveopt" sort "$ex/filesystem.squashfs" --profile "$profile" -o "$sqfs"
iso() { # iso IMAGE [LIST]
    [ -f "$1.iso" ] && return 0
    xorriso -as mkisofs -quiet -R -J -V LIVEOPT -graft-points -o "$1.iso" \
        "/live/filesystem.squashfs=$1" ${2:+"/live/filesystem.squashfs.readahead=$2"}
}
iso "$work/sorted.erofs" "$work/sorted.erofs.readahead"
iso "$work/mkfs.erofs"
iso "$sqfs"
if [ "$codec" = lz4hc ]; then
    plain_initrd=$ex/initrd.img
else
    plain_initrd=$work/initrd.img
    "$liveopt" initramfs -o "$plain_initrd" --kernel-modules "$modules" >/dev/null
fi
"$liveopt" initramfs -o "$work/initrd-liveopt.img" --kernel-modules "$modules" --with-liveopt >/dev/null

# name  ISO  image  initrd
layouts="original $ex/live.iso $ex/filesystem.squashfs $plain_initrd
mkfs-erofs $work/mkfs.erofs.iso $work/mkfs.erofs $plain_initrd
sorted-sqfs $sqfs.iso $sqfs $plain_initrd
sorted-erofs $work/sorted.erofs.iso $work/sorted.erofs $plain_initrd
erofs-ra $work/sorted.erofs.iso $work/sorted.erofs $work/initrd-liveopt.img"
[ "$codec" = lz4hc ] || layouts=$(grep -v '^sorted-sqfs ' <<< "$layouts")
[ -z "${EXTRA_LAYOUTS:-}" ] || layouts="$layouts
$EXTRA_LAYOUTS"

[ -f "$out/runs.tsv" ] || printf 'layout\trepeat\tmarker_s\tcd_io_s\tdvd_io_s\tusb2_io_s\tcd_requests\tcd_seeks\tcd_seq_limit_s\tdistinct_mib\timage_bytes\n' > "$out/runs.tsv"
for r in $(seq 1 "$repeats"); do
    while read -r name isofile image initrd; do
        case " ${LAYOUTS:-$name} " in *" $name "*) ;; *) continue ;; esac
        t=$out/traces/$name-$r
        [ -f "$t.trace" ] || "$liveopt" qemu profile --cdrom "$isofile" --kernel "$kernel" --initrd "$initrd" \
            --medium cdrom --trace "$t.trace" -o "$t.profile" > "$t.log" 2>&1
        marker=$(grep -o 'marker after [0-9.]*' "$t.log" | head -1 | awk '{print $3}')
        "$liveopt" simulate --trace "$t.trace" --image "$image" --as-served --all-models --json > "$t.sim.json"
        python3 - "$t.sim.json" "$name" "$r" "${marker:-nan}" "$(stat -c %s "$image")" >> "$out/runs.tsv" <<'PY'
import json, sys
sim = json.load(open(sys.argv[1]))
m = {x["medium"]: x for x in sim["media"]}
cd = m["cdrom"]
print("\t".join([sys.argv[2], sys.argv[3], sys.argv[4], "%.2f" % cd["total"]["seconds"],
    "%.2f" % m["dvd"]["total"]["seconds"], "%.2f" % m["usb2"]["total"]["seconds"],
    str(cd["total"]["requests"]), str(cd["total"]["seeks"]), "%.2f" % cd["sequential_limit_s"],
    "%.2f" % (sim["distinct_bytes"] / 2**20), sys.argv[5]]))
PY
        tail -1 "$out/runs.tsv"
    done <<< "$layouts"
done
