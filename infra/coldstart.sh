#!/usr/bin/env bash
# Measures each Lambda function's cold start locally: the release binary is
# started under a minimal Lambda Runtime API (tests/bench/coldstart.rs) with
# moto as AWS, and timed from process start to init done and to its first
# response. Ten starts per function; prints one line each.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

step "release build of the Lambda binaries"
cargo build --locked --release --bins -p latchkey-lambdas -p latchkey-infra -p latchkey-e2e

step "emulator"
PORT="$(free_port)"
bash localstack/moto.sh start "$PORT"
trap 'bash localstack/moto.sh stop "$PORT"' EXIT
export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT" AWS_REGION=us-east-1
target/release/latchkey-bootstrap >/dev/null
export LATCHKEY_SIGNING_KEY="$(openssl genpkey -algorithm ed25519 2>/dev/null)"
export LATCHKEY_CODE_PEPPER="$(openssl rand -hex 32)"

step "cold starts (10 each)"
run() { target/release/latchkey-bench-coldstart "target/release/$1" "$2" "$3" 10 "${4:-}"; }
run latchkey-service GET /v1/config/public
run latchkey-sessions POST /v1/sessions '{"username":"nobody","password":"not-a-real-password"}'
run latchkey-password POST /v1/password/change '{"current_password":"x","new_password":"y"}'
run latchkey-resets POST /v1/resets '{"username":"nobody"}'
