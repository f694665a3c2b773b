"""Light lists of narratives (newest first) for tables: no full text, few queries."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from narrativ.services.lookup import group_by_key
from narrativ.services.views import CurrentUser, NarrativeSummary
from narrativ.services.workspace import Workspace
from narrativ.store.models import Child, ChildGroup, Narrative, NarrativeChild, Staff

OPENING_CHARS = 120

# Built once: the focus children of a page of narratives. An expanding parameter keeps the
# statement (and its compiled form) the same whatever the ids are.
FOCUS_NAMES = (
    select(NarrativeChild.narrative_id, Child.first_name, Child.last_initial)
    .join(Child, Child.id == NarrativeChild.child_id)
    .where(
        NarrativeChild.narrative_id.in_(bindparam("ids", expanding=True)),
        NarrativeChild.role == "focus",
    )
    .order_by(Child.first_name)
)


GROUP_BY_KEY = select(ChildGroup.id).where(ChildGroup.key == bindparam("key"))


def shown_name(first: str, initial: str | None) -> str:
    return f"{first} {initial}." if initial else first


def focus_names(session: Session, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    if ids:
        for narrative_id, first, initial in (
            session.connection().execute(FOCUS_NAMES, {"ids": ids}).all()
        ):
            names[narrative_id].append(shown_name(first, initial))
    return names


def _visible_by_parameters() -> ColumnElement[bool]:
    """What an educator may read (see ``permissions.visible_narratives``), with the person
    as parameters, so one statement serves every educator."""
    return or_(
        and_(
            Narrative.group_id.in_(bindparam("my_groups", expanding=True)),
            Narrative.status != "draft",
        ),
        Narrative.author_id == bindparam("me"),
    )


@functools.cache
def _page_statement(in_group: bool, leader: bool) -> Select:
    """One page of summaries with its focus children, in one statement built once per shape.

    The page is chosen first (newest first through an index, LIMIT/OFFSET), then its focus
    children are joined on: one round trip, and no parameter per narrative.
    """
    conditions: list[ColumnElement[bool]] = [] if leader else [_visible_by_parameters()]
    if in_group:
        conditions.append(Narrative.group_id == bindparam("group_id"))
    page = (
        select(
            Narrative.id,
            Narrative.key,
            Narrative.occurred_on,
            ChildGroup.name.label("group_name"),
            Staff.name.label("author_name"),
            Narrative.status,
            func.substr(Narrative.story, 1, OPENING_CHARS).label("opening"),
        )
        .join(ChildGroup, ChildGroup.id == Narrative.group_id)
        .join(Staff, Staff.id == Narrative.author_id)
        .where(*conditions)
        .order_by(Narrative.occurred_on.desc(), Narrative.id.desc())
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
        .subquery("page")
    )
    return (
        select(page, Child.first_name, Child.last_initial)
        .outerjoin(
            NarrativeChild,
            and_(NarrativeChild.narrative_id == page.c.id, NarrativeChild.role == "focus"),
        )
        .outerjoin(Child, Child.id == NarrativeChild.child_id)
        .order_by(page.c.occurred_on.desc(), page.c.id.desc(), Child.first_name)
    )


def _parameters(user: CurrentUser) -> dict[str, object]:
    if user.is_leader:
        return {}
    return {"my_groups": sorted(user.group_ids), "me": user.staff_id}


Row = tuple[int, str, date, str, str, str, str, str | None, str | None]


def _summaries_of(rows: Iterable[Row]) -> list[NarrativeSummary]:
    """Rows of (narrative …, focus child) — one per focus child, or one with none — in
    page order, folded into one summary per narrative."""
    pages: list[tuple[Sequence[object], list[str]]] = []
    last_id = None
    for narrative_id, *fields, first, initial in rows:
        if narrative_id != last_id:
            pages.append((fields, []))
            last_id = narrative_id
        if first is not None:
            pages[-1][1].append(shown_name(first, initial))
    return [
        NarrativeSummary(
            key=key,
            occurred_on=occurred_on,
            group=group,
            author=author,
            status=status,
            focus=tuple(focus),
            opening=" ".join(opening.split()),
        )
        for (key, occurred_on, group, author, status, opening), focus in pages
    ]


def _page(
    session: Session, user: CurrentUser, group_id: int | None, limit: int, offset: int
) -> list[NarrativeSummary]:
    statement = _page_statement(group_id is not None, user.is_leader)
    parameters = _parameters(user) | {"limit": limit, "offset": offset}
    if group_id is not None:
        parameters["group_id"] = group_id
    # The statement runs on the session's connection: the rows are plain tuples, so the
    # ORM's object machinery has nothing to do here.
    return _summaries_of(session.connection().execute(statement, parameters).all())


def group_newest(
    ws: Workspace, group: str, limit: int = 200, offset: int = 0
) -> list[NarrativeSummary]:
    """A group's newest narratives that the person may see."""
    with ws.reading() as session:
        group_id = session.connection().execute(GROUP_BY_KEY, {"key": group}).scalar()
        if group_id is None:  # a name rather than a key
            group_id = group_by_key(session, group).id
        return _page(session, ws.user, group_id, limit, offset)


def newest(ws: Workspace, limit: int = 200, offset: int = 0) -> list[NarrativeSummary]:
    """The newest narratives that the person may see, across their groups."""
    with ws.reading() as session:
        return _page(session, ws.user, None, limit, offset)
