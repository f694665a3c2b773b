"""Consents to share, records of printed handouts, and the append-only audit log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from narrativ.store.models.base import Base, UtcDateTime, utcnow


class Consent(Base):
    """A parent's recorded consent to share named information with named recipients."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    given_by: Mapped[str] = mapped_column(String(120))
    given_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    expires_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class HandoutRecord(Base):
    """Every generated handout: the disclosure log a leader and a parent can see."""

    __tablename__ = "handout_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int | None] = mapped_column(
        ForeignKey("child.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # parent / meeting
    mode: Mapped[str] = mapped_column(String(20), default="")  # named / anonymous
    recipient: Mapped[str] = mapped_column(String(120), default="")
    narrative_keys: Mapped[list[str]] = mapped_column(JSON, default=list)
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class AuditEvent(Base):
    """Append-only: database triggers refuse UPDATE and DELETE on this table.

    ``actor_name`` is copied so the log still reads after a staff member is removed.
    ``detail`` never holds narrative text; it names objects by key.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_object", "object_type", "object_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    actor_name: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40), default="")
    object_key: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
