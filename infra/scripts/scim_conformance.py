"""SCIM conformance: scim2-tester's checks against a running Latchkey.

    python scim_conformance.py BASE_URL BEARER_TOKEN

Runs every check scim2-tester has for what the ServiceProviderConfig
declares (discovery, then create / read / replace / PATCH / delete of each
resource type it finds), prints one line per check, and exits 1 when any
check ends in ERROR or CRITICAL (an RFC MUST broken) — SKIPPED checks are
for features the server does not declare (bulk, sort, changePassword).
"""

import sys
from collections import Counter

from httpx2 import Client
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import Status, check_server

FAILING = {Status.ERROR, Status.CRITICAL}


def main() -> int:
    base, token = sys.argv[1], sys.argv[2]
    http = Client(base_url=f"{base.rstrip('/')}/scim/v2", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    client = SyncSCIMClient(http)
    results = check_server(client)
    counts = Counter(r.status.name for r in results)
    for r in results:
        mark = "FAIL" if r.status in FAILING else r.status.name
        line = f"[{mark:>10}] {r.title}"
        if r.status not in (Status.SUCCESS, Status.SKIPPED) and r.reason:
            line += f" - {r.reason}"
        print(line)
    print("scim2-tester:", ", ".join(f"{n} {k.lower()}" for k, n in sorted(counts.items())))
    return 1 if any(r.status in FAILING for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
