"""Action plans (handleplaner): what we want to see more of, what we do, who, and follow-ups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from narrativ.store.models.base import Base, UtcDateTime, utcnow


class ActionPlan(Base):
    """For one child, or for a community in a group (then ``child_id`` is empty)."""

    __tablename__ = "action_plan"
    __table_args__ = (CheckConstraint("status IN ('open', 'closed')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"))
    group_id: Mapped[int] = mapped_column(ForeignKey("child_group.id"), index=True)
    child_id: Mapped[int | None] = mapped_column(
        ForeignKey("child.id", ondelete="CASCADE"), index=True
    )
    community: Mapped[str | None] = mapped_column(String(120))
    want_more_of: Mapped[str] = mapped_column(Text)  # written as a strength
    what_we_do: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(String(200), default="")
    follow_up_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="plan", order_by="FollowUp.on", cascade="all, delete-orphan"
    )


class PlanNarrative(Base):
    """A narrative the plan builds on, or one a follow-up links as evidence."""

    __tablename__ = "plan_narrative"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), primary_key=True
    )
    narrative_id: Mapped[int] = mapped_column(
        ForeignKey("narrative.id", ondelete="CASCADE"), primary_key=True
    )
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up.id", ondelete="CASCADE"))


class FollowUp(Base):
    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[date] = mapped_column(Date)
    what_happened: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    plan: Mapped[ActionPlan] = relationship(back_populates="follow_ups")
