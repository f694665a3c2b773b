"""The leaders' team view: every narrative in the house, filtered, fetched in batches."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.orm import Session

from narrativ.services import audit
from narrativ.services.lookup import find_child, find_staff, group_by_key
from narrativ.services.permissions import require_leader
from narrativ.services.workspace import Workspace
from narrativ.store.fts_query import query_terms
from narrativ.store.models import (
    Child,
    ChildGroup,
    Comment,
    Narrative,
    NarrativeChild,
    RelationTag,
    Staff,
    Theme,
    narrative_relation,
    narrative_theme,
)
from narrativ.store.search import count_matching, newest_matching_ids

IDS = bindparam("ids", expanding=True)


@dataclass(frozen=True)
class TeamFilter:
    """Filters combine (AND). Keys or names as shown; empty means "all"."""

    group: str | None = None
    child: str | None = None
    author: str | None = None
    theme: str | None = None
    relation: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""


@dataclass(frozen=True)
class TeamRow:
    key: str
    occurred_on: date
    group: str
    focus: tuple[str, ...]
    author: str
    themes: tuple[str, ...]
    relations: tuple[str, ...]
    status: str
    comments: int


def open_team_view(ws: Workspace) -> None:
    """Educators never see the team view; a leader opening it is logged."""
    require_leader(ws.user, "åbne teamoverblikket")
    with ws.session() as session:
        audit.record(session, ws.user, "team.open")


def _conditions(session: Session, flt: TeamFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.group:
        conditions.append(Narrative.group_id == group_by_key(session, flt.group).id)
    if flt.child:
        child_id = find_child(session, flt.child).id
        conditions.append(Narrative.children.any(NarrativeChild.child_id == child_id))
    if flt.author:
        conditions.append(Narrative.author_id == find_staff(session, flt.author).id)
    if flt.theme:
        conditions.append(Narrative.themes.any(Theme.name == flt.theme))
    if flt.relation:
        conditions.append(Narrative.relations.any(RelationTag.code == flt.relation))
    if flt.status:
        conditions.append(Narrative.status == flt.status)
    if flt.date_from:
        conditions.append(Narrative.occurred_on >= flt.date_from)
    if flt.date_to:
        conditions.append(Narrative.occurred_on <= flt.date_to)
    return conditions


def team_rows(ws: Workspace, flt: TeamFilter, offset: int = 0, limit: int = 200) -> list[TeamRow]:
    """One batch of rows, newest first; the table asks for the next when it scrolls."""
    require_leader(ws.user, "se teamoverblikket")
    with ws.session() as session:
        conditions = _conditions(session, flt)
        if query_terms(flt.text):
            ids = newest_matching_ids(session, flt.text, conditions, limit=limit, offset=offset)
            if offset == 0:
                audit.record(
                    session, ws.user, "search", "narrative", "", query=flt.text, hits=len(ids)
                )
        else:
            ids = list(
                session.scalars(
                    select(Narrative.id)
                    .where(*conditions)
                    .order_by(Narrative.occurred_on.desc(), Narrative.id.desc())
                    .limit(limit)
                    .offset(offset)
                )
            )
        return _rows(session, ids)


def team_count(ws: Workspace, flt: TeamFilter) -> int:
    require_leader(ws.user, "se teamoverblikket")
    with ws.reading() as session:
        conditions = _conditions(session, flt)
        if query_terms(flt.text):
            return count_matching(session, flt.text, conditions)
        return session.scalar(select(func.count(Narrative.id)).where(*conditions)) or 0


def _rows(session: Session, ids: list[int]) -> list[TeamRow]:
    if not ids:
        return []
    # One expanding parameter for the batch's ids: the statements stay the same from batch to
    # batch (cached), and the ids are not turned into 200 literals five times over.
    batch = {"ids": ids}
    base = {
        row.id: row
        for row in session.execute(
            select(
                Narrative.id,
                Narrative.key,
                Narrative.occurred_on,
                Narrative.status,
                ChildGroup.name.label("group"),
                Staff.name.label("author"),
            )
            .join(ChildGroup, ChildGroup.id == Narrative.group_id)
            .join(Staff, Staff.id == Narrative.author_id)
            .where(Narrative.id.in_(IDS)),
            batch,
        )
    }
    focus: dict[int, list[str]] = defaultdict(list)
    for narrative_id, first, initial in session.execute(
        select(NarrativeChild.narrative_id, Child.first_name, Child.last_initial)
        .join(Child, Child.id == NarrativeChild.child_id)
        .where(NarrativeChild.narrative_id.in_(IDS), NarrativeChild.role == "focus")
        .order_by(Child.first_name),
        batch,
    ):
        focus[narrative_id].append(f"{first} {initial}." if initial else first)
    themes: dict[int, list[str]] = defaultdict(list)
    for narrative_id, name in session.execute(
        select(narrative_theme.c.narrative_id, Theme.name)
        .join(Theme, Theme.id == narrative_theme.c.theme_id)
        .where(narrative_theme.c.narrative_id.in_(IDS))
        .order_by(Theme.position, Theme.name),
        batch,
    ):
        themes[narrative_id].append(name)
    relations: dict[int, list[str]] = defaultdict(list)
    for narrative_id, code in session.execute(
        select(narrative_relation.c.narrative_id, RelationTag.code)
        .join(RelationTag, RelationTag.id == narrative_relation.c.relation_id)
        .where(narrative_relation.c.narrative_id.in_(IDS))
        .order_by(RelationTag.position),
        batch,
    ):
        relations[narrative_id].append(code)
    comments = dict(
        session.execute(
            select(Comment.narrative_id, func.count(Comment.id))
            .where(Comment.narrative_id.in_(IDS))
            .group_by(Comment.narrative_id),
            batch,
        ).all()
    )
    return [
        TeamRow(
            key=base[i].key,
            occurred_on=base[i].occurred_on,
            group=base[i].group,
            focus=tuple(focus[i]),
            author=base[i].author,
            themes=tuple(themes[i]),
            relations=tuple(relations[i]),
            status=base[i].status,
            comments=comments.get(i, 0),
        )
        for i in ids
        if i in base
    ]
