"""Backups: encrypted, owner-only, pruned; restore checks first and keeps the current file."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest

from narrativ.errors import DamagedFile, WrongPassword
from narrativ.services import backups, narratives
from narrativ.services.narrative_input import NarrativeInput
from narrativ.vault.keyfile import keyfile_path
from tests.conftest import Institution
from tests.helpers.documents import LEADER, PASSWORDS


def test_backup_restore_round_trip_keeps_the_current_file(
    institution: Institution, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    ws = institution.unlock()
    before = backups.fingerprint(ws.store)
    backup = backups.backup_now(ws, folder)
    key = narratives.create_narrative(
        ws, NarrativeInput(date(2026, 11, 1), "Spurvene", "Skrevet efter kopien.", focus=["c-ali"])
    )
    ws.lock()
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    for file in (backup, keyfile_path(backup)):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert backups.verify_backup(backup, LEADER, PASSWORDS[LEADER], tmp_path) == before

    restored = backups.restore(institution.path, backup, LEADER, PASSWORDS[LEADER])
    assert restored.fingerprint == before
    assert restored.kept_copy is not None and restored.kept_copy.exists()
    ws = institution.unlock()
    with pytest.raises(Exception, match="findes ikke"):
        narratives.get_narrative(ws, key)
    ws.lock()
    assert sorted(p.name for p in folder.iterdir()) == sorted([backup.name, backup.name + ".keys"])


def test_only_the_newest_backups_are_kept(institution: Institution, tmp_path: Path) -> None:
    ws = institution.unlock()
    made = [backups.backup_now(ws, tmp_path / "b", keep=2) for _ in range(3)]
    ws.lock()
    assert backups.backups_in(tmp_path / "b") == made[1:]
    assert not made[0].exists() and not keyfile_path(made[0]).exists()


def test_restore_with_a_wrong_password_or_damaged_backup_changes_nothing(
    institution: Institution, tmp_path: Path
) -> None:
    ws = institution.unlock()
    backup = backups.backup_now(ws, tmp_path / "b")
    ws.lock()
    original = institution.path.read_bytes()
    with pytest.raises(WrongPassword):
        backups.restore(institution.path, backup, LEADER, "forkert-kode-123")
    raw = bytearray(backup.read_bytes())
    raw[5000:9000] = bytes(4000)
    backup.write_bytes(bytes(raw))
    with pytest.raises(DamagedFile):
        backups.restore(institution.path, backup, LEADER, PASSWORDS[LEADER])
    assert institution.path.read_bytes() == original
    assert not [p for p in institution.path.parent.iterdir() if "gendannes" in p.name]
