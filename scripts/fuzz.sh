#!/usr/bin/env bash
# Fuzzes every target of fuzz/ with libFuzzer (cargo-fuzz) for SECONDS each (default 60).
# Usage: scripts/fuzz.sh [SECONDS]
# Seeds come from small mksquashfs images generated here; crashes land in
# fuzz/artifacts/<target>/ and make the script exit 1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
case "$seconds" in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;;
esac
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

# Small EROFS images (mkfs.erofs 1.9 from the tools cache) in each layout the reader reads.
seed_erofs_reader() {
  local corpus=$1 tree args
  tree=$(mktemp -d)
  trap 'rm -rf "$tree"' RETURN
  mkdir -p "$tree/etc/sub" "$tree/many"
  printf 'live\n' >"$tree/etc/hostname"
  head -c 9000 /dev/urandom >"$tree/etc/sub/blocks"
  truncate -s 20000 "$tree/etc/sub/sparse"
  ln -s sub/blocks "$tree/etc/link"
  ln "$tree/etc/hostname" "$tree/etc/hardlink"
  for i in $(seq 1 120); do printf '%s\n' "$i" >"$tree/many/entry-with-a-long-name-$i"; done
  mkfifo "$tree/fifo"
  setfattr -n user.seed -v value "$tree/etc/hostname" 2>/dev/null || true
  for args in "" "-Eforce-inode-extended" "-E^inline_data" "--chunksize=4096" \
    "--chunksize=8192 -Eforce-chunk-indexes"; do
    "$root/.tools/erofs-utils/bin/mkfs.erofs" $args "$corpus/seed$(echo "$args" | tr -dc 'a-z0-9').erofs" "$tree" >/dev/null
  done
}

cd "$root/fuzz"
status=0
for target in $(cargo fuzz list); do
  corpus="$root/fuzz/corpus/$target"
  mkdir -p "$corpus"
  if [ -z "$(ls -A "$corpus")" ] && declare -F "seed_$target" >/dev/null; then
    "seed_$target" "$corpus"
  fi
  echo "[fuzz] $target for ${seconds}s" >&2
  log="$root/fuzz/artifacts/$target.log"
  mkdir -p "$(dirname "$log")"
  set +e
  cargo fuzz run "$target" "$corpus" -- -max_total_time="$seconds" -timeout=10 >"$log" 2>&1
  run_status=$?
  set -e
  grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|==[0-9]+==ERROR|SUMMARY)' "$log" || true
  if [ "$run_status" != 0 ] || grep -q 'Test unit written' "$log"; then
    echo "[fuzz] $target: crash, see $log and fuzz/artifacts/$target/" >&2
    status=1
  fi
done
exit $status
