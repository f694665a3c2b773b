"""Search what the signed-in person may see: newest first, safe for any typed string."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from narrativ.services import audit
from narrativ.services.permissions import visible_narratives
from narrativ.services.snippets import snippet
from narrativ.services.views import SearchHit
from narrativ.services.workspace import Workspace
from narrativ.store.models import Child, ChildGroup, Narrative, NarrativeChild
from narrativ.store.search import newest_matching_rows

MAX_LIMIT = 1000


def search(ws: Workspace, query: str, limit: int = 200) -> list[SearchHit]:
    """Every word of ``query`` must start a word in the story, reflection or next steps."""
    limit = max(1, min(limit, MAX_LIMIT))
    with ws.reading() as session:
        rows = newest_matching_rows(
            session,
            query,
            (
                Narrative.id,
                Narrative.key,
                Narrative.occurred_on,
                ChildGroup.name,
                Narrative.story,
                Narrative.reflection,
                Narrative.next_steps,
            ),
            [visible_narratives(ws.user)],
            joins=[(ChildGroup, ChildGroup.id == Narrative.group_id)],
            limit=limit,
        )
        ids = [row[0] for row in rows]
        focus: dict[int, list[str]] = defaultdict(list)
        if ids:
            for narrative_id, first, initial in session.execute(
                select(NarrativeChild.narrative_id, Child.first_name, Child.last_initial)
                .join(Child, Child.id == NarrativeChild.child_id)
                .where(NarrativeChild.narrative_id.in_(ids), NarrativeChild.role == "focus")
                .order_by(Child.first_name)
            ):
                focus[narrative_id].append(f"{first} {initial}." if initial else first)
    if ws.user.is_leader:
        # Who searched for what is part of the leaders' audit trail.
        with ws.session() as session:
            audit.record(session, ws.user, "search", "narrative", "", query=query, hits=len(rows))
    return [
        SearchHit(
            key=key,
            date=occurred_on,
            group=group,
            focus=tuple(focus[narrative_id]),
            snippet=snippet([story, reflection, next_steps], query),
        )
        for narrative_id, key, occurred_on, group, story, reflection, next_steps in rows
    ]
