#!/usr/bin/env bash
# Pass-through sign-in timing on the local stack: fresh emulators, a
# throwaway slapd over StartTLS, the real agent binary (release build)
# enrolled and running, then timed sign-ins of synced users whose password
# only the directory knows, beside native ones, and the refused ones
# interleaved (tests/bench/passthrough.rs). Prints the figures for BENCHMARKS.md.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"
bench_with_agent latchkey-bench-passthrough "timing pass-through sign-ins"
