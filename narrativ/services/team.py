"""The leaders' team view: every narrative in the house, filtered, fetched in batches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, func, insert, select
from sqlalchemy.orm import Session

from narrativ.services import audit
from narrativ.services.listing import shown_name
from narrativ.services.lookup import find_child, find_staff, group_by_key
from narrativ.services.permissions import require_leader
from narrativ.services.workspace import Workspace
from narrativ.store.fts_query import query_terms
from narrativ.store.models import (
    AuditEvent,
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
from narrativ.store.search import count_matching, newest_matching_rows

# Lists travel folded into one string each. Control characters never reach a stored
# name (narrative_input.clean_text removes them), so these two cannot occur in one.
SEPARATOR = "\x1f"
NAME_PARTS = "\x1e"

# The columns of a team row (see _team_row), built once. The lists are correlated
# subqueries, so they are worked out only for the rows of the page.
FOCUS_NAMES = (
    select(
        func.aggregate_strings(
            Child.first_name + NAME_PARTS + func.coalesce(Child.last_initial, ""), SEPARATOR
        ).aggregate_order_by(Child.first_name)
    )
    .select_from(NarrativeChild)
    .join(Child, Child.id == NarrativeChild.child_id)
    .where(NarrativeChild.narrative_id == Narrative.id, NarrativeChild.role == "focus")
    .scalar_subquery()
)
THEME_NAMES = (
    select(
        func.aggregate_strings(Theme.name, SEPARATOR).aggregate_order_by(Theme.position, Theme.name)
    )
    .select_from(narrative_theme)
    .join(Theme, Theme.id == narrative_theme.c.theme_id)
    .where(narrative_theme.c.narrative_id == Narrative.id)
    .scalar_subquery()
)
RELATION_CODES = (
    select(
        func.aggregate_strings(RelationTag.code, SEPARATOR).aggregate_order_by(RelationTag.position)
    )
    .select_from(narrative_relation)
    .join(RelationTag, RelationTag.id == narrative_relation.c.relation_id)
    .where(narrative_relation.c.narrative_id == Narrative.id)
    .scalar_subquery()
)
COMMENT_COUNT = (
    select(func.count(Comment.id)).where(Comment.narrative_id == Narrative.id).scalar_subquery()
)
ROW_COLUMNS = (
    Narrative.key,
    Narrative.occurred_on,
    ChildGroup.name,
    FOCUS_NAMES,
    Staff.name,
    THEME_NAMES,
    RELATION_CODES,
    Narrative.status,
    COMMENT_COUNT,
)
ROW_JOINS = (
    (ChildGroup, ChildGroup.id == Narrative.group_id),
    (Staff, Staff.id == Narrative.author_id),
)
INSERT_AUDIT = insert(AuditEvent)


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
    """One batch of rows, newest first; the table asks for the next when it scrolls.

    One statement per batch: the page of narratives, each with its focus children, themes
    and relations folded into one string apiece and its comments counted, in the same walk
    of the index (or of the search index) that picks the page.
    """
    require_leader(ws.user, "se teamoverblikket")
    searching = bool(query_terms(flt.text))
    # Only a search writes (its audit row); listing reads and never waits for a writer.
    with ws.session() if searching else ws.reading() as session:
        conditions = _conditions(session, flt)
        if searching:
            rows = newest_matching_rows(
                session, flt.text, ROW_COLUMNS, conditions, ROW_JOINS, limit, offset
            )
            if offset == 0:
                entry = audit.event_values(
                    ws.user, "search", "narrative", "", query=flt.text, hits=len(rows)
                )
                session.connection().execute(INSERT_AUDIT, entry)
        else:
            statement = select(*ROW_COLUMNS)
            for target, on in ROW_JOINS:
                statement = statement.join(target, on)
            rows = (
                session.connection()
                .execute(
                    statement.where(*conditions)
                    .order_by(Narrative.occurred_on.desc(), Narrative.id.desc())
                    .limit(limit)
                    .offset(offset)
                )
                .all()
            )
        return [_team_row(row) for row in rows]


def team_count(ws: Workspace, flt: TeamFilter) -> int:
    require_leader(ws.user, "se teamoverblikket")
    with ws.reading() as session:
        conditions = _conditions(session, flt)
        if query_terms(flt.text):
            return count_matching(session, flt.text, conditions)
        return session.scalar(select(func.count(Narrative.id)).where(*conditions)) or 0


def _split(joined: str | None) -> tuple[str, ...]:
    return tuple(joined.split(SEPARATOR)) if joined else ()


def _team_row(row: Row[Any]) -> TeamRow:
    key, occurred_on, group, focus, author, themes, relations, status, comments = row
    names = tuple(shown_name(*name.split(NAME_PARTS, 1)) for name in _split(focus))
    return TeamRow(
        key=key,
        occurred_on=occurred_on,
        group=group,
        focus=names,
        author=author,
        themes=_split(themes),
        relations=_split(relations),
        status=status,
        comments=comments,
    )
