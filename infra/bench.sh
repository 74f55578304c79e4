#!/usr/bin/env bash
# Benchmarks Latchkey (release build) on the local stack `infra/run.sh` starts:
#   1. /healthz with wrk (the HTTP layer alone);
#   2. reset flows at a steady BENCH_RESET_RATE (default 20) per second for
#      BENCH_SECONDS (default 60): start → email code → verify → complete;
#   3. sign-ins at a steady BENCH_SIGNIN_RATE (default 40) per second, each
#      followed by the account page's two reads;
# each with p50/p99 per step and the CPU every process spent per request
# (server, DynamoDB, SES/SNS emulator). Prints Markdown for BENCHMARKS.md.
# Everything runs on 127.0.0.1: the driver, the server and both emulators
# share the machine's cores.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

SECONDS_EACH="${BENCH_SECONDS:-60}"
RESET_RATE="${BENCH_RESET_RATE:-20}"
SIGNIN_RATE="${BENCH_SIGNIN_RATE:-40}"

step "tools"
ensure_rust
apt_install wrk curl python3-venv

step "release build (first time ~10 min)"
build_stack release

export LATCHKEY_BENCH_PASSWORD="bench-lantern-quartz-2026" LATCHKEY_SOAK_USERS=128
trap stop_stack EXIT
start_stack release 128
export LATCHKEY_SOAK_PIDS="$STACK_PIDS"
soak() { target/release/latchkey-soak "$STACK_URL" "$STACK_MESSAGING" "$@"; }

step "results ($(nproc) cores, $(date -u +%Y-%m-%d))"
echo "### GET /healthz (wrk, 2 threads, 8 connections, 10 s)"
wrk -t2 -c8 -d10s --latency "$STACK_URL/healthz" | grep -E 'Requests/sec|50%|99%'
echo
echo "### Reset flows at $RESET_RATE/s for $SECONDS_EACH s"
soak --mix resets --rate "$RESET_RATE" --seconds "$SECONDS_EACH"
echo
echo "### Sign-ins at $SIGNIN_RATE/s for $SECONDS_EACH s (each with GET /v1/me and /v1/security-questions)"
soak --mix signins --rate "$SIGNIN_RATE" --seconds "$SECONDS_EACH"
