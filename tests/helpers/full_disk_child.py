"""A child process for the full-disk test: the file-size limit makes the disk "full".

Reads database path, slot id and hex key from stdin; caps the size of files it may write just
above the database's current size; then saves large narratives until a save fails. Prints
"saved KEY" for each success and "failed <ErrorClass>: <message>" for the failure.
"""

from __future__ import annotations

import resource
import signal
import sys
from datetime import date
from pathlib import Path

from narrativ.errors import UserError
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narratives import create_narrative
from narrativ.services.workspace import open_workspace
from narrativ.vault.vault import OpenedSlot, Vault


def main() -> None:
    database, slot_id, key_hex = sys.stdin.readline().split()
    ws = open_workspace(Vault(Path(database)), OpenedSlot(slot_id, (bytes.fromhex(key_hex),)))
    # Writing past the limit raises SIGXFSZ, which would kill us; as an error it is a
    # "disk full" the program must handle.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = Path(database).stat().st_size + 200_000
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    for number in range(1, 1000):
        try:
            key = create_narrative(
                ws,
                NarrativeInput(
                    date(2026, 10, 1),
                    "Spurvene",
                    f"Stor fortælling {number}. " + "Emil legede. " * 1500,
                    focus=["c-emil"],
                ),
            )
        except UserError as error:
            print(f"failed {type(error).__name__}: {error.message}", flush=True)
            return
        print(f"saved {key}", flush=True)
    print("never full", flush=True)


if __name__ == "__main__":
    main()
