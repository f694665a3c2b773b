"""Removing a colleague: their password and any copy of their old key slot open nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from narrativ.errors import DamagedFile, UnknownUser
from narrativ.services.accounts import list_staff, remove_staff
from narrativ.services.narratives import list_for_group
from narrativ.services.workspace import unlock
from narrativ.vault.keyfile import keyfile_path
from narrativ.vault.vault import Vault
from tests.conftest import Institution
from tests.helpers.documents import EDUCATOR_MUS, EDUCATOR_SPURVE, LEADER, PASSWORDS


def test_removed_staff_member_is_locked_out_even_with_an_old_keyfile(
    institution: Institution, tmp_path: Path
) -> None:
    stolen = tmp_path / "stolen.keys"
    shutil.copy2(keyfile_path(institution.path), stolen)
    old_key = Vault(institution.path).open_with_password(EDUCATOR_MUS, PASSWORDS[EDUCATOR_MUS])

    ws = institution.unlock(LEADER)
    before = len(list_for_group(ws, "Spurvene"))
    remove_staff(ws, "s-bå")
    # The leader's open workspace goes on working after the re-key.
    assert len(list_for_group(ws, "Spurvene")) == before
    assert not next(s for s in list_staff(ws, include_inactive=True) if s.key == "s-bå").active
    ws.lock()

    with pytest.raises(UnknownUser):
        unlock(institution.path, EDUCATOR_MUS, PASSWORDS[EDUCATOR_MUS])

    # Put the old key file back: the old slot unwraps the old key, which opens nothing now.
    shutil.copy2(stolen, keyfile_path(institution.path))
    assert (
        Vault(institution.path).open_with_password(EDUCATOR_MUS, PASSWORDS[EDUCATOR_MUS]) == old_key
    )
    with pytest.raises(DamagedFile):
        unlock(institution.path, EDUCATOR_MUS, PASSWORDS[EDUCATOR_MUS])


def test_remaining_staff_and_recovery_code_still_open_after_rekey(
    institution: Institution,
) -> None:
    ws = institution.unlock(LEADER)
    remove_staff(ws, EDUCATOR_MUS)
    ws.lock()
    unlock(institution.path, EDUCATOR_SPURVE, PASSWORDS[EDUCATOR_SPURVE]).lock()
    opened = Vault(institution.path).open_with_recovery_code(institution.recovery_code)
    assert len(opened.database_keys) == 1


def test_rekey_interrupted_before_the_database_changed_is_finished_at_next_unlock(
    institution: Institution,
) -> None:
    """A crash after the key file was prepared but before PRAGMA rekey ran."""
    from narrativ.vault.vault import new_database_key

    vault = Vault(institution.path)
    old = vault.open_with_password(LEADER, PASSWORDS[LEADER]).database_keys[0]
    vault.prepare_rekey(new_database_key(), drop_slot_id="s-bå")
    ws = institution.unlock(LEADER)  # finishes the re-key
    ws.lock()
    assert not vault.read().pending
    assert vault.open_with_password(LEADER, PASSWORDS[LEADER]).database_keys[0] != old


def test_rekey_interrupted_after_the_database_changed_is_finished_at_next_unlock(
    institution: Institution,
) -> None:
    """A crash after PRAGMA rekey but before the key file was committed."""
    from narrativ.store import open_store
    from narrativ.vault.vault import new_database_key

    vault = Vault(institution.path)
    old = vault.open_with_password(LEADER, PASSWORDS[LEADER]).database_keys[0]
    new_key = new_database_key()
    vault.prepare_rekey(new_key, drop_slot_id=None)
    store = open_store(institution.path, old)
    store.rekey(new_key)  # as if the process died right after this
    store.close()
    unlock(institution.path, EDUCATOR_SPURVE, PASSWORDS[EDUCATOR_SPURVE]).lock()
    assert vault.open_with_password(LEADER, PASSWORDS[LEADER]).database_keys == (new_key,)
