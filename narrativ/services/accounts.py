"""Staff accounts: adding, giving a password, changing one's own, removing (with re-key)."""

from __future__ import annotations

from sqlalchemy import select

from narrativ.errors import InvalidInput, NotFound, NotPermitted
from narrativ.services import audit
from narrativ.services.lookup import find_staff, group_by_key
from narrativ.services.permissions import require_leader
from narrativ.services.views import StaffView
from narrativ.services.workspace import Workspace, initials_for
from narrativ.store.models import ROLES, Staff, new_key
from narrativ.store.server_store import staff_with_login
from narrativ.vault.vault import SlotOwner, check_password_strength, new_database_key


def list_staff(ws: Workspace, include_inactive: bool = False) -> list[StaffView]:
    """The staff. ``has_password``: a key slot in the file, or on the institution server a
    login of their own; there only a leader may know, for anyone else it is None."""
    with ws.reading() as session:
        query = select(Staff).order_by(Staff.name)
        if not include_inactive:
            query = query.where(Staff.active)
        staff = list(session.scalars(query))
        if ws.on_server:
            logins = staff_with_login(session)
            owners = None if logins is None else {s.key for s in staff if s.id in logins}
        else:
            owners = {owner.slot_id for owner in ws.vault.owners()}
        return [
            StaffView(
                key=s.key,
                name=s.name,
                initials=s.initials,
                role=s.role,
                active=s.active,
                has_password=None if owners is None else s.key in owners,
                groups=tuple(g.key for g in s.groups),
            )
            for s in staff
        ]


def add_staff(
    ws: Workspace,
    name: str,
    role: str = "educator",
    groups: tuple[str, ...] = (),
    initials: str | None = None,
    password: str | None = None,
) -> str:
    """A leader adds a colleague; without a password the account cannot log in yet."""
    require_leader(ws.user, "tilføje medarbejdere")
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Skriv medarbejderens navn.")
    if role not in ROLES:
        raise InvalidInput("Rollen skal være pædagog (educator) eller leder (leader).")
    if password is not None:
        check_password_strength(password)  # before anything is created
    initials = (initials or initials_for(name)).strip().upper()
    with ws.session() as session:
        taken = {(s.name.casefold(), s.initials.casefold()) for s in session.scalars(select(Staff))}
        if any(name.casefold() == n for n, _ in taken):
            raise InvalidInput(f"Der findes allerede en medarbejder, der hedder {name}.")
        if any(initials.casefold() == i for _, i in taken):
            raise InvalidInput(f"Initialerne {initials} bruges allerede. Vælg andre.")
        me = session.get(Staff, ws.user.staff_id)
        assert me is not None
        staff = Staff(
            key=new_key("s"),
            institution_id=me.institution_id,
            name=name,
            initials=initials,
            role=role,
            groups=[group_by_key(session, g) for g in groups],
        )
        session.add(staff)
        session.flush()
        audit.record(session, ws.user, "staff.add", "staff", staff.key, role=role)
        key = staff.key
    if password is not None:
        set_password(ws, key, password)
    return key


def set_password(ws: Workspace, staff_key: str, password: str) -> None:
    """A leader gives a colleague a (new) password: a fresh key slot for them."""
    require_leader(ws.user, "sætte adgangskoder for andre")
    with ws.session() as session:
        staff = find_staff(session, staff_key)
        if not staff.active:
            raise InvalidInput(f"{staff.name} er ikke længere aktiv.")
        ws.vault.set_password(
            SlotOwner(staff.key, staff.name, staff.initials), password, ws.store.database_key
        )
        audit.record(session, ws.user, "staff.password_set", "staff", staff.key)


def change_own_password(ws: Workspace, old_password: str, new_password: str) -> None:
    ws.vault.change_password(ws.user.key, old_password, new_password)
    with ws.session() as session:
        audit.record(session, ws.user, "password.change", "staff", ws.user.key)


def set_groups(ws: Workspace, staff_key: str, groups: tuple[str, ...]) -> None:
    require_leader(ws.user, "ændre medarbejderes grupper")
    with ws.session() as session:
        staff = find_staff(session, staff_key)
        staff.groups = [group_by_key(session, g) for g in groups]
        audit.record(session, ws.user, "staff.groups", "staff", staff.key, groups=list(groups))


def remove_staff(ws: Workspace, staff_key: str) -> None:
    """Deactivate a colleague, drop their key slot and re-key the database.

    Their narratives stay (authorship is history). A copy of the old key-slot file opens
    nothing afterwards: the database key it holds no longer decrypts the database.
    """
    require_leader(ws.user, "fjerne medarbejdere")
    with ws.session() as session:
        staff = find_staff(session, staff_key)
        if staff.id == ws.user.staff_id:
            raise NotPermitted("Du kan ikke fjerne dig selv. Bed en anden leder om det.")
        if not staff.active:
            raise NotFound(f"{staff.name} er allerede fjernet.")
        staff.active = False
        staff.groups = []
        audit.record(session, ws.user, "staff.remove", "staff", staff.key)
        removed_key = staff.key
    new_key_bytes = new_database_key()
    ws.vault.prepare_rekey(new_key_bytes, drop_slot_id=removed_key)
    ws.store.rekey(new_key_bytes)
    ws.vault.commit_rekey()
    with ws.session() as session:
        audit.record(session, ws.user, "database.rekey", "staff", removed_key)


def unblock_staff(ws: Workspace, staff_key: str) -> None:
    """A leader lifts the block after too many wrong passwords; the tries are logged."""
    require_leader(ws.user, "låse spærrede konti op")
    with ws.session() as session:
        staff = find_staff(session, staff_key)
        for moment in ws.vault.attempts.take(staff.key):
            audit.record(
                session, ws.user, "login.failed", "staff", staff.key, at=moment.isoformat()
            )
        audit.record(session, ws.user, "staff.unblock", "staff", staff.key)


def is_blocked(ws: Workspace, staff_key: str) -> bool:
    return ws.vault.attempts.blocked(staff_key)
