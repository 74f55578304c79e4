#!/usr/bin/env bash
# Fuzzes every parser of untrusted input (the targets in tests/fuzz) for a
# bounded time: builds them once with cargo-fuzz (nightly, libFuzzer,
# AddressSanitizer), runs each for FUZZ_SECONDS (default 20) from its seed
# corpus in tests/fuzz/corpus/<target>, and fails if any target crashes, hangs
# or asserts. cargo-fuzz is installed on first use under ~/.cache/latchkey,
# keyed by its version.
#
#   bash infra/fuzz.sh                 every target, FUZZ_SECONDS each
#   bash infra/fuzz.sh email jwt       only these targets
#   FUZZ_SECONDS=300 bash infra/fuzz.sh
#
# What a run finds beyond the seeds goes to tests/fuzz/target/corpus/<target>
# (kept between local runs, never committed); a crash's input goes to
# tests/fuzz/artifacts/<target>/ and the summary prints how to replay it.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

CARGO_FUZZ_VERSION="0.13.2"
SECONDS_PER_TARGET="${FUZZ_SECONDS:-20}"
FUZZ_DIR="$REPO_ROOT/tests/fuzz"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/latchkey"
CARGO_FUZZ_ROOT="$CACHE/cargo-fuzz-$CARGO_FUZZ_VERSION"

step "checking tools (nightly Rust, cargo-fuzz $CARGO_FUZZ_VERSION)"
ensure_rust
# cargo-fuzz needs nightly for -Zsanitizer; CI images carry it, a laptop may not.
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    note "installing the nightly toolchain (minimal profile)"
    rustup toolchain install nightly --profile minimal
fi
note "$(rustup run nightly rustc --version)"
if [ ! -x "$CARGO_FUZZ_ROOT/bin/cargo-fuzz" ]; then
    note "installing cargo-fuzz $CARGO_FUZZ_VERSION into $CARGO_FUZZ_ROOT (first time only, ~2 min on 2 cores)"
    mkdir -p "$CACHE"
    rm -rf "$CARGO_FUZZ_ROOT.partial"
    # --locked: the build its authors tested; stable is enough to build it.
    cargo install --quiet --locked "cargo-fuzz@$CARGO_FUZZ_VERSION" --root "$CARGO_FUZZ_ROOT.partial"
    rm -rf "$CARGO_FUZZ_ROOT"
    mv "$CARGO_FUZZ_ROOT.partial" "$CARGO_FUZZ_ROOT"
fi
# `cargo +nightly fuzz` finds the cargo-fuzz binary on PATH.
export PATH="$CARGO_FUZZ_ROOT/bin:$PATH"
note "$(cargo fuzz --version)"

# Outside the main workspace, so the suite's `cargo fmt --all --check` skips it.
step "formatting of the fuzz targets (cargo fmt --check)"
cargo fmt --check --manifest-path "$FUZZ_DIR/Cargo.toml"

step "building the fuzz targets (cargo +nightly fuzz build: release, debug assertions, AddressSanitizer)"
# cargo-fuzz has no --locked; this refuses a Cargo.lock that would need changing.
cargo +nightly metadata --locked --format-version 1 --manifest-path "$FUZZ_DIR/Cargo.toml" >/dev/null
cargo +nightly fuzz build --fuzz-dir "$FUZZ_DIR"
BIN_DIR="$FUZZ_DIR/target/$(rustc -vV | sed -n 's/^host: //p')/release"

if [ $# -gt 0 ]; then
    TARGETS=("$@")
else
    mapfile -t TARGETS < <(cargo +nightly fuzz list --fuzz-dir "$FUZZ_DIR")
fi

step "fuzzing ${#TARGETS[@]} targets for ${SECONDS_PER_TARGET}s each"
SUMMARY=()
FAILED=()
for target in "${TARGETS[@]}"; do
    seeds="$FUZZ_DIR/corpus/$target"
    work="$FUZZ_DIR/target/corpus/$target"
    artifacts="$FUZZ_DIR/artifacts/$target"
    log="$FUZZ_DIR/target/fuzz-$target.log"
    mkdir -p "$seeds" "$work" "$artifacts"
    note "$target ..."
    # New inputs go to the first directory (the work corpus), so the committed
    # seeds stay as written. -timeout: an input slower than 10 s is a hang.
    status=0
    "$BIN_DIR/$target" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$work" "$seeds" >"$log" 2>&1 || status=$?
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    corpus="$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 | sed 's/corp: //')"
    line="$(printf '%-14s runs: %-9s corpus: %-12s' "$target" "${runs:-?}" "${corpus:-?}")"
    if [ "$status" -eq 0 ]; then
        SUMMARY+=("$line ok")
    else
        crash="$(ls -t "$artifacts" 2>/dev/null | head -1)"
        SUMMARY+=("$line FAILED (exit $status)")
        FAILED+=("$target")
        tail -40 "$log" >&2
        if [ -n "$crash" ]; then
            note "replay: cargo +nightly fuzz run --fuzz-dir tests/fuzz $target tests/fuzz/artifacts/$target/$crash"
        fi
        note "full log: $log"
    fi
done

step "fuzz summary (${SECONDS_PER_TARGET}s per target)"
for line in "${SUMMARY[@]}"; do note "$line"; done
if [ ${#FAILED[@]} -gt 0 ]; then
    echo "fuzzing failed: ${FAILED[*]}" >&2
    exit 1
fi
