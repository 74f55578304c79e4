#!/usr/bin/env bash
# Shows the event stream on the local stack: what an integrator's rule on
# the bus receives. The server (infra/run.sh) publishes every committed audit
# event to the emulator's EventBridge bus (LATCHKEY_EVENT_BUS, default
# latchkey-events); this routes the bus to a queue with an ordinary rule and
# prints what arrives.
#
#   localstack/events.sh [PORT]          subscribe (once), then print events as they come (Ctrl-C stops)
#   localstack/events.sh [PORT] --once   print what is waiting and exit
set -euo pipefail
PORT="${1:-${MOTO_PORT:-4566}}"
ONCE="${2:-}"
BUS="${LATCHKEY_EVENT_BUS:-latchkey-events}"
if ! curl -fsS -o /dev/null "http://127.0.0.1:$PORT/_latchkey/outbox"; then
    echo "no emulator answers on 127.0.0.1:$PORT: is 'bash infra/run.sh' running?" >&2
    exit 1
fi
"$(bash "$(dirname "$0")/moto.sh" python)" - "$PORT" "$BUS" "$ONCE" <<'PY'
import json, sys
import boto3

port, bus, once = sys.argv[1], sys.argv[2], sys.argv[3] == "--once"
kw = dict(endpoint_url=f"http://127.0.0.1:{port}", region_name="us-east-1",
          aws_access_key_id="test", aws_secret_access_key="test")
events, sqs = boto3.client("events", **kw), boto3.client("sqs", **kw)
queue = sqs.create_queue(QueueName=f"{bus}-tail")["QueueUrl"]
arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
rules = events.list_rules(EventBusName=bus)["Rules"]
if not any(r["Name"] == "tail" for r in rules):
    events.put_rule(Name="tail", EventBusName=bus, EventPattern='{"source": ["latchkey"]}')
    events.put_targets(Rule="tail", EventBusName=bus, Targets=[{"Id": "tail", "Arn": arn}])
    print(f"subscribed to {bus}: events from now on arrive here", file=sys.stderr)
try:
    while True:
        got = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", [])
        for m in got:
            e = json.loads(m["Body"])
            d = e["detail"]
            print(f'{d["at"]}  {e["detail-type"]:<24} {d["outcome"]:<8} {d.get("target_name") or "-":<16} {d.get("reason") or ""}')
            sqs.delete_message(QueueUrl=queue, ReceiptHandle=m["ReceiptHandle"])
        if once and not got:
            break
except KeyboardInterrupt:
    pass
PY
