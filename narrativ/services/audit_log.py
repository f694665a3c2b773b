"""The audit log for leaders: read with filters, export, and trimmed after its period.

The log is append-only: triggers refuse UPDATE and DELETE. Trimming entries older than the
institution's period (setting ``audit_retention_months``) lifts the delete trigger inside one
transaction and puts it back before committing, so no other change can slip in; the trim
itself is logged. On the institution server staff roles may not delete at all: the trim is
the server function ``narrativ_trim_audit``, which only a leader may call and which removes
only the leader's own institution's entries.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import delete, select, text

from narrativ.services import audit
from narrativ.services.erasure import months_before
from narrativ.services.permissions import require_leader
from narrativ.services.settings import get_setting
from narrativ.services.workspace import Workspace
from narrativ.store.models import AuditEvent

DELETE_TRIGGER = (
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
)


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    who: str
    action: str
    object_type: str
    object_key: str
    detail: dict[str, object]


def audit_rows(
    ws: Workspace,
    who: str | None = None,
    action: str | None = None,
    object_key: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 5000,
) -> list[AuditRow]:
    require_leader(ws.user, "se logningen")
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    if who:
        query = query.where(AuditEvent.actor_name == who)
    if action:
        query = query.where(AuditEvent.action.startswith(action, autoescape=True))
    if object_key:
        query = query.where(AuditEvent.object_key == object_key)
    # Days are the leader's local days, as the table shows them.
    if since:
        query = query.where(AuditEvent.at >= datetime.combine(since, time.min).astimezone(UTC))
    if until:
        query = query.where(AuditEvent.at <= datetime.combine(until, time.max).astimezone(UTC))
    with ws.reading() as session:
        return [
            AuditRow(e.at, e.actor_name, e.action, e.object_type, e.object_key, dict(e.detail))
            for e in session.scalars(query)
        ]


def export_csv(rows: list[AuditRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["tidspunkt", "hvem", "handling", "type", "nøgle", "detaljer"])
    for row in rows:
        writer.writerow(
            [row.at.isoformat(timespec="seconds"), row.who, row.action, row.object_type,
             row.object_key, " ".join(f"{k}={v}" for k, v in sorted(row.detail.items()))]
        )  # fmt: skip
    return buffer.getvalue()


def record_export(ws: Workspace, rows: int) -> None:
    """Exporting the log is itself logged."""
    require_leader(ws.user, "eksportere logningen")
    with ws.session() as session:
        audit.record(session, ws.user, "audit.export", "audit", "", rows=rows)


def trim_audit_log(ws: Workspace, today: date | None = None) -> int:
    """Delete entries older than the retention period; returns how many went."""
    require_leader(ws.user, "rydde op i logningen")
    months = get_setting(ws, "audit_retention_months")
    cutoff = months_before(today or date.today(), int(months))  # type: ignore[call-overload]
    before = datetime.combine(cutoff, time.min, UTC)
    with ws.session() as session:
        if session.get_bind().dialect.name == "postgresql":
            trim = text("SELECT narrativ_trim_audit(:before)")
            removed = session.scalar(trim, {"before": before.replace(tzinfo=None)}) or 0
        else:
            session.execute(text("DROP TRIGGER audit_event_no_delete"))
            removed = session.execute(delete(AuditEvent).where(AuditEvent.at < before)).rowcount
            session.execute(text(DELETE_TRIGGER))
        audit.record(
            session, ws.user, "audit.trim", "audit", "", removed=removed, before=cutoff.isoformat()
        )
    return removed
