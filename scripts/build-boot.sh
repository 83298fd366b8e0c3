#!/usr/bin/env bash
# Builds liveopt-boot, the static boot binary the initramfs carries, for musl:
#   target/x86_64-unknown-linux-musl/release/liveopt-boot
# where `liveopt initramfs` and the tests find it for target/{debug,release}/liveopt
# (boot::initramfs::binary::find_boot_binary). scripts/setup.sh installs the musl target.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --release --quiet -p liveopt-boot --target x86_64-unknown-linux-musl
