"""Plain data a handout is made from; reports never see a database session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class HandoutItem:
    occurred_on: date
    part_of_day: str
    context: str
    story: str
    reflection: str = ""
    next_steps: str = ""
    themes: tuple[str, ...] = ()
    community: str = ""  # in material about communities: which one the story is about


@dataclass(frozen=True)
class PlanFollowUp:
    on: date
    what_happened: str
    author: str


@dataclass(frozen=True)
class PlanItem:
    """An action plan as printed: already masked when it goes into a handout."""

    subject: str  # the child, the community, or the pseudonym
    want_more_of: str
    what_we_do: str
    who: str
    follow_up_on: date
    closed: bool
    follow_ups: tuple[PlanFollowUp, ...] = ()


@dataclass(frozen=True)
class PlanSheet:
    """One plan printed for the staff's own use (a staff meeting, the group's folder)."""

    institution: str
    group: str
    author: str
    printed_by: str
    created_on: date
    plan: PlanItem
    builds_on: tuple[HandoutItem, ...] = ()  # the narratives it builds on, oldest first


@dataclass(frozen=True)
class ParentHandout:
    institution: str
    group: str
    child_first_name: str
    child_pronoun: str  # "han", "hun" or the name again
    educator: str
    period_from: date
    period_to: date
    created_on: date
    items: tuple[HandoutItem, ...]
    with_reflection: bool = False
    with_next_steps: bool = False


@dataclass(frozen=True)
class MeetingHandout:
    child_label: str  # the child's name, or the pseudonym in anonymous mode
    anonymous: bool
    recipient: str
    educator: str
    period_from: date
    period_to: date
    created_on: date
    items: tuple[HandoutItem, ...]
    questions: tuple[str, ...] = ()
    institution: str | None = None  # left out in anonymous mode
    birth_month: str | None = None  # left out in anonymous mode
    consent_reference: str | None = None  # named mode: which consent allows this
    extra_sections: tuple[tuple[str, str], ...] = field(default=())
    plans: tuple[PlanItem, ...] = ()
    about_group: bool = False  # a community or the whole group, not one child
