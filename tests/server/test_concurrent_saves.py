"""Several PCs saving the same narrative at once: one wins each round, the rest are told.

Eight connections (the same author on eight PCs) start together at a barrier and each
save a narrative a number of times from the version they last read. Every save either
succeeds with a version nobody else got, or raises EditConflict; nothing is lost and
nothing is silently overwritten.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date

from narrativ.services import narratives
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narratives import EditConflict
from narrativ.services.workspace import Workspace
from tests.helpers.documents import EDUCATOR_SPURVE
from tests.server.fixtures import ServerInstitution

WRITERS = 8
ROUNDS = 12


def text(writer: int, round_: int) -> NarrativeInput:
    return NarrativeInput(
        date(2025, 10, 20),
        "Spurvene",
        f"Skrevet af pc {writer} i runde {round_}.",
        focus=["c-emil"],
    )


def test_concurrent_saves_lose_nothing_and_report_every_conflict(
    server_institution: ServerInstitution,
) -> None:
    workspaces: list[Workspace] = [
        server_institution.unlock(EDUCATOR_SPURVE) for _ in range(WRITERS)
    ]
    start = threading.Barrier(WRITERS)
    saved: list[tuple[int, str]] = []  # (new version, text) of every save that succeeded
    conflicts = Counter[int]()
    errors: list[BaseException] = []
    lock = threading.Lock()

    def write(writer: int) -> None:
        ws = workspaces[writer]
        try:
            start.wait()
            for round_ in range(ROUNDS):
                version = narratives.get_narrative(ws, "n-kladde").version
                data = text(writer, round_)
                try:
                    new = narratives.update_narrative(
                        ws, "n-kladde", data, expected_version=version
                    )
                except EditConflict:
                    with lock:
                        conflicts[writer] += 1
                    continue
                with lock:
                    saved.append((new, data.story))
        except BaseException as error:  # surfaces in the main thread
            errors.append(error)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        versions = [v for v, _ in saved]
        assert len(versions) == len(set(versions))  # no two saves from the same version
        assert len(saved) + sum(conflicts.values()) == WRITERS * ROUNDS
        final = narratives.get_narrative(workspaces[0], "n-kladde")
        last_version, last_text = max(saved)
        assert (final.version, final.story) == (last_version, last_text)
        assert final.version == 1 + len(saved)  # every success counted once, none lost
    finally:
        for ws in workspaces:
            ws.lock()
