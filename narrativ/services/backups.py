"""Encrypted backups: the database copied through SQLCipher (WAL included) plus its key file.

A backup is two files in the chosen folder, ``narrativ-YYYYMMDD-HHMMSS.db`` and the same
name with ``.keys``: the same passwords open it. The newest ``keep`` are kept. Restoring
checks the backup first (integrity, row counts, a content hash), keeps the current
database beside it, and only then puts the backup in place.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from narrativ.errors import DamagedFile, InvalidInput, NotFound
from narrativ.services import audit
from narrativ.services.workspace import Workspace, unlock
from narrativ.store.models import Child, Narrative, Staff
from narrativ.store.store import Store, sidecar_files
from narrativ.vault.attempts import attempts_path
from narrativ.vault.keyfile import keyfile_path, read_keyfile, write_private_file

BACKUP_PREFIX = "narrativ-"
DEFAULT_KEEP = 14


@dataclass(frozen=True)
class Fingerprint:
    """What a restore drill compares: row counts and a hash over every narrative."""

    narratives: int
    children: int
    staff: int
    content_hash: str


def fingerprint(store: Store) -> Fingerprint:
    digest = hashlib.sha256()
    with store.session() as session:
        rows = session.execute(
            select(
                Narrative.key, Narrative.story, Narrative.reflection, Narrative.next_steps,
                Narrative.status, Narrative.occurred_on,
            ).order_by(Narrative.key)
        )  # fmt: skip
        count = 0
        for row in rows:
            count += 1
            for value in row:
                digest.update(str(value).encode("utf-8"))
                digest.update(b"\x00")
        children = session.scalar(select(func.count(Child.id))) or 0
        staff = session.scalar(select(func.count(Staff.id))) or 0
    return Fingerprint(count, children, staff, digest.hexdigest())


def current_fingerprint(ws: Workspace) -> Fingerprint:
    """The open database's fingerprint, to compare a restore drill with."""
    return fingerprint(ws.store)


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
        *sidecar_files(database),
    ):
        file.unlink(missing_ok=True)


def _check(database: Path, user: str, password: str) -> Fingerprint:
    ws = unlock(database, user, password)
    try:
        if ws.store.check():
            raise DamagedFile(f"Sikkerhedskopien {database.name} er beskadiget og kan ikke bruges.")
        return fingerprint(ws.store)
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
        result = _check(staging, user, password)
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
    """
    database = Path(database)
    staging = _staged(Path(backup), database)
    try:
        expected = _check(staging, user, password)
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
    os.replace(staging, database)
    os.replace(keyfile_path(staging), keyfile_path(database))
    for copy in staging.parent.glob(f"{staging.name}.før-opdatering-*"):
        copy.unlink(missing_ok=True)
    ws = unlock(database, user, password)
    try:
        got = fingerprint(ws.store)
        with ws.session() as session:
            audit.record(session, ws.user, "restore", "database", Path(backup).name)
    finally:
        ws.lock()
    if got != expected:
        raise DamagedFile(
            f"Gendannelsen kunne ikke bekræftes; den tidligere database ligger i {kept}."
        )
    return Restored(database, kept, got)
