"""Light lists of narratives (newest first) for tables: no full text, few queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.orm import Session

from narrativ.services.lookup import group_by_key
from narrativ.services.permissions import visible_narratives
from narrativ.services.views import NarrativeSummary
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


def focus_names(session: Session, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    if ids:
        for narrative_id, first, initial in session.connection().execute(FOCUS_NAMES, {"ids": ids}):
            names[narrative_id].append(f"{first} {initial}." if initial else first)
    return names


def _summaries(
    ws: Workspace,
    conditions: Callable[[Session], list[ColumnElement[bool]]],
    limit: int,
    offset: int,
) -> list[NarrativeSummary]:
    # One read-only session, and statements run on its connection: the rows are plain
    # tuples, so the ORM's object machinery has nothing to do here.
    with ws.reading() as session:
        connection = session.connection()
        rows = connection.execute(
            select(
                Narrative.id,
                Narrative.key,
                Narrative.occurred_on,
                ChildGroup.name,
                Staff.name,
                Narrative.status,
                func.substr(Narrative.story, 1, OPENING_CHARS),
            )
            .join(ChildGroup, ChildGroup.id == Narrative.group_id)
            .join(Staff, Staff.id == Narrative.author_id)
            .where(visible_narratives(ws.user), *conditions(session))
            .order_by(Narrative.occurred_on.desc(), Narrative.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        focus = focus_names(session, [row[0] for row in rows])
    return [
        NarrativeSummary(
            key=key,
            occurred_on=occurred_on,
            group=group,
            author=author,
            status=status,
            focus=tuple(focus[narrative_id]),
            opening=" ".join(opening.split()),
        )
        for narrative_id, key, occurred_on, group, author, status, opening in rows
    ]


def group_newest(
    ws: Workspace, group: str, limit: int = 200, offset: int = 0
) -> list[NarrativeSummary]:
    """A group's newest narratives that the person may see."""

    def in_group(session: Session) -> list[ColumnElement[bool]]:
        group_id = session.connection().execute(GROUP_BY_KEY, {"key": group}).scalar()
        if group_id is None:  # a name rather than a key
            group_id = group_by_key(session, group).id
        return [Narrative.group_id == group_id]

    return _summaries(ws, in_group, limit, offset)


def newest(ws: Workspace, limit: int = 200, offset: int = 0) -> list[NarrativeSummary]:
    return _summaries(ws, lambda _session: [], limit, offset)
