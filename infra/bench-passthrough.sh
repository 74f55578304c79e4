#!/usr/bin/env bash
# Pass-through sign-in timing on the local stack: fresh emulators, a
# throwaway slapd over StartTLS, the real agent binary (release build)
# enrolled and running, then timed sign-ins of synced users whose password
# only the directory knows, beside native ones, and the refused ones
# interleaved (tests/bench/passthrough.rs). Prints the figures for BENCHMARKS.md.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"
step "building the agent (release) and the benchmark"
cargo build --locked --release -p latchkey-agent --bin latchkey-agent
cargo build --locked -p latchkey-e2e --bin latchkey-bench-passthrough
bash localstack/dynamodb.sh install >/dev/null
bash localstack/moto.sh install >/dev/null
PORT="$(free_port)"
MESSAGING_PORT="$(free_port)"
trap 'bash localstack/dynamodb.sh stop "$PORT"; bash localstack/moto.sh stop "$MESSAGING_PORT"' EXIT
bash localstack/dynamodb.sh start "$PORT"
bash localstack/moto.sh start "$MESSAGING_PORT"
step "timing pass-through sign-ins"
LATCHKEY_TEST_EMULATOR_PORT="$PORT" LATCHKEY_TEST_MESSAGING_PORT="$MESSAGING_PORT" \
    target/debug/latchkey-bench-passthrough target/release/latchkey-agent
