"""Resolving and writing a narrative's children, themes and relations in few statements.

Saving runs every few seconds while someone types, so each kind of link is resolved with
one query and written with one statement instead of an object per link.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from narrativ.errors import InvalidInput
from narrativ.services.lookup import find_child
from narrativ.store.models import (
    Child,
    NarrativeChild,
    RelationTag,
    Theme,
    narrative_relation,
    narrative_theme,
)


def child_ids(session: Session, refs: list[str]) -> dict[str, int]:
    """Keys resolve in one query; anything else (a name as shown) the slow, careful way."""
    if not refs:
        return {}
    found = dict(
        session.connection().execute(select(Child.key, Child.id).where(Child.key.in_(refs))).all()
    )
    for ref in refs:
        if ref not in found:
            found[ref] = find_child(session, ref).id
    return found


def tag_ids(
    session: Session, themes: list[str], relations: list[str]
) -> tuple[list[int], list[int]]:
    connection = session.connection()
    theme_ids: dict[str, int] = {}
    if themes:
        theme_ids = dict(
            connection.execute(select(Theme.name, Theme.id).where(Theme.name.in_(themes))).all()
        )
    relation_ids: dict[str, int] = {}
    if relations:
        relation_ids = dict(
            connection.execute(
                select(RelationTag.code, RelationTag.id).where(RelationTag.code.in_(relations))
            ).all()
        )
    for name in themes:
        if name not in theme_ids:
            raise InvalidInput(f"Ukendt tema: {name}.")
    for code in relations:
        if code not in relation_ids:
            raise InvalidInput(f"Ukendt relation: {code}.")
    return [theme_ids[n] for n in themes], [relation_ids[c] for c in relations]


def write_links(
    session: Session,
    narrative_id: int,
    children: dict[int, str],
    theme_ids: list[int],
    relation_ids: list[int],
    replace: bool,
) -> None:
    """Set the narrative's links; with ``replace`` the old ones go first."""
    connection = session.connection()
    if replace:
        for table, column in (
            (NarrativeChild.__table__, NarrativeChild.__table__.c.narrative_id),
            (narrative_theme, narrative_theme.c.narrative_id),
            (narrative_relation, narrative_relation.c.narrative_id),
        ):
            connection.execute(delete(table).where(column == narrative_id))
    if children:
        connection.execute(
            insert(NarrativeChild.__table__),
            [{"narrative_id": narrative_id, "child_id": c, "role": r} for c, r in children.items()],
        )
    if theme_ids:
        connection.execute(
            insert(narrative_theme),
            [{"narrative_id": narrative_id, "theme_id": t} for t in theme_ids],
        )
    if relation_ids:
        connection.execute(
            insert(narrative_relation),
            [{"narrative_id": narrative_id, "relation_id": r} for r in relation_ids],
        )
