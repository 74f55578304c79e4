#!/usr/bin/env bash
# Fuzzes the API against its own OpenAPI document: schemathesis (from PyPI,
# in a project-owned venv under ~/.cache keyed by its version) reads
# /openapi.json from a fresh local stack (`infra/run.sh`, debug build, its
# own ports and state) and runs every check it has — no 5xx, every status,
# content type, header and body as documented, invalid input refused, valid
# input accepted, auth not ignored, stateful links — in bounded time, with a
# fixed seed. Exits non-zero on any failure.
#
# Before the fuzzing, scim2-tester (from PyPI, its own cached venv) checks
# the SCIM service provider as an identity provider's API client would.
#
# Two passes: signed in as the demo administrator (the admin routes, and past
# the 401s everywhere), then as the demo user adele (the user's own methods,
# which administrators may not register). Unauthenticated calls are made by
# schemathesis' `ignored_auth` check on every protected route, and by every
# call to a public one.
#
# Settings: SCHEMA_MAX_TIME (seconds per pass, default 60), SCHEMA_SEED
# (default 20261201), LATCHKEY_SKIP_BUILD=1 (use the dev server already built,
# as infra/test.sh has by then), SCHEMA_REPORT_DIR (default
# target/schemathesis: JUnit and NDJSON reports). Extra arguments go to
# `schemathesis run`, e.g. `--include-path-regex '^/v1/resets'`.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

SCHEMATHESIS_VERSION="4.32.5"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/latchkey"
VENV="$CACHE/schemathesis-$SCHEMATHESIS_VERSION"
MAX_TIME="${SCHEMA_MAX_TIME:-60}"
SEED="${SCHEMA_SEED:-20261201}"
REPORT_DIR="${SCHEMA_REPORT_DIR:-$REPO_ROOT/target/schemathesis}"

step "checking tools"
apt_install curl python3-venv
if "$VENV/bin/schemathesis" --version 2>/dev/null | grep -qx "schemathesis, version $SCHEMATHESIS_VERSION"; then
    note "schemathesis $SCHEMATHESIS_VERSION already in $VENV"
else
    note "installing schemathesis $SCHEMATHESIS_VERSION into $VENV (first time only, ~1 min)"
    rm -rf "$VENV"
    mkdir -p "$CACHE"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
    note "installed: $("$VENV/bin/schemathesis" --version)"
fi

# SCIM's conformance checker, in its own venv (its pins differ from schemathesis').
SCIM_TESTER_VERSION="0.5.2"
SCIM_CLIENT_VERSION="0.13.2"
SCIM_VENV="$CACHE/scim2-tester-$SCIM_TESTER_VERSION"
if "$SCIM_VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('scim2-tester') != '$SCIM_TESTER_VERSION')" 2>/dev/null; then
    note "scim2-tester $SCIM_TESTER_VERSION already in $SCIM_VENV"
else
    note "installing scim2-tester $SCIM_TESTER_VERSION into $SCIM_VENV (first time only, ~30 s)"
    rm -rf "$SCIM_VENV"
    mkdir -p "$CACHE"
    python3 -m venv "$SCIM_VENV"
    "$SCIM_VENV/bin/pip" install --quiet --disable-pip-version-check \
        "scim2-tester==$SCIM_TESTER_VERSION" "scim2-client[httpx2]==$SCIM_CLIENT_VERSION"
fi

if [ "${LATCHKEY_SKIP_BUILD:-0}" != 1 ]; then
    step "building the local server (debug; incremental after the first build)"
    ensure_rust
    build_stack dev
fi

# Every request comes from 127.0.0.1: at the default 60 a minute per address,
# most of the run would be 429s (documented; the e2e tests cover them).
export LATCHKEY_SOURCE_REQUESTS_PER_MINUTE=1000000
# start_stack seeds load-test users (none here), which needs their password set.
export LATCHKEY_BENCH_PASSWORD="bench-lantern-quartz-2026"
trap stop_stack EXIT
start_stack dev 0

# token USERNAME PASSWORD: a session token for a demo user.
# token USER PASSWORD [AUTHENTICATOR_KEY]: a session; where the sign-in asks
# for the authenticator's code (the demo administrator), it is computed from
# the key, as an authenticator app would.
token() {
    local body pending
    body="$(curl -fsS -X POST "$STACK_URL/v1/sessions" -H 'content-type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$2\"}")"
    pending="$(printf '%s' "$body" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"
    if printf '%s' "$body" | grep -q '"next":"authenticator_code"'; then
        curl -fsS -X POST "$STACK_URL/v1/sessions/authenticator" -H 'content-type: application/json' \
            -H "authorization: Bearer $pending" \
            -d "{\"code\":\"$(python3 "$REPO_ROOT/infra/scripts/totp.py" "$3")\"}" |
            python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
    else
        printf '%s\n' "$pending"
    fi
}

mkdir -p "$REPORT_DIR"
status=0
# pass NAME TOKEN [ARGS...]: one schemathesis run, signed in with TOKEN. No
# example database (each run starts from the seed alone); the `too_slow`
# health check is about generating data, not the API, and a debug build on a
# shared 2-core machine can trip it; responses are still held to 5 s.
# One worker: with two, hypothesis parses its filters' sources with `ast`
# from two threads at once, which CPython 3.11 can fail at ("AST constructor
# recursion depth mismatch") — a runtime error of the tool, not of the API.
pass() {
    local name="$1" bearer="$2"
    shift 2
    step "schemathesis $name: every check, ${MAX_TIME}s, seed $SEED, against $STACK_URL/openapi.json"
    "$VENV/bin/schemathesis" --config-file "$REPO_ROOT/infra/schemathesis.toml" run "$STACK_URL/openapi.json" \
        --checks all \
        --phases examples,coverage,fuzzing,stateful \
        --max-time "$MAX_TIME" \
        --seed "$SEED" \
        --max-response-time 5 \
        --request-timeout 10 \
        --workers 1 \
        --no-color \
        --generation-database none \
        --suppress-health-check too_slow \
        -H "Authorization: Bearer $bearer" \
        --report junit,ndjson --report-dir "$REPORT_DIR/$name" \
        "$@" || status=1
}

# Signed in before either pass (a failed sign-in stops the script here): the
# second token is fresh whatever the first pass did to its own user.
ADMIN_TOKEN="$(token admin harbor-lantern-quartz-42 JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP)"
USER_TOKEN="$(token adele velvet-otter-compass-17)"
# SCIM first, on the fresh stack (the fuzzing below locks the demo
# administrator with wrong passwords and may revoke clients it lists).
scim_client="$(curl -fsS -X POST "$STACK_URL/v1/admin/clients" -H 'content-type: application/json' \
    -H "authorization: Bearer $ADMIN_TOKEN" -d '{"name":"scim2-tester","scopes":["scim:read","scim:write"]}')"
scim_id="$(printf '%s' "$scim_client" | python3 -c 'import json, sys; print(json.load(sys.stdin)["client"]["id"])')"
scim_secret="$(printf '%s' "$scim_client" | python3 -c 'import json, sys; print(json.load(sys.stdin)["client_secret"])')"
SCIM_TOKEN="$(curl -fsS -X POST "$STACK_URL/v1/oauth/token" -u "$scim_id:$scim_secret" -d grant_type=client_credentials |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')"
# SCIM: scim2-tester's checks of what the ServiceProviderConfig declares
# (discovery, then create, read, replace, PATCH and delete of each resource
# type, searches with attributes), as an identity provider's API client.
step "SCIM conformance: scim2-tester $SCIM_TESTER_VERSION against $STACK_URL/scim/v2"
"$SCIM_VENV/bin/python" "$REPO_ROOT/infra/scripts/scim_conformance.py" "$STACK_URL" "$SCIM_TOKEN" || {
    echo "scim2-tester found SCIM conformance failures" >&2
    status=1
}

pass admin "$ADMIN_TOKEN" "$@"
# The reports, like the admin routes, are for administrators and report
# readers: the first pass covers them (a user gets the 403 every time).
pass user "$USER_TOKEN" --exclude-tag admin --exclude-tag reports "$@"

if [ "$status" -ne 0 ]; then
    echo "schemathesis found failures (reports in $REPORT_DIR)" >&2
fi
exit "$status"
