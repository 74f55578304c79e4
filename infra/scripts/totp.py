#!/usr/bin/env python3
"""Prints the authenticator code (TOTP, RFC 6238: SHA-1, 6 digits, 30 s) of a
base32 key, as an authenticator app would show it now (the demo
administrator's key is printed by infra/run.sh). Each code is taken once: a
second sign-in within the same 30 seconds needs the next one.

    python3 infra/scripts/totp.py JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
"""
import base64
import hashlib
import hmac
import struct
import sys
import time


def code(key: str, step: int) -> str:
    secret = base64.b32decode(key.upper() + "=" * (-len(key) % 8))
    digest = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    step = int(time.time()) // 30
    print(code(sys.argv[1], step))


if __name__ == "__main__":
    main()
