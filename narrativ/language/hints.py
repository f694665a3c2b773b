"""The result type of the wording check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

#: "kan ikke"-forms: kan ikke, formår ikke, har svært ved …
CANNOT: Final = "cannot"
#: Totalising words: altid, aldrig, hele tiden, sådan en …
TOTALISING: Final = "totalising"
#: Labels: diagnoses and judging adjectives used about the child.
LABEL: Final = "label"
#: Deficit nouns and jargon: problembarn, adfærdsproblemer, mangler …
DEFICIT: Final = "deficit"

KINDS: Final = (CANNOT, TOTALISING, LABEL, DEFICIT)


@dataclass(frozen=True)
class Hint:
    """One stretch of wording that turns a situation into a verdict about the child.

    ``start``/``end`` are Python string indices into the linted text (``end`` exclusive),
    so ``text[start:end] == hint.text`` always holds.
    """

    start: int
    end: int
    text: str
    kind: str
    suggestion: str
