#!/usr/bin/env bash
# Runs Latchkey's whole test suite: formatting, lints, the SAM template
# checks, unit tests, the end-to-end tests against the local AWS emulators
# (Dynoxide for DynamoDB, moto for SES, SNS and EventBridge),
# and the portal's browser tests in Debian's Chromium. Everything it needs is
# installed on first use (see web/build.sh for the WASM toolchain).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

step "checking tools"
ensure_rust
# slapd: the writeback agent's tests start their own OpenLDAP (functions/agent/tests).
# samba-ad-dc, samba-ad-provision, iproute2, openssl: an Active Directory stand-in
# on 127.0.0.2 with its own CA (infra/scripts/samba-dc.sh), for the same tests.
apt_install curl python3-venv slapd samba-ad-dc samba-ad-provision iproute2 openssl

step "formatting (cargo fmt --check, server and web)"
cargo fmt --all --check
(cd web && cargo fmt --all --check)

step "lints (cargo clippy --all-targets -D warnings, server and web)"
cargo clippy --workspace --all-targets --locked -- -D warnings
# The web crates are linted for the host target: clippy needs no WASM std for that.
(cd web && cargo clippy --locked --target "$(rustc -vV | sed -n 's/^host: //p')" -p latchkey-portal -p latchkey-admin -p latchkey-web -- -D warnings)
(cd web && cargo clippy --locked --target "$(rustc -vV | sed -n 's/^host: //p')" -p latchkey-i18n --all-targets -- -D warnings)

step "the web apps' language catalogues (every message in all seven languages, none left in English, no English literal in a component)"
(cd web && cargo test --locked --target "$(rustc -vV | sed -n 's/^host: //p')" -p latchkey-i18n)

step "SAM template (cfn-lint, sam validate --lint)"
bash infra/scripts/template-check.sh

step "local AWS (DynamoDB: Dynoxide; SES and SNS: moto) and its checks"
start_emulators
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/latchkey"
"$(bash localstack/moto.sh python)" localstack/check_emulator.py "$PORT" "$(cat "$CACHE/dynamodb-$PORT.pid")"
# moto keeps only the newest messages and frees the rest (its own moto, ~15 s).
"$(bash localstack/moto.sh python)" localstack/check_messaging.py

step "tests (unit + end-to-end)"
# The tests build their adapters for these two emulators (tests/support/emulator.rs).
(
    export LATCHKEY_TEST_EMULATOR_PORT="$PORT" LATCHKEY_TEST_MESSAGING_PORT="$MESSAGING_PORT"
    if cargo nextest --version >/dev/null 2>&1; then
        cargo nextest run --workspace --locked --no-fail-fast --test-threads 4
    else
        cargo test --workspace --locked --no-fail-fast
    fi
)

step "web apps: the portal and the admin console (build to WASM, size budgets)"
bash web/build.sh

step "browser tests (Debian Chromium via playwright-core; screenshots in target/browser-artifacts)"
apt_install chromium
build_stack dev
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && node --test --test-concurrency=1)

step "the API against its OpenAPI document (schemathesis, every check, the dev build)"
LATCHKEY_SKIP_BUILD=1 bash infra/schema.sh

step "short soak (a fresh stack: memory must stay flat, never a 5xx)"
# The same driver as infra/soak.sh's 50,000 requests, for about 30 s (the debug build
# saturates near 30 requests a second): no 5xx, and memory within 25 % (above
# 4 MiB) once warm. A short run's per-route p99 is a handful of requests'
# maximum, too noisy to bound here; infra/soak.sh takes --max-p99-growth.
LATCHKEY_PROFILE=dev SOAK_REQUESTS=800 SOAK_RATE=25 bash infra/soak.sh --max-rss-growth 25
