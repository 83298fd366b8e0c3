#!/usr/bin/env bash
# The whole test suite, from a clean clone: installs what is missing, then
# formatting, lints and every test (as root: real kernel, real QEMU).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
eval "$(scripts/setup.sh --env)"
if [ "$(id -u)" -ne 0 ]; then
  echo "scripts/test.sh: the tests need root (loop mounts, eBPF)" >&2
  exit 1
fi
scripts/build-boot.sh
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo test --workspace --no-fail-fast
