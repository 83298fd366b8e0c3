#!/usr/bin/env bash
# Fuzzes the targets of fuzz/ (default: all) with libFuzzer (cargo-fuzz) for SECONDS each
# (default 60). Usage: scripts/fuzz.sh [SECONDS [TARGET...]]
# Seeds are generated here (small mksquashfs and xorriso images, the docs' examples,
# the boot configurations in qemu/testdata); crashes land in
# fuzz/artifacts/<target>/ and make the script exit 1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
case "$seconds" in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS [TARGET...]]" >&2; exit 2 ;;
esac
shift $(($# > 0 ? 1 : 0))
eval "$("$root/scripts/setup.sh" --env)"
# libFuzzer and the sanitizers need nightly flags; stable accepts them with this.
export RUSTC_BOOTSTRAP=1

if ! command -v cargo-fuzz >/dev/null; then
  echo "[fuzz] installing cargo-fuzz into .tools" >&2
  cargo install cargo-fuzz --locked --root "$root/.tools"
fi

# Small images (a few KiB each) covering every compressor, fragments or none, xattrs,
# hard links, symlinks, devices and a directory large enough to need an index.
seed_squashfs_reader() {
  local corpus=$1 tree
  tree=$(mktemp -d)
  trap 'rm -rf "$tree"' RETURN
  mkdir -p "$tree/etc/sub" "$tree/many" "$tree/dev"
  printf 'live\n' >"$tree/etc/hostname"
  head -c 9000 /dev/urandom >"$tree/etc/sub/blocks"
  seq 1 3000 >"$tree/etc/sub/text"
  ln -s sub/text "$tree/etc/link"
  ln "$tree/etc/hostname" "$tree/etc/hardlink"
  for i in $(seq 1 120); do printf '%s\n' "$i" >"$tree/many/entry-with-a-long-name-$i"; done
  mkfifo "$tree/dev/fifo"
  if [ "$(id -u)" = 0 ]; then mknod "$tree/dev/null" c 1 3; fi
  if command -v setfattr >/dev/null; then
    setfattr -n user.seed -v value "$tree/etc/hostname" 2>/dev/null || true
    setfattr -n user.dir -v on-a-dir "$tree/etc" 2>/dev/null || true
  fi
  local args
  for args in "-comp gzip" "-comp xz" "-comp lz4" "-comp zstd" \
    "-comp gzip -no-fragments" "-comp zstd -no-xattrs -exports" "-comp gzip -noI -noD -noF"; do
    mksquashfs "$tree" "$corpus/$(echo "$args" | tr -d ' -').sq" \
      -noappend -quiet -no-progress -b 4096 $args >/dev/null
  done
}

# The first fenced example of a doc, as a seed.
doc_example() {
  awk '/^```/ { if (inside) exit; inside = 1; next } inside' "$root/docs/$1"
}

seed_profile_text() {
  doc_example profile-format.md >"$1/doc-example"
  printf 'liveopt-profile 1\nrecorder merge\nevents 0\ndropped 0\nboots 2\nduration_ns 0\nend files=0 reads=0\n' >"$1/empty"
}

seed_readahead_list() {
  doc_example readahead-format.md >"$1/doc-example"
}

seed_block_trace() {
  printf '# liveopt block trace v1\n# medium: cdrom\n# image_offset: 67584\n# image_size: 145649664\n# time_ns offset len\n5 0 4096\n9 8192 131072\n' >"$1/cdrom"
}

seed_sortfile_import() {
  printf '# mksquashfs\n. -32768\nusr/bin/ls 32767\netc/a\\ b 32766\n' >"$1/mksquashfs"
  printf '0 [glob] /usr/bin/*\n-5 "/etc/a \\"b\\""\n10 /boot/vmlinuz\n' >"$1/gensquashfs"
  printf '/usr/bin/ls\n/etc/hostname\n/lib/x86_64-linux-gnu/libc.so.6\n' >"$1/list"
}

# Small Rock Ridge and plain ISO9660 images with nested directories and a live image path.
seed_iso_walk() {
  local corpus=$1 tree
  tree=$(mktemp -d)
  trap 'rm -rf "$tree"' RETURN
  mkdir -p "$tree/live" "$tree/isolinux" "$tree/a/b/c/d"
  printf 'hsqs' >"$tree/live/filesystem.squashfs"
  cp "$root/qemu/testdata/live-build/"*.cfg "$tree/isolinux/"
  printf 'deep\n' >"$tree/a/b/c/d/file-with-a-long-name.txt"
  xorriso -as mkisofs -quiet -R -o "$corpus/rockridge.iso" "$tree" 2>/dev/null
  xorriso -as mkisofs -quiet -o "$corpus/plain.iso" "$tree" 2>/dev/null
}

# live-build's isolinux configuration, in the target's `@@ /path` file-set form.
seed_boot_entry() {
  local f out="$1/live-build"
  printf '/isolinux/isolinux.bin' >"$out"
  for f in "$root/qemu/testdata/live-build/"*.cfg; do
    printf '\n@@ /isolinux/%s\n' "$(basename "$f")" >>"$out"
    cat "$f" >>"$out"
  done
  printf '\n@@ /boot/grub/grub.cfg\nset default="1"\nmenuentry "Live" {\n linux /live/vmlinuz boot=live\n initrd /live/initrd.img\n}\nsource ${prefix}/more.cfg\n@@ /boot/grub/more.cfg\nmenuentry "Other" {\n linux /k\n initrd /i\n}\n' >"$1/grub"
}

# Small EROFS images (mkfs.erofs 1.9 from the tools cache) in each layout the reader reads:
# plain, chunk-based, and compressed with every codec, full and compact indexes, tail
# packing and fragments.
seed_erofs_reader() {
  local corpus=$1 tree args
  tree=$(mktemp -d)
  trap 'rm -rf "$tree"' RETURN
  mkdir -p "$tree/etc/sub" "$tree/many"
  printf 'live\n' >"$tree/etc/hostname"
  head -c 9000 /dev/urandom >"$tree/etc/sub/blocks"
  truncate -s 20000 "$tree/etc/sub/sparse"
  seq 1 3000 >"$tree/etc/sub/text"
  ln -s sub/blocks "$tree/etc/link"
  ln "$tree/etc/hostname" "$tree/etc/hardlink"
  for i in $(seq 1 120); do printf '%s\n' "$i" >"$tree/many/entry-with-a-long-name-$i"; done
  mkfifo "$tree/fifo"
  setfattr -n user.seed -v value "$tree/etc/hostname" 2>/dev/null || true
  for args in "" "-Eforce-inode-extended" "-E^inline_data" "--chunksize=4096" \
    "--chunksize=8192 -Eforce-chunk-indexes" "-zlz4" "-zlz4hc,12 -Eztailpacking" \
    "-zlzma -Efragments" "-zdeflate -C16384" "-zzstd -Eall-fragments,dedupe" \
    "-zlz4 -Elegacy-compress"; do
    "$root/.tools/erofs-utils/bin/mkfs.erofs" $args "$corpus/seed$(echo "$args" | tr -dc 'a-z0-9').erofs" "$tree" >/dev/null
  done
}

cd "$root/fuzz"
status=0
targets=("$@")
if [ ${#targets[@]} = 0 ]; then mapfile -t targets < <(cargo fuzz list); fi
for target in "${targets[@]}"; do
  corpus="$root/fuzz/corpus/$target"
  mkdir -p "$corpus"
  if [ -z "$(ls -A "$corpus")" ] && declare -F "seed_$target" >/dev/null; then
    "seed_$target" "$corpus"
  fi
  echo "[fuzz] $target for ${seconds}s" >&2
  log="$root/fuzz/artifacts/$target.log"
  mkdir -p "$(dirname "$log")"
  set +e
  features=()
  case "$target" in iso_walk | boot_entry) features=(--features iso) ;; esac
  # One allocation over 256 MiB is a finding; the whole process may grow to 2 GiB: under
  # ASan a 10-minute run's RSS creeps past 512 MiB (quarantine, corpus) with no input
  # needing more than a few tens of MiB.
  cargo fuzz run "${features[@]}" "$target" "$corpus" -- -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=256 >"$log" 2>&1
  run_status=$?
  set -e
  grep -E '^(#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs|==[0-9]+==ERROR|SUMMARY)' "$log" || true
  if [ "$run_status" != 0 ] || grep -q 'Test unit written' "$log"; then
    echo "[fuzz] $target: crash, see $log and fuzz/artifacts/$target/" >&2
    status=1
  fi
done
exit $status
