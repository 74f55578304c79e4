#!/usr/bin/env bash
# Soaks the local stack: starts `infra/run.sh` (release build, its own ports
# and state directory, 64 load-test users), then drives it with
# `latchkey-soak`: SOAK_REQUESTS (default 50,000) mixed requests — sign-ins,
# reset flows by email, probes for unknown names, registration and config
# reads — at a steady SOAK_RATE (default 40) requests per second. Prints, at
# the start and the end, each process's RSS (server, DynamoDB, SES/SNS
# emulator) and each route's p50/p99, as Markdown for BENCHMARKS.md.
#
# Extra arguments go to latchkey-soak, e.g. `--max-rss-growth 20
# --max-p99-growth 25` to fail when a bound is broken. LATCHKEY_PROFILE=dev
# uses the debug build (the test suite's short soak does).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

REQUESTS="${SOAK_REQUESTS:-50000}"
RATE="${SOAK_RATE:-40}"
PROFILE="${LATCHKEY_PROFILE:-release}"
TARGET_DIR="target/$([ "$PROFILE" = dev ] && echo debug || echo "$PROFILE")"

step "building the server and the load driver (profile $PROFILE)"
ensure_rust
build_stack "$PROFILE"

export LATCHKEY_BENCH_PASSWORD="bench-lantern-quartz-2026"
trap stop_stack EXIT
start_stack "$PROFILE" 64

step "soak: $REQUESTS mixed requests at $RATE/s ($(nproc) cores, $(date -u +%Y-%m-%d))"
LATCHKEY_SOAK_PIDS="$STACK_PIDS" "$TARGET_DIR/latchkey-soak" "$STACK_URL" "$STACK_MESSAGING" --mix mixed --rate "$RATE" --requests "$REQUESTS" "$@"
