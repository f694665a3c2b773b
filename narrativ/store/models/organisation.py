"""The institution, its child groups, children (with group history) and staff."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Column, Date, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from narrativ.store.models.base import Base, UtcDateTime, utcnow

ROLES = ("educator", "leader")
AGE_BANDS = ("vuggestue", "børnehave", "integreret")
GENDERS = ("pige", "dreng")


class Institution(Base):
    __tablename__ = "institution"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


staff_group = Table(
    "staff_group",
    Base.metadata,
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("child_group.id", ondelete="CASCADE"), primary_key=True),
)


class ChildGroup(Base):
    """A stue or gruppe: a room with its children and staff."""

    __tablename__ = "child_group"
    __table_args__ = (CheckConstraint(f"age_band IN {AGE_BANDS!r}", name="age_band"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    age_band: Mapped[str] = mapped_column(String(20), default="børnehave")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    staff: Mapped[list[Staff]] = relationship(secondary=staff_group, back_populates="groups")


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (CheckConstraint(f"role IN {ROLES!r}", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    initials: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(20), default="educator")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    groups: Mapped[list[ChildGroup]] = relationship(
        secondary=staff_group, back_populates="staff", order_by="ChildGroup.name"
    )


class Child(Base):
    """Data minimisation: first name, last initial, birth month; never a CPR number."""

    __tablename__ = "child"
    __table_args__ = (
        CheckConstraint("gender IS NULL OR gender IN ('pige', 'dreng')", name="gender"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_initial: Mapped[str] = mapped_column(String(4), default="")
    birth_month: Mapped[str] = mapped_column(String(7))  # "YYYY-MM"
    gender: Mapped[str | None] = mapped_column(String(10))
    started: Mapped[date | None] = mapped_column(Date)
    left: Mapped[date | None] = mapped_column(Date)

    memberships: Mapped[list[GroupMembership]] = relationship(
        back_populates="child", order_by="GroupMembership.from_date", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_initial}." if self.last_initial else self.first_name


class GroupMembership(Base):
    """A child's group history: which group, from when, until when (open = still there)."""

    __tablename__ = "group_membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("child_group.id"), index=True)
    from_date: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)

    child: Mapped[Child] = relationship(back_populates="memberships")
    group: Mapped[ChildGroup] = relationship()
