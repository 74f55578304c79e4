#!/usr/bin/env bash
# Runs Latchkey locally: installs what is missing, starts the local AWS
# (DynamoDB: Dynoxide on 127.0.0.1:4567, tables in .latchkey/dynamodb.sqlite;
# SES and SNS: moto on 127.0.0.1:4566; fresh state each time), builds the web
# portal and the server, starts them on http://127.0.0.1:8080 (portal at /,
# every API route under it), creates the tables, seeds a demo organisation and
# prints how to try it. Ctrl-C stops everything.
#
# Settings: LATCHKEY_LISTEN (default 127.0.0.1:8080), MOTO_PORT (4566),
# DYNAMODB_PORT (4567), LATCHKEY_PROFILE (dev or release; default dev),
# LATCHKEY_SITE=0 (skip building the portal), LATCHKEY_SKIP_BUILD=1 (use the
# server already built: infra/soak.sh builds it with its driver), LATCHKEY_SEED_BENCH=N (also N
# load-test users, for infra/soak.sh), LATCHKEY_SOURCE_REQUESTS_PER_MINUTE=N (raise
# the per-address limit on anonymous routes, for infra/schema.sh), LATCHKEY_STATE_DIR (default .latchkey:
# keys, the tables' file, recorded calls, run.pids for the soak).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

LISTEN="${LATCHKEY_LISTEN:-127.0.0.1:8080}"
MOTO_PORT="${MOTO_PORT:-4566}"
DYNAMODB_PORT="${DYNAMODB_PORT:-4567}"
PROFILE="${LATCHKEY_PROFILE:-dev}"
STATE_DIR="${LATCHKEY_STATE_DIR:-$REPO_ROOT/.latchkey}"
mkdir -p "$STATE_DIR"

step "checking tools"
ensure_rust
apt_install curl python3-venv

if [ "${LATCHKEY_SITE:-1}" != 0 ]; then
    step "building the web portal (WASM; the first build installs its toolchain, ~15 min once)"
    bash web/build.sh
fi

if [ "${LATCHKEY_SKIP_BUILD:-0}" != 1 ]; then
    step "building the local server (cargo build, profile $PROFILE; the first build takes ~10 min)"
    cargo build --locked --profile "$PROFILE" -p latchkey-local
fi
TARGET_DIR="target/$([ "$PROFILE" = dev ] && echo debug || echo "$PROFILE")"

step "starting the local AWS (DynamoDB: Dynoxide; SES and SNS: moto)"
stop_aws() { bash localstack/dynamodb.sh stop "$DYNAMODB_PORT"; bash localstack/moto.sh stop "$MOTO_PORT"; }
trap stop_aws EXIT
bash localstack/dynamodb.sh start "$DYNAMODB_PORT" "$STATE_DIR/dynamodb.sqlite"
# moto keeps the newest messages only (localstack/moto_server.py): plenty to read codes from.
LATCHKEY_EMULATOR_OUTBOX="${LATCHKEY_EMULATOR_OUTBOX:-1000}" bash localstack/moto.sh start "$MOTO_PORT"

step "starting Latchkey"
export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT" AWS_REGION="${AWS_REGION:-us-east-1}"
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$DYNAMODB_PORT"
# The audit table's change stream, which the server follows to publish each
# committed audit event to the emulator's EventBridge bus (as the events
# function does in AWS).
export AWS_ENDPOINT_URL_DYNAMODB_STREAMS="http://127.0.0.1:$DYNAMODB_PORT"
export LATCHKEY_EVENT_BUS="${LATCHKEY_EVENT_BUS:-latchkey-events}"
export LATCHKEY_LISTEN="$LISTEN"
# The emulator has no voice API: code calls are written to this file instead.
export LATCHKEY_VOICE=record LATCHKEY_VOICE_RECORD_FILE="$STATE_DIR/voice-calls.log"
SEED=(--seed-demo)
[ -n "${LATCHKEY_SEED_BENCH:-}" ] && SEED+=(--seed-bench "$LATCHKEY_SEED_BENCH")
[ -n "${LATCHKEY_SOURCE_REQUESTS_PER_MINUTE:-}" ] &&
    SEED+=(--source-requests-per-minute "$LATCHKEY_SOURCE_REQUESTS_PER_MINUTE")
"$TARGET_DIR/latchkey-local" --bootstrap "${SEED[@]}" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; stop_aws; rm -f "$STATE_DIR/run.pids"' EXIT INT TERM
for _ in $(seq 1 100); do
    curl -fsS "http://$LISTEN/healthz" >/dev/null 2>&1 && break
    kill -0 $SERVER 2>/dev/null || { echo "the server exited; see the messages above" >&2; exit 1; }
    sleep 0.1
done
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/latchkey"
echo "server=$SERVER dynamodb=$(cat "$CACHE/dynamodb-$DYNAMODB_PORT.pid") messaging=$(cat "$CACHE/moto-$MOTO_PORT.pid")" \
    >"$STATE_DIR/run.pids"

cat <<TRY

Latchkey is running:
  Portal        http://$LISTEN/   (sign in as adele / velvet-otter-compass-17)
                (nestor / juniper-harbor-violet-71 has no methods yet: sign in to try registration)
  Admin console http://$LISTEN/admin/   (sign in as admin / harbor-lantern-quartz-42, then the
                authenticator code: add the key JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP to an authenticator
                app, or run python3 infra/scripts/totp.py JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP)
  API           http://$LISTEN/v1/…  (described at http://$LISTEN/openapi.json)
  Local AWS     SES and SNS http://127.0.0.1:$MOTO_PORT  (read the codes it "sent": bash localstack/outbox.sh $MOTO_PORT)
                DynamoDB    http://127.0.0.1:$DYNAMODB_PORT
  Event stream  every committed audit event on the bus $LATCHKEY_EVENT_BUS (watch it: bash localstack/events.sh $MOTO_PORT)
  Voice calls   recorded in .latchkey/voice-calls.log (the emulator has no voice API)
Try the API:
  curl -s http://$LISTEN/v1/config/public
  curl -s -X POST http://$LISTEN/v1/sessions -H 'content-type: application/json' \\
       -d '{"username":"adele","password":"velvet-otter-compass-17"}'
  TOKEN=\$(curl -s -X POST http://$LISTEN/v1/sessions -H 'content-type: application/json' \\
       -d '{"username":"adele","password":"velvet-otter-compass-17"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  curl -s -i -X POST http://$LISTEN/v1/password/change -H "authorization: Bearer \$TOKEN" \\
       -H 'content-type: application/json' \\
       -d '{"current_password":"velvet-otter-compass-17","new_password":"C0ntos0Blank12"}'
  The API description: http://$LISTEN/openapi.json
Press Ctrl-C to stop.
TRY
wait $SERVER
