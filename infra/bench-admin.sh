#!/usr/bin/env bash
# Benchmarks the administrators' user API on the local stack `infra/run.sh`
# starts: a 10,000-row CSV import (dry run, then real, then again: all
# unchanged), then search and list p50 / p99 over those 10,000 users (by
# prefix of a username, display name or address, and by a word anywhere in
# the name).
# Prints Markdown for BENCHMARKS.md. LATCHKEY_PROFILE=dev skips the release
# build (slower server; figures are then an upper bound).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$REPO_ROOT"

ROWS="${BENCH_IMPORT_ROWS:-10000}"
PROFILE="${LATCHKEY_PROFILE:-release}"

step "tools"
ensure_rust
apt_install curl python3

step "building the server (profile $PROFILE)"
build_stack "$PROFILE"

export LATCHKEY_BENCH_PASSWORD="bench-lantern-quartz-2026"
trap stop_stack EXIT
start_stack "$PROFILE" 0

step "results ($(nproc) cores, $(date -u +%Y-%m-%d), profile $PROFILE)"
python3 - "$STACK_URL" "$ROWS" <<'PY'
import json, statistics, subprocess, sys, time, urllib.request

base, rows = sys.argv[1], int(sys.argv[2])

def call(method, path, body=None, token=None, content_type="application/json"):
    data = body if isinstance(body, bytes) else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        request.add_header("content-type", content_type)
    if token:
        request.add_header("authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read() or b"null")

signed = call("POST", "/v1/sessions", {"username": "admin", "password": "harbor-lantern-quartz-42"})
# The demo administrator's second step: the code of the authenticator key the seed gives it.
totp = subprocess.run([sys.executable, "infra/scripts/totp.py", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"],
                      capture_output=True, text=True, check=True).stdout.strip()
token = call("POST", "/v1/sessions/authenticator", {"code": totp}, signed["token"])["token"]
lines = ["username,display_name,first_name,last_name,emails,groups"]
for i in range(rows):
    lines.append(f"user{i:05d},Person {i:05d},Person,{i:05d},user{i:05d}@contoso.example,{'Sales' if i % 3 else 'Support'}")
csv = ("\n".join(lines) + "\n").encode()

def timed_import(dry):
    started = time.perf_counter()
    report = call("POST", f"/v1/admin/users/import?dry_run={'true' if dry else 'false'}", csv, token, "text/csv")
    return time.perf_counter() - started, report

print(f"### Import of {rows:,} CSV rows ({len(csv) / 1024:.0f} KiB), one request each run\n")
print("| run | seconds | rows/s | created | updated | unchanged | errors |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name, dry in [("dry run", True), ("import", False), ("again (idempotent)", False)]:
    took, r = timed_import(dry)
    print(f"| {name} | {took:.1f} | {rows / took:,.0f} | {r['created']} | {r['updated']} | {r['unchanged']} | {r['errors']} |")

def timings(paths):
    took = []
    for path in paths:
        started = time.perf_counter()
        call("GET", path, token=token)
        took.append((time.perf_counter() - started) * 1000)
    took.sort()
    return statistics.median(took), took[max(0, int(len(took) * 0.99) - 1)]

print(f"\n### Search and list over {rows + 6:,} users (sequential requests)\n")
print("| request | p50 ms | p99 ms |")
print("|---|---:|---:|")
cases = {
    "first page, 50 users (`/v1/admin/users`)": ["/v1/admin/users"] * 200,
    "username prefix (`search=user0123`)": [f"/v1/admin/users?search=user{i % 100:02d}{(i * 7) % 10}" for i in range(200)],
    "display-name prefix (`search=person 0123`)": [f"/v1/admin/users?search=person%20{i % 100:02d}{(i * 3) % 10}" for i in range(200)],
    "email prefix (`search=user0123@`)": [f"/v1/admin/users?search=user{i:04d}0@" for i in range(200)],
    # The word index: a word that is not the start of any name, username or address.
    "a word inside the name, one match (`search=01234`)": [f"/v1/admin/users?search={i * 37 % rows:05d}" for i in range(200)],
    "a word inside the name, every user matches (`search=0`, first page of 50)": ["/v1/admin/users?search=0"] * 200,
    # A filter the indexes cannot answer reads up to 1,000 users a request.
    "group filter, 200 a page (`group=Support&limit=200`; 20 requests)": ["/v1/admin/users?group=Support&limit=200"] * 20,
}
for name, paths in cases.items():
    p50, p99 = timings(paths)
    print(f"| {name} | {p50:.1f} | {p99:.1f} |")

# Paging the whole directory, 200 at a time.
started, pages, after, seen = time.perf_counter(), 0, None, 0
while True:
    page = call("GET", "/v1/admin/users?limit=200" + (f"&next={after}" if after else ""), token=token)
    pages, seen = pages + 1, seen + len(page["users"])
    after = page["next"]
    if not after:
        break
print(f"\nAll {seen:,} users in {pages} pages of 200: {time.perf_counter() - started:.1f} s.")
PY
