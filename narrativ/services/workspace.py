"""An unlocked database with the person using it: what every service works on.

Create one with :func:`initialise` (a new institution), :func:`unlock` (a staff member's
password) or :func:`unlock_with_recovery_code`. :meth:`Workspace.lock` drops every
connection and the key.

On an institution server (PostgreSQL) :func:`unlock_server` signs in with the staff
member's own login role: there is no key file, and the server itself decides which rows
that role may see.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, select, text
from sqlalchemy.orm import Session

from narrativ.errors import (
    DatabaseExists,
    DatabaseMissing,
    InvalidInput,
    NotPermitted,
    UnknownUser,
)
from narrativ.services import audit
from narrativ.services.views import CurrentUser
from narrativ.store import KeyMismatch, Store, open_store
from narrativ.store.driver import sqlcipher_module
from narrativ.store.models import Institution, Staff, new_key
from narrativ.store.server_store import ServerStore, open_server_store
from narrativ.store.server_url import is_server_address, parse_server_url
from narrativ.vault.keyfile import keyfile_path
from narrativ.vault.vault import OpenedSlot, SlotOwner, Vault, check_password_strength


def initials_for(name: str) -> str:
    """ "Rikke Sørensen" → "RS"; one word → its first two letters."""
    words = [w for w in name.replace("-", " ").split() if w]
    if not words:
        return ""
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


class Workspace:
    """The open store, its key slots and the signed-in staff member."""

    def __init__(self, store: Store | ServerStore, vault: Vault | None, user: CurrentUser) -> None:
        self.store = store
        self._vault = vault
        self.user = user

    @property
    def vault(self) -> Vault:
        """The key slots of the file; on the server logins and passwords are the server's."""
        if self._vault is None:
            raise NotPermitted(
                "På institutionsserveren styres logins og adgangskoder af serveren. "
                "Bed administratoren bruge: narrativ server add-staff"
            )
        return self._vault

    @property
    def on_server(self) -> bool:
        """True on an institution server: no key file, passwords belong to the server."""
        return isinstance(self.store, ServerStore)

    @property
    def path(self) -> Path:
        return self.store.path

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work that may write (waits its turn behind other writers)."""
        with self.store.session() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: never waits for, nor blocks, a writer."""
        with self.store.reading() as session:
            yield session

    def refresh_user(self) -> None:
        """Re-read the signed-in person's role and groups (after a leader changed them)."""
        with self.session() as session:
            staff = session.get(Staff, self.user.staff_id)
            if staff is None or not staff.active:
                raise NotPermitted("Din konto er ikke længere aktiv.")
            self.user = _current_user(staff)

    def lock(self) -> None:
        self.store.close()


def _current_user(staff: Staff) -> CurrentUser:
    return CurrentUser(
        staff_id=staff.id,
        key=staff.key,
        name=staff.name,
        initials=staff.initials,
        role=staff.role,
        group_ids=frozenset(g.id for g in staff.groups),
    )


@dataclass(frozen=True)
class NewInstitution:
    workspace: Workspace
    recovery_code: str


def initialise(database: Path, institution: str, leader_name: str, password: str) -> NewInstitution:
    """Create an encrypted database, its key-slot file and the first leader's account."""
    database = Path(database)
    institution = institution.strip()
    leader_name = " ".join(leader_name.split())
    if not institution or not leader_name:
        raise InvalidInput("Institutionens navn og lederens navn skal udfyldes.")
    check_password_strength(password)
    sqlcipher_module()  # refuse before any file exists
    vault = Vault(database)
    for existing in (database, keyfile_path(database)):
        if existing.exists():
            raise DatabaseExists(f"Der findes allerede en database eller nøglefil i {existing}.")
    database.parent.mkdir(parents=True, exist_ok=True)
    leader_key = new_key("s")
    owner = SlotOwner(leader_key, leader_name, initials_for(leader_name))
    key, code = vault.create(owner, password)
    try:
        store = open_store(database, key, create=True)
        with store.session() as session:
            home = Institution(name=institution)
            session.add(home)
            session.flush()
            leader = Staff(
                key=leader_key,
                institution_id=home.id,
                name=leader_name,
                initials=owner.initials,
                role="leader",
            )
            session.add(leader)
            session.flush()
            user = _current_user(leader)
            audit.record(session, user, "institution.create", "institution", str(home.id))
    except BaseException:
        # Nothing of a half-made institution stays behind.
        for leftover in (database, keyfile_path(database)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    return NewInstitution(Workspace(store, vault, user), code)


def _open_with(vault: Vault, opened: OpenedSlot) -> Store:
    """Open the store with the slot's keys; finish a re-key a crash interrupted."""
    current, *pending = opened.database_keys
    try:
        store = open_store(vault.database, current)
    except KeyMismatch:
        if not pending:
            raise
        store = open_store(vault.database, pending[0])
        vault.commit_rekey()
        return store
    if pending:
        # The key file was prepared but the database was never re-keyed: do it now, so a
        # removed colleague's old slot really stops working.
        store.rekey(pending[0])
        vault.commit_rekey()
    return store


def login_names(database: Path) -> list[SlotOwner]:
    """Who can log in to ``database``, for the unlock screen (read before anything opens)."""
    return sorted(Vault(Path(database)).owners(), key=lambda o: o.name.casefold())


def unlock(database: Path, user: str, password: str) -> Workspace:
    """Open the database as ``user`` (full name or initials) with their password."""
    if not Path(database).exists():
        raise DatabaseMissing(f"Der findes ingen database i {database}.")
    vault = Vault(Path(database))
    return open_workspace(vault, vault.open_with_password(user, password))


def open_workspace(vault: Vault, opened: OpenedSlot) -> Workspace:
    """Everything of unlocking after the password step: open, migrate, find the person."""
    store = _open_with(vault, opened)
    try:
        with store.session() as session:
            staff = session.scalar(select(Staff).where(Staff.key == opened.slot_id))
            if staff is None or not staff.active:
                raise UnknownUser("Kontoen findes ikke længere. Spørg din leder.")
            current = _current_user(staff)
            for moment in opened.failed_attempts:
                audit.record(
                    session, current, "login.failed", "staff", staff.key, at=moment.isoformat()
                )
            audit.record(session, current, "unlock", "staff", staff.key)
    except BaseException:
        store.close()
        raise
    return Workspace(store, vault, current)


def reset_password_with_recovery_code(
    database: Path, user: str, recovery_code: str, new_password: str
) -> Workspace:
    """The institution's recovery code lets a staff member (usually a leader) in again."""
    check_password_strength(new_password)
    vault = Vault(Path(database))
    opened = vault.open_with_recovery_code(recovery_code)
    store = _open_with(vault, opened)
    try:
        with store.session() as session:
            wanted = user.strip().casefold()
            staff = next(
                (
                    s
                    for s in session.scalars(select(Staff).where(Staff.active))
                    if wanted in (s.name.casefold(), s.initials.casefold())
                ),
                None,
            )
            if staff is None:
                raise UnknownUser(f"Der findes ingen aktiv medarbejder «{user.strip()}».")
            vault.set_password(
                SlotOwner(staff.key, staff.name, staff.initials),
                new_password,
                store.database_key,
            )
            current = _current_user(staff)
            for moment in vault.attempts.take(staff.key):
                audit.record(
                    session, current, "login.failed", "staff", staff.key, at=moment.isoformat()
                )
            audit.record(session, current, "password.recovered", "staff", staff.key)
    except BaseException:
        store.close()
        raise
    return Workspace(store, vault, current)


def unlock_server(address: str | URL, login: str | None, password: str) -> Workspace:
    """Sign in to an institution server as ``login`` (the staff member's own login role).

    The password goes to the server for this connection only and is never written down.
    """
    url = address if isinstance(address, URL) else parse_server_url(address)
    url = url.set(username=login or url.username, password=password)
    store = open_server_store(url)
    try:
        with store.session() as session:
            staff_id = session.scalar(text("SELECT narrativ_staff_id()"))
            staff = session.get(Staff, staff_id) if staff_id is not None else None
            if staff is None or not staff.active:
                raise UnknownUser(
                    "Dit login på serveren hører ikke til en aktiv medarbejder. Spørg din leder."
                )
            current = _current_user(staff)
            audit.record(session, current, "unlock", "staff", staff.key)
    except BaseException:
        store.close()
        raise
    return Workspace(store, None, current)


def acting_as(store: ServerStore, staff_key: str) -> Workspace:
    """The administrator's connection working as one staff member (moving data in).

    The schema owner is not bound by the row policies, so only services that limit
    themselves to that person's institution may run on it (the interchange import/export).
    """
    with store.session() as session:
        staff = session.scalar(select(Staff).where(Staff.key == staff_key))
        if staff is None:
            raise UnknownUser("Medarbejderen findes ikke på serveren.")
        return Workspace(store, None, _current_user(staff))


def unlock_target(target: str | Path, user: str, password: str) -> Workspace:
    """Sign in to a database file or, for a ``postgresql://`` address, the server.

    For the unlock screen and the settings dialog: one call whatever the backend is.
    """
    if isinstance(target, str) and is_server_address(target):
        return unlock_server(target, user, password)
    return unlock(Path(target), user, password)
