"""One open, keyed database: its engine, sessions, migrations, integrity checks, re-key."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from narrativ.errors import (
    DamagedFile,
    DatabaseExists,
    DatabaseLocked,
    DatabaseMissing,
    DiskFull,
    Locked,
)
from narrativ.store import migrate
from narrativ.store.copy import export_copy
from narrativ.store.driver import raw_key_literal
from narrativ.store.engine import WRITE_OPTION, make_engine
from narrativ.store.integrity import integrity_problems


class StoreClosed(Locked):
    """The store was locked; a late worker must not reconnect."""


class KeyMismatch(DamagedFile):
    """The key opened no page: the file is damaged or belongs to another key file."""


def sidecar_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn driver errors that are the user's environment into clear Danish messages."""
    try:
        yield
    except exc.DBAPIError as error:
        message = str(error.orig).lower() if error.orig is not None else str(error).lower()
        if "not a database" in message or "malformed" in message:
            raise KeyMismatch(
                f"Databasen {path.name} kan ikke læses: filen er beskadiget eller hører ikke "
                "til nøglefilen ved siden af den. Gendan fra en sikkerhedskopi."
            ) from error
        if "locked" in message or "busy" in message:
            raise DatabaseLocked(
                f"Databasen {path.name} bruges lige nu af et andet vindue eller en anden pc. "
                "Prøv igen om lidt."
            ) from error
        if "full" in message or "disk i/o error" in message:
            # A full disk shows as SQLITE_FULL, a file-size limit or a failing disk as an
            # I/O error; for the user both mean the same: this save did not happen.
            raise DiskFull(
                "Der er ikke plads på disken, eller disken kan ikke skrives til. Det sidste "
                "er ikke gemt, men alt, hvad der var gemt før, er i behold. Frigør plads, og "
                "prøv igen."
            ) from error
        if "unable to open" in message or "readonly" in message:
            raise DamagedFile(
                f"Databasen {path.name} kan ikke åbnes til skrivning. Tjek mappens rettigheder."
            ) from error
        raise


class Store:
    """The open database. Build it with :func:`open_store`; nothing is opened before that."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._key = key
        self._closed = False
        self._bind(make_engine(path, key))

    def _bind(self, engine: Engine) -> None:
        self.engine: Engine = engine
        writer = engine.execution_options(**{WRITE_OPTION: True})
        self._sessions = sessionmaker(writer, expire_on_commit=False)
        self._readers = sessionmaker(engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work that may write: committed when the block ends, rolled back if it
        raises. It waits (up to the busy timeout) for another writer to finish."""
        self._require_open()
        with translate_errors(self.path), self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: one consistent snapshot, never blocks a writer."""
        self._require_open()
        with translate_errors(self.path), self._readers.begin() as session:
            yield session

    def _require_open(self) -> None:
        if self._closed:
            raise StoreClosed("Narrativ er låst. Lås op igen for at fortsætte.")

    @property
    def database_key(self) -> bytes:
        """Needed to give a colleague a key slot; never written anywhere unwrapped."""
        return self._key

    def check(self) -> list[str]:
        self._require_open()
        with translate_errors(self.path):
            return integrity_problems(self.engine)

    def copy_to(self, target: Path) -> Path:
        self._require_open()
        with translate_errors(self.path):
            return export_copy(self.engine, target, self._key)

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key``; no other connection may be open."""
        self.engine.dispose()
        with translate_errors(self.path):
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute(f'PRAGMA rekey = "{raw_key_literal(new_key)}"')
            finally:
                raw.close()
            self.engine.dispose()
        self._key = new_key
        self._bind(make_engine(self.path, new_key))

    def close(self) -> None:
        """Drop every connection and forget the key: nothing can reopen this store.

        Work still running on another thread fails with :class:`StoreClosed` at its next
        query instead of quietly reconnecting after the screen was locked.
        """
        self._closed = True
        self._key = b""
        self.engine.dispose()


def open_store(path: Path, key: bytes, *, create: bool = False) -> Store:
    """Open (or with ``create``, make) the encrypted database at ``path`` with ``key``.

    Migrations run here, after a backup copy beside the file; a newer database is refused.
    """
    path = Path(path)
    if create and path.exists():
        raise DatabaseExists(f"Der findes allerede en database i {path}.")
    if not create and not path.exists():
        raise DatabaseMissing(f"Der findes ingen database i {path}.")
    if create:
        # Owner-only from the first byte: SQLCipher keeps the mode of an existing file.
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    store = Store(path, key)
    try:
        with translate_errors(path):
            behind = migrate.needs_upgrade(store.engine)
            if behind:
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                store.copy_to(path.with_name(f"{path.name}.før-opdatering-{behind}-{stamp}"))
            if behind is not None:
                migrate.upgrade(store.engine)
    except BaseException:
        store.close()
        raise
    return store
