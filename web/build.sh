#!/usr/bin/env bash
# Builds the two web apps to web/dist — the user portal at / and the admin
# console at /admin/ — : installs the WASM toolchain when missing (Debian
# rustc-web + std sources + lld, and wasm-bindgen-cli pinned to the lockfile,
# cached under ~/.cache/latchkey), compiles both in one cargo run with
# build-std, writes the JS glue, copies the static files, and prints each
# app's sizes against its budget.
#
# First run on a fresh machine: ~1 min of packages, ~11 min for wasm-bindgen-cli
# and ~30 s for wasm-opt (once, then cached), ~5 min to compile std and the
# app. Rebuilds take seconds, and wasm-opt ~30 s.
set -euo pipefail
source "$(dirname "$0")/../infra/scripts/lib.sh"
cd "$REPO_ROOT/web"

# Gzipped budgets: the portal is every user's first page, the console only admins'.
PORTAL_BUDGET_GZ=$((200 * 1024))
# The console's shell: what signing in downloads (each screen's chunk
# follows when the screen opens; their sizes are printed too).
ADMIN_BUDGET_GZ=$((300 * 1024))
JS_BUDGET_GZ=$((20 * 1024))
DIST="$REPO_ROOT/web/dist"

step "web: checking the WASM toolchain (Debian rustc-web, rust-web-src, lld-22) and brotli"
apt_install rustc-web cargo-web rust-web-src lld-22 brotli

WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
WBG_ROOT="${HOME}/.cache/latchkey/wasm-bindgen-cli-${WBG_VERSION}"
WBG="$WBG_ROOT/bin/wasm-bindgen"
if ! "$WBG" --version 2>/dev/null | grep -q "$WBG_VERSION"; then
    step "web: installing wasm-bindgen-cli $WBG_VERSION (once per version, ~11 min on 2 cores)"
    # No --locked: its lockfile pins a crate version the registry here lacks.
    cargo install wasm-bindgen-cli --version "$WBG_VERSION" --root "$WBG_ROOT"
fi

step "web: compiling the portal and the admin console to WASM (release; the first build also compiles std, ~5 min)"
# Debian's toolchain, not rustup's: only it has std sources for build-std. RUSTC_BOOTSTRAP
# stays set on every build (changing it forces a full rebuild).
(
    export PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
    /usr/bin/cargo build --release --locked -p latchkey-portal -p latchkey-admin
)

# Each app loads a page's code when the page first opens (the `#[lazy]`
# functions in portal/src/app.rs and admin/src/app.rs): wasm-split cuts each
# module at those points into a shell and one chunk per page (plus chunks
# that several pages share), which the shell fetches on demand.
WSPLIT_VERSION="$(awk '/^name = "wasm_split_helpers"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
WSPLIT_CLI_VERSION=0.2.4
WSPLIT="${HOME}/.cache/latchkey/wasm-split-cli-${WSPLIT_CLI_VERSION}/bin/wasm-split-cli"
if [ ! -x "$WSPLIT" ]; then
    step "web: installing wasm-split-cli $WSPLIT_CLI_VERSION for the runtime's $WSPLIT_VERSION (once per version, ~1 min)"
    cargo install wasm_split_cli_support --version "$WSPLIT_CLI_VERSION" --features build-binary --locked \
        --root "$(dirname "$(dirname "$WSPLIT")")"
fi
step "web: splitting each app into a shell and one chunk per page"
rm -rf target/split
for app in portal admin; do
    mkdir -p "target/split/$app"
    "$WSPLIT" --target web --out-name "$app" "target/wasm32-unknown-unknown/release/latchkey-$app.wasm" "target/split/$app"
done

step "web: generating the JS glue and assembling web/dist (portal at /, console at /admin/)"
rm -rf "$DIST"
mkdir -p "$DIST/admin"
bindgen() {
    "$WBG" --target web --no-typescript --remove-name-section --remove-producers-section \
        --out-name "$1" --out-dir "$2" "${@:4}" "$3"
}
bindgen portal "$DIST" target/split/portal/portal.wasm --keep-lld-exports --no-demangle
find target/split/portal -maxdepth 1 -type f ! -name portal.wasm -exec cp {} "$DIST/" \;
# The shell keeps the exports its chunks link against, under their own names.
bindgen admin "$DIST/admin" target/split/admin/admin.wasm --keep-lld-exports --no-demangle
find target/split/admin -maxdepth 1 -type f ! -name admin.wasm -exec cp {} "$DIST/admin/" \;

# wasm-opt from npm's binaryen, pinned: Debian's (108) breaks wasm-bindgen's
# externref table at run time. It takes about 1 % off the gzipped size.
BINARYEN_VERSION=132
WASM_OPT="${HOME}/.cache/latchkey/binaryen-${BINARYEN_VERSION}/node_modules/.bin/wasm-opt"
if ! "$WASM_OPT" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION} "; then
    step "web: installing wasm-opt (npm binaryen@${BINARYEN_VERSION}, once per version, ~30 s)"
    mkdir -p "$(dirname "$(dirname "$(dirname "$WASM_OPT")")")"
    (cd "$(dirname "$(dirname "$(dirname "$WASM_OPT")")")" &&
        npm install --no-audit --no-fund --loglevel=error "binaryen@${BINARYEN_VERSION}")
fi
step "web: shrinking every WASM file with wasm-opt -Oz, $(nproc) at a time (~1 min)"
# The splitter's chunks carry a names subsection binaryen does not know; it
# says so once per chunk, and skips it.
export WASM_OPT
find "$DIST" -name '*.wasm' -print0 | xargs -0 -P "$(nproc)" -I{} bash -c 'set -o pipefail
    "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types \
        --enable-sign-ext --enable-mutable-globals "$1" -o "$1" 2>&1 | { grep -v "unknown name subsection" || true; }
    ' wasm-opt {}
cp portal/static/* shared/static/* "$DIST/"
cp admin/static/* shared/static/* portal/static/style.css "$DIST/admin/"

step "web: the language catalogues (checked, one JSON file per app and language)"
# Natively, with the same toolchain and environment as the WASM build (so
# neither build undoes the other's cache).
HOST="$(/usr/bin/rustc -vV | sed -n 's/^host: //p')"
mkdir -p "$DIST/i18n" "$DIST/admin/i18n" target/i18n
(
    export PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
    /usr/bin/cargo run --quiet --release --locked -p latchkey-i18n --target "$HOST" -- \
        target/i18n portal=shared/i18n,portal/i18n admin=shared/i18n,admin/i18n
)
cp target/i18n/portal.*.json "$DIST/i18n/"
cp target/i18n/admin.*.json "$DIST/admin/i18n/"

# Everything but an app's index.html moves into assets/<hash of it all>/:
# a new build is a new folder, so those files can be cached for a year
# (`immutable`), and index.html — always revalidated — names the folder.
# One hash for the folder, not one a file: the console's JS and its
# splitter's loader import each other, and the chunks are named inside them.
# version DIR URL_PREFIX: prints the folder the assets went to.
version() {
    local dir=$1 prefix=$2 hash
    hash="$(cd "$dir" && find . -path ./admin -prune -o -type f ! -name index.html -print | LC_ALL=C sort |
        xargs sha256sum | sha256sum | cut -c1-16)"
    mkdir -p "$dir/assets/$hash"
    find "$dir" -mindepth 1 -maxdepth 1 ! -name index.html ! -name admin ! -name assets \
        -exec mv {} "$dir/assets/$hash/" \;
    sed -i "s|__ASSETS__|$prefix/assets/$hash|g" "$dir/index.html"
    echo "$dir/assets/$hash"
}
ADMIN_ASSETS="$(version "$DIST/admin" /admin)"
PORTAL_ASSETS="$(version "$DIST" "")"

# Each file also as .gz and .br beside it: the local server sends the one the
# browser takes, and a deployment uploads them with their Content-Encoding
# (CloudFront does not compress application/wasm itself).
step "web: compressing every file with gzip -9 and brotli -q 11, $(nproc) at a time"
find "$DIST" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.json' \) -print0 |
    xargs -0 -P "$(nproc)" -I{} bash -c 'gzip -9 -k -f -n "$1" && brotli -q 11 -f -k "$1"' compress {}

gz_size() { gzip -9 -c "$1" | wc -c; }
over=0
step "web: sizes"
printf '    %-30s %8s %10s %10s\n' file bytes gzipped budget
# report DIR NAME WASM_BUDGET: one app's WASM and JS against their budgets.
report() {
    local dir=$1 name=$2 budget=$3
    local wasm="$dir/${name}_bg.wasm" js="$dir/$name.js" boot="$dir/boot.js"
    local wasm_gz js_gz
    wasm_gz=$(gz_size "$wasm")
    # With its first language: the largest catalogue counts against the budget.
    local catalogue_gz=0 size
    for json in target/i18n/"$name".*.json; do
        size=$(gz_size "$json")
        if [ "$size" -gt "$catalogue_gz" ]; then catalogue_gz=$size; fi
    done
    js_gz=$(( $(gz_size "$js") + $(gz_size "$boot") + $(gz_size "$dir/lang.js") ))
    # The splitter's loader comes with the shell too.
    if [ -f "$dir/__wasm_split.js" ]; then js_gz=$(( js_gz + $(gz_size "$dir/__wasm_split.js") )); fi
    printf '    %-30s %8d %10d\n' "${dir#"$DIST"}/${name}_bg.wasm" "$(wc -c <"$wasm")" "$wasm_gz"
    wasm_gz=$((wasm_gz + catalogue_gz))
    printf '    %-30s %8s %10d %10d\n' "  + its largest catalogue" "" "$wasm_gz" "$budget"
    printf '    %-30s %8d %10d %10d\n' "${dir#"$DIST"}/$name.js + boot.js" $(( $(wc -c <"$js") + $(wc -c <"$boot") )) "$js_gz" "$JS_BUDGET_GZ"
    if [ "$wasm_gz" -gt "$budget" ] || [ "$js_gz" -gt "$JS_BUDGET_GZ" ]; then
        echo "web: $name is over its size budget (wasm ≤ $((budget / 1024)) KB gzipped, JS ≤ 20 KB gzipped)" >&2
        over=1
    fi
}
report "$PORTAL_ASSETS" portal "$PORTAL_BUDGET_GZ"
report "$ADMIN_ASSETS" admin "$ADMIN_BUDGET_GZ"
# A page's download the first time it opens is its own chunk and the shared
# chunks it needs; the largest own chunk and the sum of all bound it.
chunks() {
    local dir=$1 label=$2 shell=$3 chunks_gz=0 largest=0 largest_name="" size chunk
    for chunk in "$dir"/split_*.wasm "$dir"/chunk_*.wasm; do
        [ -f "$chunk" ] || continue
        size=$(gz_size "$chunk")
        chunks_gz=$((chunks_gz + size))
        case "$chunk" in */split_*) if [ "$size" -gt "$largest" ]; then largest=$size largest_name=$(basename "$chunk"); fi ;; esac
    done
    printf '    %-30s %8s %10d\n' "$label all pages' chunks" "$(find "$dir" -name '*.wasm' ! -name "$shell" | wc -l) files" "$chunks_gz"
    printf '    %-30s %8s %10d\n' "$label largest page" "$(echo "$largest_name" | sed -E 's/^split_lazy_//; s/_[0-9]+\.wasm$//')" "$largest"
}
chunks "$PORTAL_ASSETS" / portal_bg.wasm
chunks "$ADMIN_ASSETS" /admin/ admin_bg.wasm
# Each language's catalogue: loaded with the app, the reader's language only.
for app in portal admin; do
    line=""
    for lang in en fr de es pt ja ar; do
        line="$line $lang $(gz_size target/i18n/$app.$lang.json)"
    done
    printf '    %-30s %s\n' "$app catalogues, gzipped" "$line"
done
for f in "$DIST/index.html" "$PORTAL_ASSETS/style.css" "$DIST/admin/index.html" "$ADMIN_ASSETS/admin.css"; do
    printf '    %-30s %8d %10d\n' "${f#"$DIST"}" "$(wc -c <"$f")" "$(gz_size "$f")"
done
[ "$over" -eq 0 ] || exit 1
note "within budget; the site is in web/dist"
