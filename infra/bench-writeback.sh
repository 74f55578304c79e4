#!/usr/bin/env bash
# Writeback latency end to end on the local stack, and the agent's RSS:
# fresh emulators, a throwaway slapd, the real agent binary (release build)
# enrolled and running, then timed resets (tests/bench/writeback.rs).
# Needs slapd (infra/test.sh installs it). Prints the figures for BENCHMARKS.md.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"
step "building the agent (release) and the benchmark"
cargo build --locked --release -p latchkey-agent --bin latchkey-agent
cargo build --locked -p latchkey-e2e --bin latchkey-bench-writeback
bash localstack/dynamodb.sh install >/dev/null
bash localstack/moto.sh install >/dev/null
PORT="$(free_port)"
MESSAGING_PORT="$(free_port)"
trap 'bash localstack/dynamodb.sh stop "$PORT"; bash localstack/moto.sh stop "$MESSAGING_PORT"' EXIT
bash localstack/dynamodb.sh start "$PORT"
bash localstack/moto.sh start "$MESSAGING_PORT"
step "timing resets with writeback"
LATCHKEY_TEST_EMULATOR_PORT="$PORT" LATCHKEY_TEST_MESSAGING_PORT="$MESSAGING_PORT" \
    target/debug/latchkey-bench-writeback target/release/latchkey-agent
