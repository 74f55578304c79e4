#!/usr/bin/env bash
# Measures each Lambda function's cold start locally: the release binary is
# started under a minimal Lambda Runtime API (tests/bench/coldstart.rs) with
# moto as AWS, and timed from process start to init done and to its first
# response. Ten starts per function; prints one line each.
#
#   LATCHKEY_COLDSTART_ARCH=arm64  time the packaged arm64 functions instead
#     (target/lambda/<function>/bootstrap.zip from LATCHKEY_ARCH=arm64
#     infra/package.sh) under qemu user emulation with Debian's arm64 glibc;
#     emulation makes them many times slower than on real arm64 hardware.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

BIN_DIR=target/release
if [ "${LATCHKEY_COLDSTART_ARCH:-}" = arm64 ]; then
    step "arm64: the packaged functions under qemu-aarch64"
    apt_install qemu-user libc6-arm64-cross
    BIN_DIR="$(mktemp -d)"
    trap 'rm -rf "$BIN_DIR"' EXIT
    for fn in latchkey-service latchkey-sessions latchkey-password latchkey-resets latchkey-me latchkey-admin; do
        zip="target/lambda/$fn/bootstrap.zip"
        [ -f "$zip" ] || { echo "$zip is missing: run LATCHKEY_ARCH=arm64 bash infra/package.sh" >&2; exit 1; }
        unzip -p "$zip" bootstrap >"$BIN_DIR/$fn"
        chmod +x "$BIN_DIR/$fn"
    done
    note "$(file -b "$BIN_DIR/latchkey-service" | cut -d, -f1-2)"
    export LATCHKEY_COLDSTART_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu"
    step "release build of the harness"
    cargo build --locked --release -p latchkey-infra -p latchkey-e2e --bin latchkey-bootstrap --bin latchkey-bench-coldstart
else
    step "release build of the Lambda binaries"
    cargo build --locked --release --bins -p latchkey-lambdas -p latchkey-infra -p latchkey-e2e
fi

step "local AWS (DynamoDB: Dynoxide; SES and SNS: moto)"
PORT="$(free_port)"
DYNAMO="$(free_port)"
bash localstack/moto.sh start "$PORT"
bash localstack/dynamodb.sh start "$DYNAMO"
trap 'bash localstack/moto.sh stop "$PORT"; bash localstack/dynamodb.sh stop "$DYNAMO"; [ "$BIN_DIR" = target/release ] || rm -rf "$BIN_DIR"' EXIT
export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT" AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$DYNAMO" AWS_REGION=us-east-1
target/release/latchkey-bootstrap >/dev/null
export LATCHKEY_SIGNING_KEY="$(openssl genpkey -algorithm ed25519 2>/dev/null)"
export LATCHKEY_CODE_PEPPER="$(openssl rand -hex 32)"

step "cold starts (10 each)"
run() { target/release/latchkey-bench-coldstart "$BIN_DIR/$1" "$2" "$3" 10 "${4:-}"; }
run latchkey-service GET /v1/config/public
run latchkey-sessions POST /v1/sessions '{"username":"nobody","password":"not-a-real-password"}'
run latchkey-password POST /v1/password/change '{"current_password":"x","new_password":"y"}'
run latchkey-resets POST /v1/resets '{"username":"nobody"}'
run latchkey-me GET /v1/security-questions
run latchkey-admin GET /v1/admin/policy
