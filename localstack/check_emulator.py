"""Checks the local DynamoDB (Dynoxide) where Latchkey depends on it:
all-or-nothing transactions with a reason per item, atomic conditional ADDs,
one winner among parallel conditional writes, memory and latency flat as
tables grow.

Run by infra/test.sh (python from the moto venv, which has boto3):
    python check_emulator.py DYNAMODB_PORT DYNAMODB_PID
Exits non-zero, naming the check, when one fails. Against moto 5.2.5 as
DynamoDB (what served it before) the memory and latency checks fail: over
1 MiB per write, latency climbing with the table.
"""

import concurrent.futures
import statistics
import sys
import time
import uuid

import boto3
from botocore.exceptions import ClientError

from checks import Checks

PORT, PID = sys.argv[1], int(sys.argv[2])
ENDPOINT = f"http://127.0.0.1:{PORT}"
AUTH = dict(region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
db = boto3.client("dynamodb", endpoint_url=ENDPOINT, **AUTH)
check = Checks("emulator")


def rss_kib():
    with open(f"/proc/{PID}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def table(name):
    db.create_table(
        TableName=name,
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}, {"AttributeName": "sk", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )


def key(pk, sk="x"):
    return {"pk": {"S": pk}, "sk": {"S": sk}}


def event(i):
    return {
        **key("DAY#2026-12-01", f"2026-12-01T{i:09d}#{uuid.uuid4()}"),
        "action": {"S": "sign_in"}, "outcome": {"S": "failure"}, "reason": {"S": "wrong_password"},
        "client_ip": {"S": "127.0.0.1"}, "user_agent": {"S": "check"}, "expires_at": {"N": "4102444800"},
    }


def versioned_write(version, i):
    """A user replaced under a version check, with its audit event: Latchkey's every write."""
    db.transact_write_items(TransactItems=[
        {"Put": {"TableName": "c-dir", "Item": {**key("USER#1"), "version": {"N": str(version + 1)}},
                 "ConditionExpression": "version = :v", "ExpressionAttributeValues": {":v": {"N": str(version)}}}},
        {"Put": {"TableName": "c-audit", "Item": event(i), "ConditionExpression": "attribute_not_exists(pk)"}},
    ])


table("c-dir")
table("c-audit")
db.put_item(TableName="c-dir", Item={**key("USER#1"), "version": {"N": "1"}})

# Transactions: all or nothing, with a reason per item.
try:
    db.transact_write_items(TransactItems=[
        {"Put": {"TableName": "c-dir", "Item": {**key("NEW"), "v": {"N": "1"}}}},
        {"Update": {"TableName": "c-dir", "Key": key("USER#1"), "UpdateExpression": "SET version = :n",
                    "ConditionExpression": "version = :v",
                    "ExpressionAttributeValues": {":v": {"N": "99"}, ":n": {"N": "100"}},
                    "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}},
    ])
    check("a failed condition cancels the transaction", False, "it succeeded")
except ClientError as e:
    reasons = e.response.get("CancellationReasons", [])
    codes = [r.get("Code") for r in reasons]
    check("a failed condition cancels the transaction", codes == ["None", "ConditionalCheckFailed"], str(codes))
    check("ALL_OLD returns the item that failed", reasons[1].get("Item", {}).get("version") == {"N": "1"})
check("nothing of a cancelled transaction is written", "Item" not in db.get_item(TableName="c-dir", Key=key("NEW")))

# A write that fails inside a transaction (ADD to a string) undoes the writes before it.
db.put_item(TableName="c-dir", Item={**key("S"), "name": {"S": "text"}})
try:
    db.transact_write_items(TransactItems=[
        {"Put": {"TableName": "c-dir", "Item": {**key("NEW2"), "v": {"N": "1"}}}},
        {"Update": {"TableName": "c-dir", "Key": key("S"), "UpdateExpression": "ADD #n :one",
                    "ExpressionAttributeNames": {"#n": "name"}, "ExpressionAttributeValues": {":one": {"N": "1"}}}},
    ])
except ClientError:
    pass
check("a failed write undoes the transaction's earlier writes", "Item" not in db.get_item(TableName="c-dir", Key=key("NEW2")))

# Atomic counters under parallel callers: a conditional ADD never over-counts.
db.put_item(TableName="c-dir", Item={**key("COUNT"), "n": {"N": "0"}})


def take():
    try:
        db.update_item(TableName="c-dir", Key=key("COUNT"), UpdateExpression="ADD n :one",
                       ConditionExpression="attribute_not_exists(n) OR n < :limit",
                       ExpressionAttributeValues={":one": {"N": "1"}, ":limit": {"N": "5"}})
        return True
    except ClientError:
        return False


with concurrent.futures.ThreadPoolExecutor(16) as pool:
    taken = sum(pool.map(lambda _: take(), range(64)))
count = db.get_item(TableName="c-dir", Key=key("COUNT"))["Item"]["n"]["N"]
check("64 parallel conditional ADDs below 5 take exactly 5", taken == 5 and count == "5", f"taken {taken}, n={count}")

# One winner among parallel versioned writes (fails without the lock).
def race(_):
    try:
        db.transact_write_items(TransactItems=[
            {"Put": {"TableName": "c-dir", "Item": {**key("RACE"), "version": {"N": "2"}},
                     "ConditionExpression": "attribute_not_exists(pk)"}},
        ])
        return True
    except ClientError:
        return False


with concurrent.futures.ThreadPoolExecutor(16) as pool:
    winners = sum(pool.map(race, range(32)))
check("one of 32 parallel conditional creations wins", winners == 1, f"{winners} won")

# Memory and latency while the tables grow (the leak fix, the transaction fix).
for i in range(300):  # warm the allocator and moto's caches
    versioned_write(i + 1, i)
version = 301
start_kib = rss_kib()
timings = []
ROUNDS = 1500
for i in range(ROUNDS):
    t = time.perf_counter()
    versioned_write(version, 10_000 + i)
    db.get_item(TableName="c-dir", Key=key("USER#1"))
    timings.append(time.perf_counter() - t)
    version += 1
grown = (rss_kib() - start_kib) / ROUNDS
first, last = statistics.median(timings[:300]), statistics.median(timings[-300:])
# Each round stores one small audit item (SQLite pages in memory, about a
# KiB); plain moto kept every copy it made and grew by over 1 MiB a round.
check("emulator memory per write stays small", grown < 12, f"{grown:.1f} KiB per write (bound 12)")
check("write latency does not grow with the table", last < first * 1.5 + 0.002,
      f"median {first * 1000:.2f} ms at the start, {last * 1000:.2f} ms at the end")

check.finish()
