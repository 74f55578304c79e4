#!/usr/bin/env bash
# Builds the web portal to web/dist: installs the WASM toolchain when missing
# (Debian rustc-web + std sources + lld, and wasm-bindgen-cli pinned to the
# lockfile, cached under ~/.cache/latchkey), compiles with build-std, writes the
# JS glue, copies the static files, and prints the sizes against the budget.
#
# First run on a fresh machine: ~1 min of packages, ~11 min for wasm-bindgen-cli
# (once, then cached), ~5 min to compile std and the app. Rebuilds take seconds.
set -euo pipefail
source "$(dirname "$0")/../infra/scripts/lib.sh"
cd "$REPO_ROOT/web"

WASM_BUDGET_GZ=$((250 * 1024))
JS_BUDGET_GZ=$((20 * 1024))
DIST="$REPO_ROOT/web/dist"

step "web: checking the WASM toolchain (Debian rustc-web, rust-web-src, lld-22)"
apt_install rustc-web cargo-web rust-web-src lld-22

WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
WBG_ROOT="${HOME}/.cache/latchkey/wasm-bindgen-cli-${WBG_VERSION}"
WBG="$WBG_ROOT/bin/wasm-bindgen"
if ! "$WBG" --version 2>/dev/null | grep -q "$WBG_VERSION"; then
    step "web: installing wasm-bindgen-cli $WBG_VERSION (once per version, ~11 min on 2 cores)"
    # No --locked: its lockfile pins a crate version the registry here lacks.
    cargo install wasm-bindgen-cli --version "$WBG_VERSION" --root "$WBG_ROOT"
fi

step "web: compiling the portal to WASM (release; the first build also compiles std, ~5 min)"
# Debian's toolchain, not rustup's: only it has std sources for build-std. RUSTC_BOOTSTRAP
# stays set on every build (changing it forces a full rebuild).
(
    export PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
    /usr/bin/cargo build --release --locked -p latchkey-portal
)

step "web: generating the JS glue and assembling web/dist"
rm -rf "$DIST"
mkdir -p "$DIST"
"$WBG" --target web --no-typescript --remove-name-section --remove-producers-section \
    --out-name portal --out-dir "$DIST" target/wasm32-unknown-unknown/release/latchkey-portal.wasm
cp portal/static/* "$DIST/"

gz_size() { gzip -9 -c "$1" | wc -c; }
WASM="$DIST/portal_bg.wasm"
JS="$DIST/portal.js"
WASM_GZ=$(gz_size "$WASM")
JS_GZ=$(( $(gz_size "$JS") + $(gz_size "$DIST/boot.js") ))
step "web: sizes"
printf '    %-28s %8s %10s %10s\n' file bytes gzipped budget
printf '    %-28s %8d %10d %10d\n' portal_bg.wasm "$(wc -c <"$WASM")" "$WASM_GZ" "$WASM_BUDGET_GZ"
printf '    %-28s %8d %10d %10d\n' "JS (glue + boot.js)" $(( $(wc -c <"$JS") + $(wc -c <"$DIST/boot.js") )) "$JS_GZ" "$JS_BUDGET_GZ"
for f in index.html style.css; do
    printf '    %-28s %8d %10d\n' "$f" "$(wc -c <"$DIST/$f")" "$(gz_size "$DIST/$f")"
done
if [ "$WASM_GZ" -gt "$WASM_BUDGET_GZ" ] || [ "$JS_GZ" -gt "$JS_BUDGET_GZ" ]; then
    echo "web: over the size budget (wasm ≤ 250 KB gzipped, JS ≤ 20 KB gzipped)" >&2
    exit 1
fi
note "within budget; the site is in web/dist"
