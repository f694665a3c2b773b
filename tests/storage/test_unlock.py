"""Wrong passwords, damaged files and unknown users: a clear message and nothing changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from narrativ.errors import DamagedFile, DatabaseExists, UnknownUser, WrongPassword
from narrativ.services.workspace import initialise, unlock
from narrativ.vault.keyfile import keyfile_path
from tests.conftest import Institution
from tests.helpers.documents import LEADER


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


def test_wrong_password_leaves_every_file_unchanged(institution: Institution) -> None:
    before = snapshot(institution.path.parent)
    with pytest.raises(WrongPassword, match="Forkert adgangskode"):
        unlock(institution.path, LEADER, "ikke-den-rigtige")
    after = snapshot(institution.path.parent)
    # Only the record of failed tries is new; no -wal or -shm appeared either.
    assert after.pop("narrativ.db.attempts")
    assert after == before


def test_five_wrong_passwords_block_until_a_leader_unblocks(institution: Institution) -> None:
    from narrativ.errors import AccountBlocked
    from narrativ.services.accounts import is_blocked, unblock_staff
    from narrativ.store.models import AuditEvent

    rikke, right = "Rikke Sørensen", "spurve-kode-1234"
    for attempt in range(1, 6):
        expected = AccountBlocked if attempt == 5 else WrongPassword
        with pytest.raises(expected):
            unlock(institution.path, rikke, f"forkert-{attempt}")
    with pytest.raises(AccountBlocked, match="spærret"):
        unlock(institution.path, rikke, right)  # even the right password waits for a leader
    leader = institution.unlock()
    assert is_blocked(leader, "s-rs")
    unblock_staff(leader, "s-rs")
    leader.lock()
    ws = unlock(institution.path, rikke, right)
    ws.lock()
    leader = institution.unlock()
    with leader.session() as session:
        failed = [e for e in session.query(AuditEvent) if e.action == "login.failed"]
    leader.lock()
    assert len(failed) == 5 and all(e.object_key == "s-rs" for e in failed)


def test_unknown_user_is_named_in_the_message(institution: Institution) -> None:
    with pytest.raises(UnknownUser, match="Kurt"):
        unlock(institution.path, "Kurt", "hvad-som-helst")


def test_damaged_database_gives_clear_message_and_stays_untouched(
    institution: Institution,
) -> None:
    raw = bytearray(institution.path.read_bytes())
    raw[100:4096] = bytes(len(raw[100:4096]))  # wipe most of the first page
    institution.path.write_bytes(bytes(raw))
    before = snapshot(institution.path.parent)
    with pytest.raises(DamagedFile, match="beskadiget"):
        institution.unlock()
    assert snapshot(institution.path.parent) == before


def test_database_from_another_keyfile_is_refused(institution: Institution, tmp_path: Path) -> None:
    other = initialise(tmp_path / "other" / "x.db", "Andet hus", LEADER, "en helt anden kode")
    other.workspace.lock()
    keyfile_path(institution.path).write_bytes(keyfile_path(other.workspace.path).read_bytes())
    before = snapshot(institution.path.parent)
    with pytest.raises(DamagedFile, match="hører ikke til nøglefilen"):
        unlock(institution.path, LEADER, "en helt anden kode")
    assert snapshot(institution.path.parent) == before


def test_init_refuses_to_overwrite(institution: Institution) -> None:
    before = snapshot(institution.path.parent)
    with pytest.raises(DatabaseExists):
        initialise(institution.path, "Nyt hus", "Ny Leder", "en god kode 123")
    assert snapshot(institution.path.parent) == before


def test_recovery_code_gives_the_leader_a_new_password(institution: Institution) -> None:
    from narrativ.services.workspace import reset_password_with_recovery_code

    ws = reset_password_with_recovery_code(
        institution.path, LEADER, institution.recovery_code, "ny-leder-kode-99"
    )
    ws.lock()
    unlock(institution.path, "HØ", "ny-leder-kode-99").lock()
    with pytest.raises(WrongPassword):
        reset_password_with_recovery_code(
            institution.path, LEADER, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", "x" * 12
        )


def test_a_locked_workspace_cannot_reconnect(institution: Institution) -> None:
    from narrativ.errors import NotPermitted
    from narrativ.services.narratives import list_for_group

    ws = institution.unlock()
    assert list_for_group(ws, "Spurvene")
    ws.lock()
    with pytest.raises(NotPermitted, match="låst"):
        list_for_group(ws, "Spurvene")
    assert ws.store.engine.pool.checkedout() == 0
