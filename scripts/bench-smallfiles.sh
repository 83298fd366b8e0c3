#!/bin/bash
# An image of many small files, for the sort's memory per inode:
#   scripts/bench-smallfiles.sh [DIR]
# makes DIR/tree (700,000 files of 20-3,000 bytes of text in 40 x 100 directories
# under 40, 4,040 in all; seeded, so the same every time), packs it into
# DIR/input.sqfs (mksquashfs, zstd 6, 128 KiB blocks) and picks 5,000 of its files at
# random (fixed seed) into DIR/boot.profile. The tree is deleted after packing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
D=${1:-/tmp/liveopt-bench-smallfiles}
LIVEOPT=${LIVEOPT:-$here/target/release/liveopt}
mkdir -p "$D"
if [ ! -f "$D/input.sqfs" ]; then
    rm -rf "$D/tree"
    python3 - "$D/tree" <<'PY'
import os, random, sys
root = sys.argv[1]
rng = random.Random(704041)
words = [''.join(rng.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(rng.randint(2, 9)))
         for _ in range(2000)]
n = 0
for a in range(40):
    for b in range(100):
        d = os.path.join(root, f"pkg{a:02}", f"mod{b:03}")
        os.makedirs(d)
        for f in range(175):
            size = rng.randint(20, 3000)
            out, length = [], 0
            while length < size:
                w = rng.choice(words)
                out.append(w)
                length += len(w) + 1
            text = (' '.join(out))[:size]
            with open(os.path.join(d, f"file{f:03}_{rng.choice(words)}.txt"), 'w') as fh:
                fh.write(text)
            n += 1
print(n, "files", file=sys.stderr)
PY
    find "$D/tree" -exec touch -h -d 2026-01-01T00:00:00Z {} +
    mksquashfs "$D/tree" "$D/input.sqfs" -comp zstd -Xcompression-level 6 -b 131072 \
        -processors "$(nproc)" -noappend -no-progress -quiet -all-root
    (cd "$D/tree" && find . -type f | sed 's#^\.##' | LC_ALL=C sort) > "$D/files.list"
    rm -rf "$D/tree"
fi
if [ ! -f "$D/boot.profile" ]; then
    shuf -n 5000 --random-source=<(yes) "$D/files.list" > "$D/boot.list"
    "$LIVEOPT" profile import --format list "$D/boot.list" -o "$D/boot.profile"
fi
unsquashfs -s "$D/input.sqfs" | grep -E 'Number of (inodes|fragments)|Filesystem size' >&2
