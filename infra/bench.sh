#!/usr/bin/env bash
# Benchmarks the local server (release build) against moto with wrk:
# req/s and p50/p99 for /healthz, a successful sign-in and a failed sign-in,
# then the server's peak RSS after those sign-ins (at least 1,000).
# Prints a Markdown table for BENCHMARKS.md. Everything runs on 127.0.0.1;
# wrk, the server and moto share the machine's cores.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-8}"
export BENCH_USERS=64 BENCH_PASSWORD="bench-lantern-quartz-2026"

step "tools"
ensure_rust
apt_install wrk curl python3-venv

step "release build (first time ~10 min)"
cargo build --locked --release -p latchkey-local -p latchkey-infra

step "emulator and server"
MOTO_PORT="$(free_port)"
APP_PORT="$(free_port)"
bash localstack/moto.sh start "$MOTO_PORT"
export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT" AWS_REGION=us-east-1
LATCHKEY_BENCH_PASSWORD="$BENCH_PASSWORD" target/release/latchkey-bootstrap --seed-bench "$BENCH_USERS"
KEY_DIR="$(mktemp -d)"
LATCHKEY_LISTEN="127.0.0.1:$APP_PORT" RUST_LOG=warn target/release/latchkey-local >"$KEY_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; bash localstack/moto.sh stop "$MOTO_PORT"; rm -rf "$KEY_DIR"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$APP_PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
rss() { awk -v k="$1:" '$1==k {print int($2/1024)}' "/proc/$SERVER/status"; }
note "server RSS at start: $(rss VmRSS) MiB"

run() {
    local mode="$1" threads="$2"
    BENCH_MODE="$mode" wrk -t"$threads" -c"$CONNECTIONS" -d"$DURATION" --latency -s infra/bench/wrk.lua \
        "http://127.0.0.1:$APP_PORT" | grep '^RESULT'
}

step "wrk: $CONNECTIONS connections, $DURATION each"
HEALTH="$(run healthz 2)"; echo "$HEALTH"
SIGNIN="$(run signin 2)"; echo "$SIGNIN"
UNKNOWN="$(run unknown 2)"; echo "$UNKNOWN"
PEAK="$(rss VmHWM)"; NOW="$(rss VmRSS)"

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
SIGNINS=$(( $(field "$SIGNIN" requests) + $(field "$UNKNOWN" requests) ))

step "results ($(nproc) cores, $(date -u +%Y-%m-%d))"
echo "| endpoint | req/s | p50 ms | p99 ms | requests | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|"
for line in "$HEALTH" "$SIGNIN" "$UNKNOWN"; do
    mode=$(awk '{print $2}' <<<"$line")
    case "$mode" in
        healthz) name="GET /healthz" ;;
        signin) name="POST /v1/sessions (success)" ;;
        unknown) name="POST /v1/sessions (failure, unknown user)" ;;
    esac
    echo "| $name | $(field "$line" rps) | $(field "$line" p50_ms) | $(field "$line" p99_ms) | $(field "$line" requests) | $(field "$line" non_2xx) |"
done
echo
echo "Server peak RSS (VmHWM) after $SIGNINS sign-ins: $PEAK MiB (now $NOW MiB)."
