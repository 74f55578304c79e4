#!/usr/bin/env bash
# Benchmarks the breached-password check: a generated corpus of
# BENCH_BREACH_HASHES (default 10,000,000) sorted SHA-1 hashes is built into
# shards in memory (bytes per hash, false positives on as many random
# non-members, in-process check time, build time and peak memory), then
# imported into a fresh local DynamoDB (Dynoxide) and checked through the
# functions' own adapter (p50 / p99 of a first read of a shard, and cached).
# Prints what BENCHMARKS.md records. Needs ~1.5 GB of disk under /tmp.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

HASHES="${BENCH_BREACH_HASHES:-10000000}"
WORK="$(mktemp -d)"

step "tools"
ensure_rust
bash localstack/dynamodb.sh install >/dev/null
bash localstack/moto.sh install >/dev/null

step "building latchkey-breach-import and latchkey-bootstrap (dev profile; the filters and SHA-1 are optimised in it)"
cargo build --locked -p latchkey-infra --bin latchkey-breach-import --bin latchkey-bootstrap
TOOL=target/debug/latchkey-breach-import

DYNAMODB_PORT="$(free_port)"; MOTO_PORT="$(free_port)"
trap 'bash localstack/dynamodb.sh stop "$DYNAMODB_PORT" >/dev/null; bash localstack/moto.sh stop "$MOTO_PORT" >/dev/null; rm -rf "$WORK"' EXIT

step "generating $HASHES synthetic hashes"
"$TOOL" generate "$HASHES" "$WORK/corpus.txt"
note "$(du -h "$WORK/corpus.txt" | cut -f1) of HASH:COUNT lines"

step "building the shards in memory (bytes per hash, false positives, check time)"
"$TOOL" measure "$WORK/corpus.txt" --non-members "$HASHES"

step "importing into a fresh local DynamoDB (Dynoxide on 127.0.0.1:$DYNAMODB_PORT)"
bash localstack/dynamodb.sh start "$DYNAMODB_PORT" "$WORK/dynamodb.sqlite" >/dev/null
bash localstack/moto.sh start "$MOTO_PORT" >/dev/null
export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT" AWS_REGION=us-east-1
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$DYNAMODB_PORT" LATCHKEY_TABLE_PREFIX=bench-
target/debug/latchkey-bootstrap >/dev/null
"$TOOL" import "$WORK/corpus.txt" --source "synthetic $HASHES"

step "sharded checks through the functions' adapter"
"$TOOL" latency --samples 2000
