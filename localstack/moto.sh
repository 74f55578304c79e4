#!/usr/bin/env bash
# The local SES, SNS and SSM for machines without Docker: moto server from a
# project-owned Python venv, cached under ~/.cache keyed by moto's version.
# DynamoDB is localstack/dynamodb.sh (Dynoxide): see localstack/README.md.
#
#   localstack/moto.sh install        create the venv if missing; print the server launcher's path
#   localstack/moto.sh start [PORT]   start on 127.0.0.1:PORT (default 4566), wait until ready
#   localstack/moto.sh stop [PORT]    stop the server started by `start`
#   localstack/moto.sh python         print the venv's python (it has boto3: localstack/check_emulator.py)
set -euo pipefail

MOTO_VERSION="5.2.5"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/latchkey"
VENV="$CACHE/moto-$MOTO_VERSION"
BIN="$VENV/bin/moto_server"
# Our launcher: moto's server with its memory leak fixed (see moto_server.py).
# Keep its venv path in step with MOTO_VERSION.
LAUNCHER="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/moto-server"

say() { printf '[moto] %s\n' "$*" >&2; }

install() {
    if [ -x "$BIN" ] && "$VENV/bin/python" -c "import moto, sys; sys.exit(moto.__version__ != '$MOTO_VERSION')" 2>/dev/null; then
        echo "$LAUNCHER"
        return
    fi
    say "creating Python venv for moto $MOTO_VERSION in $VENV (first time only, ~1 min)"
    rm -rf "$VENV"
    mkdir -p "$CACHE"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION" >&2
    say "installed $("$VENV/bin/python" -c 'import moto; print(moto.__version__)')"
    echo "$LAUNCHER"
}

start() {
    local port="${1:-4566}"
    local pidfile="$CACHE/moto-$port.pid"
    install >/dev/null
    if curl -fsS "http://127.0.0.1:$port/moto-api/" >/dev/null 2>&1; then
        say "already running on 127.0.0.1:$port; resetting its state"
        curl -fsS -X POST "http://127.0.0.1:$port/moto-api/reset" >/dev/null
        return
    fi
    say "starting moto on 127.0.0.1:$port"
    nohup "$LAUNCHER" -H 127.0.0.1 -p "$port" >"$CACHE/moto-$port.log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 100); do
        if curl -fsS "http://127.0.0.1:$port/moto-api/" >/dev/null 2>&1; then
            # moto loads each service's code on its first request (seconds):
            # pay that here, not inside a client's call time limit.
            curl -s -o /dev/null \
                -H 'Authorization: AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/ses/aws4_request' \
                "http://127.0.0.1:$port/v2/email/contact-lists" || true
            for service in "ses Action=ListIdentities&Version=2010-12-01" "sns Action=ListTopics&Version=2010-03-31"; do
                curl -s -o /dev/null -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
                    -H "Authorization: AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/${service%% *}/aws4_request" \
                    -d "${service#* }" "http://127.0.0.1:$port/" || true
            done
            say "ready (log: $CACHE/moto-$port.log)"
            return
        fi
        sleep 0.1
    done
    say "moto did not start; its log:"
    cat "$CACHE/moto-$port.log" >&2
    exit 1
}

stop() {
    local port="${1:-4566}"
    local pidfile="$CACHE/moto-$port.pid"
    if [ -f "$pidfile" ]; then
        kill "$(cat "$pidfile")" 2>/dev/null || true
        # Test runs pick a fresh port each time: without this the cache
        # would gather one log per run, forever.
        rm -f "$pidfile" "$CACHE/moto-$port.log"
        say "stopped moto on port $port"
    fi
}

case "${1:-}" in
    install) install ;;
    python) install >/dev/null; echo "$VENV/bin/python" ;;
    start) start "${2:-4566}" ;;
    stop) stop "${2:-4566}" ;;
    *) echo "usage: $0 install|start [PORT]|stop [PORT]" >&2; exit 2 ;;
esac
