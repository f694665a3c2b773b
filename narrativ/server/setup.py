"""``narrativ server setup`` and ``add-staff``: run by the administrator's own login.

Setup brings the schema to this program's version (the same Alembic migrations as the
file), creates the group roles and privileges, and can create an institution with its
first leader. Running it again is safe and is how a server is upgraded.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL, select
from sqlalchemy.orm import Session

from narrativ.errors import InvalidInput, UnknownUser
from narrativ.server.logins import create_login
from narrativ.server.roles import create_group_roles
from narrativ.services.workspace import initials_for
from narrativ.store.models import ChildGroup, Institution, Staff, new_key
from narrativ.store.server_errors import translate_server_errors
from narrativ.store.server_store import ServerStore, open_server_store


@dataclass(frozen=True)
class NewLogin:
    login: str
    staff_key: str
    name: str
    role: str


def setup_server(admin_url: URL) -> ServerStore:
    """Migrate and grant; returns the administrator's open store (close it when done)."""
    store = open_server_store(admin_url, upgrade=True)
    try:
        with translate_server_errors(), store.engine.begin() as connection:
            create_group_roles(connection, str(admin_url.database))
    except BaseException:
        store.close()
        raise
    return store


def create_institution(
    store: ServerStore, name: str, leader_name: str, login: str, password: str
) -> NewLogin:
    """A new institution on the server with its first leader and the leader's login."""
    name = name.strip()
    leader_name = " ".join(leader_name.split())
    if not name or not leader_name:
        raise InvalidInput("Institutionens navn og lederens navn skal udfyldes.")
    with store.session() as session:
        taken = session.scalar(select(Institution).where(Institution.name == name))
        if taken is not None:
            raise InvalidInput(f"Der findes allerede en institution «{name}» på serveren.")
        home = Institution(name=name)
        session.add(home)
        session.flush()
        leader = Staff(
            key=new_key("s"),
            institution_id=home.id,
            name=leader_name,
            initials=initials_for(leader_name),
            role="leader",
        )
        session.add(leader)
        session.flush()
        create_login(session.connection(), leader.id, "leader", login, password)
        return NewLogin(login, leader.key, leader.name, leader.role)


def add_staff(
    store: ServerStore,
    staff: str,
    login: str,
    password: str,
    *,
    institution: str | None = None,
    role: str | None = None,
    groups: tuple[str, ...] = (),
) -> NewLogin:
    """A login for the staff member ``staff`` (key, name or initials).

    With ``institution`` and ``role`` a staff member who does not exist yet is created
    there, in ``groups`` (names or keys of that institution's groups).
    """
    with store.session() as session:
        home_id = _institution_id(session, institution) if institution else None
        person = _find_staff(session, staff, home_id)
        if person is None:
            if home_id is None or role not in ("educator", "leader"):
                raise UnknownUser(
                    f"Der findes ingen medarbejder «{staff}». Angiv --institution og --role "
                    "for at oprette en ny."
                )
            name = " ".join(staff.split())
            person = Staff(
                key=new_key("s"),
                institution_id=home_id,
                name=name,
                initials=initials_for(name),
                role=role,
            )
            person.groups = [_group(session, home_id, g) for g in groups]
            session.add(person)
            session.flush()
        create_login(session.connection(), person.id, person.role, login, password)
        return NewLogin(login, person.key, person.name, person.role)


def _institution_id(session: Session, name: str) -> int:
    found = session.scalar(select(Institution.id).where(Institution.name == name.strip()))
    if found is None:
        raise UnknownUser(f"Der findes ingen institution «{name}» på serveren.")
    return int(found)


def _find_staff(session: Session, wanted: str, home_id: int | None) -> Staff | None:
    query = select(Staff).where(Staff.active)
    if home_id is not None:
        query = query.where(Staff.institution_id == home_id)
    folded = " ".join(wanted.split()).casefold()
    hits = [
        s
        for s in session.scalars(query)
        if folded in (s.key.casefold(), s.name.casefold(), s.initials.casefold())
    ]
    if len(hits) > 1:
        raise InvalidInput(
            f"Flere medarbejdere hedder «{wanted}». Angiv --institution eller medarbejderens nøgle."
        )
    return hits[0] if hits else None


def _group(session: Session, home_id: int, ref: str) -> ChildGroup:
    for group in session.scalars(select(ChildGroup).where(ChildGroup.institution_id == home_id)):
        if ref in (group.key, group.name) or group.name.casefold() == ref.casefold():
            return group
    raise UnknownUser(f"Der findes ingen gruppe «{ref}» i institutionen.")
