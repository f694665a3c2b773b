"""Erasing a child (retention deadline passed, or on request): everything, from the file too.

What goes: the child, the narratives in which it is the only focus child (with their
comments and history), its consents and handout records, its search-index entries. In every
other narrative, comment and revision that mentions it, its name is masked as in handouts.
Afterwards the search index is rebuilt without the old entries, freed pages are zeroed
(``secure_delete``) and the write-ahead log is checkpointed and truncated, so the text is
gone from the files, not only from the tables. The audit log keeps the fact (by key).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, or_, select, text

from narrativ.errors import InvalidInput
from narrativ.language.masking import Person, mask, plan_replacements
from narrativ.services import audit
from narrativ.services.lookup import find_child
from narrativ.services.organisation import child_view
from narrativ.services.permissions import require_leader
from narrativ.services.settings import get_setting
from narrativ.services.views import ChildView
from narrativ.services.workspace import Workspace
from narrativ.store.models import (
    Child,
    Comment,
    Consent,
    HandoutRecord,
    Narrative,
    NarrativeChild,
    NarrativeRevision,
)


@dataclass(frozen=True)
class Erased:
    child: str
    narratives_deleted: int
    narratives_masked: int


def months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, 28))


def due_for_erasure(ws: Workspace, today: date | None = None) -> list[ChildView]:
    """Children who left longer ago than the retention period (setting, default 60 months)."""
    require_leader(ws.user, "se børn, der skal slettes")
    months = get_setting(ws, "retention_months")
    cutoff = months_before(today or date.today(), int(months))  # type: ignore[call-overload]
    with ws.reading() as session:
        rows = session.scalars(
            select(Child).where(Child.left.is_not(None), Child.left < cutoff).order_by(Child.left)
        )
        return [child_view(c) for c in rows]


def erase_child(ws: Workspace, child: str, confirmed: bool) -> Erased:
    require_leader(ws.user, "slette et barn")
    if not confirmed:
        raise InvalidInput("Sletning skal bekræftes. Den kan ikke gøres om.")
    with ws.session() as session:
        record = find_child(session, child)
        person = Person(record.key, record.first_name, record.gender)
        links = list(
            session.scalars(select(NarrativeChild).where(NarrativeChild.child_id == record.id))
        )
        deleted = masked = 0
        tagged_ids = {link.narrative_id for link in links}
        for link in links:
            narrative = session.get(Narrative, link.narrative_id)
            assert narrative is not None
            other_focus = [
                nc for nc in narrative.children if nc.role == "focus" and nc.child_id != record.id
            ]
            if link.role == "focus" and not other_focus:
                session.delete(narrative)
                deleted += 1
                continue
            session.delete(link)
            _mask_narrative(session, narrative, person)
            masked += 1
        # Mentions by name in narratives the child was not tagged in.
        name = record.first_name
        mentioned = select(Narrative).where(
            or_(
                Narrative.story.contains(name, autoescape=True),
                Narrative.reflection.contains(name, autoescape=True),
                Narrative.next_steps.contains(name, autoescape=True),
            )
        )
        for narrative in session.scalars(mentioned):
            _mask_narrative(session, narrative, person)
            masked += narrative.id not in tagged_ids
        session.execute(delete(Consent).where(Consent.child_id == record.id))
        session.execute(delete(HandoutRecord).where(HandoutRecord.child_id == record.id))
        key = record.key
        session.delete(record)
        audit.record(session, ws.user, "child.erase", "child", key, deleted=deleted, masked=masked)
    _purge_from_files(ws)
    return Erased(key, deleted, masked)


def _masker(person: Person, texts: list[str]):  # type: ignore[no-untyped-def]
    plan = plan_replacements(texts, [person]) or {person.key: "et barn"}
    return lambda value: mask(value, [person], plan).text


def _mask_narrative(session, narrative: Narrative, person: Person) -> None:  # type: ignore[no-untyped-def]
    texts = [narrative.story, narrative.reflection, narrative.next_steps]
    masked = _masker(person, texts)
    narrative.story = masked(narrative.story)
    narrative.reflection = masked(narrative.reflection)
    narrative.next_steps = masked(narrative.next_steps)
    for comment in session.scalars(select(Comment).where(Comment.narrative_id == narrative.id)):
        comment.body = masked(comment.body)
    for revision in session.scalars(
        select(NarrativeRevision).where(NarrativeRevision.narrative_id == narrative.id)
    ):
        snapshot = dict(revision.snapshot)
        for field in ("story", "reflection", "next_steps"):
            if isinstance(snapshot.get(field), str):
                snapshot[field] = masked(snapshot[field])
        for field in ("focus", "present"):
            if isinstance(snapshot.get(field), list):
                snapshot[field] = [k for k in snapshot[field] if k != person.key]
        revision.snapshot = snapshot


def _purge_from_files(ws: Workspace) -> None:
    """Rebuild the search index without deleted entries, then flush and truncate the WAL."""
    with ws.store.engine.connect() as connection:
        if ws.store.engine.dialect.name == "sqlite":
            connection.execute(text("INSERT INTO narrative_fts(narrative_fts) VALUES ('optimize')"))
            connection.commit()
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).fetchall()
            connection.commit()
