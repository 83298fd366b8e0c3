#!/usr/bin/env bash
# The test suite, from a clean clone: installs what is missing, then formatting, lints and
# tests, in one of two tiers:
#   scripts/test.sh           every test, as root (real kernel, real QEMU); a test that
#                             cannot run fails
#   scripts/test.sh --quick   formatting, lints, the unit tests and the integration tests
#                             that need neither root nor QEMU
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") tier=full ;;
  --quick) tier=quick ;;
  *)
    echo "usage: scripts/test.sh [--quick]" >&2
    exit 2
    ;;
esac
# Integration test modules in which no test needs root or QEMU (unit tests never do). Each
# crate's integration tests are one binary, `integration` (tests/tests.rs), a module per file.
quick_modules=(cli_usage usage layout profile_cli simulate_cli shared_fixture disk_list pxe corrupt crafted differential hostile_images output_file iso_sort_cli verify_erofs install_cli sort_erofs_cli erofs_simulate)
scripts/setup.sh
eval "$(scripts/setup.sh --env)"
if [ "$tier" = full ] && [ "$(id -u)" -ne 0 ]; then
  echo "scripts/test.sh: the tests need root (loop mounts, eBPF); scripts/test.sh --quick runs those that do not" >&2
  exit 1
fi
scripts/build-boot.sh
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
if [ "$tier" = quick ]; then
  cargo test --workspace --lib --bins
  cargo test --workspace --test integration -- "${quick_modules[@]/%/::}"
else
  cargo test --workspace --no-fail-fast
fi
