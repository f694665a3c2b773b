"""Encrypted backups: the database copied through SQLCipher (WAL included) plus its key file.

A backup is two files in the chosen folder, ``narrativ-YYYYMMDD-HHMMSS.db`` and the same
name with ``.keys``: the same passwords open it. The newest ``keep`` are kept. Restoring
checks the backup first (integrity, row counts, a content hash), keeps the current
database beside it, and only then puts the backup in place.

The open database's own integrity checks live here too (:func:`check_at_open`,
:func:`check_fully`): damage found there is answered with a restore.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, func, select

from narrativ.errors import DamagedFile, InvalidInput, NotFound
from narrativ.services import audit
from narrativ.services.workspace import Workspace, open_workspace
from narrativ.store import integrity
from narrativ.store.integrity import OpenCheck, PageMarks
from narrativ.store.models import Child, Narrative, Staff
from narrativ.store.store import Store, sidecar_files
from narrativ.vault.attempts import attempts_path
from narrativ.vault.keyfile import keyfile_path, read_keyfile, write_private_file
from narrativ.vault.vault import OpenedSlot, Vault

BACKUP_PREFIX = "narrativ-"
DEFAULT_KEEP = 14


@dataclass(frozen=True)
class Fingerprint:
    """What a restore drill compares: row counts and a hash over every narrative."""

    narratives: int
    children: int
    staff: int
    content_hash: str


# The narratives' columns in the content hash, in this order, each value as text followed
# by a NUL; None is "None", a date its ISO form (as the column stores it).
_HASHED = (
    "SELECT key, story, reflection, next_steps, status, occurred_on FROM narrative ORDER BY key"
)


def fingerprint(store: Store) -> Fingerprint:
    digest = hashlib.sha256()
    count = 0
    with store.reading() as session:
        # The rows as the driver gives them, hashed a few thousand at a time: converting
        # each date to an object and back and one update per value cost a quarter more.
        rows = session.connection().exec_driver_sql(_HASHED)
        while chunk := rows.fetchmany(2000):
            count += len(chunk)
            digest.update(
                "".join(
                    f"{key}\x00{story}\x00{reflection}\x00{steps}\x00{status}\x00{day}\x00"
                    for key, story, reflection, steps, status, day in chunk
                ).encode("utf-8")
            )
        children = session.scalar(select(func.count(Child.id))) or 0
        staff = session.scalar(select(func.count(Staff.id))) or 0
    return Fingerprint(count, children, staff, digest.hexdigest())


def current_fingerprint(ws: Workspace) -> Fingerprint:
    """The open database's fingerprint, to compare a restore drill with."""
    return fingerprint(ws.store)


def _counts(store: Store) -> tuple[int, int, int]:
    with store.reading() as session:
        return (
            session.scalar(select(func.count(Narrative.id))) or 0,
            session.scalar(select(func.count(Child.id))) or 0,
            session.scalar(select(func.count(Staff.id))) or 0,
        )


# -- the open database's integrity ------------------------------------------------------------


def _reader(store: Store) -> integrity.Connect:
    """Connections for the checks, each inside a read transaction of the store: once the
    store is locked, a check still running stops instead of reconnecting."""

    @contextlib.contextmanager
    def connect() -> Iterator[Connection]:
        checked = False
        try:
            with store.reading() as session:
                yield session.connection()
                checked = True
        except DamagedFile:
            # The check has reported the broken page already; ending its read transaction
            # trips over the same page once more.
            if not checked:
                raise

    return connect


def check_at_open(ws: Workspace) -> OpenCheck | None:
    """The quick check at open (see :mod:`narrativ.store.integrity`); None on a server,
    whose database checks its own pages."""
    if ws.on_server or not isinstance(ws.store, Store):
        return None
    return integrity.open_check(_reader(ws.store), ws.store.path)


def check_fully(ws: Workspace, marks: PageMarks | None = None) -> list[str]:
    """``quick_check`` and ``cipher_integrity_check`` on every page, recorded for the next
    :func:`check_at_open`. ``marks``: the pages as :func:`check_at_open` saw them."""
    if ws.on_server or not isinstance(ws.store, Store):
        return []
    return integrity.full_check(_reader(ws.store), ws.store.path, marks)


def backups_in(folder: Path) -> list[Path]:
    """The backups in ``folder``, oldest first (their names sort by time)."""
    return sorted(p for p in folder.glob(f"{BACKUP_PREFIX}*.db") if keyfile_path(p).exists())


def backup_now(ws: Workspace, folder: Path, keep: int = DEFAULT_KEEP) -> Path:
    """Write a backup into ``folder`` (made owner-only if new) and prune to ``keep``."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise InvalidInput(
            f"Mappen {folder} kan ikke bruges til sikkerhedskopier: {error.strerror}."
        ) from error
    # Microseconds keep names unique and in time order, so sorting by name is by age.
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{BACKUP_PREFIX}{stamp}.db"
    try:
        ws.store.copy_to(target)
        write_private_file(keyfile_path(target), ws.vault.path.read_bytes())
    except BaseException:
        for leftover in (target, keyfile_path(target), *sidecar_files(target)):
            leftover.unlink(missing_ok=True)
        raise
    for old in backups_in(folder)[:-keep] if keep > 0 else []:
        for file in (old, keyfile_path(old)):
            file.unlink(missing_ok=True)
    with ws.session() as session:
        audit.record(session, ws.user, "backup", "database", target.name)
    return target


def _staged(backup: Path, beside: Path) -> Path:
    """A private copy of the backup next to ``beside``: checks and restores work on it, so
    the backup itself is never opened for writing (unlocking writes an audit entry)."""
    backup = Path(backup)
    if not backup.exists() or not keyfile_path(backup).exists():
        raise NotFound(f"Sikkerhedskopien {backup} findes ikke (eller dens nøglefil mangler).")
    read_keyfile(keyfile_path(backup))
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    staging = beside.with_name(f".{beside.name}.gendannes-{stamp}")
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as target, backup.open("rb") as source:
        shutil.copyfileobj(source, target)
        target.flush()
        os.fsync(target.fileno())
    write_private_file(keyfile_path(staging), keyfile_path(backup).read_bytes())
    return staging


def _remove(database: Path) -> None:
    # A backup with an older schema was migrated on opening; its safety copy goes too.
    for copy in database.parent.glob(f"{database.name}.før-opdatering-*"):
        copy.unlink(missing_ok=True)
    for file in (
        database,
        keyfile_path(database),
        attempts_path(database),
        integrity.record_path(database),
        *sidecar_files(database),
    ):
        file.unlink(missing_ok=True)


def _check(database: Path, user: str, password: str) -> tuple[OpenedSlot, Fingerprint]:
    """Open ``database`` with the password, run both integrity checks, fingerprint it."""
    vault = Vault(database)
    opened = vault.open_with_password(user, password)
    ws = open_workspace(vault, opened)
    try:
        if ws.store.check():
            raise DamagedFile(f"Sikkerhedskopien {database.name} er beskadiget og kan ikke bruges.")
        return opened, fingerprint(ws.store)
    finally:
        ws.lock()


def verify_backup(
    backup: Path, user: str, password: str, work_dir: Path, ws: Workspace | None = None
) -> Fingerprint:
    """The restore drill: open a copy of the backup, check it and fingerprint it.

    With the open workspace ``ws`` the drill is logged there.
    """
    staging = _staged(backup, Path(work_dir) / "drill.db")
    try:
        _opened, result = _check(staging, user, password)
    finally:
        _remove(staging)
    if ws is not None:
        with ws.session() as session:
            audit.record(session, ws.user, "backup.verify", "database", Path(backup).name)
    return result


@dataclass(frozen=True)
class Restored:
    database: Path
    kept_copy: Path | None
    fingerprint: Fingerprint


def restore(database: Path, backup: Path, user: str, password: str) -> Restored:
    """Put ``backup`` in place of ``database``; the current files are kept beside it.

    The user's password must open the backup. Nothing is overwritten: the current database
    and key file are renamed to ``*.før-gendannelse-<time>`` first.

    The staged copy is checked and fingerprinted (row counts and a hash over every
    narrative) before the swap; the swap renames that very file, so afterwards the row
    counts are compared once more instead of hashing every narrative a second time, and
    the password's key slot, opened once, opens it again (one Argon2id, not two).
    """
    database = Path(database)
    staging = _staged(Path(backup), database)
    try:
        opened, expected = _check(staging, user, password)
    except BaseException:
        _remove(staging)
        raise
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept: Path | None = None
    if database.exists():
        kept = database.with_name(f"{database.name}.før-gendannelse-{stamp}")
        os.replace(database, kept)
        for sidecar in sidecar_files(database):
            if sidecar.exists():
                os.replace(sidecar, kept.with_name(kept.name + sidecar.name[len(database.name) :]))
        if keyfile_path(database).exists():
            os.replace(keyfile_path(database), keyfile_path(kept))
    integrity.record_path(database).unlink(missing_ok=True)  # it was about the old file
    os.replace(staging, database)
    os.replace(keyfile_path(staging), keyfile_path(database))
    # Closing the checked copy folded its WAL into the file; should one be left, it is
    # part of the data and moves along.
    for sidecar in sidecar_files(staging):
        if sidecar.exists():
            os.replace(
                sidecar, database.with_name(database.name + sidecar.name[len(staging.name) :])
            )
    for leftover in (attempts_path(staging), integrity.record_path(staging)):
        leftover.unlink(missing_ok=True)
    for copy in staging.parent.glob(f"{staging.name}.før-opdatering-*"):
        copy.unlink(missing_ok=True)
    # The failed tries were logged when the copy was opened: not twice.
    ws = open_workspace(Vault(database), dataclasses.replace(opened, failed_attempts=()))
    try:
        got = _counts(ws.store)
        with ws.session() as session:
            audit.record(session, ws.user, "restore", "database", Path(backup).name)
    finally:
        ws.lock()
    if got != (expected.narratives, expected.children, expected.staff):
        raise DamagedFile(
            f"Gendannelsen kunne ikke bekræftes; den tidligere database ligger i {kept}."
        )
    return Restored(database, kept, expected)
