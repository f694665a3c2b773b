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
