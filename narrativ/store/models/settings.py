"""Each institution's settings a leader changes (auto-lock, retention, own contexts …).

A setting is per house: on a server several institutions share the database, and one
house's auto-lock or retention period must not be another's (migration 0009).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from narrativ.store.models.base import Base, UtcDateTime, utcnow


class Setting(Base):
    __tablename__ = "setting"

    # The primary key is (institution_id, name): ``session.get(Setting, (home, name))``.
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
