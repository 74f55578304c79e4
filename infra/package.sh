#!/usr/bin/env bash
# Packages Latchkey for AWS: every Lambda function as a zip (target/lambda/<function>/
# bootstrap.zip holding an executable `bootstrap`), linked by zig against Lambda's
# glibc 2.34 so the binaries run on provided.al2023 whatever this machine's glibc,
# plus the web site bundle (web/build.sh). Prints each artifact's size.
#
#   LATCHKEY_ARCH=arm64 (default, as template.yaml) or x86_64
#   LATCHKEY_SITE=0 to package the functions only (skips web/build.sh)
#   LATCHKEY_BUILD_STD=1 to take the std-from-source path even where rustup has the target
# Tools are installed on first use and cached under ~/.cache/latchkey: zig (PyPI
# `ziglang`), and cargo-lambda (from crates.io, ~25 min to compile once) where rustup
# has the target's standard library. Where it has not (arm64 here: rustup cannot
# download targets), the functions are built with Debian's rustc-web, which compiles
# std from source (-Zbuild-std), with zig as C compiler and linker, and zipped here.
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
if [ ! -x "$ZIG_VENV/bin/python" ] || ! "$ZIG_VENV/bin/python" -m ziglang version >/dev/null 2>&1; then
    note "installing zig (PyPI ziglang $ZIG_VERSION) in $ZIG_VENV"
    rm -rf "$ZIG_VENV"
    python3 -m venv "$ZIG_VENV"
    "$ZIG_VENV/bin/pip" install --quiet --disable-pip-version-check "ziglang==$ZIG_VERSION"
fi
# cargo-lambda finds zig through `python3 -m ziglang` on PATH.
export PATH="$ZIG_VENV/bin:$PATH"

case "$ARCH" in
    arm64) TARGET=aarch64-unknown-linux-gnu; FLAG=--arm64; ZIG_TARGET=aarch64-linux-gnu.2.34 ;;
    x86_64) TARGET=x86_64-unknown-linux-gnu; FLAG=--x86-64; ZIG_TARGET=x86_64-linux-gnu.2.34 ;;
    *) echo "LATCHKEY_ARCH must be arm64 or x86_64" >&2; exit 2 ;;
esac
BUILD_STD="${LATCHKEY_BUILD_STD:-0}"
if [ "$BUILD_STD" = 0 ] && ! rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
    note "adding the Rust standard library for $TARGET"
    if ! rustup target add "$TARGET" >/dev/null 2>&1; then
        note "rustup cannot add $TARGET here: building std from source with Debian's rustc-web instead"
        BUILD_STD=1
    fi
fi

if [ "$BUILD_STD" = 0 ]; then
    if [ ! -x "$CARGO_LAMBDA" ]; then
        note "installing cargo-lambda $CARGO_LAMBDA_VERSION (first time only, ~25 min)"
        cargo install cargo-lambda --version "$CARGO_LAMBDA_VERSION" --locked --root "$CACHE/cargo-lambda-$CARGO_LAMBDA_VERSION"
    fi
    step "building the Lambda functions ($ARCH, release)"
    "$CARGO_LAMBDA" lambda build --release "$FLAG" --output-format zip -p latchkey-lambdas
else
    apt_install rustc-web cargo-web rust-web-src zip
    # zig as the target's C compiler, archiver and linker, through small wrappers
    # (rewritten on every run, so they follow this script).
    ZIG="$(ls "$ZIG_VENV"/lib/python3*/site-packages/ziglang/zig | head -n 1)"
    WRAP="$CACHE/zig-$ZIG_VERSION-$ZIG_TARGET"
    mkdir -p "$WRAP"
    cat >"$WRAP/cc" <<WRAPPER
#!/usr/bin/env bash
# zig cc for $ZIG_TARGET (glibc 2.34, AWS Lambda provided.al2023), called by
# cc-rs and by rustc as the linker. Drops the flags zig does not take.
args=()
for arg in "\$@"; do
    case "\$arg" in
        --target=*) ;;                     # cc-rs's clang triple; zig has -target below
        -lgcc_s) args+=(-lunwind) ;;       # zig ships libunwind, not libgcc_s
        *) args+=("\$arg") ;;
    esac
done
exec "$ZIG" cc -target $ZIG_TARGET "\${args[@]}"
WRAPPER
    sed -e 's/ cc -target/ c++ -target/' -e 's/^# zig cc/# zig c++/' "$WRAP/cc" >"$WRAP/c++"
    printf '#!/bin/sh\nexec "%s" ar "$@"\n' "$ZIG" >"$WRAP/ar"
    chmod +x "$WRAP/cc" "$WRAP/c++" "$WRAP/ar"

    step "building the Lambda functions ($ARCH, release, std from source; the first build takes ~55 min on one job)"
    TRIPLE_ENV="$(echo "$TARGET" | tr '[:lower:]-' '[:upper:]_')"
    TRIPLE_CC="$(echo "$TARGET" | tr '-' '_')"
    # Debian's toolchain, not rustup's: only it has std sources. RUSTC_BOOTSTRAP stays
    # set on every build (changing it forces a full rebuild); the target dir is the same.
    (
        export PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
        export "CARGO_TARGET_${TRIPLE_ENV}_LINKER=$WRAP/cc"
        export "CC_${TRIPLE_CC}=$WRAP/cc" "CXX_${TRIPLE_CC}=$WRAP/c++" "AR_${TRIPLE_CC}=$WRAP/ar"
        /usr/bin/cargo build --release --locked -p latchkey-lambdas --bins \
            --target "$TARGET" -Zbuild-std=std,panic_abort
    )
    # The layout cargo-lambda writes: target/lambda/<function>/bootstrap(.zip).
    for src in functions/lambdas/src/bin/*.rs; do
        fn="$(basename "$src" .rs)"
        out="target/lambda/$fn"
        rm -rf "$out"
        mkdir -p "$out"
        install -m 755 "target/$TARGET/release/$fn" "$out/bootstrap"
        (cd "$out" && zip -q -X bootstrap.zip bootstrap && rm bootstrap)
    done
fi

if [ "${LATCHKEY_SITE:-1}" != 0 ]; then
    step "building the web site"
    bash web/build.sh
fi

step "artifacts"
for zip in target/lambda/*/bootstrap.zip; do
    printf '    %-48s %8s KiB\n' "$zip" "$(( $(stat -c %s "$zip") / 1024 ))"
done
[ "${LATCHKEY_SITE:-1}" = 0 ] && exit 0
tar -czf target/lambda/site.tar.gz -C web/dist .
printf '    %-48s %8s KiB\n' target/lambda/site.tar.gz "$(( $(stat -c %s target/lambda/site.tar.gz) / 1024 ))"
note "after 'sam deploy', upload the site to the SiteBucketName output:"
note "  aws s3 sync web/dist s3://<SiteBucketName> --delete --cache-control no-cache --exclude '*.gz' --exclude '*.br'"
note "  and each .wasm as its .gz copy with --content-encoding gzip (README.md, Deploying to AWS)"
