#!/usr/bin/env bash
# Benchmark of `liveopt sort` against the squashfs-tools route (not a test).
#
#   scripts/bench-sort.sh [ROOT] [REPEATS] [COMP]
#
# ROOT (default: a hard-linked copy of this machine's /usr/{bin,sbin,libexec,
# lib/x86_64-linux-gnu,lib/python3*} plus /etc, built in $WORK) is packed once
# with mksquashfs (COMP, default gzip) into the input image. A boot-like
# profile comes from strace of a few programs (paths inside ROOT only). Then,
# REPEATS times (default 3), interleaved:
#   a) liveopt sort IMG --profile P -o a.sqfs                 (raw block copy)
#   b) liveopt sort IMG --profile P -o b.sqfs --comp COMP     (recompression)
#   c) unsquashfs + mksquashfs -sort (liveopt's exported sort file), same COMP and processors
#   d) plain mksquashfs ROOT, same COMP and processors
# each under /usr/bin/time (wall time, peak RSS; for c, the two steps' sum and max).
# Results: results/bench-sort/raw.tsv, README.md (medians, ratios), bench-sort.png.
#
#   scripts/bench-sort.sh --scale [REPEATS]
#
# The large image class instead: /usr, /var/lib, ~/.cargo/registry and ~/.rustup
# packed by mksquashfs (zstd level 6) into $WORK/scale/input.sqfs (a few GB, about
# a quarter-million inodes), a profile of 5,000 files of it picked at random (fixed
# seed), then REPEATS times (default 2): cp of the image, cp then fsync of the copy
# (`sync FILE`: the sort fsyncs its output before the rename) and `liveopt sort` (raw
# copy), each with a cold page cache (drop_caches; needs root) and warm, under
# /usr/bin/time; BEFORE=<another liveopt binary> adds its sort to each round
# (variant sort_before). Then once, cold, the mksquashfs anchor: mksquashfs of
# the same trees with the profile's -sort file (absolute paths: the sources
# are several). Rows go to results/bench-sort/scale.tsv; the image is deleted
# at the end (KEEP=1 keeps it).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" = --scale ]; then
    REPEATS=${2:-2}
    S=${WORK:-/tmp/liveopt-bench-sort}/scale
    LIVEOPT=$here/target/release/liveopt
    [ -x "$LIVEOPT" ] || { echo "build first: cargo build --release" >&2; exit 1; }
    mkdir -p "$S"; cp "$LIVEOPT" "$S/liveopt"; LIVEOPT=$S/liveopt
    variants=(cp cp_fsync sort)
    if [ -n "${BEFORE:-}" ]; then cp "$BEFORE" "$S/liveopt.before"; variants+=(sort_before); fi
    trees=(/usr /var/lib "$HOME/.cargo/registry" "$HOME/.rustup")
    if [ ! -f "$S/input.sqfs" ]; then
        mksquashfs "${trees[@]}" "$S/input.sqfs" -comp zstd -Xcompression-level 6 \
            -processors "$(nproc)" -noappend -no-progress -quiet
    fi
    if [ ! -f "$S/boot.profile" ]; then
        # Image paths of the trees' files: each tree is a top-level directory of the image.
        find "${trees[@]}" -type f 2>/dev/null | sed -e "s#^/var/lib/#/lib/#" \
            -e "s#^$HOME/.cargo/registry/#/registry/#" -e "s#^$HOME/.rustup/#/.rustup/#" \
            | shuf -n 5000 --random-source=<(yes) > "$S/boot.list"
        "$LIVEOPT" profile import --format list "$S/boot.list" -o "$S/boot.profile"
    fi
    info=$(unsquashfs -s "$S/input.sqfs")
    inodes=$(awk '/Number of inodes/ {print $4}' <<<"$info")
    echo "input: $(stat -c %s "$S/input.sqfs") bytes, $inodes inodes, $(awk '/Number of fragments/ {print $4}' <<<"$info") fragments" >&2
    raw=$here/results/bench-sort/scale.tsv
    printf 'variant\tcache\trepeat\twall_s\tcpu_s\tpeak_rss_kib\tbytes_per_inode\tloadavg\n' > "$raw"
    timed() { # timed VARIANT CACHE REPEAT cmd...  -> a row of scale.tsv
        /usr/bin/time -f '%e %U %S %M' -o "$S/t" "${@:4}" >/dev/null 2>"$S/err" || { cat "$S/err" >&2; exit 1; }
        read -r w u k m < "$S/t"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$w" "$(echo "$u + $k" | bc)" "$m" \
            "$(( m * 1024 / inodes ))" "$(cut -d' ' -f1 /proc/loadavg)" >> "$raw"
    }
    for r in $(seq 1 "$REPEATS"); do
        for cache in cold warm; do
            for v in "${variants[@]}"; do
                rm -f "$S/out.sqfs"; sync
                [ "$cache" = cold ] && echo 3 > /proc/sys/vm/drop_caches
                case $v in
                    cp) cmd=(cp "$S/input.sqfs" "$S/out.sqfs") ;;
                    # What the sort does too: its output is on disk when it returns.
                    cp_fsync) cmd=(sh -c 'cp "$1" "$2" && sync "$2"' sh "$S/input.sqfs" "$S/out.sqfs") ;;
                    sort) cmd=("$LIVEOPT" sort "$S/input.sqfs" --profile "$S/boot.profile" -o "$S/out.sqfs") ;;
                    sort_before) cmd=("$S/liveopt.before" sort "$S/input.sqfs" --profile "$S/boot.profile" -o "$S/out.sqfs") ;;
                esac
                timed "$v" "$cache" "$r" "${cmd[@]}"
            done
        done
    done
    "$LIVEOPT" profile export --format mksquashfs "$S/boot.profile" -o "$S/sort.rel"
    sed -e '/^#/d' -e '/^\. /d' -e "s#^usr/#/usr/#" -e "s#^lib/#/var/lib/#" \
        -e "s#^registry/#$HOME/.cargo/registry/#" -e "s#^\.rustup/#$HOME/.rustup/#" \
        "$S/sort.rel" > "$S/sort.txt"
    rm -f "$S/anchor.sqfs"; sync; echo 3 > /proc/sys/vm/drop_caches
    timed mksquashfs_sort cold 1 mksquashfs "${trees[@]}" "$S/anchor.sqfs" -comp zstd \
        -Xcompression-level 6 -processors "$(nproc)" -noappend -no-progress -quiet -sort "$S/sort.txt"
    rm -f "$S/anchor.sqfs"
    "$LIVEOPT" verify "$S/input.sqfs" "$S/out.sqfs" >&2
    rm -f "$S/out.sqfs"
    [ -n "${KEEP:-}" ] || rm -f "$S/input.sqfs"
    cat "$raw"
    exit 0
fi
WORK=${WORK:-/tmp/liveopt-bench-sort}
ROOT=${1:-$WORK/root}
REPEATS=${2:-3}
COMP=${3:-gzip}
PROCS=$(nproc)
OUT=$here/results/bench-sort
LIVEOPT=$here/target/release/liveopt
CHART=$here/target/release/examples/bench_chart

[ -x "$LIVEOPT" ] || { echo "build first: cargo build --release" >&2; exit 1; }
[ -x "$CHART" ] || { echo "build first: cargo build --release -p optimizer --example bench_chart" >&2; exit 1; }
mkdir -p "$WORK" "$OUT"
# A private copy: a rebuild of target/release during the run must not change what is measured.
cp "$LIVEOPT" "$WORK/liveopt"; LIVEOPT=$WORK/liveopt
COMMIT=$(git -C "$here" rev-parse --short HEAD)

if [ ! -d "$ROOT" ]; then
    echo "building $ROOT (hard links into /usr, copy of /etc)" >&2
    mkdir -p "$ROOT/usr/lib"
    for d in bin sbin libexec lib/x86_64-linux-gnu lib/python3 lib/python3.11; do
        [ -e "/usr/$d" ] && cp -al "/usr/$d" "$ROOT/usr/$d"
    done
    cp -a /etc "$ROOT/etc"
    ln -sfn usr/bin "$ROOT/bin"; ln -sfn usr/lib "$ROOT/lib"; ln -sfn usr/sbin "$ROOT/sbin"
fi

# The input is packed with other compressor options than the outputs (gzip
# level 8 vs the default 9): the writer copies blocks raw whenever compressor,
# options and block size are unchanged, so `--comp <same>` on an image with
# default options would not recompress at all.
IN_OPTS=${IN_OPTS:--Xcompression-level 8}
IMG=$WORK/input.sqfs
if [ ! -f "$IMG" ]; then
    # shellcheck disable=SC2086
    mksquashfs "$ROOT" "$IMG" -comp "$COMP" $IN_OPTS -processors "$PROCS" -noappend -quiet -no-progress
fi

# A boot-like profile: files a few programs open, in first-open order.
PROFILE=$WORK/boot.profile
if [ ! -f "$PROFILE" ]; then
    strace -f -e trace=openat,execve -o "$WORK/strace.log" sh -c '
        bash -c true; python3 -c "import json, email, http.client, asyncio, sqlite3"
        ls / >/dev/null; perl -e 1; git --version; tar --version; gzip --version
        sed --version; awk --version; ssh -V; find /usr/bin -maxdepth 0; ps; id' >/dev/null 2>&1 || true
    grep -v ENOENT "$WORK/strace.log" | grep -oE '(openat\(AT_FDCWD, |execve\()"[^"]+"' \
        | sed -E 's/.*"([^"]+)"/\1/' | awk '!seen[$0]++' | while read -r p; do
            r=$(realpath -m "$p"); [ -f "$ROOT$r" ] && echo "$r"; done > "$WORK/boot.list" || true
    "$LIVEOPT" profile import --format list "$WORK/boot.list" -o "$PROFILE"
fi
"$LIVEOPT" profile export --format mksquashfs "$PROFILE" -o "$WORK/sort.txt"
echo "input: $(stat -c %s "$IMG") bytes, $(wc -l < "$WORK/boot.list") profile files, $PROCS processors, $COMP" >&2

raw=$OUT/raw.tsv
printf 'variant\trepeat\twall_s\tpeak_rss_kib\toutput_bytes\n' > "$raw"
timed() { # timed FILE cmd...  -> appends "wall rss" to FILE
    /usr/bin/time -f '%e %M' -o "$1.t" "${@:2}" >/dev/null 2>"$1.err" || { cat "$1.err" >&2; exit 1; }
    cat "$1.t"
}
for r in $(seq 1 "$REPEATS"); do
    rm -f "$WORK"/{a,b,c,d}.sqfs
    read -r w m < <(timed "$WORK/a" "$LIVEOPT" sort "$IMG" --profile "$PROFILE" -o "$WORK/a.sqfs")
    printf 'a_liveopt_raw\t%s\t%s\t%s\t%s\n' "$r" "$w" "$m" "$(stat -c %s "$WORK/a.sqfs")" >> "$raw"

    read -r w m < <(timed "$WORK/b" "$LIVEOPT" sort "$IMG" --profile "$PROFILE" -o "$WORK/b.sqfs" --comp "$COMP")
    printf 'b_liveopt_recompress\t%s\t%s\t%s\t%s\n' "$r" "$w" "$m" "$(stat -c %s "$WORK/b.sqfs")" >> "$raw"

    rm -rf "$WORK/unpacked"
    read -r w1 m1 < <(timed "$WORK/c1" unsquashfs -d "$WORK/unpacked" -processors "$PROCS" -no-progress "$IMG")
    read -r w2 m2 < <(timed "$WORK/c2" mksquashfs "$WORK/unpacked" "$WORK/c.sqfs" -comp "$COMP" \
        -processors "$PROCS" -sort "$WORK/sort.txt" -noappend -no-progress -quiet)
    printf 'c_unsquashfs_mksquashfs_sort\t%s\t%s\t%s\t%s\n' "$r" "$(echo "$w1 + $w2" | bc)" \
        "$(( m1 > m2 ? m1 : m2 ))" "$(stat -c %s "$WORK/c.sqfs")" >> "$raw"
    rm -rf "$WORK/unpacked"

    read -r w m < <(timed "$WORK/d" mksquashfs "$ROOT" "$WORK/d.sqfs" -comp "$COMP" -processors "$PROCS" \
        -noappend -no-progress -quiet)
    printf 'd_mksquashfs\t%s\t%s\t%s\t%s\n' "$r" "$w" "$m" "$(stat -c %s "$WORK/d.sqfs")" >> "$raw"
    echo "repeat $r done" >&2
done

# Content checks of the last repeat's outputs (not timed).
"$LIVEOPT" verify "$IMG" "$WORK/a.sqfs" >&2
"$LIVEOPT" verify "$IMG" "$WORK/b.sqfs" >&2

{
    echo "# liveopt sort benchmark"
    echo
    echo "Generated by \`scripts/bench-sort.sh $*\` on $(date -u +%Y-%m-%dT%H:%MZ), $(uname -r), $PROCS processors (shared machine), liveopt at commit $COMMIT, $(mksquashfs -version 2>&1 | head -1)."
    echo "Input: \`$IMG\`, $(stat -c %s "$IMG") bytes, $COMP \`$IN_OPTS\` (outputs of b, c, d use the default options: the writer copies raw when nothing changes), packed by mksquashfs from \`$ROOT\` ($(du -sb "$ROOT" | cut -f1) bytes); profile of $(wc -l < "$WORK/boot.list") files (strace of a few programs)."
    echo "Page cache warm (repeats interleaved: a b c d, a b c d, ...); wall time and peak RSS from \`/usr/bin/time -f '%e %M'\`."
    echo
    "$CHART" "$raw" "$OUT/bench-sort.png"
    echo
    echo "Raw rows: \`raw.tsv\`. Remarks and the before/after report on the example image: \`analysis.md\`."
} > "$OUT/README.md"
cat "$OUT/README.md"
