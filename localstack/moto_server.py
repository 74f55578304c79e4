"""moto's server, with DynamoDB made atomic the way the real service is.

moto answers requests on many threads and its DynamoDB checks a condition and
then writes without a lock, so two concurrent conditional writes (or
TransactWriteItems) can both pass the same `version = :v` check. Real
DynamoDB never lets that happen, and Latchkey's correctness under contention
(one winner of fifty parallel reset completions) depends on it. Serialising the
DynamoDB API calls here makes the emulator honest; every other service keeps
moto's threads.

Usage: python moto_server.py [-H HOST] [-p PORT]  (the venv's python)
"""

import argparse
import threading

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import run_simple

DYNAMODB_LOCK = threading.Lock()

# The calls that check a condition and write. Reads are left concurrent: a slow
# Scan (the tests dump tables) must not stall every write behind it.
WRITES = {
    "DynamoDB_20120810." + op
    for op in ("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems", "TransactGetItems")
}


def serialise_dynamodb(app):
    def wrapped(environ, start_response):
        if environ.get("HTTP_X_AMZ_TARGET", "") in WRITES:
            with DYNAMODB_LOCK:
                # Read the whole answer inside the lock: the write happens while it is produced.
                return list(app(environ, start_response))
        return app(environ, start_response)

    return wrapped


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, default=4566)
    args = parser.parse_args()
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(
        args.host,
        args.port,
        serialise_dynamodb(app),
        threaded=True,
        request_handler=MotoRequestHandler,
    )


if __name__ == "__main__":
    main()
