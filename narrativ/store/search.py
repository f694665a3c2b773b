"""Full-text search over narratives, behind one small interface.

The same functions serve both backends; on PostgreSQL they use the ``danish`` text search
of :mod:`narrativ.store.search_server` (see there for how matching differs).

SQLite: an FTS5 index whose rowid is ``days since 1970 << 32 | narrative id``. FTS5 walks
its doclists in rowid order, so "newest first" comes straight out of the index and a search
for a common word stops after the first page of hits instead of sorting every match.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    and_,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session

from narrativ.store import search_server
from narrativ.store.fts_query import fts5_query
from narrativ.store.models import Narrative

EPOCH = date(1970, 1, 1)
ID_BITS = 32
ID_MASK = (1 << ID_BITS) - 1
_FTS = table("narrative_fts", column("rowid", Integer))


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def fts_rowid(occurred_on: date, narrative_id: int) -> int:
    """The index's sort key; the triggers in the first migration compute the same."""
    return ((occurred_on - EPOCH).days << ID_BITS) | narrative_id


def newest_matching_rows(
    session: Session,
    query: str,
    columns: Sequence[ColumnElement[Any]],
    conditions: Sequence[ColumnElement[bool]] = (),
    joins: Sequence[tuple[Any, ColumnElement[bool]]] = (),
    limit: int = 200,
    offset: int = 0,
) -> list[Row[Any]]:
    """Like :func:`newest_matching_ids`, but returns ``columns`` in the same walk of the
    index: one statement instead of ids first and rows second."""
    if _on_server(session):
        return search_server.newest_rows(session, query, columns, conditions, joins, limit, offset)
    match = fts5_query(query)
    if match is None:
        return []
    rowid = _FTS.c.rowid
    statement = (
        select(*columns).select_from(_FTS).join(Narrative, Narrative.id == rowid.op("&")(ID_MASK))
    )
    for target, on in joins:
        statement = statement.join(target, on)
    statement = (
        statement.where(literal_column("narrative_fts").op("MATCH")(match))
        .where(and_(True, *conditions))
        .order_by(rowid.desc())
        .limit(limit)
        .offset(offset)
    )
    # On the connection: plain rows, none of the ORM's object machinery.
    return list(session.connection().execute(statement))


def count_matching(
    session: Session, query: str, conditions: Sequence[ColumnElement[bool]] = ()
) -> int:
    """How many narratives match, counted in SQL (never by loading the ids)."""
    if _on_server(session):
        return search_server.count(session, query, conditions)
    match = fts5_query(query)
    if match is None:
        return 0
    statement = select(func.count()).select_from(_FTS)
    if conditions:
        # Only a filter needs the narrative rows; a bare count stays inside the index.
        statement = statement.join(Narrative, Narrative.id == _FTS.c.rowid.op("&")(ID_MASK))
        statement = statement.where(and_(True, *conditions))
    statement = statement.where(literal_column("narrative_fts").op("MATCH")(match))
    return session.scalar(statement) or 0


def newest_matching_ids(
    session: Session,
    query: str,
    conditions: Sequence[ColumnElement[bool]] = (),
    limit: int = 200,
    offset: int = 0,
) -> list[int]:
    """Ids of narratives matching every word of ``query`` (as prefixes), newest first.

    ``conditions`` on :class:`Narrative` columns narrow the result (permissions, filters).
    Any string is accepted; one without words gives no hits.
    """
    if _on_server(session):
        rows = search_server.newest_rows(
            session, query, [Narrative.id], conditions, (), limit, offset
        )
        return [row[0] for row in rows]
    match = fts5_query(query)
    if match is None:
        return []
    rowid = _FTS.c.rowid
    statement = (
        select(Narrative.id)
        .select_from(_FTS)
        .join(Narrative, Narrative.id == rowid.op("&")(ID_MASK))
        .where(literal_column("narrative_fts").op("MATCH")(match))
        .where(and_(True, *conditions))
        .order_by(rowid.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(statement))
