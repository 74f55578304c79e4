#!/usr/bin/env bash
# Runs Latchkey's whole test suite: formatting, lints, the SAM template
# checks, unit tests, and the end-to-end tests against a real AWS emulator
# (moto), which this script installs (first time only) and starts for the
# duration of the run.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

step "checking tools"
ensure_rust
apt_install curl python3-venv

step "formatting (cargo fmt --check)"
cargo fmt --all --check

step "lints (cargo clippy --all-targets -D warnings)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "SAM template (cfn-lint, sam validate --lint)"
bash infra/scripts/template-check.sh

step "AWS emulator (moto)"
bash localstack/moto.sh install >/dev/null
PORT="$(free_port)"
bash localstack/moto.sh start "$PORT"
trap 'bash localstack/moto.sh stop "$PORT"' EXIT
export LATCHKEY_TEST_EMULATOR_PORT="$PORT"

step "tests (unit + end-to-end)"
if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace --locked --no-fail-fast --test-threads 4
else
    cargo test --workspace --locked --no-fail-fast
fi
