#!/usr/bin/env bash
# Installs what liveopt needs to build and test, idempotently; reuses what is there.
# Usage: scripts/setup.sh            (build + test needs)
# Prints the environment to use: eval "$(scripts/setup.sh --env)"
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
# Tools are built once per machine and shared by every clone through a link.
cache="${LIVEOPT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/liveopt}"
if [ ! -e "$tools" ]; then
  mkdir -p "$cache/tools"
  ln -s "$cache/tools" "$tools"
fi

if [ "${1:-}" = "--env" ]; then
  echo "export PATH=\"$tools/bin:\$PATH\""
  exit 0
fi

log() { printf '[setup] %s\n' "$*" >&2; }

# Debian packages.
apt_packages=(squashfs-tools time fonts-dejavu-core squashfs-tools-ng debootstrap busybox-static cpio xorriso attr util-linux zstd xz-utils e2fsprogs groff-base live-build isolinux syslinux-common ovmf
  autoconf automake libtool pkg-config uuid-dev liblz4-dev liblzma-dev zlib1g-dev libzstd-dev)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# QEMU (TCG; KVM is unusable here). Bookworm's qemu-system-x86 would replace the
# preinstalled newer qemu-utils, so both come from bookworm-backports.
if ! command -v qemu-system-x86_64 >/dev/null; then
  if ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/liveopt-backports.list
  fi
  log "apt: installing qemu-system-x86 (bookworm-backports)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends -t bookworm-backports qemu-system-x86 qemu-utils >/dev/null
fi

# Rust: rust-src for the eBPF side (built with RUSTC_BOOTSTRAP=1 on stable).
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  log "rustup: adding rust-src"
  rustup component add rust-src >/dev/null
fi

# The static boot binary (liveopt-boot) is built for musl (pure Rust: no musl-gcc needed).
if ! rustup target list --installed 2>/dev/null | grep -qx x86_64-unknown-linux-musl; then
  log "rustup: adding the x86_64-unknown-linux-musl target"
  rustup target add x86_64-unknown-linux-musl >/dev/null
fi

# bpf-linker, built against the toolchain's own LLVM.
if ! [ -x "$tools/bin/bpf-linker" ]; then
  sysroot=$(rustc --print sysroot)
  lib=$(ls "$sysroot"/lib/libLLVM.so.*-rust-* | head -n 1)
  soname=$(objdump -p "$lib" | awk '/SONAME/{print $2}')
  mkdir -p "$tools/llvm/lib"
  ln -sf "$lib" "$tools/llvm/lib/libLLVM.so"
  ln -sf "$lib" "$tools/llvm/lib/$soname"
  log "cargo: installing bpf-linker 0.13.0 (about 2 minutes)"
  LLVM_PREFIX="$tools/llvm" cargo install bpf-linker@0.13.0 --locked --no-default-features \
    --features llvm-22 --root "$tools" --quiet
fi
# erofs-utils 1.9 (Debian's 1.5 lacks the options and codecs EROFS tests need).
"$root/scripts/build-erofs-utils.sh"
log "ready"
