#!/usr/bin/env bash
# The local DynamoDB: Dynoxide (Rust, SQLite in memory; MIT/Apache-2.0,
# https://github.com/nubo-db/dynoxide), built once from crates.io with cargo
# and cached under ~/.cache keyed by its version. moto stays the emulator for
# SES, SNS and SSM (localstack/moto.sh); see localstack/README.md for why
# DynamoDB moved.
#
#   localstack/dynamodb.sh install        build it if missing; print the binary's path
#   localstack/dynamodb.sh start [PORT] [DB]  start on 127.0.0.1:PORT (default 4567), wait until ready;
#                                        with DB, keep the tables in that SQLite file (created fresh),
#                                        else in memory
#   localstack/dynamodb.sh stop [PORT]    stop the server started by `start`
set -euo pipefail

DYNOXIDE_VERSION="3.2.0"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/latchkey"
ROOT="$CACHE/dynoxide-$DYNOXIDE_VERSION"
BIN="$ROOT/bin/dynoxide"

say() { printf '[dynamodb] %s\n' "$*" >&2; }

install() {
    if [ -x "$BIN" ]; then
        echo "$BIN"
        return
    fi
    say "building Dynoxide $DYNOXIDE_VERSION into $ROOT (first time only, ~3 min on 2 cores)"
    mkdir -p "$CACHE"
    # Only the HTTP server: no MCP server, no import tool. --locked uses the
    # crate's own lockfile, so the build is the one its authors tested.
    cargo install --quiet --locked "dynoxide-rs@$DYNOXIDE_VERSION" --no-default-features \
        --features native-sqlite,http-server,cli --root "$ROOT.partial" >&2
    rm -rf "$ROOT"
    mv "$ROOT.partial" "$ROOT"
    say "installed $("$BIN" --version 2>/dev/null || echo "dynoxide $DYNOXIDE_VERSION")"
    echo "$BIN"
}

ready() {
    curl -s -o /dev/null -X POST -H 'X-Amz-Target: DynamoDB_20120810.ListTables' \
        -H 'Content-Type: application/x-amz-json-1.0' \
        -H 'Authorization: AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/dynamodb/aws4_request' \
        -d '{}' "http://127.0.0.1:$1/"
}

start() {
    local port="${1:-4567}" db="${2:-}"
    local pidfile="$CACHE/dynamodb-$port.pid"
    local storage=() where="in memory"
    install >/dev/null
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        # In memory: a restart is how its state is reset.
        say "restarting the server on 127.0.0.1:$port (fresh state)"
        stop "$port"
    fi
    if [ -n "$db" ]; then
        # On disk the data stays out of the process's memory, as in a real
        # database: the server's RSS is its page cache, not its tables.
        rm -f "$db" "$db-wal" "$db-shm"
        mkdir -p "$(dirname "$db")"
        storage=(--db-path "$db")
        where="in $db"
    fi
    say "starting DynamoDB (Dynoxide, tables $where) on 127.0.0.1:$port"
    nohup "$BIN" serve --host 127.0.0.1 --port "$port" "${storage[@]}" >"$CACHE/dynamodb-$port.log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 100); do
        if ready "$port"; then
            say "ready"
            return
        fi
        sleep 0.05
    done
    say "DynamoDB did not start; its log:"
    cat "$CACHE/dynamodb-$port.log" >&2
    exit 1
}

stop() {
    local port="${1:-4567}"
    local pidfile="$CACHE/dynamodb-$port.pid"
    if [ -f "$pidfile" ]; then
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile" "$CACHE/dynamodb-$port.log"
        say "stopped DynamoDB on port $port"
    fi
}

case "${1:-}" in
    install) install ;;
    start) start "${2:-4567}" "${3:-}" ;;
    stop) stop "${2:-4567}" ;;
    *) echo "usage: $0 install|start [PORT]|stop [PORT]" >&2; exit 2 ;;
esac
