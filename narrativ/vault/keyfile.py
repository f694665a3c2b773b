"""The key-slot file beside the database: its format, reading it, and writing it atomically.

The file is JSON. It holds no secret in the clear: each slot's private key is sealed under the
slot owner's password (Argon2id → AES-256-GCM), and the database key is sealed to each slot's
public key. Staff names and initials are in the clear, because the unlock screen lists them
before anything is decrypted; children's data never appear here.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from narrativ.errors import DamagedFile, DiskFull
from narrativ.vault.kdf import KdfParams
from narrativ.vault.sealing import SealedBox, b64, unb64

FORMAT = "narrativ-keyslots"
VERSION = 1
RECOVERY_SLOT_ID = "recovery"
KEYFILE_SUFFIX = ".keys"


def keyfile_path(database: Path) -> Path:
    return database.with_name(database.name + KEYFILE_SUFFIX)


@dataclass(frozen=True)
class KeySlot:
    slot_id: str  # the staff member's key, or "recovery"
    name: str
    initials: str
    kdf: KdfParams
    sealed_private_key: SealedBox
    public_key: bytes
    sealed_database_key: SealedBox

    @property
    def is_recovery(self) -> bool:
        return self.slot_id == RECOVERY_SLOT_ID

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.slot_id,
            "name": self.name,
            "initials": self.initials,
            "kdf": self.kdf.to_json(),
            "private_key": self.sealed_private_key.to_json(),
            "public_key": b64(self.public_key),
            "database_key": self.sealed_database_key.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KeySlot:
        return cls(
            slot_id=str(data["id"]),
            name=str(data["name"]),
            initials=str(data["initials"]),
            kdf=KdfParams.from_json(data["kdf"]),  # type: ignore[arg-type]
            sealed_private_key=SealedBox.from_json(data["private_key"]),  # type: ignore[arg-type]
            public_key=unb64(data["public_key"]),
            sealed_database_key=SealedBox.from_json(data["database_key"]),  # type: ignore[arg-type]
        )


@dataclass(frozen=True)
class KeyFile:
    database_id: str
    generation: int  # grows by one at every re-key
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    # During a re-key: the next generation's database key, sealed to each remaining slot.
    pending: dict[str, SealedBox] = field(default_factory=dict)

    def slot(self, slot_id: str) -> KeySlot | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    def with_slot(self, slot: KeySlot) -> KeyFile:
        others = tuple(s for s in self.slots if s.slot_id != slot.slot_id)
        return replace(self, slots=(*others, slot))

    def without_slot(self, slot_id: str) -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if s.slot_id != slot_id))

    def staff_slots(self) -> list[KeySlot]:
        return [s for s in self.slots if not s.is_recovery]

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "database_id": self.database_id,
            "generation": self.generation,
            "slots": [s.to_json() for s in self.slots],
            "pending": {slot_id: box.to_json() for slot_id, box in self.pending.items()},
        }


def read_keyfile(path: Path) -> KeyFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DamagedFile(
            f"Nøglefilen {path.name} mangler. Den skal ligge ved siden af databasen; "
            "hent den fra en sikkerhedskopi."
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("not a key-slot file")
        if int(data["version"]) > VERSION:
            raise DamagedFile(
                f"Nøglefilen {path.name} er lavet af en nyere udgave af Narrativ. "
                "Opdatér programmet."
            )
        return KeyFile(
            database_id=str(data["database_id"]),
            generation=int(data["generation"]),
            slots=tuple(KeySlot.from_json(s) for s in data["slots"]),
            pending={
                str(slot_id): SealedBox.from_json(box)
                for slot_id, box in data.get("pending", {}).items()
            },
        )
    except DamagedFile:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as error:
        raise DamagedFile(
            f"Nøglefilen {path.name} er beskadiget og kan ikke læses. "
            "Gendan den fra en sikkerhedskopi."
        ) from error


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: owner-only temp file, fsync, rename, fsync dir.

    A crash at any moment leaves either the old file or the new one, never half of one.
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if error.errno == 28:  # ENOSPC
            raise DiskFull(
                f"Der er ikke plads på disken til {path.name}. Intet er ændret."
            ) from error
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not possible on Windows, where it is not needed.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_keyfile(path: Path, keyfile: KeyFile) -> None:
    text = json.dumps(keyfile.to_json(), ensure_ascii=False, indent=1)
    write_private_file(path, text.encode("utf-8"))
