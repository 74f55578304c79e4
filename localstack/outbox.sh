#!/usr/bin/env bash
# Prints the newest email and SMS the local AWS emulator "sent" (moto keeps
# them instead of delivering), so you can read a reset code while trying the
# portal. Usage: bash localstack/outbox.sh [PORT] [COUNT]  (defaults 4566, 5)
set -euo pipefail
PORT="${1:-${MOTO_PORT:-4566}}"
COUNT="${2:-5}"
if ! DATA="$(curl -fsS "http://127.0.0.1:$PORT/_latchkey/outbox")"; then
    echo "no emulator answers on 127.0.0.1:$PORT: is 'bash infra/run.sh' running?" >&2
    exit 1
fi
printf '%s' "$DATA" | python3 -c '
import json, re, sys
count = int(sys.argv[1])
data = json.load(sys.stdin)
sent = []
for m in data.get("emails", []):
    sent.append(("email", m.get("to", ""), m.get("subject") or "", m.get("body", "")))
for m in data.get("sms", []):
    sent.append(("sms", m.get("to", ""), "", m.get("body", "")))
if not sent:
    print("nothing sent yet")
for kind, to, subject, body in sent[-count:]:
    code = re.search(r"\b\d{8}\b", body)
    text = re.sub(r"<[^>]+>", " ", body)
    print(f"{kind:5} to {to}: {subject or text[:60].strip()}" + (f"  → code {code.group(0)}" if code else ""))
' "$COUNT"
