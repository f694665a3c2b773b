"""Full-text search on PostgreSQL: the ``danish`` text-search configuration.

``narrative.search_vector`` (migration 0008) holds ``to_tsvector('danish', story ||
reflection || next_steps)`` under a GIN index. Every typed word becomes a prefix term
(``leg:*``) and all must match, as with FTS5 on the file. What differs, and is written in
the README:

- Snowball stemming, on both sides: "byggede" is stored as ``bygged`` and a search for
  ``bygger`` (stem ``byg``) finds it; "sandkassen" is stored as ``sandkas``, so
  ``sandkasserne`` finds it. On the file neither search finds the story;
- Danish stop words (``og``, ``i``, ``at``, ``det`` …) are not indexed: a search for only
  stop words finds nothing, and in a longer search they are left out;
- Newest first is ``ORDER BY occurred_on DESC, id DESC``, the same order as the file's
  rowid walk.

How newest-first stays fast under row-level security, where the ``@@`` operator may not
use the GIN index (it is not LEAKPROOF, so it runs after the policies, row by row):

1. the newest ``RECENT_WINDOW`` narratives the person may see are walked newest first (an
   index on institution and date) and matched row by row; if that gives a full page, it is
   the answer, since every other match is older. A common word ends here;
2. otherwise ``narrativ_search_newest`` (migration 0012, running as the owner so the GIN
   index is usable) returns the newest ``offset + limit`` ids that match and pass the same
   reading policy, and the rows are read through the policies again. A full page among
   them is the answer. A rare word, or an educator's two common words, ends here;
3. when filters leave that page short, ``narrativ_search_ids`` (migration 0008) gives
   every visible match, and the page is read from all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    and_,
    any_,
    bindparam,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, aliased

from narrativ.store.fts_query import query_terms
from narrativ.store.models import Narrative

DANISH = literal_column("'danish'::regconfig")
RECENT_WINDOW = 2000


def tsquery_text(text: str) -> str | None:
    """``leg sand`` → ``leg:* & sand:*``; None when nothing is left to search for.

    The terms are letters and digits only (see :func:`query_terms`), so nothing typed can be
    tsquery syntax; the text is still sent as a bound parameter.
    """
    terms = query_terms(text)
    if not terms:
        return None
    return " & ".join(f"{term}:*" for term in terms)


def matches(text: str) -> ColumnElement[bool] | None:
    """``narrative.id`` among the visible matches, found through the GIN index.

    ``narrativ_search_ids`` (migration 0008) applies the reading policy itself; the rows
    are then read through the policies again, so it can only narrow what is visible.
    """
    query = tsquery_text(text)
    if query is None:
        return None
    tsquery = func.to_tsquery(DANISH, bindparam("search_query", query))
    ids = select(func.narrativ_search_ids(tsquery)).scalar_subquery()
    # The cast makes it "= ANY (array)", evaluated once, rather than "= ANY (subquery)".
    return Narrative.id == any_(cast(ids, ARRAY(Integer)))


def newest_first() -> tuple[Any, ...]:
    return (Narrative.occurred_on.desc(), Narrative.id.desc())


def newest_matches(text: str, n: int) -> ColumnElement[bool]:
    """``narrative.id`` among the newest ``n`` visible matches (``narrativ_search_newest``,
    migration 0012): the owner sorts and cuts them beside the GIN index."""
    tsquery = func.to_tsquery(DANISH, bindparam("search_query", tsquery_text(text)))
    ids = select(func.narrativ_search_newest(tsquery, n)).scalar_subquery()
    return Narrative.id == any_(cast(ids, ARRAY(Integer)))


def _recent_matches(text: str, window: int) -> ColumnElement[bool]:
    tsquery = func.to_tsquery(DANISH, bindparam("search_query", tsquery_text(text)))
    recent = aliased(Narrative)
    newest = select(recent.id).order_by(recent.occurred_on.desc(), recent.id.desc()).limit(window)
    return and_(
        Narrative.id.in_(newest), literal_column("narrative.search_vector").op("@@")(tsquery)
    )


def _page(
    session: Session,
    match: ColumnElement[bool],
    columns: Sequence[ColumnElement[Any]],
    conditions: Sequence[ColumnElement[bool]],
    joins: Sequence[tuple[Any, ColumnElement[bool]]],
    limit: int,
    offset: int,
) -> list[Row[Any]]:
    statement = select(*columns).select_from(Narrative)
    for target, on in joins:
        statement = statement.join(target, on)
    statement = (
        statement.where(match, and_(True, *conditions))
        .order_by(*newest_first())
        .limit(limit)
        .offset(offset)
    )
    return list(session.connection().execute(statement))


def newest_rows(
    session: Session,
    text: str,
    columns: Sequence[ColumnElement[Any]],
    conditions: Sequence[ColumnElement[bool]],
    joins: Sequence[tuple[Any, ColumnElement[bool]]],
    limit: int,
    offset: int,
) -> list[Row[Any]]:
    """One page of matches, newest first (see the module's note for the two steps)."""
    everything = matches(text)
    if everything is None:
        return []
    window = max(RECENT_WINDOW, 10 * (offset + limit))
    recent = _page(
        session, _recent_matches(text, window), columns, conditions, joins, limit, offset
    )
    if len(recent) == limit:
        return recent  # a full page among the newest: every other match is older
    # The newest offset + limit visible matches: a full page among them is the page, since
    # the filters can only leave out some of them, in date order.
    newest = _page(
        session, newest_matches(text, offset + limit), columns, conditions, joins, limit, offset
    )
    if len(newest) == limit:
        return newest
    return _page(session, everything, columns, conditions, joins, limit, offset)


def count(session: Session, text: str, conditions: Sequence[ColumnElement[bool]]) -> int:
    match = matches(text)
    if match is None:
        return 0
    counting = select(func.count()).select_from(Narrative).where(match, and_(True, *conditions))
    return session.scalar(counting) or 0
