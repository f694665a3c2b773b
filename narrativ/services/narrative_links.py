"""Resolving and writing a narrative's children, themes and relations in few statements.

Saving runs every few seconds while someone types, so each kind of link is resolved with
one query and written with one statement instead of an object per link.
"""

from __future__ import annotations

from sqlalchemy import bindparam, delete, insert, or_, select
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

# Built once: a statement object made per save costs more than the query it runs. The
# expanding parameters keep each statement (and its compiled form) the same for any list.
CHILD_IDS = select(Child.key, Child.id).where(Child.key.in_(bindparam("refs", expanding=True)))
# The six common themes and the narrative's own house's tags: another house on the same
# server may have a tag of the same name.
THEME_IDS = select(Theme.name, Theme.id).where(
    Theme.name.in_(bindparam("names", expanding=True)),
    or_(Theme.institution_id.is_(None), Theme.institution_id == bindparam("home")),
)
RELATION_IDS = select(RelationTag.code, RelationTag.id).where(
    RelationTag.code.in_(bindparam("codes", expanding=True))
)
CHILD_LINKS = NarrativeChild.__table__
LINK_TABLES = (CHILD_LINKS, narrative_theme, narrative_relation)
INSERT_LINKS = {table: insert(table) for table in LINK_TABLES}
DELETE_LINKS = tuple(
    delete(table).where(table.c.narrative_id == bindparam("narrative_id")) for table in LINK_TABLES
)


def child_ids(session: Session, refs: list[str]) -> dict[str, int]:
    """Keys resolve in one query; anything else (a name as shown) the slow, careful way."""
    if not refs:
        return {}
    found = dict(session.connection().execute(CHILD_IDS, {"refs": refs}).all())
    for ref in refs:
        if ref not in found:
            found[ref] = find_child(session, ref).id
    return found


def tag_ids(
    session: Session, themes: list[str], relations: list[str], home: int
) -> tuple[list[int], list[int]]:
    """Theme and relation ids; ``home`` is the narrative's institution."""
    connection = session.connection()
    theme_ids: dict[str, int] = {}
    if themes:
        theme_ids = dict(connection.execute(THEME_IDS, {"names": themes, "home": home}).all())
    relation_ids: dict[str, int] = {}
    if relations:
        relation_ids = dict(connection.execute(RELATION_IDS, {"codes": relations}).all())
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
        for statement in DELETE_LINKS:
            connection.execute(statement, {"narrative_id": narrative_id})
    if children:
        connection.execute(
            INSERT_LINKS[CHILD_LINKS],
            [{"narrative_id": narrative_id, "child_id": c, "role": r} for c, r in children.items()],
        )
    if theme_ids:
        connection.execute(
            INSERT_LINKS[narrative_theme],
            [{"narrative_id": narrative_id, "theme_id": t} for t in theme_ids],
        )
    if relation_ids:
        connection.execute(
            INSERT_LINKS[narrative_relation],
            [{"narrative_id": narrative_id, "relation_id": r} for r in relation_ids],
        )
