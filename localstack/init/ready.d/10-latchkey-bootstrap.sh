#!/usr/bin/env bash
# LocalStack init hook: runs Latchkey's own idempotent bootstrap (the same
# binary used everywhere else) once LocalStack is ready, and seeds the demo.
set -euo pipefail
if [ ! -x /opt/latchkey/latchkey-bootstrap ]; then
    echo "latchkey: build it first on the host: cargo build --release -p latchkey-infra" >&2
    exit 1
fi
AWS_ENDPOINT_URL=http://127.0.0.1:4566 AWS_REGION=us-east-1 \
    /opt/latchkey/latchkey-bootstrap --seed-demo
