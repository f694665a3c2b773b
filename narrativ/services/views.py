"""Plain, immutable data that services hand to the UI, the CLI and the reports.

Nothing here is bound to a database session; a view can cross threads and outlive a lock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class CurrentUser:
    staff_id: int
    key: str
    name: str
    initials: str
    role: str
    group_ids: frozenset[int]

    @property
    def is_leader(self) -> bool:
        return self.role == "leader"


@dataclass(frozen=True)
class GroupView:
    key: str
    name: str
    age_band: str


@dataclass(frozen=True)
class StaffView:
    key: str
    name: str
    initials: str
    role: str
    active: bool
    has_password: bool | None  # None on the server: its logins are the server's
    groups: tuple[str, ...]  # group keys


@dataclass(frozen=True)
class ChildRef:
    key: str
    name: str  # as shown in the app: "Emil J."


@dataclass(frozen=True)
class ChildView:
    key: str
    first_name: str
    last_initial: str
    display_name: str
    birth_month: str
    gender: str | None
    group_key: str | None
    group_name: str | None
    started: date | None
    left: date | None


@dataclass(frozen=True)
class CommentView:
    author: str
    kind: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class NarrativeView:
    key: str
    occurred_on: date
    part_of_day: str
    context: str
    group: GroupView
    author_key: str
    author_name: str
    focus: tuple[ChildRef, ...]
    present: tuple[ChildRef, ...]
    relations: tuple[str, ...]
    themes: tuple[str, ...]
    story: str
    reflection: str
    next_steps: str
    story_type: str | None
    status: str
    created_at: datetime
    updated_at: datetime
    version: int
    comments: tuple[CommentView, ...] = field(default=())
    news: bool = False  # a review or a comment the author has not opened yet
    community: str | None = None  # a community narrative: the community in focus


@dataclass(frozen=True)
class SearchHit:
    key: str
    date: date
    group: str
    focus: tuple[str, ...]
    snippet: str

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "date": self.date.isoformat(),
            "group": self.group,
            "focus": list(self.focus),
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class RevisionView:
    version: int
    editor: str
    edited_at: datetime
    snapshot: dict[str, object]


@dataclass(frozen=True)
class NarrativeSummary:
    """One row of a list: enough to show and sort, without the whole text."""

    key: str
    occurred_on: date
    group: str
    author: str
    status: str
    focus: tuple[str, ...]
    opening: str  # the story's first words
