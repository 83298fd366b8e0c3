#!/usr/bin/env bash
# Boots the example live system from the throttled emulated CD (QEMU TCG, Debian 6.1 guest
# kernel, liveopt initramfs) in five layouts, interleaved, REPEATS times each (default 1),
# and replays each boot's own block trace on its own image with the media models:
#   original    the example's mksquashfs zstd image
#   mkfs-erofs  mkfs.erofs 1.9.3 -zlz4hc,9 -Eall-fragments,fragdedupe=inode -C1048576
#               (Fedora's options with the codec Debian's 6.1 mounts)
#   sorted-sqfs liveopt sort (squashfs), no readahead
#   sorted-erofs  liveopt sort --format erofs --compress lz4hc --target-kernel 6.1, no readahead
#   erofs-ra    the same ISO, its list read by the readahead service before the mount
# Usage: results/erofs-boot/run.sh [REPEATS]   (as root; needs target/example and
# .tools/erofs-utils from scripts/setup.sh). Writes results/erofs-boot/{runs.tsv,traces/},
# or $OUT/...; LAYOUTS="original erofs-ra" boots only those.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
repeats=${1:-1}
liveopt=${LIVEOPT:-$root/target/debug/liveopt}
ex=$root/target/example
work=$ex/erofs
out=${OUT:-$root/results/erofs-boot}
mkdir -p "$work" "$out/traces"
modules=$(echo "$ex"/kernel/root/lib/modules/*)
profile=$ex/compare/guest.profile

"$liveopt" qemu build-example "$ex" >/dev/null   # (re)builds the liveopt initramfs
[ -f "$profile" ] || { mkdir -p "$(dirname "$profile")" && "$liveopt" qemu profile --cdrom "$ex/live.iso" \
    --kernel "$ex/vmlinuz" --initrd "$ex/initrd.img" --guest-profile "$profile" -o "$work/host.profile"; }
[ -f "$work/sorted.erofs" ] || "$liveopt" sort "$ex/filesystem.squashfs" --profile "$profile" \
    -o "$work/sorted.erofs" --format erofs --compress lz4hc --target-kernel 6.1 \
    --readahead "$work/sorted.erofs.readahead"
[ -f "$work/mkfs.erofs" ] || "$root/.tools/erofs-utils/bin/mkfs.erofs" -T0 -zlz4hc,9 \
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
"$liveopt" initramfs -o "$work/initrd-liveopt.img" --kernel-modules "$modules" --with-liveopt >/dev/null

# name  ISO  image  initrd
layouts="original $ex/live.iso $ex/filesystem.squashfs $ex/initrd.img
mkfs-erofs $work/mkfs.erofs.iso $work/mkfs.erofs $ex/initrd.img
sorted-sqfs $sqfs.iso $sqfs $ex/initrd.img
sorted-erofs $work/sorted.erofs.iso $work/sorted.erofs $ex/initrd.img
erofs-ra $work/sorted.erofs.iso $work/sorted.erofs $work/initrd-liveopt.img"

[ -f "$out/runs.tsv" ] || printf 'layout\trepeat\tmarker_s\tcd_io_s\tdvd_io_s\tusb2_io_s\tcd_requests\tcd_seeks\tcd_seq_limit_s\tdistinct_mib\timage_bytes\n' > "$out/runs.tsv"
for r in $(seq 1 "$repeats"); do
    while read -r name isofile image initrd; do
        case " ${LAYOUTS:-$name} " in *" $name "*) ;; *) continue ;; esac
        t=$out/traces/$name-$r
        [ -f "$t.trace" ] || "$liveopt" qemu profile --cdrom "$isofile" --kernel "$ex/vmlinuz" --initrd "$initrd" \
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
