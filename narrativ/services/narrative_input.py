"""What a person fills in for a narrative, checked before anything is stored."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from narrativ.errors import InvalidInput
from narrativ.store.models import PARTS_OF_DAY

MAX_TEXT = 20_000
STORY_TYPES = (
    "solskinshistorie",
    "succeshistorie",
    "vendepunktshistorie",
    "kontrasthistorie",
    "bommerthistorie",
    "nøglehistorie",
    "børneperspektiv",
)


# Unicode's control characters (category Cc) except tab and newline, and lone surrogates
# (Cs). One regular expression: a save runs every few seconds on texts of any length.
STRAY_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """NFC (so "å" typed two ways is one letter for search) and no NUL or stray controls."""
    return STRAY_CONTROLS.sub("", unicodedata.normalize("NFC", text)).strip()


@dataclass
class NarrativeInput:
    occurred_on: date
    group: str  # group key or name
    story: str = ""
    part_of_day: str = ""
    context: str = ""
    focus: list[str] = field(default_factory=list)  # child keys or names as shown
    present: list[str] = field(default_factory=list)
    relations: list[str] = field(default_factory=list)  # codes, e.g. "barn-barn"
    themes: list[str] = field(default_factory=list)  # theme names
    reflection: str = ""
    next_steps: str = ""
    story_type: str | None = None
    community: str | None = None  # the community in focus instead of (or beside) a child

    def cleaned(self, today: date) -> NarrativeInput:
        for name, value in (
            ("Fortællingen", self.story),
            ("Refleksionen", self.reflection),
            ("Næste skridt", self.next_steps),
        ):
            if len(value) > MAX_TEXT:
                raise InvalidInput(f"{name} er for lang (højst {MAX_TEXT} tegn).")
        if self.occurred_on > today:
            raise InvalidInput(
                "Datoen ligger i fremtiden. En narrativ handler om noget, der er sket."
            )
        if self.part_of_day and self.part_of_day not in PARTS_OF_DAY:
            raise InvalidInput("Tidspunkt skal være morgen, formiddag, middag eller eftermiddag.")
        if self.story_type is not None and self.story_type not in STORY_TYPES:
            raise InvalidInput(f"Ukendt fortælletype: {self.story_type}.")
        overlap = set(self.focus) & set(self.present)
        if overlap:
            raise InvalidInput("Et barn kan ikke både være fokusbarn og til stede.")
        return NarrativeInput(
            occurred_on=self.occurred_on,
            group=self.group,
            story=clean_text(self.story),
            part_of_day=self.part_of_day,
            context=clean_text(self.context)[:80],
            focus=list(dict.fromkeys(self.focus)),
            present=list(dict.fromkeys(self.present)),
            relations=list(dict.fromkeys(self.relations)),
            themes=list(dict.fromkeys(self.themes)),
            reflection=clean_text(self.reflection),
            next_steps=clean_text(self.next_steps),
            story_type=self.story_type,
            community=clean_text(self.community or "")[:120] or None,
        )
