"""Checks the local SES/SNS emulator (localstack/moto_server.py) where the
tests and the benchmarks lean on it: it keeps only the newest messages, lets
the older ones go (moto as shipped kept every model instance it ever made,
for its state dump), and answers the light outbox endpoint with what it keeps.

Starts its own moto with a small outbox, so the check is quick:
    python check_messaging.py            (the moto venv's python: it has boto3)
Exits non-zero, naming the check, when one fails. Without the weak tracking
in moto_server.py the "freed" check fails: the state dump lists every one of
the 300 messages.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import boto3

from checks import Checks

KEEP = 20
SENT = 300
HERE = os.path.dirname(os.path.abspath(__file__))
check = Checks("messaging")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


port = free_port()
endpoint = f"http://127.0.0.1:{port}"
server = subprocess.Popen(
    [sys.executable, os.path.join(HERE, "moto_server.py"), "-p", str(port)],
    env={**os.environ, "LATCHKEY_EMULATOR_OUTBOX": str(KEEP)},
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
)
try:
    for _ in range(200):
        try:
            get(f"{endpoint}/_latchkey/outbox")
            break
        except OSError:
            time.sleep(0.05)
    auth = dict(region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
    boto3.client("ses", endpoint_url=endpoint, **auth).verify_email_identity(EmailAddress="no-reply@contoso.example")
    ses = boto3.client("sesv2", endpoint_url=endpoint, **auth)
    sns = boto3.client("sns", endpoint_url=endpoint, **auth)
    for i in range(SENT):
        ses.send_email(
            FromEmailAddress="no-reply@contoso.example",
            Destination={"ToAddresses": [f"user{i % 7}@contoso.example"]},
            Content={"Simple": {"Subject": {"Data": "Code"}, "Body": {"Text": {"Data": f"Your code is {10000000 + i}"}}}},
        )
        sns.publish(PhoneNumber="+14255550101", Message=f"{20000000 + i} is your code")

    outbox = get(f"{endpoint}/_latchkey/outbox")
    emails, sms = outbox["emails"], outbox["sms"]
    check("the outbox keeps the newest messages only", KEEP <= len(emails) <= KEEP * 1.1 and KEEP <= len(sms) <= KEEP * 1.1,
          f"{len(emails)} emails, {len(sms)} SMS kept of {SENT} each")
    check("the newest is last", emails[-1]["body"].endswith(str(10000000 + SENT - 1)) and sms[-1]["body"].startswith(str(20000000 + SENT - 1)))
    one = get(f"{endpoint}/_latchkey/outbox?to=user3%40contoso.example")["emails"]
    check("?to= filters by address", one and all(m["to"] == "user3@contoso.example" for m in one), f"{len(one)} to user3")
    phone = get(f"{endpoint}/_latchkey/outbox?to=%2B14255550101")["sms"]
    check("?to= filters by number", len(phone) == len(sms))

    dump = get(f"{endpoint}/moto-api/data.json")
    tracked = len(dump.get("ses", {}).get("Message", [])), len(dump.get("sns", {}).get("SMS", []))
    check("messages no longer kept are freed (moto's state dump lists only the kept ones)",
          max(tracked) <= KEEP * 1.1, f"{tracked[0]} emails and {tracked[1]} SMS tracked of {SENT} each")
finally:
    server.terminate()
    server.wait(timeout=10)

check.finish()
