"""The audit log only grows: the database itself refuses changes and deletions."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, select, text

from narrativ.services.narratives import list_for_child
from narrativ.services.search import search
from narrativ.services.workspace import Workspace
from narrativ.store.models import AuditEvent


def test_audit_log_refuses_update_and_delete(leader: Workspace) -> None:
    with leader.store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_event")).scalar() > 0
        for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(exc.DatabaseError, match="append-only"):
                connection.execute(text(statement))
            connection.rollback()


def test_leader_reads_and_searches_are_logged_without_narrative_text(leader: Workspace) -> None:
    list_for_child(leader, "Emil J.")
    search(leader, "sandkassen")
    with leader.session() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    actions = [(e.action, e.object_key, e.actor_name) for e in events]
    assert ("child.view", "c-emil", "Hanne Østergaard") in actions
    assert any(a == "search" for a, _, _ in actions)
    assert all("borg" not in str(e.detail) for e in events)
