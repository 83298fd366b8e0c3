#!/usr/bin/env python3
"""Attributes the CD-model time of the boots in traces/ to kinds of reads (README, "Why").

Applies the cdrom model's formula (docs/media-models.md: 75 ms + 75 ms x distance / image
size per non-contiguous read, + bytes / 3.6 MB/s) to each raw trace, read by read, re-reads
included: its totals are the README's (`liveopt simulate --as-served`).
Traces end at the boot marker (`liveopt qemu profile` drops later reads).
Usage: python3 analysis.py [REPEAT]   (default 1; run from this directory)
"""
import sys


def list_ranges(path="sorted.readahead"):
    """The readahead list's byte ranges (a copy of target/example/compare/sorted.readahead)."""
    ranges, inside = [], False
    for line in open(path):
        words = line.split()
        if words and words[0] == "ranges":
            inside = True
        elif words and words[0] == "end":
            break
        elif inside and len(words) == 2:
            ranges.append((int(words[0]), int(words[0]) + int(words[1])))
    return ranges


RANGES = list_ranges()
# The sorted image's boot data: the list's span after its first range (the superblock), up to
# the tables.
# This run's sorted image: inode_table_start (superblock byte 64), read from the ISO it booted
# (`target/example/compare/sorted.squashfs`).
TABLES = 145422646
HOT = (RANGES[1][0], TABLES or RANGES[-1][1]) if len(RANGES) > 1 else (0, 0)


def load(path):
    size, reads = 0, []
    for line in open(path):
        if line.startswith("# image_size:"):
            size = int(line.split(":")[1])
        elif not line.startswith("#"):
            t, o, n = map(int, line.split())
            reads.append((t, o, n))
    return size, reads


def costs(size, reads):
    pos, first = 0, True
    for t, o, n in reads:
        seek = first or o != pos
        dist = abs(o - pos)
        c = (0.075 + 0.075 * min(dist / size, 1) if seek else 0) + n / 3.6e6
        yield t, o, n, seek, dist, c
        first, pos = False, o + n


rep = sys.argv[1] if len(sys.argv) > 1 else "1"
for layout in ["original", "mksquashfs-sort", "sorted", "readahead"]:
    size, reads = load(f"traces/{layout}-{rep}.trace")
    rows = list(costs(size, reads))
    total = sum(r[5] for r in rows)
    seeks = [r for r in rows if r[3]]
    short = [r for r in seeks if r[4] < 16 << 20]
    head = [r for r in rows if r[1] < 1 << 20]
    print(f"{layout}-{rep}: {len(rows)} reads, {total:.2f} s, {len(seeks)} seeks; "
          f"{len(short)} seeks < 16 MiB ({sum(0.075 + 0.075 * r[4] / size for r in short):.2f} s); "
          f"first MiB: {len(head)} reads, {sum(r[3] for r in head)} seeks, {sum(r[5] for r in head):.2f} s")
    if layout == "sorted":
        # Inside the boot region, a seek lands either ahead of everything read so far there
        # (forward, skipping data this boot does not need yet) or behind it: back into data
        # placed earlier, i.e. read out of the profile's first-access order (a file opened
        # early whose other blocks are needed later, or a file this boot reached later).
        frontier, ahead, behind = None, [], []
        for t, o, n, seek, dist, c in rows:
            if HOT[0] <= o < HOT[1]:
                if seek and frontier is not None:
                    (ahead if o >= frontier else behind).append(c)
                frontier = max(frontier or 0, o + n)
        print(f"  seeks inside the boot region: {len(ahead)} forward ({sum(ahead):.2f} s), "
              f"{len(behind)} back behind the furthest read so far ({sum(behind):.2f} s)")
    if layout == "readahead":
        # The sweep: the leading run of reads in ascending offset order (the service's
        # readahead, done before the loop mount); everything after it is the boot's own.
        sweep = 1
        while sweep < len(rows) and rows[sweep][1] >= rows[sweep - 1][1]:
            sweep += 1
        sw = rows[:sweep]
        print(f"  ascending sweep: reads 1-{sweep}, {sum(r[2] for r in sw) / 2**20:.2f} MiB, "
              f"{sum(r[3] for r in sw)} seeks, {sum(r[5] for r in sw):.2f} s, "
              f"t {sw[0][0] / 1e9:.1f}-{sw[-1][0] / 1e9:.1f} s")
        kinds = {}
        for t, o, n, seek, dist, c in rows[sweep:]:
            if any(a <= o < b for a, b in RANGES):
                k = "after the sweep, in the list's ranges"
            elif o < 8 << 20 and n <= 4096:
                k = "after the sweep, 4 KiB reads at the image start (probes)"
            elif o < 1 << 20:
                k = "after the sweep, other reads in the image's first MiB"
            else:
                k = "after the sweep, outside the list"
            a = kinds.setdefault(k, [0, 0, 0, 0.0, []])
            a[0] += 1; a[1] += n; a[2] += seek; a[3] += c; a[4].append(t)
        for k, (cnt, b, s, c, ts) in kinds.items():
            print(f"  {k}: {cnt} reads, {b / 2**20:.2f} MiB, {s} seeks, {c:.2f} s, "
                  f"t {min(ts) / 1e9:.1f}-{max(ts) / 1e9:.1f} s")
