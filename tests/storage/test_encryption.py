"""What an attacker with the files (a stolen PC, a copied USB stick) can read: nothing."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narratives import create_narrative, share_narrative
from narrativ.services.workspace import Workspace
from narrativ.vault.keyfile import keyfile_path
from tests.conftest import Institution

MARKER = "Zebrafinkemarkør æøå 7391"


def database_files(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name)]


def test_marker_phrase_is_absent_from_every_file(
    institution: Institution, leader: Workspace
) -> None:
    ws = institution.unlock("Rikke Sørensen")
    key = create_narrative(
        ws,
        NarrativeInput(
            occurred_on=date(2026, 11, 2),
            group="Spurvene",
            story=f"Emil fortalte om {MARKER} ved samlingen.",
            reflection=MARKER,
            focus=["c-emil"],
        ),
    )
    share_narrative(ws, key)
    # Read it back while the files are still open, so the -wal and -shm exist.
    files = database_files(institution.path)
    assert {p.name for p in files} >= {"narrativ.db", "narrativ.db-wal", "narrativ.db.keys"}
    for needle in (MARKER.encode(), MARKER.encode("utf-16-le"), b"Zebrafinke"):
        for file in files:
            assert needle not in file.read_bytes(), file.name
    ws.lock()
    for file in database_files(institution.path):
        assert b"Zebrafinke" not in file.read_bytes(), file.name


def test_database_file_has_no_sqlite_header_and_is_owner_only(institution: Institution) -> None:
    ws = institution.unlock()
    ws.lock()
    assert not institution.path.read_bytes().startswith(b"SQLite format 3")
    for file in (institution.path, keyfile_path(institution.path)):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_connections_use_the_safety_pragmas(leader: Workspace) -> None:
    with leader.store.engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("cipher_version")
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("temp_store") == 2  # MEMORY
