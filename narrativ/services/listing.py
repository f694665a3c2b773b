"""Light lists of narratives (newest first) for tables: no full text, few queries."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import ColumnElement, func, select

from narrativ.services.lookup import group_by_key
from narrativ.services.permissions import visible_narratives
from narrativ.services.views import NarrativeSummary
from narrativ.services.workspace import Workspace
from narrativ.store.models import Child, ChildGroup, Narrative, NarrativeChild, Staff

OPENING_CHARS = 120


def _summaries(
    ws: Workspace, conditions: list[ColumnElement[bool]], limit: int, offset: int
) -> list[NarrativeSummary]:
    with ws.reading() as session:
        rows = session.execute(
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
            .where(visible_narratives(ws.user), *conditions)
            .order_by(Narrative.occurred_on.desc(), Narrative.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        ids = [row[0] for row in rows]
        focus: dict[int, list[str]] = defaultdict(list)
        if ids:
            for narrative_id, first, initial in session.execute(
                select(NarrativeChild.narrative_id, Child.first_name, Child.last_initial)
                .join(Child, Child.id == NarrativeChild.child_id)
                .where(NarrativeChild.narrative_id.in_(ids), NarrativeChild.role == "focus")
                .order_by(Child.first_name)
            ):
                focus[narrative_id].append(f"{first} {initial}." if initial else first)
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
    with ws.reading() as session:
        group_id = group_by_key(session, group).id
    return _summaries(ws, [Narrative.group_id == group_id], limit, offset)


def newest(ws: Workspace, limit: int = 200, offset: int = 0) -> list[NarrativeSummary]:
    return _summaries(ws, [], limit, offset)
