"""Move an institution from its database file to the server, and prove it arrived.

The file is never opened for writing: it is copied (with its key file and any write-ahead
log) into a private temporary folder, the copy is unlocked and exported in the interchange
format, and the copy is deleted. The export is imported on the server as a new
institution in one transaction, exported again from the server and compared section by
section: counts and a SHA-256 of each section's canonical JSON.

The interchange format carries groups, staff, children, narratives (text, tags, status)
and action plans. Comments, edit history, consents, handout records and the audit log
stay in the file, which is kept as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, delete, select, text

from narrativ.errors import DatabaseMissing, InvalidInput, NotPermitted, UserError
from narrativ.server.logins import create_login
from narrativ.server.setup import setup_server
from narrativ.services.interchange import export_document, import_document
from narrativ.services.workspace import acting_as, unlock
from narrativ.store.models import Institution, Staff
from narrativ.store.server_store import ServerStore
from narrativ.vault.keyfile import keyfile_path

SECTIONS = ("groups", "staff", "children", "narratives", "plans")
FILE_SUFFIXES = ("", "-wal")  # the -shm index is rebuilt from these


class MoveNotVerified(UserError):
    exit_code = 1


@dataclass(frozen=True)
class SectionCheck:
    name: str
    count: int
    digest: str


@dataclass(frozen=True)
class MoveReport:
    institution: str
    sections: tuple[SectionCheck, ...]
    file_unchanged: bool


def file_fingerprint(database: Path) -> str:
    """SHA-256 over the database, its write-ahead log and key file, in that order."""
    digest = hashlib.sha256()
    for path in (*(database.with_name(database.name + s) for s in FILE_SUFFIXES),
                 keyfile_path(database)):  # fmt: skip
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"\0missing")
    return digest.hexdigest()


def export_file(database: Path, user: str, password: str) -> dict[str, Any]:
    """The interchange document of ``database``, read from a private copy of it."""
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
            return export_document(ws)
        finally:
            ws.lock()


def section_checks(document: dict[str, Any]) -> tuple[SectionCheck, ...]:
    checks = []
    for name in SECTIONS:
        records = sorted(document.get(name, []), key=lambda r: str(r.get("key")))
        canonical = json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256(canonical.encode()).hexdigest()
        checks.append(SectionCheck(name, len(records), digest))
    return tuple(checks)


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
    document = export_file(database, user, password)
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
    finally:
        store.close()
    sent, got = section_checks(document), section_checks(arrived)
    unchanged = file_fingerprint(database) == before
    if sent != got or not unchanged:
        differing = ", ".join(s.name for s, g in zip(sent, got, strict=True) if s != g)
        raise MoveNotVerified(
            "Flytningen kunne ikke bekræftes"
            + (f" (forskel i: {differing})" if differing else "")
            + (". Databasefilen er ændret undervejs" if not unchanged else "")
            + ". Brug fortsat filen, og kontakt support."
        )
    return MoveReport(name, got, unchanged)
