#!/usr/bin/env bash
# The main job on the built-in example: record a boot-like workload on a
# squashfs, sort the image by it, verify the result and report the gain.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
eval "$(scripts/setup.sh --env)"
cargo build --release --quiet
exec target/release/liveopt demo "$@"
