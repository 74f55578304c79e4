#!/usr/bin/env bash
# Compares the OpenAPI document the code serves at /openapi.json with an
# earlier one, by what it promises: operations, parameters, bodies,
# statuses, headers, security and the schemas they reach (prose and order
# are reported, not counted). Exits 1 on any difference.
#
#   bash infra/openapi-compare.sh BEFORE.json [--verbose]
#
# Take BEFORE.json from the commit you start from, before changing anything:
#   cargo run -q -p latchkey-api --bin latchkey-openapi > /tmp/openapi-before.json
# The document printed now is left in target/openapi-after.json.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
before="$1"
shift
after="target/openapi-after.json"
mkdir -p target
cargo run -q -p latchkey-api --bin latchkey-openapi > "$after"
python3 infra/scripts/openapi_compare.py "$before" "$after" "$@"
