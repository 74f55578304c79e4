"""moto's server for SES, SNS and SSM, with a bounded outbox.

DynamoDB is served by Dynoxide (localstack/dynamodb.sh; localstack/README.md
says why). moto answers the messaging calls and keeps what was "sent" for the
tests and localstack/outbox.sh to read at /moto-api/data.json. It keeps every
message forever; here only the newest LATCHKEY_EMULATOR_OUTBOX (default
5,000) emails and SMS are kept, so a long run or a soak does not grow without
bound (infra/soak.sh measures it).

Usage: python moto_server.py [-H HOST] [-p PORT]  (the venv's python)
"""

import argparse
import os

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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, default=4566)
    args = parser.parse_args()
    bound_outbox(int(os.environ.get("LATCHKEY_EMULATOR_OUTBOX", "5000")))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(
        args.host,
        args.port,
        app,
        threaded=True,
        request_handler=MotoRequestHandler,
    )


if __name__ == "__main__":
    main()
