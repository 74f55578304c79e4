#!/usr/bin/env bash
# Runs Latchkey's whole test suite: formatting, lints, the SAM template
# checks, unit tests, the end-to-end tests against a real AWS emulator (moto),
# and the portal's browser tests in Debian's Chromium. Everything it needs is
# installed on first use (see web/build.sh for the WASM toolchain).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

step "checking tools"
ensure_rust
apt_install curl python3-venv

step "formatting (cargo fmt --check, server and web)"
cargo fmt --all --check
(cd web && cargo fmt --all --check)

step "lints (cargo clippy --all-targets -D warnings, server and web)"
cargo clippy --workspace --all-targets --locked -- -D warnings
# The web crates are linted for the host target: clippy needs no WASM std for that.
(cd web && cargo clippy --locked --target "$(rustc -vV | sed -n 's/^host: //p')" -p latchkey-portal -- -D warnings)

step "SAM template (cfn-lint, sam validate --lint)"
bash infra/scripts/template-check.sh

step "AWS emulators (moto: one for DynamoDB, one for SES and SNS)"
bash localstack/moto.sh install >/dev/null
PORT="$(free_port)"
bash localstack/moto.sh start "$PORT"
MESSAGING_PORT="$(free_port)"
bash localstack/moto.sh start "$MESSAGING_PORT"
trap 'bash localstack/moto.sh stop "$PORT"; bash localstack/moto.sh stop "$MESSAGING_PORT"' EXIT

step "tests (unit + end-to-end)"
# Email and SMS go to their own emulator: the tests read what was "sent" from
# moto's full-state dump, which stays small there however many tables the
# DynamoDB emulator holds. Only the Rust tests see these variables.
(
    export LATCHKEY_TEST_EMULATOR_PORT="$PORT" LATCHKEY_TEST_MESSAGING_PORT="$MESSAGING_PORT"
    export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT"
    export AWS_ENDPOINT_URL_SESV2="http://127.0.0.1:$MESSAGING_PORT" AWS_ENDPOINT_URL_SES="http://127.0.0.1:$MESSAGING_PORT"
    export AWS_ENDPOINT_URL_SNS="http://127.0.0.1:$MESSAGING_PORT"
    if cargo nextest --version >/dev/null 2>&1; then
        cargo nextest run --workspace --locked --no-fail-fast --test-threads 4
    else
        cargo test --workspace --locked --no-fail-fast
    fi
)

step "web portal (build to WASM, size budget)"
bash web/build.sh

step "browser tests (Debian Chromium via playwright-core; screenshots in target/browser-artifacts)"
apt_install chromium
cargo build --locked -p latchkey-local
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && node --test --test-concurrency=1)
