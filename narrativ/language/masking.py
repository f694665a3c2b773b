"""Masking other children's names in text that leaves the house (parent and meeting handouts).

Every other child of the institution named in a text is replaced by a neutral phrase
("en kammerat", "en anden pige", "en dreng" …) chosen once per handout, so the same child
reads the same way throughout. The rules:

- A name counts only where it is written as a name: with a capital first letter. "solen",
  "bor" or "lærkens" are words, not the children Sol, Bo or Lærke.
- Genitives are masked with the phrase's genitive: "Bos spand", "Sørens", "Lukas' cykel"
  → "en kammerats spand", "en drengs", "en kammerats cykel".
- A following last initial ("Emil J.") goes with the name.
- At the start of a sentence the phrase gets a capital letter.
- Names kept: the focus child's own first name and anything in ``keep`` (staff names).
  When another child has the same first name as the focus child the two cannot be told
  apart in text; the name is kept (the educator sees it in the preview).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Material about a whole group can name every child in it: enough ordinals for a large
# group's boys or girls, before falling back on the first letter.
ORDINALS = (
    "en", "en anden", "en tredje", "en fjerde", "en femte", "en sjette", "en syvende",
    "en ottende", "en niende", "en tiende", "en ellevte", "en tolvte", "en trettende",
    "en fjortende", "en femtende", "en sekstende", "en syttende", "en attende",
    "en nittende", "en tyvende",
)  # fmt: skip
NOUNS = {"pige": "pige", "dreng": "dreng", None: "kammerat"}
_SENTENCE_END = re.compile(r"(?:^|[.!?…:\n]\s*|[\"»«“”]\s*)$")


@dataclass(frozen=True)
class Person:
    key: str
    first_name: str
    gender: str | None = None  # "pige", "dreng" or None


@dataclass(frozen=True)
class Masked:
    start: int  # offsets in the original text
    end: int
    original: str
    replacement: str
    key: str


@dataclass(frozen=True)
class MaskedText:
    text: str
    spans: tuple[Masked, ...]


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so "Anne-Sofie" wins over "Anne".
    ordered = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    if not ordered:
        return None
    alternatives = "|".join(re.escape(n) for n in ordered)
    return re.compile(
        rf"(?<![^\W_])(?P<name>{alternatives})"
        r"(?P<genitive>'s|’s|s|'|’)?"
        r"(?P<initial>\s[A-ZÆØÅ]\.)?"
        r"(?![^\W_])"
    )


def _candidates(others: Iterable[Person], keep: Iterable[str]) -> dict[str, list[Person]]:
    kept = {k.casefold() for k in keep}
    by_name: dict[str, list[Person]] = {}
    for person in others:
        name = person.first_name.strip()
        if name and name.casefold() not in kept and name[:1].isupper():
            by_name.setdefault(name, []).append(person)
    return by_name


def plan_replacements(
    texts: Iterable[str], others: Iterable[Person], keep: Iterable[str] = ()
) -> dict[str, str]:
    """A phrase for each other child, in order of first appearance across ``texts``.

    The first girl becomes "en pige", the next "en anden pige" …; children without a
    recorded gender become "en kammerat", "en anden kammerat" …
    """
    by_name = _candidates(others, keep)
    pattern = _name_pattern(by_name)
    plan: dict[str, str] = {}
    used: dict[str | None, int] = {}
    if pattern is None:
        return plan
    for text in texts:
        for match in pattern.finditer(text):
            for person in by_name[match.group("name")]:
                if person.key in plan:
                    continue
                gender = person.gender if person.gender in NOUNS else None
                index = used.get(gender, 0)
                used[gender] = index + 1
                if index < len(ORDINALS):
                    plan[person.key] = f"{ORDINALS[index]} {NOUNS[gender]}"
                else:
                    plan[person.key] = f"{person.first_name[0]}."
    return plan


def _genitive(phrase: str) -> str:
    if phrase.endswith("."):
        return phrase[:-1] + "'s"
    return phrase + ("'" if phrase[-1:] in "sxz" else "s")


def mask(
    text: str,
    others: Iterable[Person],
    plan: Mapping[str, str],
    keep: Iterable[str] = (),
) -> MaskedText:
    """Replace every other child's name in ``text`` by the phrase ``plan`` gives it."""
    by_name = _candidates(others, keep)
    pattern = _name_pattern(by_name)
    if pattern is None:
        return MaskedText(text, ())
    pieces: list[str] = []
    spans: list[Masked] = []
    position = 0
    for match in pattern.finditer(text):
        person = by_name[match.group("name")][0]
        phrase = plan.get(person.key) or "en kammerat"
        if match.group("genitive"):
            phrase = _genitive(phrase)
        if _SENTENCE_END.search(text[: match.start()]):
            phrase = phrase[:1].upper() + phrase[1:]
        pieces.append(text[position : match.start()])
        pieces.append(phrase)
        spans.append(Masked(match.start(), match.end(), match.group(), phrase, person.key))
        position = match.end()
    pieces.append(text[position:])
    return MaskedText("".join(pieces), tuple(spans))
