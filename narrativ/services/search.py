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
from narrativ.store.search import newest_matching_ids

MAX_LIMIT = 1000


def search(ws: Workspace, query: str, limit: int = 200) -> list[SearchHit]:
    """Every word of ``query`` must start a word in the story, reflection or next steps."""
    limit = max(1, min(limit, MAX_LIMIT))
    with ws.session() as session:
        ids = newest_matching_ids(session, query, [visible_narratives(ws.user)], limit=limit)
        if ws.user.is_leader:
            audit.record(session, ws.user, "search", "narrative", "", query=query, hits=len(ids))
        if not ids:
            return []
        rows = session.execute(
            select(
                Narrative.id,
                Narrative.key,
                Narrative.occurred_on,
                ChildGroup.name,
                Narrative.story,
                Narrative.reflection,
                Narrative.next_steps,
            )
            .join(ChildGroup, ChildGroup.id == Narrative.group_id)
            .where(Narrative.id.in_(ids))
        ).all()
        focus: dict[int, list[str]] = defaultdict(list)
        for narrative_id, first, initial in session.execute(
            select(NarrativeChild.narrative_id, Child.first_name, Child.last_initial)
            .join(Child, Child.id == NarrativeChild.child_id)
            .where(NarrativeChild.narrative_id.in_(ids), NarrativeChild.role == "focus")
            .order_by(Child.first_name)
        ):
            focus[narrative_id].append(f"{first} {initial}." if initial else first)
    by_id = {row.id: row for row in rows}
    return [
        SearchHit(
            key=by_id[i].key,
            date=by_id[i].occurred_on,
            group=by_id[i].name,
            focus=tuple(focus[i]),
            snippet=snippet([by_id[i].story, by_id[i].reflection, by_id[i].next_steps], query),
        )
        for i in ids
        if i in by_id
    ]
