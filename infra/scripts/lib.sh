# Shared helpers for Latchkey's scripts: progress lines, and installing
# what a fresh machine lacks (idempotent: a second run checks and moves on).

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
note() { printf '    %s\n' "$*"; }

# apt_install PKG... : installs the Debian packages that are missing.
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    note "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_rust: cargo with clippy and rustfmt.
ensure_rust() {
    if ! command -v cargo >/dev/null 2>&1; then
        echo "cargo is not installed: install Rust (https://rustup.rs) first" >&2
        exit 1
    fi
    if ! cargo clippy --version >/dev/null 2>&1 || ! cargo fmt --version >/dev/null 2>&1; then
        note "adding clippy and rustfmt"
        rustup component add clippy rustfmt
    fi
}

# free_port: an unused TCP port on 127.0.0.1.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# start_emulators: fresh local AWS for one script (Dynoxide for DynamoDB,
# moto for SES and SNS) on free ports, stopped when the script exits. Sets
# PORT and MESSAGING_PORT.
start_emulators() {
    bash "$REPO_ROOT/localstack/dynamodb.sh" install >/dev/null
    bash "$REPO_ROOT/localstack/moto.sh" install >/dev/null
    PORT="$(free_port)"
    MESSAGING_PORT="$(free_port)"
    trap 'bash "$REPO_ROOT/localstack/dynamodb.sh" stop "$PORT"; bash "$REPO_ROOT/localstack/moto.sh" stop "$MESSAGING_PORT"' EXIT
    bash "$REPO_ROOT/localstack/dynamodb.sh" start "$PORT"
    bash "$REPO_ROOT/localstack/moto.sh" start "$MESSAGING_PORT"
}

# bench_with_agent BENCH WHAT: the release agent and the benchmark binary
# BENCH (tests/bench) built, fresh emulators, then BENCH run against the
# agent ("WHAT" says what it times).
bench_with_agent() {
    step "building the agent (release) and the benchmark"
    cargo build --locked --release -p latchkey-agent --bin latchkey-agent
    cargo build --locked -p latchkey-e2e --bin "$1"
    start_emulators
    step "$2"
    LATCHKEY_TEST_EMULATOR_PORT="$PORT" LATCHKEY_TEST_MESSAGING_PORT="$MESSAGING_PORT" \
        "target/debug/$1" target/release/latchkey-agent
}

# build_stack PROFILE: the local server and the load driver, in one cargo
# invocation (so one feature resolution, built once): the browser tests,
# infra/soak.sh and infra/bench.sh all run these binaries.
build_stack() {
    cargo build --locked --profile "$1" -p latchkey-local -p latchkey-e2e --bin latchkey-local --bin latchkey-soak
}

# start_stack PROFILE USERS: runs `infra/run.sh` in the background on fresh
# ports (API only, the server already built, USERS load-test users; the
# client address taken from the header the load driver sets, as from
# CloudFront) and waits
# until it answers. Sets STACK_URL, STACK_MESSAGING (where email and SMS land)
# and STACK_PIDS ("server=… dynamodb=… messaging=…"); the caller's EXIT trap
# should call stop_stack.
start_stack() {
    STACK_STATE="$(mktemp -d)"
    local app moto dynamo
    app="$(free_port)"; moto="$(free_port)"; dynamo="$(free_port)"
    step "starting the stack (bash infra/run.sh, API only, $2 load-test users) on 127.0.0.1:$app"
    LATCHKEY_SITE=0 LATCHKEY_SKIP_BUILD=1 LATCHKEY_PROFILE="$1" LATCHKEY_LISTEN="127.0.0.1:$app" MOTO_PORT="$moto" \
        DYNAMODB_PORT="$dynamo" LATCHKEY_STATE_DIR="$STACK_STATE" LATCHKEY_SEED_BENCH="$2" RUST_LOG=warn \
        LATCHKEY_EMULATOR_OUTBOX=100 LATCHKEY_CLIENT_ADDRESS_HEADER=x-latchkey-viewer-address \
        bash "$REPO_ROOT/infra/run.sh" >"$STACK_STATE/run.log" 2>&1 &
    STACK_RUN=$!
    for _ in $(seq 1 600); do
        [ -f "$STACK_STATE/run.pids" ] && curl -fsS "http://127.0.0.1:$app/healthz" >/dev/null 2>&1 && break
        kill -0 $STACK_RUN 2>/dev/null || { cat "$STACK_STATE/run.log" >&2; echo "infra/run.sh exited" >&2; exit 1; }
        sleep 0.2
    done
    [ -f "$STACK_STATE/run.pids" ] || { cat "$STACK_STATE/run.log" >&2; echo "the stack did not come up" >&2; exit 1; }
    STACK_URL="http://127.0.0.1:$app"
    STACK_MESSAGING="http://127.0.0.1:$moto"
    STACK_PIDS="$(cat "$STACK_STATE/run.pids")"
    note "processes: $STACK_PIDS"
}

stop_stack() {
    # run.sh answers SIGTERM by stopping its server and emulators; its
    # status then is the signal's, which is no failure of the caller's.
    if [ -n "${STACK_RUN:-}" ]; then
        kill "$STACK_RUN" 2>/dev/null || true
        wait "$STACK_RUN" 2>/dev/null || true
    fi
    if [ -n "${STACK_STATE:-}" ]; then rm -rf "$STACK_STATE"; fi
    return 0
}
