"""Has anything the signed-in person can see changed? For colleagues' saves to appear live.

:func:`change_mark` is three cheap queries: the newest ``updated_at`` and the newest
comment among what the person may see (each one step back along an index), and how many
narratives there are in all (an index's entries: a deletion anywhere makes a page reload
once, which is cheaper than counting only the visible ones every few seconds). Two equal
marks mean nothing to reload.

On the institution server :class:`ChangeListener` also LISTENs for the empty
``narrativ_changes`` notification (migration 0008), so a PC learns of a colleague's save at
once instead of at the next poll. On a database file there is no one to notify across
PCs; the mark is simply polled.
"""

from __future__ import annotations

import contextlib
import select as selectors
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from narrativ.services.permissions import visible_narratives
from narrativ.services.workspace import Workspace
from narrativ.store.models import Comment, Narrative
from narrativ.store.server_store import ServerStore

CHANNEL = "narrativ_changes"


@dataclass(frozen=True)
class ChangeMark:
    newest_update: datetime | None
    narratives: int
    newest_comment: int | None


def change_mark(ws: Workspace) -> ChangeMark:
    visible = visible_narratives(ws.user)
    with ws.reading() as session:
        newest = session.scalar(
            select(Narrative.updated_at)
            .where(visible)
            .order_by(Narrative.updated_at.desc(), Narrative.id.desc())
            .limit(1)
        )
        count = session.scalar(select(func.count()).select_from(Narrative)) or 0
        comment = session.scalar(
            select(Comment.id)
            .join(Narrative, Narrative.id == Comment.narrative_id)
            .where(visible)
            .order_by(Comment.id.desc())
            .limit(1)
        )
    return ChangeMark(newest, int(count), comment)


class ChangeListener:
    """Waits for the server's change notifications on a connection of its own."""

    def __init__(self, ws: Workspace) -> None:
        import psycopg

        store = ws.store
        if not isinstance(store, ServerStore):
            raise TypeError("notifications exist only on the institution server")
        url = store.url
        self._connection: Any = psycopg.connect(
            host=url.host,
            port=url.port or 5432,
            dbname=url.database,
            user=url.username,
            password=url.password,
            autocommit=True,
            connect_timeout=10,
            application_name="narrativ-listen",
            **{k: v for k, v in url.query.items() if isinstance(v, str)},
        )
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """True when a change was announced within ``timeout`` seconds."""
        connection = self._connection
        if connection.closed:
            return False
        ready, _, _ = selectors.select([connection.fileno()], [], [], timeout)
        if not ready:
            return False
        # Drain every pending notification: a burst of saves is one reload.
        return bool(list(connection.notifies(timeout=0, stop_after=1000)))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._connection.close()
