"""The themes and relation tags a narrative can carry."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from narrativ.services.workspace import Workspace
from narrativ.store.models import RelationTag, Theme


@dataclass(frozen=True)
class TagView:
    code: str  # what is stored and exchanged
    label: str  # what is shown
    curriculum: bool = False


def themes(ws: Workspace) -> list[TagView]:
    """The six curriculum themes in their order, then the institution's own by name."""
    with ws.reading() as session:
        rows = session.scalars(select(Theme).order_by(Theme.position, Theme.name))
        return [TagView(t.name, t.name, t.curriculum) for t in rows]


def relations(ws: Workspace) -> list[TagView]:
    with ws.reading() as session:
        rows = session.scalars(select(RelationTag).order_by(RelationTag.position))
        return [TagView(r.code, r.label) for r in rows]
