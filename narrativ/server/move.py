"""Move an institution from its database file to the server, and prove it arrived.

The file is never opened for writing: it is copied (with its key file and any write-ahead
log) into a private temporary folder, the copy is unlocked and exported in the interchange
format, and the copy is deleted. The export is imported on the server as a new
institution in one transaction, exported again from the server and compared section by
section: counts and a SHA-256 of each section's canonical JSON.

Everything of the house moves (see the README's interchange format), its own tags and
settings included: they belong to the house (migration 0009), so they arrive as the file
had them even on a server other houses use, whose own stay as they are, and they are
verified like every other section. Except the audit log: it is the file's own append-only
record, and its entries point at the file's rows; copied, they would claim to be the
server's. The file keeps it (keep the file as long as the audit retention says), and the
server's log gets one closing entry for the move: the file's name and SHA-256, how many
entries its log holds and from when to when, and the count of each section that arrived.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, delete, func, select, text

from narrativ.errors import DatabaseMissing, InvalidInput, NotPermitted, UserError
from narrativ.server.logins import create_login
from narrativ.server.setup import setup_server
from narrativ.services.interchange import export_document, import_document
from narrativ.services.interchange_format import optional_moment_text
from narrativ.services.interchange_sections import SectionCheck, section_checks
from narrativ.services.workspace import Workspace, acting_as, unlock
from narrativ.store.models import AuditEvent, Institution, Staff
from narrativ.store.server_store import ServerStore
from narrativ.vault.keyfile import keyfile_path

FILE_SUFFIXES = ("", "-wal")  # the -shm index is rebuilt from these


class MoveNotVerified(UserError):
    exit_code = 1


@dataclass(frozen=True)
class FileAudit:
    """The file's audit log, which stays in the file: how much of it, from when to when."""

    entries: int
    first: datetime | None
    last: datetime | None


@dataclass(frozen=True)
class MoveReport:
    institution: str
    sections: tuple[SectionCheck, ...]
    file_unchanged: bool
    file_audit: FileAudit = FileAudit(0, None, None)
    file_sha256: str = ""


def file_fingerprint(database: Path) -> str:
    """SHA-256 over the database, its write-ahead log and key file, in that order."""
    digest = hashlib.sha256()
    for path in (*(database.with_name(database.name + s) for s in FILE_SUFFIXES),
                 keyfile_path(database)):  # fmt: skip
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"\0missing")
    return digest.hexdigest()


def export_file(database: Path, user: str, password: str) -> tuple[dict[str, Any], FileAudit]:
    """The interchange document of ``database`` and the extent of its audit log, read from
    a private copy of it."""
    database = Path(database)
    if not database.exists():
        raise DatabaseMissing(f"Der findes ingen database i {database}.")
    with tempfile.TemporaryDirectory(prefix="narrativ-flyt-") as folder:
        copy = Path(folder) / database.name
        for source in (database.with_name(database.name + s) for s in FILE_SUFFIXES):
            if source.exists():
                shutil.copy2(source, Path(folder) / source.name)
        shutil.copy2(keyfile_path(database), keyfile_path(copy))
        ws = unlock(copy, user, password)
        try:
            audit = _file_audit(ws)  # before the export adds its own entry to the copy
            return export_document(ws), audit
        finally:
            ws.lock()


def _file_audit(ws: Workspace) -> FileAudit:
    with ws.reading() as session:
        entries, first, last = session.execute(
            select(func.count(AuditEvent.id), func.min(AuditEvent.at), func.max(AuditEvent.at))
        ).one()
    return FileAudit(int(entries), first, last)


def _record_move(
    store: ServerStore,
    leader_id: int,
    database: Path,
    fingerprint: str,
    audit: FileAudit,
    sections: tuple[SectionCheck, ...],
) -> None:
    """The server's log says where the house came from and where the older log is."""
    with store.session() as session:
        leader = session.get(Staff, leader_id)
        session.add(
            AuditEvent(
                actor_id=leader_id, actor_name=leader.name if leader else "",
                action="institution.move", object_type="institution",
                detail={
                    "file": database.name, "file_sha256": fingerprint,
                    "file_audit_entries": audit.entries,
                    "file_audit_from": optional_moment_text(audit.first),
                    "file_audit_to": optional_moment_text(audit.last),
                    "sections": {s.name: s.count for s in sections},
                },
            )
        )  # fmt: skip


def _remove_empty_institution(
    store: ServerStore, home_id: int, leader_id: int, login: str | None
) -> None:
    with store.session() as session:
        session.execute(text("DELETE FROM staff_login WHERE staff_id = :s"), {"s": leader_id})
        session.execute(delete(Staff).where(Staff.id == leader_id))
        session.execute(delete(Institution).where(Institution.id == home_id))
        if login:
            # check_login_name allowed only [a-z0-9_], so the name is safe as an identifier.
            session.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


def move_to_server(
    database: Path,
    user: str,
    password: str,
    admin_url: URL,
    leader_login: tuple[str, Callable[[], str]] | None = None,
) -> MoveReport:
    """Copy the institution in ``database`` to the server at ``admin_url``.

    ``user`` must be a leader of the file. ``leader_login`` (login name, and a function
    that asks for its password) also gives that leader their own login on the server.
    """
    database = Path(database)
    before = file_fingerprint(database)
    document, file_audit = export_file(database, user, password)
    name = str(document["institution"]["name"])
    leader = next(
        (s for s in document["staff"] if user.strip().casefold() in
         (s["name"].casefold(), s["initials"].casefold())),
        None,
    )  # fmt: skip
    if leader is None or leader["role"] != "leader":
        raise NotPermitted("Kun en leder kan flytte institutionen til serveren.")
    new_password = leader_login[1]() if leader_login else None
    store = setup_server(admin_url)
    try:
        with store.session() as session:
            if session.scalar(select(Institution.id).where(Institution.name == name)):
                raise InvalidInput(
                    f"Der findes allerede en institution «{name}» på serveren. Intet er flyttet."
                )
            if session.scalar(select(Staff.id).where(Staff.key == leader["key"])):
                raise InvalidInput("Institutionens data findes allerede på serveren.")
            home = Institution(name=name)
            session.add(home)
            session.flush()
            person = Staff(
                key=leader["key"],
                institution_id=home.id,
                name=leader["name"],
                initials=leader["initials"],
                role="leader",
            )
            session.add(person)
            session.flush()
            if leader_login and new_password is not None:
                create_login(
                    session.connection(), person.id, "leader", leader_login[0], new_password
                )
            home_id, leader_id = home.id, person.id
        acting = acting_as(store, leader["key"])
        try:
            import_document(acting, document)
        except BaseException:
            # The import is one transaction and left nothing; take back the empty house.
            _remove_empty_institution(
                store, home_id, leader_id, leader_login[0] if leader_login else None
            )
            raise
        arrived = export_document(acting)
        sent, got = section_checks(document), section_checks(arrived)
        unchanged = file_fingerprint(database) == before
        differing = ", ".join(s.name for s, g in zip(sent, got, strict=True) if s != g)
        if differing or not unchanged:
            raise MoveNotVerified(
                "Flytningen kunne ikke bekræftes"
                + (f" (forskel i: {differing})" if differing else "")
                + (". Databasefilen er ændret undervejs" if not unchanged else "")
                + ". Brug fortsat filen, og kontakt support."
            )
        _record_move(store, leader_id, database, before, file_audit, got)
    finally:
        store.close()
    return MoveReport(name, got, unchanged, file_audit, before)
