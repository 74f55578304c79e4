#!/usr/bin/env bash
# Packages Latchkey for AWS: every Lambda function as a zip built by
# cargo-lambda (zig links against Lambda's glibc, so the binaries run on
# provided.al2023 whatever this machine's glibc), plus the web site bundle
# (web/build.sh). Prints each artifact's size.
#
#   LATCHKEY_ARCH=arm64 (default, as template.yaml) or x86_64
# Tools are installed on first use and cached under ~/.cache/latchkey:
# cargo-lambda (from crates.io, ~15 min to compile once) and zig (PyPI `ziglang`).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

ARCH="${LATCHKEY_ARCH:-arm64}"
CARGO_LAMBDA_VERSION="1.9.2"
ZIG_VERSION="0.14.1"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/latchkey"
CARGO_LAMBDA="$CACHE/cargo-lambda-$CARGO_LAMBDA_VERSION/bin/cargo-lambda"
ZIG_VENV="$CACHE/ziglang-$ZIG_VERSION"

step "tools"
ensure_rust
if [ ! -x "$CARGO_LAMBDA" ]; then
    note "installing cargo-lambda $CARGO_LAMBDA_VERSION (first time only, ~15 min)"
    cargo install cargo-lambda --version "$CARGO_LAMBDA_VERSION" --locked --root "$CACHE/cargo-lambda-$CARGO_LAMBDA_VERSION"
fi
if [ ! -x "$ZIG_VENV/bin/python" ] || ! "$ZIG_VENV/bin/python" -m ziglang version >/dev/null 2>&1; then
    note "installing zig (PyPI ziglang $ZIG_VERSION) in $ZIG_VENV"
    rm -rf "$ZIG_VENV"
    python3 -m venv "$ZIG_VENV"
    "$ZIG_VENV/bin/pip" install --quiet --disable-pip-version-check "ziglang==$ZIG_VERSION"
fi
# cargo-lambda finds zig through `python3 -m ziglang` on PATH.
export PATH="$ZIG_VENV/bin:$PATH"

case "$ARCH" in
    arm64) TARGET=aarch64-unknown-linux-gnu; FLAG=--arm64 ;;
    x86_64) TARGET=x86_64-unknown-linux-gnu; FLAG=--x86-64 ;;
    *) echo "LATCHKEY_ARCH must be arm64 or x86_64" >&2; exit 2 ;;
esac
if ! rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
    note "adding the Rust standard library for $TARGET"
    if ! rustup target add "$TARGET"; then
        echo "cannot build for $ARCH here: the $TARGET standard library is not available." >&2
        echo "Build on a machine that can 'rustup target add $TARGET', or use LATCHKEY_ARCH=x86_64" >&2
        echo "and deploy with --parameter-overrides Architecture=x86_64." >&2
        exit 1
    fi
fi

step "building the Lambda functions ($ARCH, release)"
"$CARGO_LAMBDA" lambda build --release "$FLAG" --output-format zip -p latchkey-lambdas

step "building the web site"
bash web/build.sh

step "artifacts"
for zip in target/lambda/*/bootstrap.zip; do
    printf '    %-40s %8s KiB\n' "$zip" "$(( $(stat -c %s "$zip") / 1024 ))"
done
tar -czf target/lambda/site.tar.gz -C web/dist .
printf '    %-40s %8s KiB\n' target/lambda/site.tar.gz "$(( $(stat -c %s target/lambda/site.tar.gz) / 1024 ))"
note "after 'sam deploy', upload the site to the SiteBucketName output:"
note "  aws s3 sync web/dist s3://<SiteBucketName> --delete --cache-control no-cache"
