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
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, literal_column

from narrativ.store.fts_query import query_terms
from narrativ.store.models import Narrative

SEARCH_VECTOR = literal_column("narrative.search_vector")
DANISH = literal_column("'danish'::regconfig")


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
    query = tsquery_text(text)
    if query is None:
        return None
    tsquery = func.to_tsquery(DANISH, bindparam("search_query", query))
    return SEARCH_VECTOR.op("@@")(tsquery)


def newest_first() -> tuple[Any, ...]:
    return (Narrative.occurred_on.desc(), Narrative.id.desc())
