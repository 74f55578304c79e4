#!/usr/bin/env bash
# Benchmarks the local server (release build) against moto with wrk:
# req/s and p50/p99 for /healthz, a successful sign-in and a failed sign-in,
# then the server's peak RSS after those sign-ins (at least 1,000).
# Prints a Markdown table for BENCHMARKS.md. Everything runs on 127.0.0.1;
# wrk, the server and moto share the machine's cores.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

DURATION="${BENCH_DURATION:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-8}"
# 64 accounts: sign-ins rotate over bench00–31, reset flows over bench32–63
# (a reset changes the password the sign-in runs use).
SEEDED_USERS=64
export BENCH_USERS=32 BENCH_PASSWORD="bench-lantern-quartz-2026"

step "tools"
ensure_rust
apt_install wrk curl python3-venv

step "release build (first time ~10 min)"
cargo build --locked --release --bins -p latchkey-local -p latchkey-infra -p latchkey-e2e

step "emulator and server"
MOTO_PORT="$(free_port)"
MAIL_PORT="$(free_port)"
APP_PORT="$(free_port)"
bash localstack/moto.sh start "$MOTO_PORT"
# Email and SMS go to a second moto: reading sent codes from moto serialises
# its whole state, which must not include the growing DynamoDB tables.
bash localstack/moto.sh start "$MAIL_PORT"
export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT" AWS_REGION=us-east-1
export AWS_ENDPOINT_URL_SESV2="http://127.0.0.1:$MAIL_PORT" AWS_ENDPOINT_URL_SNS="http://127.0.0.1:$MAIL_PORT"
LATCHKEY_BENCH_PASSWORD="$BENCH_PASSWORD" target/release/latchkey-bootstrap --seed-bench "$SEEDED_USERS"
KEY_DIR="$(mktemp -d)"
LATCHKEY_LISTEN="127.0.0.1:$APP_PORT" RUST_LOG=warn target/release/latchkey-local >"$KEY_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; bash localstack/moto.sh stop "$MOTO_PORT"; bash localstack/moto.sh stop "$MAIL_PORT"; rm -rf "$KEY_DIR"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$APP_PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
rss() { awk -v k="$1:" '$1==k {print int($2/1024)}' "/proc/$SERVER/status"; }
# CPU time (user + system, in clock ticks) a process has used so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
MOTO_PID="$(cat "${XDG_CACHE_HOME:-$HOME/.cache}/latchkey/moto-$MOTO_PORT.pid")"
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
note "server RSS at start: $(rss VmRSS) MiB"

# run MODE THREADS: one wrk run; its RESULT line gains the CPU milliseconds
# the server and moto spent per request.
run() {
    local mode="$1" threads="$2" s0 m0 line requests
    s0=$(cpu_ticks "$SERVER"); m0=$(cpu_ticks "$MOTO_PID")
    line=$(BENCH_MODE="$mode" wrk -t"$threads" -c"$CONNECTIONS" -d"$DURATION" --latency -s infra/bench/wrk.lua \
        "http://127.0.0.1:$APP_PORT" | grep '^RESULT')
    requests=$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$line")
    echo "$line server_cpu_ms=$(awk -v t=$(( ($(cpu_ticks "$SERVER") - s0) * TICK_MS )) -v n="$requests" 'BEGIN{printf "%.2f", t/n}') moto_cpu_ms=$(awk -v t=$(( ($(cpu_ticks "$MOTO_PID") - m0) * TICK_MS )) -v n="$requests" 'BEGIN{printf "%.2f", t/n}')"
}

# Reset flows first, while the emulator's tables are small (moto slows as they grow).
step "reset flows at a steady ${RESET_RATE:=2}/s for ${RESET_SECONDS:=30} s (codes read from moto)"
RESETS="$(target/release/latchkey-bench-resets "http://127.0.0.1:$APP_PORT" "$AWS_ENDPOINT_URL_SESV2" "$RESET_RATE" "$RESET_SECONDS" 32 32)"
echo "$RESETS"

step "wrk: $CONNECTIONS connections, $DURATION each"
HEALTH="$(run healthz 2)"; echo "$HEALTH"
SIGNIN="$(run signin 2)"; echo "$SIGNIN"
UNKNOWN="$(run unknown 2)"; echo "$UNKNOWN"
PEAK="$(rss VmHWM)"; NOW="$(rss VmRSS)"

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
SIGNINS=$(( $(field "$SIGNIN" requests) + $(field "$UNKNOWN" requests) ))

step "results ($(nproc) cores, $(date -u +%Y-%m-%d))"
echo "| endpoint | req/s | p50 ms | p99 ms | requests | non-2xx | server CPU ms/req | moto CPU ms/req |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for line in "$HEALTH" "$SIGNIN" "$UNKNOWN"; do
    mode=$(awk '{print $2}' <<<"$line")
    case "$mode" in
        healthz) name="GET /healthz" ;;
        signin) name="POST /v1/sessions (success)" ;;
        unknown) name="POST /v1/sessions (failure, unknown user)" ;;
    esac
    echo "| $name | $(field "$line" rps) | $(field "$line" p50_ms) | $(field "$line" p99_ms) | $(field "$line" requests) | $(field "$line" non_2xx) | $(field "$line" server_cpu_ms) | $(field "$line" moto_cpu_ms) |"
done
echo
echo "Server peak RSS (VmHWM) after $SIGNINS sign-ins: $PEAK MiB (now $NOW MiB)."
echo
echo "$RESETS"
