from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from narrativ.errors import DamagedFile, WrongPassword
from narrativ.vault.kdf import MINIMUM_MEMORY_KIB
from narrativ.vault.keyfile import RECOVERY_SLOT_ID, keyfile_path, read_keyfile
from narrativ.vault.recovery import normalise_recovery_code
from narrativ.vault.vault import SlotOwner, Vault


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "narrativ.db")


def test_new_keyfile_is_owner_only_versioned_and_holds_no_key(vault: Vault) -> None:
    key, code = vault.create(SlotOwner("s-1", "Hanne Østergaard", "HØ"), "en god kode 1")
    path = keyfile_path(vault.database)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "narrativ-keyslots" and data["version"] == 1
    raw = path.read_bytes()
    assert key.hex().encode() not in raw and key not in raw
    assert code.encode() not in raw
    slots = {s["id"]: s for s in data["slots"]}
    assert set(slots) == {"s-1", RECOVERY_SLOT_ID}
    assert all(s["kdf"]["memory_kib"] >= MINIMUM_MEMORY_KIB for s in slots.values())
    assert all(s["kdf"]["algorithm"] == "argon2id" for s in slots.values())
    assert not list(vault.database.parent.glob(".*tmp"))  # atomic write left no temp file


def test_password_and_recovery_code_open_the_same_key(vault: Vault) -> None:
    key, code = vault.create(SlotOwner("s-1", "Hanne Østergaard", "HØ"), "en god kode 1")
    assert vault.open_with_password("hø", "en god kode 1").database_keys == (key,)
    assert vault.open_with_password("Hanne Østergaard", "en god kode 1").database_keys == (key,)
    sloppy = code.lower().replace("-", " ")
    assert vault.open_with_recovery_code(sloppy).database_keys == (key,)
    with pytest.raises(WrongPassword):
        vault.open_with_password("HØ", "en god kode 2")
    with pytest.raises(WrongPassword):
        vault.open_with_recovery_code("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")


def test_change_password_rewraps_one_slot(vault: Vault) -> None:
    key, _ = vault.create(SlotOwner("s-1", "Hanne Østergaard", "HØ"), "en god kode 1")
    with pytest.raises(WrongPassword):
        vault.change_password("s-1", "forkert kode", "helt ny kode 2")
    vault.change_password("s-1", "en god kode 1", "helt ny kode 2")
    assert vault.open_with_password("HØ", "helt ny kode 2").database_keys == (key,)
    with pytest.raises(WrongPassword):
        vault.open_with_password("HØ", "en god kode 1")


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"\xff\xfe" + raw,
        lambda raw: raw.replace(b'"memory_kib": 65536', b'"memory_kib": 8'),
        lambda raw: b"{}",
    ],
)
def test_damaged_keyfile_gives_a_clear_message(vault: Vault, damage) -> None:  # type: ignore[no-untyped-def]
    vault.create(SlotOwner("s-1", "Hanne Østergaard", "HØ"), "en god kode 1")
    path = keyfile_path(vault.database)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(DamagedFile, match="Nøglefilen"):
        read_keyfile(path)


def test_recovery_code_normalisation_accepts_lookalikes() -> None:
    assert normalise_recovery_code("abcdo-ilxyz") == "ABCD0-11XYZ"
