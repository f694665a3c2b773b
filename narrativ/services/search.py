"""Search what the signed-in person may see: newest first, safe for any typed string."""

from __future__ import annotations

from narrativ.services import audit
from narrativ.services.listing import focus_names
from narrativ.services.permissions import visible_narratives
from narrativ.services.snippets import snippet
from narrativ.services.views import SearchHit
from narrativ.services.workspace import Workspace
from narrativ.store.models import ChildGroup, Narrative
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
        focus = focus_names(session, [row[0] for row in rows])
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
