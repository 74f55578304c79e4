#!/usr/bin/env bash
# Writeback latency end to end on the local stack, and the agent's RSS:
# fresh emulators, a throwaway slapd, the real agent binary (release build)
# enrolled and running, then timed resets (tests/bench/writeback.rs).
# Needs slapd (infra/test.sh installs it). Prints the figures for BENCHMARKS.md.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"
bench_with_agent latchkey-bench-writeback "timing resets with writeback"
