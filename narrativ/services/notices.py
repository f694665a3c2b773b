"""News for an author: a leader's review or a comment since they last opened the narrative."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import DateTime, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from narrativ.store.models import Comment, Narrative, NarrativeSeen, utcnow


def mark_seen(session: Session, staff_id: int, narrative_id: int) -> None:
    # One upsert: on the server two PCs of the same person can open the same narrative at
    # the same moment, and a read-then-insert would let the second fail on the key.
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(NarrativeSeen).values(
        narrative_id=narrative_id, staff_id=staff_id, seen_at=utcnow()
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["narrative_id", "staff_id"],
            set_={"seen_at": statement.excluded.seen_at},
        )
    )


def with_news(session: Session, staff_id: int, narrative_ids: Iterable[int]) -> set[int]:
    """Which of ``narrative_ids`` have a review or someone else's comment not yet seen."""
    ids = list(narrative_ids)
    if not ids:
        return set()
    seen_at = (
        select(NarrativeSeen.seen_at)
        .where(NarrativeSeen.narrative_id == Narrative.id, NarrativeSeen.staff_id == staff_id)
        .scalar_subquery()
    )
    newest_comment = (
        select(func.max(Comment.created_at))
        .where(Comment.narrative_id == Narrative.id, Comment.author_id != staff_id)
        .scalar_subquery()
    )
    # A typed timestamp: PostgreSQL will not compare a timestamp with a text literal.
    never = func.coalesce(seen_at, literal(datetime(1, 1, 1), DateTime()))
    rows = session.scalars(
        select(Narrative.id).where(
            Narrative.id.in_(ids),
            or_(
                and_(Narrative.reviewed_at.is_not(None), Narrative.reviewed_at > never),
                and_(newest_comment.is_not(None), newest_comment > never),
            ),
        )
    )
    return set(rows)
