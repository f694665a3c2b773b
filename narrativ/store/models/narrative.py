"""Narratives, the children in them, their tags, comments and edit history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from narrativ.store.models.base import Base, UtcDateTime, utcnow
from narrativ.store.models.organisation import Child, ChildGroup, Staff

STATUSES = ("draft", "shared", "reviewed")
CHILD_ROLES = ("focus", "present")
PARTS_OF_DAY = ("morgen", "formiddag", "middag", "eftermiddag")

narrative_theme = Table(
    "narrative_theme",
    Base.metadata,
    Column("narrative_id", ForeignKey("narrative.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id"), primary_key=True, index=True),
)

narrative_relation = Table(
    "narrative_relation",
    Base.metadata,
    Column("narrative_id", ForeignKey("narrative.id", ondelete="CASCADE"), primary_key=True),
    Column("relation_id", ForeignKey("relation_tag.id"), primary_key=True, index=True),
)


class Theme(Base):
    """The six curriculum themes (seeded, ``curriculum`` true) and each institution's own.

    The six are common to every house and have no institution; an own tag always belongs
    to one (``institution_id``), and its name is unique within that house (migration 0009).
    """

    __tablename__ = "theme"
    __table_args__ = (
        UniqueConstraint("institution_id", "name"),
        CheckConstraint("(institution_id IS NULL) = curriculum", name="own_tag_has_house"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"))
    name: Mapped[str] = mapped_column(String(100))
    curriculum: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=100)


class RelationTag(Base):
    """barn-barn, barn-gruppe, barn-voksen, barn-forælder (seeded) and any the house adds."""

    __tablename__ = "relation_tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=100)


class Narrative(Base):
    __tablename__ = "narrative"
    __table_args__ = (
        CheckConstraint(f"status IN {STATUSES!r}", name="status"),
        # Newest first within a group: the listing every view starts from.
        Index("ix_narrative_group_newest", "group_id", "occurred_on", "id"),
        Index("ix_narrative_newest", "occurred_on", "id"),
        Index("ix_narrative_author", "author_id", "status"),
        # "Hvem ser vi?" counts shared narratives week by week without reading their text.
        Index("ix_narrative_day_status", "occurred_on", "status", "id"),
        # "Has anything changed?", asked every few seconds by every open desk.
        Index("ix_narrative_updated", "updated_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"))
    occurred_on: Mapped[date] = mapped_column(Date)
    part_of_day: Mapped[str] = mapped_column(String(20), default="")
    context: Mapped[str] = mapped_column(String(80), default="")
    group_id: Mapped[int] = mapped_column(ForeignKey("child_group.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    story: Mapped[str] = mapped_column(Text, default="")
    reflection: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    story_type: Mapped[str | None] = mapped_column(String(40))
    # A narrative about a community (the whole group, or "de store drenge ved klodserne")
    # names it here instead of having a focus child; the children present are still tagged.
    community: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Counts saved text edits (optimistic concurrency); status changes and comments by
    # others do not count, so a leader's review never collides with the author's typing.
    version: Mapped[int] = mapped_column(Integer, default=1)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    group: Mapped[ChildGroup] = relationship()
    author: Mapped[Staff] = relationship()
    children: Mapped[list[NarrativeChild]] = relationship(
        back_populates="narrative", cascade="all, delete-orphan"
    )
    themes: Mapped[list[Theme]] = relationship(secondary=narrative_theme, order_by=Theme.position)
    relations: Mapped[list[RelationTag]] = relationship(
        secondary=narrative_relation, order_by=RelationTag.position
    )
    comments: Mapped[list[Comment]] = relationship(
        back_populates="narrative", order_by="Comment.created_at", cascade="all, delete-orphan"
    )


class NarrativeChild(Base):
    __tablename__ = "narrative_child"
    __table_args__ = (
        CheckConstraint(f"role IN {CHILD_ROLES!r}", name="role"),
        # A child's page: every narrative the child is in, found without a scan.
        Index("ix_narrative_child_child", "child_id", "role"),
    )

    narrative_id: Mapped[int] = mapped_column(
        ForeignKey("narrative.id", ondelete="CASCADE"), primary_key=True
    )
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))

    narrative: Mapped[Narrative] = relationship(back_populates="children")
    child: Mapped[Child] = relationship()


class Comment(Base):
    """Sparring: a leader's or colleague's comment, or a request to elaborate."""

    __tablename__ = "comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    narrative_id: Mapped[int] = mapped_column(
        ForeignKey("narrative.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(20), default="comment")
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    narrative: Mapped[Narrative] = relationship(back_populates="comments")
    author: Mapped[Staff] = relationship()


class NarrativeSeen(Base):
    """When a staff member last opened a narrative: news since then earn a badge."""

    __tablename__ = "narrative_seen"

    narrative_id: Mapped[int] = mapped_column(
        ForeignKey("narrative.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class NarrativeRevision(Base):
    """A snapshot of a narrative as it was after each saved change: who, when, what."""

    __tablename__ = "narrative_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    narrative_id: Mapped[int] = mapped_column(
        ForeignKey("narrative.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    editor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    edited_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    snapshot: Mapped[dict[str, object]] = mapped_column(JSON)
