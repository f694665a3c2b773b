"""Child groups and children: a leader manages them, educators see their own groups."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from narrativ.errors import InvalidInput
from narrativ.services import audit
from narrativ.services.lookup import find_child, group_by_key
from narrativ.services.permissions import can_see_child_in_group, require_leader
from narrativ.services.views import ChildView, GroupView
from narrativ.services.workspace import Workspace
from narrativ.store.models import (
    AGE_BANDS,
    GENDERS,
    Child,
    ChildGroup,
    GroupMembership,
    Staff,
    new_key,
)

BIRTH_MONTH = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")


def group_view(group: ChildGroup) -> GroupView:
    return GroupView(key=group.key, name=group.name, age_band=group.age_band)


def current_group(child: Child) -> ChildGroup | None:
    open_memberships = [m for m in child.memberships if m.to_date is None]
    return open_memberships[-1].group if open_memberships else None


def child_view(child: Child) -> ChildView:
    group = current_group(child)
    return ChildView(
        key=child.key,
        first_name=child.first_name,
        last_initial=child.last_initial,
        display_name=child.display_name,
        birth_month=child.birth_month,
        gender=child.gender,
        group_key=group.key if group else None,
        group_name=group.name if group else None,
        started=child.started,
        left=child.left,
    )


def list_groups(ws: Workspace) -> list[GroupView]:
    """Leaders see every group; educators their own."""
    with ws.reading() as session:
        groups = session.scalars(
            select(ChildGroup).where(ChildGroup.active).order_by(ChildGroup.name)
        )
        return [group_view(g) for g in groups if ws.user.is_leader or g.id in ws.user.group_ids]


def add_group(ws: Workspace, name: str, age_band: str = "børnehave") -> str:
    require_leader(ws.user, "oprette grupper")
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Skriv gruppens navn.")
    if age_band not in AGE_BANDS:
        raise InvalidInput("Aldersgruppen skal være vuggestue, børnehave eller integreret.")
    with ws.session() as session:
        if any(g.name.casefold() == name.casefold() for g in session.scalars(select(ChildGroup))):
            raise InvalidInput(f"Der findes allerede en gruppe, der hedder {name}.")
        staff = session.get(Staff, ws.user.staff_id)
        assert staff is not None
        group = ChildGroup(
            key=new_key("g"), institution_id=staff.institution_id, name=name, age_band=age_band
        )
        session.add(group)
        session.flush()
        audit.record(session, ws.user, "group.add", "group", group.key)
        return group.key


def validate_child_fields(
    first_name: str, last_initial: str, birth_month: str, gender: str | None
) -> None:
    if not first_name.strip():
        raise InvalidInput("Skriv barnets fornavn.")
    if len(last_initial.strip()) > 4:
        raise InvalidInput("Efternavnet gemmes kun som forbogstav (højst 4 tegn).")
    if not BIRTH_MONTH.match(birth_month):
        raise InvalidInput("Fødselsmåned skrives ÅÅÅÅ-MM, fx 2021-05.")
    if gender is not None and gender not in GENDERS:
        raise InvalidInput("Køn er pige, dreng eller ikke oplyst.")


def add_child(
    ws: Workspace,
    first_name: str,
    last_initial: str,
    birth_month: str,
    group: str,
    started: date,
    gender: str | None = None,
) -> str:
    """Only what the work needs: first name, last initial, birth month; never a CPR number."""
    require_leader(ws.user, "oprette børn")
    validate_child_fields(first_name, last_initial, birth_month, gender)
    with ws.session() as session:
        child_group = group_by_key(session, group)
        child = Child(
            key=new_key("c"),
            institution_id=child_group.institution_id,
            first_name=first_name.strip(),
            last_initial=last_initial.strip().rstrip(".").upper(),
            birth_month=birth_month,
            gender=gender,
            started=started,
        )
        child.memberships.append(GroupMembership(group=child_group, from_date=started))
        session.add(child)
        session.flush()
        audit.record(session, ws.user, "child.add", "child", child.key)
        return child.key


def move_child(ws: Workspace, child_key: str, group: str, on: date) -> None:
    """Close the child's current membership and open one in ``group``: the history stays."""
    require_leader(ws.user, "flytte børn mellem grupper")
    with ws.session() as session:
        child = find_child(session, child_key)
        target = group_by_key(session, group)
        for membership in child.memberships:
            if membership.to_date is None:
                membership.to_date = on
        child.memberships.append(GroupMembership(group=target, from_date=on))
        audit.record(session, ws.user, "child.move", "child", child.key, group=target.key)


def record_child_left(ws: Workspace, child_key: str, on: date) -> None:
    require_leader(ws.user, "registrere, at et barn er stoppet")
    with ws.session() as session:
        child = find_child(session, child_key)
        child.left = on
        for membership in child.memberships:
            if membership.to_date is None:
                membership.to_date = on
        audit.record(session, ws.user, "child.left", "child", child.key)


def visible_children(session: Session, ws: Workspace, include_left: bool = False) -> list[Child]:
    # Memberships and groups up front: one query each instead of one per child.
    children = session.scalars(
        select(Child)
        .options(selectinload(Child.memberships).selectinload(GroupMembership.group))
        .order_by(Child.first_name, Child.last_initial)
    )
    result = []
    for child in children:
        if child.left is not None and not include_left:
            continue
        group = current_group(child)
        if can_see_child_in_group(ws.user, group.id if group else None):
            result.append(child)
    return result


def list_children(
    ws: Workspace, group: str | None = None, include_left: bool = False
) -> list[ChildView]:
    with ws.reading() as session:
        children = visible_children(session, ws, include_left)
        views = [child_view(c) for c in children]
    if group is not None:
        views = [v for v in views if group in (v.group_key, v.group_name)]
    return views
