#!/usr/bin/env bash
# Lints template.yaml offline with cfn-lint and `sam validate --lint`, from a
# venv cached under ~/.cache/latchkey keyed by the tools' versions.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

SAM_VERSION="1.170.0"
CFN_LINT_VERSION="1.58.0"
VENV="${XDG_CACHE_HOME:-$HOME/.cache}/latchkey/sam-$SAM_VERSION-cfnlint-$CFN_LINT_VERSION"

if [ ! -x "$VENV/bin/sam" ] || [ ! -x "$VENV/bin/cfn-lint" ]; then
    note "creating a venv with aws-sam-cli $SAM_VERSION and cfn-lint $CFN_LINT_VERSION (first time only, ~1 min)"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check \
        "aws-sam-cli==$SAM_VERSION" "cfn-lint==$CFN_LINT_VERSION"
fi
"$VENV/bin/cfn-lint" template.yaml
note "cfn-lint: no findings"
SAM_CLI_TELEMETRY=0 "$VENV/bin/sam" validate --lint --region us-east-1 -t template.yaml
