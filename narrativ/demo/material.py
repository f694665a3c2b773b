"""The demo's text material: situation templates and phrases, read from ``resources/demo``.

A situation is a short praksisfortælling with slots. Its story is a list of sentence
positions; each position offers alternative sentences (some only in certain seasons), and
an optional position is used with the given probability. Slots:

``{f}``, ``{f2}``         the focus child(ren); ``{p1}`` … ``{p3}`` the children present;
                          forms: ``.s`` (genitive), ``.han/.ham/.hans`` (and capitalised),
                          ``.søskende``, ``.prinsen``, ``.konge``, ``.forbogstav``, ``.alder``,
                          ``.sprog``
``{flere}``               one to three more present children, as "Alma, Noah og Ella"
``{word}``, ``{word.x}``  a word chosen once per story from the situation's own ``words``
                          or the season's words in ``phrases.json`` (``{vejrintro}`` …)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from narrativ.paths import resource_path

SEASONS = ("vinter", "forår", "sommer", "efterår")

#: One choice for a word slot: its forms, "" being the plain one.
WordForms = Mapping[str, str]


@dataclass(frozen=True)
class Alternative:
    text: str
    #: None: fits every season
    seasons: tuple[str, ...] | None = None

    def fits(self, season: str) -> bool:
        return self.seasons is None or season in self.seasons


@dataclass(frozen=True)
class SentencePosition:
    alternatives: tuple[Alternative, ...]
    #: 1.0 for a sentence every story has
    probability: float = 1.0

    @property
    def required(self) -> bool:
        return self.probability >= 1.0


@dataclass(frozen=True)
class Situation:
    id: str
    age_band: str
    contexts: tuple[str, ...]
    parts_of_day: tuple[str, ...]
    seasons: tuple[str, ...]
    focus_count: int
    present_count: int
    #: (least, most) extra children named together in ``{flere}``, or None
    extra_present: tuple[int, int] | None
    min_age_months: int
    max_age_months: int
    needs_language: bool
    birthday: bool
    relations: tuple[str, ...]
    themes: tuple[str, ...]
    story_types: tuple[str, ...]
    story_type_chance: float
    words: Mapping[str, tuple[WordForms, ...]]
    story: tuple[SentencePosition, ...]
    reflections: tuple[str, ...]
    next_steps: tuple[str, ...]


@dataclass(frozen=True)
class Material:
    situations: tuple[Situation, ...]
    #: season → slot → choices
    season_words: Mapping[str, Mapping[str, tuple[WordForms, ...]]]
    reflection_extras: tuple[str, ...]
    next_step_extras: tuple[str, ...]


@dataclass(frozen=True)
class ChildName:
    first_name: str
    gender: str
    language: str | None
    last_initials: tuple[str, ...] | None


@dataclass(frozen=True)
class GroupPlan:
    name: str
    age_band: str
    size: int
    #: how much this group's staff write, relative to the others
    writing: float


@dataclass(frozen=True)
class StaffPlan:
    name: str
    initials: str
    role: str
    groups: tuple[str, ...]
    writing: float


@dataclass(frozen=True)
class InstitutionPlan:
    name: str
    groups: tuple[GroupPlan, ...]
    staff: tuple[StaffPlan, ...]
    children: tuple[ChildName, ...]
    last_initials: tuple[str, ...]


def _read(name: str) -> Any:
    return json.loads(resource_path("demo", name).read_text(encoding="utf-8"))


def _word_forms(raw: str | Mapping[str, str]) -> WordForms:
    if isinstance(raw, str):
        return {"": raw}
    forms = dict(raw)
    forms[""] = forms.pop("base")
    return forms


def _words(raw: Mapping[str, list[Any]]) -> dict[str, tuple[WordForms, ...]]:
    return {slot: tuple(_word_forms(w) for w in choices) for slot, choices in raw.items()}


def _alternative(raw: str | Mapping[str, Any]) -> Alternative:
    if isinstance(raw, str):
        return Alternative(raw)
    return Alternative(raw["text"], tuple(raw["seasons"]))


def _position(raw: list[Any] | Mapping[str, Any]) -> SentencePosition:
    if isinstance(raw, list):
        return SentencePosition(tuple(_alternative(a) for a in raw))
    return SentencePosition(
        tuple(_alternative(a) for a in raw["alternatives"]), float(raw["optional"])
    )


def _situation(raw: Mapping[str, Any]) -> Situation:
    extra = raw.get("extra_present")
    return Situation(
        id=raw["id"],
        age_band=raw["age_band"],
        contexts=tuple(raw["contexts"]),
        parts_of_day=tuple(raw["parts_of_day"]),
        seasons=tuple(raw.get("seasons", SEASONS)),
        focus_count=int(raw.get("focus", 1)),
        present_count=int(raw["present"]),
        extra_present=(int(extra[0]), int(extra[1])) if extra else None,
        min_age_months=int(raw.get("min_age_months", 0)),
        max_age_months=int(raw.get("max_age_months", 999)),
        needs_language=bool(raw.get("needs_language", False)),
        birthday=bool(raw.get("birthday", False)),
        relations=tuple(raw["relations"]),
        themes=tuple(raw["themes"]),
        story_types=tuple(raw.get("story_types", ())),
        story_type_chance=float(raw.get("story_type_chance", 0.3)),
        words=_words(raw.get("words", {})),
        story=tuple(_position(p) for p in raw["story"]),
        reflections=tuple(raw["reflection"]),
        next_steps=tuple(raw["next_steps"]),
    )


@cache
def load_material() -> Material:
    situations = [
        _situation(s)
        for name in ("situations_vuggestue.json", "situations_boernehave.json")
        for s in _read(name)
    ]
    phrases = _read("phrases.json")
    return Material(
        situations=tuple(situations),
        season_words={season: _words(slots) for season, slots in phrases["season_words"].items()},
        reflection_extras=tuple(phrases["reflection_extras"]),
        next_step_extras=tuple(phrases["next_step_extras"]),
    )


@cache
def load_institution() -> InstitutionPlan:
    raw = _read("institution.json")
    return InstitutionPlan(
        name=raw["name"],
        groups=tuple(
            GroupPlan(g["name"], g["age_band"], int(g["size"]), float(g["writing"]))
            for g in raw["groups"]
        ),
        staff=tuple(
            StaffPlan(s["name"], s["initials"], s["role"], tuple(s["groups"]), float(s["writing"]))
            for s in raw["staff"]
        ),
        children=tuple(
            ChildName(
                c["first_name"],
                c["gender"],
                c.get("language"),
                tuple(c["last_initials"]) if "last_initials" in c else None,
            )
            for c in raw["children"]
        ),
        last_initials=tuple(raw["last_initials"]),
    )
