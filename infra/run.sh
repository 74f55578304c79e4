#!/usr/bin/env bash
# Runs Latchkey locally: installs what is missing, starts the AWS emulator
# (moto on 127.0.0.1:4566, fresh state), builds the web portal and the server,
# starts them on http://127.0.0.1:8080 (portal at /, every API route under it),
# creates the tables, seeds a demo organisation and prints how to try it.
# Ctrl-C stops everything.
#
# Settings: LATCHKEY_LISTEN (default 127.0.0.1:8080), MOTO_PORT (4566),
# LATCHKEY_PROFILE (dev or release; default dev).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

LISTEN="${LATCHKEY_LISTEN:-127.0.0.1:8080}"
MOTO_PORT="${MOTO_PORT:-4566}"
PROFILE="${LATCHKEY_PROFILE:-dev}"

step "checking tools"
ensure_rust
apt_install curl python3-venv

step "building the web portal (WASM; the first build installs its toolchain, ~15 min once)"
bash web/build.sh

step "building the local server (cargo build, profile $PROFILE; the first build takes ~10 min)"
cargo build --locked --profile "$PROFILE" -p latchkey-local
TARGET_DIR="target/$([ "$PROFILE" = dev ] && echo debug || echo "$PROFILE")"

step "starting the AWS emulator"
bash localstack/moto.sh start "$MOTO_PORT"
trap 'bash localstack/moto.sh stop "$MOTO_PORT"' EXIT

step "starting Latchkey"
export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT" AWS_REGION="${AWS_REGION:-us-east-1}"
export LATCHKEY_LISTEN="$LISTEN"
# The emulator has no voice API: code calls are written to this file instead.
export LATCHKEY_VOICE=record LATCHKEY_VOICE_RECORD_FILE="$REPO_ROOT/.latchkey/voice-calls.log"
"$TARGET_DIR/latchkey-local" --bootstrap --seed-demo &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; bash localstack/moto.sh stop "$MOTO_PORT"' EXIT INT TERM
for _ in $(seq 1 100); do
    curl -fsS "http://$LISTEN/healthz" >/dev/null 2>&1 && break
    kill -0 $SERVER 2>/dev/null || { echo "the server exited; see the messages above" >&2; exit 1; }
    sleep 0.1
done

cat <<TRY

Latchkey is running:
  Portal        http://$LISTEN/   (sign in as adele / velvet-otter-compass-17)
                (nestor / juniper-harbor-violet-71 has no methods yet: sign in to try registration)
  API           http://$LISTEN/v1/…  (described at http://$LISTEN/openapi.json)
  AWS emulator  http://127.0.0.1:$MOTO_PORT  (read the codes it "sent": bash localstack/outbox.sh $MOTO_PORT)
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
