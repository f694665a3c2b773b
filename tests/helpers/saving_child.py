"""A child process for the crash test: saves narratives in a loop until it is killed.

Reads the database path, slot id and hex key from stdin (never the command line), then
prints "saved KEY" after each save has committed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narratives import create_narrative
from narrativ.services.workspace import open_workspace
from narrativ.vault.vault import OpenedSlot, Vault


def main() -> None:
    database, slot_id, key_hex = sys.stdin.readline().split()
    vault = Vault(Path(database))
    ws = open_workspace(vault, OpenedSlot(slot_id, (bytes.fromhex(key_hex),)))
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        key = create_narrative(
            ws,
            NarrativeInput(
                date(2026, 10, 1),
                "Spurvene",
                f"Fortælling nummer {number}: Emil byggede videre på tårnet. " * 3,
                focus=["c-emil"],
                present=["c-aase"],
                themes=["social udvikling"],
            ),
        )
        print(f"saved {key}", flush=True)


if __name__ == "__main__":
    main()
