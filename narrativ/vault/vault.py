"""Key slots: creating them, opening one with a password or the recovery code, re-keying.

The database key is a random 256-bit key that never touches disk unwrapped. Every staff member
with a password has a slot; so does the recovery code. Re-keying after a staff member is
removed is done in two steps so a crash in between loses nothing: first the new key is added
to every remaining slot as *pending*, then the database is re-keyed, then the pending key
becomes the current one. Opening tries the current key first and the pending one second.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from narrativ.errors import AccountBlocked, InvalidInput, UnknownUser, WrongPassword
from narrativ.vault.attempts import LIMIT as ATTEMPT_LIMIT
from narrativ.vault.attempts import Attempts
from narrativ.vault.kdf import KdfParams, derive_key
from narrativ.vault.keyfile import (
    RECOVERY_SLOT_ID,
    KeyFile,
    KeySlot,
    keyfile_path,
    read_keyfile,
    write_keyfile,
)
from narrativ.vault.recovery import new_recovery_code, normalise_recovery_code
from narrativ.vault.sealing import (
    SealError,
    public_bytes,
    seal,
    seal_to,
    unseal,
    unseal_with,
)

DATABASE_KEY_BYTES = 32
MINIMUM_PASSWORD_LENGTH = 8


def new_database_key() -> bytes:
    return os.urandom(DATABASE_KEY_BYTES)


def _private_context(database_id: str, slot_id: str) -> bytes:
    return f"narrativ/slot-private/v1/{database_id}/{slot_id}".encode()


def _database_key_context(database_id: str, slot_id: str, generation: int) -> bytes:
    return f"narrativ/database-key/v1/{database_id}/{slot_id}/{generation}".encode()


def check_password_strength(password: str) -> None:
    if len(password) < MINIMUM_PASSWORD_LENGTH:
        raise InvalidInput(f"Adgangskoden skal være mindst {MINIMUM_PASSWORD_LENGTH} tegn lang.")


@dataclass(frozen=True)
class SlotOwner:
    slot_id: str
    name: str
    initials: str


@dataclass(frozen=True)
class OpenedSlot:
    """What a correct password gives: the candidate database keys, current first, and the
    wrong tries since the last login (for the audit log)."""

    slot_id: str
    database_keys: tuple[bytes, ...]
    failed_attempts: tuple[datetime, ...] = ()


def _build_slot(keyfile: KeyFile, owner: SlotOwner, secret: str, database_key: bytes) -> KeySlot:
    params = KdfParams.fresh()
    private = X25519PrivateKey.generate()
    private_raw = private.private_bytes_raw()
    public = public_bytes(private.public_key())
    return KeySlot(
        slot_id=owner.slot_id,
        name=owner.name,
        initials=owner.initials,
        kdf=params,
        sealed_private_key=seal(
            derive_key(secret, params),
            private_raw,
            _private_context(keyfile.database_id, owner.slot_id),
        ),
        public_key=public,
        sealed_database_key=seal_to(
            public,
            database_key,
            _database_key_context(keyfile.database_id, owner.slot_id, keyfile.generation),
        ),
    )


class Vault:
    """The key-slot file of one database."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = keyfile_path(database)
        self.attempts = Attempts(database)

    # -- reading ---------------------------------------------------------------------------

    def read(self) -> KeyFile:
        return read_keyfile(self.path)

    def owners(self) -> list[SlotOwner]:
        """Staff who can log in, for the unlock screen; the recovery slot is not listed."""
        return [SlotOwner(s.slot_id, s.name, s.initials) for s in self.read().staff_slots()]

    def find_owner(self, user: str) -> SlotOwner:
        """Find a staff slot by full name or initials, ignoring case and outer spaces."""
        wanted = user.strip().casefold()
        matches = [
            o
            for o in self.owners()
            if wanted in (o.name.strip().casefold(), o.initials.strip().casefold())
        ]
        if not matches:
            raise UnknownUser(
                f"Der findes ingen bruger med navnet eller initialerne «{user.strip()}» "
                "og en adgangskode i denne database."
            )
        if len(matches) > 1:
            raise UnknownUser(f"«{user.strip()}» passer på flere brugere. Skriv hele navnet.")
        return matches[0]

    # -- opening ---------------------------------------------------------------------------

    def open_slot(self, slot_id: str, secret: str) -> OpenedSlot:
        keyfile = self.read()
        slot = keyfile.slot(slot_id)
        if slot is None:
            raise UnknownUser("Brugeren har ingen adgangskode i denne database.")
        if not slot.is_recovery and self.attempts.blocked(slot_id):
            raise AccountBlocked(
                f"{slot.name} er spærret efter {ATTEMPT_LIMIT} forkerte adgangskoder inden for "
                "et døgn. En leder kan låse kontoen op, eller brug gendannelseskoden."
            )
        try:
            private_raw = unseal(
                derive_key(secret, slot.kdf),
                slot.sealed_private_key,
                _private_context(keyfile.database_id, slot_id),
            )
        except SealError:
            if slot.is_recovery:
                raise WrongPassword("Gendannelseskoden er forkert.") from None
            failures = self.attempts.record_failure(slot_id)
            left = ATTEMPT_LIMIT - failures
            if left <= 0:
                raise AccountBlocked(
                    "Forkert adgangskode. Kontoen er nu spærret; en leder kan låse den op, "
                    "eller brug gendannelseskoden."
                ) from None
            raise WrongPassword(
                "Forkert adgangskode. Prøv igen."
                + (f" Efter {left} forsøg mere bliver kontoen spærret." if left <= 2 else "")
            ) from None
        private = X25519PrivateKey.from_private_bytes(private_raw)
        keys = [
            unseal_with(
                private,
                slot.sealed_database_key,
                _database_key_context(keyfile.database_id, slot_id, keyfile.generation),
            )
        ]
        pending = keyfile.pending.get(slot_id)
        if pending is not None:
            with contextlib.suppress(SealError):
                keys.append(
                    unseal_with(
                        private,
                        pending,
                        _database_key_context(keyfile.database_id, slot_id, keyfile.generation + 1),
                    )
                )
        failed = tuple(self.attempts.take(slot_id)) if not slot.is_recovery else ()
        return OpenedSlot(slot_id, tuple(keys), failed)

    def open_with_password(self, user: str, password: str) -> OpenedSlot:
        return self.open_slot(self.find_owner(user).slot_id, password)

    def open_with_recovery_code(self, code: str) -> OpenedSlot:
        return self.open_slot(RECOVERY_SLOT_ID, normalise_recovery_code(code))

    # -- changing --------------------------------------------------------------------------

    def create(self, owner: SlotOwner, password: str) -> tuple[bytes, str]:
        """Start a new key-slot file: returns the new database key and the recovery code."""
        check_password_strength(password)
        database_key = new_database_key()
        code = new_recovery_code()
        keyfile = KeyFile(database_id=str(uuid.uuid4()), generation=1)
        keyfile = keyfile.with_slot(_build_slot(keyfile, owner, password, database_key))
        recovery_owner = SlotOwner(RECOVERY_SLOT_ID, "Gendannelseskode", "")
        keyfile = keyfile.with_slot(_build_slot(keyfile, recovery_owner, code, database_key))
        write_keyfile(self.path, keyfile)
        return database_key, code

    def set_password(self, owner: SlotOwner, password: str, database_key: bytes) -> None:
        """Give a staff member a (new) slot; needs the open database's key."""
        check_password_strength(password)
        keyfile = self.read()
        write_keyfile(
            self.path, keyfile.with_slot(_build_slot(keyfile, owner, password, database_key))
        )

    def change_password(self, slot_id: str, old_password: str, new_password: str) -> None:
        """Re-wrap one slot's private key under a new password; the database key is untouched."""
        check_password_strength(new_password)
        keyfile = self.read()
        slot = keyfile.slot(slot_id)
        if slot is None:
            raise UnknownUser("Brugeren har ingen adgangskode i denne database.")
        context = _private_context(keyfile.database_id, slot_id)
        try:
            private_raw = unseal(
                derive_key(old_password, slot.kdf), slot.sealed_private_key, context
            )
        except SealError:
            raise WrongPassword("Den nuværende adgangskode er forkert.") from None
        params = KdfParams.fresh()
        new_slot = replace(
            slot,
            kdf=params,
            sealed_private_key=seal(derive_key(new_password, params), private_raw, context),
        )
        write_keyfile(self.path, keyfile.with_slot(new_slot))

    def rename(self, slot_id: str, name: str, initials: str) -> None:
        keyfile = self.read()
        slot = keyfile.slot(slot_id)
        if slot is not None:
            write_keyfile(self.path, keyfile.with_slot(replace(slot, name=name, initials=initials)))

    def has_slot(self, slot_id: str) -> bool:
        return self.read().slot(slot_id) is not None

    # -- re-keying -------------------------------------------------------------------------

    def prepare_rekey(self, new_key: bytes, drop_slot_id: str | None) -> None:
        """Step 1: drop a slot and seal ``new_key`` as pending to every remaining slot."""
        keyfile = self.read()
        if drop_slot_id is not None:
            keyfile = keyfile.without_slot(drop_slot_id)
        pending = {
            s.slot_id: seal_to(
                s.public_key,
                new_key,
                _database_key_context(keyfile.database_id, s.slot_id, keyfile.generation + 1),
            )
            for s in keyfile.slots
        }
        write_keyfile(self.path, replace(keyfile, pending=pending))

    def commit_rekey(self) -> None:
        """Step 3, after the database itself is re-keyed: the pending key becomes current."""
        keyfile = self.read()
        slots = tuple(
            replace(slot, sealed_database_key=keyfile.pending[slot.slot_id])
            for slot in keyfile.slots
            if slot.slot_id in keyfile.pending
        )
        write_keyfile(
            self.path,
            replace(keyfile, generation=keyfile.generation + 1, slots=slots, pending={}),
        )

    def abandon_rekey(self) -> None:
        """The database was not re-keyed after all: forget the pending key."""
        keyfile = self.read()
        if keyfile.pending:
            write_keyfile(self.path, replace(keyfile, pending={}))
