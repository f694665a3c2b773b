"""The one way to write to the append-only audit log."""

from __future__ import annotations

from sqlalchemy.orm import Session

from narrativ.services.views import CurrentUser
from narrativ.store.models import AuditEvent, utcnow


def event_values(
    user: CurrentUser | None,
    action: str,
    object_type: str = "",
    object_key: str = "",
    **detail: object,
) -> dict[str, object]:
    """The same entry as :func:`record`, as values for a Core insert."""
    return {
        "at": utcnow(),
        "actor_id": user.staff_id if user else None,
        "actor_name": user.name if user else "",
        "action": action,
        "object_type": object_type,
        "object_key": object_key,
        "detail": detail,
    }


def record(
    session: Session,
    user: CurrentUser | None,
    action: str,
    object_type: str = "",
    object_key: str = "",
    **detail: object,
) -> None:
    """Add an audit entry in the caller's transaction: it lands exactly when the work does.

    ``detail`` names things by key and counts; never narrative text.
    """
    session.add(
        AuditEvent(
            actor_id=user.staff_id if user else None,
            actor_name=user.name if user else "",
            action=action,
            object_type=object_type,
            object_key=object_key,
            detail=detail,
        )
    )
