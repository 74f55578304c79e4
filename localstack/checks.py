"""What the emulator checks share: a named result per check, and an exit
status that fails when any did (check_emulator.py, check_messaging.py)."""

import sys


class Checks:
    def __init__(self, tag):
        self.tag = tag
        self.failures = []

    def __call__(self, name, ok, detail=""):
        print(f"[{self.tag}] {'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)
        if not ok:
            self.failures.append(name)

    def finish(self):
        """Exits non-zero, naming every failed check, when any failed."""
        if self.failures:
            print(f"[{self.tag}] {len(self.failures)} check(s) failed: {', '.join(self.failures)}", file=sys.stderr)
            sys.exit(1)
