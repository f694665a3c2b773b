"""Turning one situation template and its cast into story, reflection and next steps."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from narrativ.demo.grammar import capitalise_sentences, fill_slots, join_names
from narrativ.demo.material import Material, Situation, WordForms

T = TypeVar("T")

#: A reflection gets a second, general sentence this often (single-focus stories only).
REFLECTION_EXTRA_CHANCE = 0.3
NEXT_STEP_EXTRA_CHANCE = 0.3
#: How often a sentence that would repeat the focus child's name opens with a pronoun.
PRONOUN_CHANCE = 0.6
#: A general sentence is not added after one that already speaks of the same thing
#: ("… fortælle hans forældre." "Vi deler fortællingen med hans forældre …").
TOPICS = ("forældre", "kolleg", "stuemøde", "billede", "fortælling")
FOCUS_OPENING = "{f} "
PRONOUN_OPENING = "{f.Han} "


class Variety:
    """Remembers which alternatives were used, and offers the least used next.

    Plain random choice repeats the same sentence combinations far sooner than a reader
    would accept; rotating through alternatives keeps the templates out of sight.
    """

    def __init__(self) -> None:
        self._uses: Counter[tuple[str, ...]] = Counter()

    def pick(
        self,
        rng: random.Random,
        key: tuple[str, ...],
        options: Sequence[T],
        labels: Sequence[str] | None = None,
    ) -> T:
        """One of ``options``; ``labels`` name them when the list is a filtered subset."""
        if not options:
            raise ValueError(f"nothing to choose from for {key}")
        names = labels if labels is not None else [str(i) for i in range(len(options))]
        counts = [self._uses[(*key, name)] for name in names]
        least = min(counts)
        index = rng.choice([i for i, n in enumerate(counts) if n == least])
        self._uses[(*key, names[index])] += 1
        return options[index]


@dataclass(frozen=True)
class Cast:
    """The children a story is about: each as a mapping of forms (see grammar.person_forms)."""

    focus: Sequence[Mapping[str, str]]
    #: the children named in ``{p1}`` … slots, then those named together in ``{flere}``
    present: Sequence[Mapping[str, str]]
    named_present: int


@dataclass(frozen=True)
class Texts:
    story: str
    reflection: str
    next_steps: str


@dataclass
class _Filler:
    """Resolves slots for one narrative; a word slot keeps its choice for the whole text."""

    situation: Situation
    season_words: Mapping[str, tuple[WordForms, ...]]
    cast: Cast
    rng: random.Random
    variety: Variety
    chosen: dict[str, WordForms] = field(default_factory=dict)

    def person(self, name: str) -> Mapping[str, str] | None:
        if name == "f":
            return self.cast.focus[0]
        if name == "f2" and len(self.cast.focus) > 1:
            return self.cast.focus[1]
        if re.fullmatch(r"p[1-9]", name):
            index = int(name[1:]) - 1
            if index < self.cast.named_present:
                return self.cast.present[index]
        return None

    def word(self, name: str) -> WordForms:
        if name not in self.chosen:
            options = self.situation.words.get(name) or self.season_words.get(name)
            if not options:
                raise KeyError(f"{self.situation.id}: unknown slot {{{name}}}")
            self.chosen[name] = self.variety.pick(
                self.rng, (self.situation.id, "word", name), options
            )
        return self.chosen[name]

    def lookup(self, name: str, form: str) -> str:
        if name == "flere" and not form:
            extra = self.cast.present[self.cast.named_present :]
            if not extra:
                raise KeyError(f"{self.situation.id}: {{flere}} without extra children")
            return join_names([p[""] for p in extra])
        person = self.person(name)
        forms = person if person is not None else self.word(name)
        if form not in forms:
            raise KeyError(f"{self.situation.id}: no form {{{name}.{form}}}")
        # words may themselves hold slots ("… til {f.hans} morfar")
        return fill_slots(forms[form], self.lookup)

    def fill(self, text: str) -> str:
        return fill_slots(text, self.lookup)


def _story(filler: _Filler, season: str) -> str:
    situation, rng = filler.situation, filler.rng
    sentences = []
    # Whether the previous sentence opened with the focus child's name; then this one may
    # open with "han"/"hun" instead, as a writer would. The subject is the same, so the
    # pronoun is unambiguous; after a pronoun the name comes back.
    name_opened = False
    for number, position in enumerate(situation.story):
        if not position.required and rng.random() >= position.probability:
            continue
        fitting = [(str(i), a) for i, a in enumerate(position.alternatives) if a.fits(season)]
        if not fitting:
            if position.required:
                raise ValueError(f"{situation.id}: sentence {number} has nothing for {season}")
            continue
        text = filler.variety.pick(
            rng,
            (situation.id, "story", str(number)),
            [a for _, a in fitting],
            [label for label, _ in fitting],
        ).text
        opens_with_name = text.startswith(FOCUS_OPENING) and len(filler.cast.focus) == 1
        if opens_with_name and name_opened and rng.random() < PRONOUN_CHANCE:
            text = PRONOUN_OPENING + text[len(FOCUS_OPENING) :]
            opens_with_name = False
        name_opened = opens_with_name
        sentences.append(filler.fill(text))
    return capitalise_sentences(" ".join(sentences))


def _same_topic(first: str, second: str) -> bool:
    return any(topic in first and topic in second for topic in TOPICS)


def _with_extra(
    filler: _Filler, kind: str, main: Sequence[str], extras: Sequence[str], chance: float
) -> str:
    rng = filler.rng
    text = filler.fill(filler.variety.pick(rng, (filler.situation.id, kind), main))
    if len(filler.cast.focus) == 1 and extras and rng.random() < chance:
        extra = filler.fill(filler.variety.pick(rng, ("extra", kind), extras))
        if not _same_topic(text, extra):
            text += " " + extra
    return capitalise_sentences(text)


def names_in(text: str, name: str) -> bool:
    """Whether ``name`` occurs as a word of its own (genitives count: "Almas", "Lukas'")."""
    return re.search(rf"(?<!\w){re.escape(name)}s?(?!\w)", text) is not None


def write_texts(
    situation: Situation,
    material: Material,
    season: str,
    cast: Cast,
    rng: random.Random,
    variety: Variety,
) -> Texts:
    filler = _Filler(situation, material.season_words.get(season, {}), cast, rng, variety)
    story = _story(filler, season)
    for child in [*cast.focus, *cast.present]:
        # Other children's names are what the parent handout masks; a child listed as
        # present must therefore really be named in the story.
        if not names_in(story, child[""]):
            raise ValueError(f"{situation.id}: the story does not name {child['']}")
    reflection = _with_extra(
        filler,
        "reflection",
        situation.reflections,
        material.reflection_extras,
        REFLECTION_EXTRA_CHANCE,
    )
    next_steps = _with_extra(
        filler,
        "next_steps",
        situation.next_steps,
        material.next_step_extras,
        NEXT_STEP_EXTRA_CHANCE,
    )
    return Texts(story, reflection, next_steps)
