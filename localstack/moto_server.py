"""moto's server for SES, SNS and SSM, with a bounded outbox.

DynamoDB is served by Dynoxide (localstack/dynamodb.sh; localstack/README.md
says why). moto answers the messaging calls and keeps what was "sent" for the
tests and localstack/outbox.sh to read. Three changes to moto as shipped:

- only the newest LATCHKEY_EMULATOR_OUTBOX (default 5,000) emails and SMS are
  kept, so a long run or a soak does not grow without bound;
- moto's dashboard tracking (`instances_tracked`, read by /moto-api/data.json)
  holds its model instances weakly: as shipped it keeps every message ever
  sent alive, so memory grew with every send and each state dump took longer;
- GET /_latchkey/outbox answers with just the kept emails and SMS (optionally
  `?to=` one address or number), instead of a dump of every model moto holds:
  the tests and the benchmarks read codes there many times a second, and a
  full dump cost tens of milliseconds of the machine's CPU each time.

infra/soak.sh measures memory and latency over a long run.

Usage: python moto_server.py [-H HOST] [-p PORT]  (the venv's python)
"""

import argparse
import json
import os
import weakref
from urllib.parse import parse_qs

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import run_simple


# --- a bounded outbox -----------------------------------------------------------


def bound_outbox(keep):
    from moto.ses.models import SESBackend
    from moto.sns.models import SNSBackend

    def trim_list(messages):
        if len(messages) > keep * 1.1:
            del messages[: len(messages) - keep]

    def trim_dict(messages):
        if len(messages) > keep * 1.1:
            for key in list(messages.keys())[: len(messages) - keep]:
                del messages[key]

    for name in ("send_email", "send_templated_email", "send_bulk_templated_email", "send_raw_email"):
        original = getattr(SESBackend, name, None)
        if original is None:
            continue

        def wrapped(self, *args, __original=original, **kwargs):
            result = __original(self, *args, **kwargs)
            trim_list(self.sent_messages)
            return result

        setattr(SESBackend, name, wrapped)

    original_publish = SNSBackend.publish

    def publish(self, *args, **kwargs):
        result = original_publish(self, *args, **kwargs)
        trim_dict(self.sms_messages)
        trim_dict(self.sms_message_objects)
        return result

    SNSBackend.publish = publish


# --- weak instance tracking ---------------------------------------------------


class WeaklyTracked:
    """A stand-in for a model class's `instances_tracked` list that does not
    keep its instances alive: moto only reads it to dump its state."""

    def __init__(self):
        self._refs = []
        self._compact_at = 1024

    def append(self, instance):
        try:
            self._refs.append(weakref.ref(instance))
        except TypeError:  # not weakly referenceable: kept, as moto would
            self._refs.append(lambda kept=instance: kept)
        if len(self._refs) >= self._compact_at:
            self._refs = [ref for ref in self._refs if ref() is not None]
            self._compact_at = max(1024, 2 * len(self._refs))

    def __iter__(self):
        for ref in list(self._refs):
            instance = ref()
            if instance is not None:
                yield instance

    def __len__(self):
        return sum(1 for _ in self)


def track_weakly():
    from moto.core import common_models

    base = common_models.BaseModel

    def new(cls, *args, **kwargs):
        instance = super(base, cls).__new__(cls)
        tracked = cls.__dict__.get("instances_tracked")
        if not isinstance(tracked, WeaklyTracked):
            tracked = WeaklyTracked()
            cls.instances_tracked = tracked
        tracked.append(instance)
        return instance

    base.__new__ = staticmethod(new)


# --- a light outbox endpoint -----------------------------------------------------


def outbox(to=None):
    from moto.ses.models import ses_backends
    from moto.sns.models import sns_backends

    emails, sms = [], []
    for regions in list(ses_backends.values()):
        for backend in list(regions.values()):
            for message in list(backend.sent_messages):
                destinations = getattr(message, "destinations", None) or {}
                for address in destinations.get("ToAddresses", []):
                    if to is None or address == to:
                        emails.append(
                            {
                                "to": address,
                                "subject": getattr(message, "subject", None),
                                "body": getattr(message, "body", ""),
                            }
                        )
    for regions in list(sns_backends.values()):
        for backend in list(regions.values()):
            for number, text in list(backend.sms_messages.values()):
                if to is None or number == to:
                    sms.append({"to": number, "body": text})
    return {"emails": emails, "sms": sms}


def with_outbox(app):
    def serve(environ, start_response):
        if environ.get("PATH_INFO") == "/_latchkey/outbox":
            query = parse_qs(environ.get("QUERY_STRING", ""))
            body = json.dumps(outbox(query.get("to", [None])[0])).encode()
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]
        return app(environ, start_response)

    return serve


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, default=4566)
    args = parser.parse_args()
    track_weakly()
    bound_outbox(int(os.environ.get("LATCHKEY_EMULATOR_OUTBOX", "5000")))
    app = with_outbox(DomainDispatcherApplication(create_backend_app))
    run_simple(
        args.host,
        args.port,
        app,
        threaded=True,
        request_handler=MotoRequestHandler,
    )


if __name__ == "__main__":
    main()
