#!/usr/bin/env bash
# The figures of README.md here: installs the block example from a CD drive throttled like
# a CD, cuts the install after the switch, resumes it, and prints the `figures:` lines (the
# CD's own read rate, the copy's read rate from it, the session's latency idle and during
# the copy, the switch pause, bytes written). The whole log goes to
# ${TMPDIR:-/tmp}/liveopt-install-figures.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup.sh
eval "$(scripts/setup.sh --env)"
LIVEOPT_INSTALL_FIGURES=1 cargo test --test integration -- \
  block_root::install_cut_off_after_the_switch_is_finished_from_the_medium \
  --exact --test-threads=1 --nocapture 2>&1 | tee "${TMPDIR:-/tmp}/liveopt-install-figures.log" |
  grep -E 'figures:|install: |test result'
