"""Failed logins, kept beside the database so the key and database files stay untouched.

Five wrong passwords for one person within 24 hours block that person's slot until a leader
unblocks it or the recovery code is used. The record is a small JSON file,
``narrativ.db.attempts``, owner-only. Someone who can delete files could delete it, but such
a person can also copy the key file and guess offline; the block is against guessing at the
shared PC, where Argon2id already makes each guess cost time.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from narrativ.vault.keyfile import write_private_file

FORMAT = "narrativ-attempts"
WINDOW = timedelta(hours=24)
LIMIT = 5


def attempts_path(database: Path) -> Path:
    return database.with_name(database.name + ".attempts")


class Attempts:
    def __init__(self, database: Path) -> None:
        self.path = attempts_path(database)

    def _read(self) -> dict[str, list[str]]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (FileNotFoundError, ValueError, UnicodeDecodeError):
            return {}
        failures = data.get("failures") if isinstance(data, dict) else None
        if not isinstance(failures, dict):
            return {}
        return {str(k): [str(t) for t in v] for k, v in failures.items() if isinstance(v, list)}

    def _write(self, failures: dict[str, list[str]]) -> None:
        failures = {k: v for k, v in failures.items() if v}
        if not failures:
            self.path.unlink(missing_ok=True)
            return
        text = json.dumps({"format": FORMAT, "version": 1, "failures": failures}, indent=1)
        write_private_file(self.path, text.encode("utf-8"))

    def recent(self, slot_id: str, now: datetime | None = None) -> list[datetime]:
        now = now or datetime.now(UTC)
        times = []
        for stamp in self._read().get(slot_id, []):
            try:
                moment = datetime.fromisoformat(stamp)
            except ValueError:
                continue
            if now - moment < WINDOW:
                times.append(moment)
        return times

    def blocked(self, slot_id: str, now: datetime | None = None) -> bool:
        return len(self.recent(slot_id, now)) >= LIMIT

    def record_failure(self, slot_id: str, now: datetime | None = None) -> int:
        """Returns how many failures the slot now has within the window."""
        now = now or datetime.now(UTC)
        failures = self._read()
        failures[slot_id] = [t.isoformat() for t in self.recent(slot_id, now)] + [now.isoformat()]
        self._write(failures)
        return len(failures[slot_id])

    def take(self, slot_id: str) -> list[datetime]:
        """All recorded failures of the slot (for the audit log), removing them."""
        failures = self._read()
        taken = failures.pop(slot_id, [])
        if taken:
            self._write(failures)
        moments = []
        for stamp in taken:
            try:
                moments.append(datetime.fromisoformat(stamp))
            except ValueError:
                continue
        return moments
