"""Finding things by the keys and names people use, with clear messages when absent."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from narrativ.errors import NotFound
from narrativ.store.models import Child, ChildGroup, Narrative, Staff


def group_by_key(session: Session, key_or_name: str) -> ChildGroup:
    group = session.scalars(select(ChildGroup).where(ChildGroup.key == key_or_name)).first()
    if group is None:
        wanted = key_or_name.strip().casefold()
        group = next(
            (g for g in session.scalars(select(ChildGroup)) if g.name.casefold() == wanted), None
        )
    if group is None:
        raise NotFound(f"Gruppen «{key_or_name}» findes ikke.")
    return group


def find_staff(session: Session, key_or_name: str) -> Staff:
    staff = session.scalar(select(Staff).where(Staff.key == key_or_name))
    if staff is None:
        wanted = key_or_name.strip().casefold()
        matches = [
            s
            for s in session.scalars(select(Staff))
            if wanted in (s.name.casefold(), s.initials.casefold())
        ]
        staff = matches[0] if len(matches) == 1 else None
    if staff is None:
        raise NotFound(f"Medarbejderen «{key_or_name}» findes ikke.")
    return staff


def find_child(session: Session, key_or_name: str) -> Child:
    """By key, or by the name as shown ("Emil J.", "Emil J" or "Emil" when unambiguous)."""
    child = session.scalar(select(Child).where(Child.key == key_or_name))
    if child is not None:
        return child
    wanted = key_or_name.strip().rstrip(".").casefold()
    children = list(session.scalars(select(Child)))
    matches = [c for c in children if c.display_name.rstrip(".").casefold() == wanted]
    if not matches:
        matches = [c for c in children if c.first_name.casefold() == wanted]
    if len(matches) > 1:
        raise NotFound(f"Der er flere børn, der hedder «{key_or_name}». Brug fx «Emil J.».")
    if not matches:
        raise NotFound(f"Barnet «{key_or_name}» findes ikke.")
    return matches[0]


def find_narrative(session: Session, key: str) -> Narrative:
    narrative = session.scalar(select(Narrative).where(Narrative.key == key))
    if narrative is None:
        raise NotFound(f"Narrativen «{key}» findes ikke.")
    return narrative
