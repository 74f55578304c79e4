#!/usr/bin/env python3
"""Derive Latchkey's global banned-term list from zxcvbn's password frequency list.

Usage: derive-global-list.py <path to zxcvbn-<ver>/src/frequency_lists.rs> [count]

zxcvbn (the crate) ships the most common leaked passwords ranked by frequency.
Entra's global list holds *base terms* rather than whole passwords, because the
fuzzy matcher finds the term inside "Password123!" anyway. So each password is
normalised the way the matcher normalises (lower case, leetspeak undone), the
digits and symbols at its ends are stripped, and the remaining alphabetic base
term is kept if it is 5-16 letters long (shorter stems such as "love" fuzz-match
too much ordinary text). The first `count` distinct terms, in frequency order,
are written to stdout, one per line.
"""
import re
import sys

SUBSTITUTIONS = str.maketrans({
    "0": "o", "1": "l", "$": "s", "@": "a",
    "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "!": "i", "|": "l",
})


def main() -> None:
    source = open(sys.argv[1], encoding="utf-8").read()
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    match = re.search(r'const PASSWORDS: &str = "([^"]*)"', source)
    if not match:
        sys.exit("no PASSWORDS list in " + sys.argv[1])
    seen: set[str] = set()
    for password in match.group(1).split(","):
        # Strip the digits people bolt on ("dragon123") before undoing leetspeak,
        # so "123456" does not become the letters "lze4sg".
        stem = re.sub(r"^[^a-z]+|[^a-z]+$", "", password.lower())
        term = stem.translate(SUBSTITUTIONS)
        if not re.fullmatch(r"[a-z]{5,16}", term) or term in seen:
            continue
        seen.add(term)
        print(term)
        if len(seen) >= count:
            break


if __name__ == "__main__":
    main()
