"""Turning narrative rows into plain views, and loading them with what a view needs."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

from narrativ.services.organisation import group_view
from narrativ.services.views import ChildRef, CommentView, NarrativeView
from narrativ.store.models import Comment, Narrative, NarrativeChild


def narratives_with_details() -> Select[tuple[Narrative]]:
    return select(Narrative).options(
        selectinload(Narrative.children).joinedload(NarrativeChild.child),
        selectinload(Narrative.themes),
        selectinload(Narrative.relations),
        selectinload(Narrative.comments).joinedload(Comment.author),
        selectinload(Narrative.group),
        selectinload(Narrative.author),
    )


def narrative_view(
    narrative: Narrative, with_comments: bool = True, news: bool = False
) -> NarrativeView:
    def refs(role: str) -> tuple[ChildRef, ...]:
        rows = sorted(
            (nc for nc in narrative.children if nc.role == role),
            key=lambda nc: nc.child.display_name,
        )
        return tuple(ChildRef(nc.child.key, nc.child.display_name) for nc in rows)

    comments = (
        tuple(CommentView(c.author.name, c.kind, c.body, c.created_at) for c in narrative.comments)
        if with_comments
        else ()
    )
    return NarrativeView(
        key=narrative.key,
        occurred_on=narrative.occurred_on,
        part_of_day=narrative.part_of_day,
        context=narrative.context,
        group=group_view(narrative.group),
        author_key=narrative.author.key,
        author_name=narrative.author.name,
        focus=refs("focus"),
        present=refs("present"),
        relations=tuple(r.code for r in narrative.relations),
        themes=tuple(t.name for t in narrative.themes),
        story=narrative.story,
        reflection=narrative.reflection,
        next_steps=narrative.next_steps,
        story_type=narrative.story_type,
        community=narrative.community,
        status=narrative.status,
        created_at=narrative.created_at,
        updated_at=narrative.updated_at,
        version=narrative.version,
        comments=comments,
        news=news,
    )


def snapshot(narrative: Narrative) -> dict[str, object]:
    """What a revision keeps: enough to show who changed what."""
    view = narrative_view(narrative, with_comments=False)
    return {
        "occurred_on": view.occurred_on.isoformat(),
        "part_of_day": view.part_of_day,
        "context": view.context,
        "group": view.group.key,
        "focus": [c.key for c in view.focus],
        "present": [c.key for c in view.present],
        "relations": list(view.relations),
        "themes": list(view.themes),
        "story": view.story,
        "reflection": view.reflection,
        "next_steps": view.next_steps,
        "story_type": view.story_type,
        "community": view.community,
        "status": view.status,
    }
