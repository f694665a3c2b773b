"""The small phrase language of the lexicon, compiled once and matched against a Doc.

A phrase is a sequence of word specs separated by spaces, matched word by word,
case-insensitively, only across plain whitespace (never across punctuation or quotes):

``kan|kunne``      alternatives
``adhd*``          a word starting with "adhd" (ADHD-barn, ADHD'er)
``*vanskeligheder`` a word ending with "vanskeligheder" (sprogvanskeligheder)
``evig?``          an optional word (not allowed first)
``@name``          a word class: ``@name`` (a child's name), ``@person`` (han, hun, de,
                   a name or a person noun such as "drengen"), ``@adv`` (a degree or
                   sentence adverb such as "meget", "bare"), ``@copula`` (er, var, virker …)
``[ … ]``          the part of the phrase that is marked; the rest is context.
                   ``er|var @adv? [sådan en|et]`` marks only "sådan en".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from narrativ.language.inflection import matches_noun_stem
from narrativ.language.tokens import Doc

CLASSES = frozenset({"@name", "@person", "@adv", "@copula"})

#: Answers "is word i of the doc in this word class?"
Classifier = Callable[[str, Doc, int], bool]

T = TypeVar("T")


class PatternError(ValueError):
    """A phrase in a lexicon file that cannot be understood (message in Danish)."""


@dataclass(frozen=True, slots=True)
class WordSpec:
    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    #: (Snowball stem, entry word) pairs, see inflection.matches_noun_stem
    stems: tuple[tuple[str, str], ...] = ()
    classes: tuple[str, ...] = ()
    optional: bool = False

    @property
    def only_exact(self) -> bool:
        return not (self.prefixes or self.suffixes or self.stems or self.classes)

    def matches(self, doc: Doc, i: int, classify: Classifier) -> bool:
        low = doc.lows[i]
        if low in self.exact:
            return True
        if self.prefixes and low.startswith(self.prefixes):
            return True
        if self.suffixes and low.endswith(self.suffixes):
            return True
        for entry_stem, base in self.stems:
            if matches_noun_stem(low, entry_stem, base):
                return True
        return any(classify(name, doc, i) for name in self.classes)


@dataclass(frozen=True, slots=True)
class Pattern:
    source: str
    specs: tuple[WordSpec, ...]
    #: spec indices [first, last) that make up the marked span
    focus: tuple[int, int]

    def match_at(self, doc: Doc, i: int, classify: Classifier) -> tuple[int, int, int] | None:
        """Match starting at word i: (end word, first marked word, end of marked words)."""
        specs = self.specs
        count = len(specs)
        n = len(doc.lows)
        if count > 1 and not specs[1].optional:
            # cheap early exit: most candidates already fail on their second word
            j = i + 1
            if j >= n or not doc.joined[j] or not specs[1].matches(doc, j, classify):
                return None
        taken = [-1] * count

        def walk(k: int, j: int) -> int:
            if k == count:
                return j
            spec = specs[k]
            if (
                j < n
                and (k == 0 or doc.joined[j])
                and not doc.quoted[j]
                and spec.matches(doc, j, classify)
            ):
                taken[k] = j
                end = walk(k + 1, j + 1)
                if end >= 0:
                    return end
            if spec.optional:
                taken[k] = -1
                return walk(k + 1, j)
            return -1

        end = walk(0, i)
        if end < 0:
            return None
        marked = [j for j in taken[self.focus[0] : self.focus[1]] if j >= 0]
        if not marked:
            return end, i, end
        return end, marked[0], marked[-1] + 1


def parse_spec(word: str) -> tuple[WordSpec, bool, bool]:
    """One word spec → (spec, opens the marked part, closes the marked part)."""
    opens = word.startswith("[")
    if opens:
        word = word[1:]
    optional = word.endswith("?")
    if optional:
        word = word[:-1]
    closes = word.endswith("]")
    if closes:
        word = word[:-1]
    exact: set[str] = set()
    prefixes: list[str] = []
    suffixes: list[str] = []
    classes: list[str] = []
    for alternative in word.lower().split("|"):
        if not alternative or alternative == "*":
            raise PatternError(f"tomt ord i '{word}'")
        if alternative.startswith("@"):
            if alternative not in CLASSES:
                known = ", ".join(sorted(CLASSES))
                raise PatternError(f"ukendt ordklasse '{alternative}' (kendte: {known})")
            classes.append(alternative)
        elif alternative.endswith("*"):
            prefixes.append(alternative[:-1])
        elif alternative.startswith("*"):
            suffixes.append(alternative[1:])
        else:
            exact.add(alternative)
    spec = WordSpec(
        exact=frozenset(exact),
        prefixes=tuple(prefixes),
        suffixes=tuple(suffixes),
        classes=tuple(classes),
        optional=optional,
    )
    return spec, opens, closes


def compile_pattern(
    source: str,
    extra_forms: Iterable[str] = (),
    stems: Iterable[tuple[str, str]] = (),
) -> Pattern:
    """Compile a phrase; ``extra_forms``/``stems`` widen a one-word phrase to its inflections."""
    words = source.split()
    if not words:
        raise PatternError("tom frase")
    specs: list[WordSpec] = []
    focus_start, focus_end = 0, len(words)
    for k, word in enumerate(words):
        spec, opens, closes = parse_spec(word)
        if opens:
            focus_start = k
        if closes:
            focus_end = k + 1
        specs.append(spec)
    if specs[0].optional:
        raise PatternError(f"første ord må ikke være valgfrit: '{source}'")
    if focus_start >= focus_end:
        raise PatternError(f"[ og ] står forkert i '{source}'")
    extra_forms = frozenset(f.lower() for f in extra_forms)
    stems = tuple(stems)
    if extra_forms or stems:
        if len(specs) != 1:
            raise PatternError(f"bøjning virker kun for enkeltord, ikke '{source}'")
        only = specs[0]
        specs[0] = WordSpec(
            exact=only.exact | extra_forms,
            prefixes=only.prefixes,
            suffixes=only.suffixes,
            stems=stems,
            classes=only.classes,
            optional=only.optional,
        )
    return Pattern(source, tuple(specs), (focus_start, focus_end))


class PatternIndex(Generic[T]):
    """Patterns keyed by their first word, so each word of a text tries only a few.

    Patterns whose first word is a prefix, suffix or stem are tried only when one regex
    over all those prefixes/suffixes/stems says the word could match; this keeps the cost
    per word flat as a lexicon grows.
    """

    def __init__(self, items: Iterable[tuple[Pattern, T]]) -> None:
        self._by_word: dict[str, list[tuple[Pattern, T]]] = {}
        self._scan: list[tuple[Pattern, T]] = []
        self._class_scan: list[tuple[Pattern, T]] = []
        starts: set[str] = set()
        ends: set[str] = set()
        for pattern, payload in items:
            first = pattern.specs[0]
            for word in first.exact:
                self._by_word.setdefault(word, []).append((pattern, payload))
            if first.classes:
                self._class_scan.append((pattern, payload))
            elif not first.only_exact:
                self._scan.append((pattern, payload))
                starts.update(first.prefixes)
                starts.update(entry_stem for entry_stem, _ in first.stems)
                ends.update(first.suffixes)
        parts = []
        if starts:
            parts.append("^(?:" + "|".join(map(re.escape, sorted(starts))) + ")")
        if ends:
            parts.append("(?:" + "|".join(map(re.escape, sorted(ends))) + ")$")
        self._gate = re.compile("|".join(parts)) if parts else None

    def __bool__(self) -> bool:
        return bool(self._by_word or self._scan or self._class_scan)

    @property
    def longest(self) -> int:
        """Most words any pattern can span (for looking back from a position)."""
        patterns = [p for group in self._by_word.values() for p, _ in group]
        patterns += [p for p, _ in self._scan] + [p for p, _ in self._class_scan]
        return max((len(p.specs) for p in patterns), default=0)

    def candidates(self, doc: Doc, i: int, classify: Classifier) -> list[tuple[Pattern, T]]:
        low = doc.lows[i]
        found = self._by_word.get(low) or []
        if self._gate is not None and self._gate.search(low):
            found = found.copy()
            for pattern, payload in self._scan:
                first = pattern.specs[0]
                # the exact words were already offered through the dictionary
                if low not in first.exact and first.matches(doc, i, classify):
                    found.append((pattern, payload))
        if self._class_scan:
            capitalised = doc.raws[i][:1].isupper()
            for pattern, payload in self._class_scan:
                first = pattern.specs[0]
                if first.classes == ("@name",) and not capitalised:
                    continue  # names are capitalised; skip the costlier check
                if low not in first.exact and first.matches(doc, i, classify):
                    found = [*found, (pattern, payload)]
        return found

    def match_from(
        self, doc: Doc, i: int, classify: Classifier
    ) -> Iterator[tuple[int, int, int, int, Pattern, T]]:
        """Matches starting at word i: (first word, end word, first marked, end marked, …)."""
        for pattern, payload in self.candidates(doc, i, classify):
            found = pattern.match_at(doc, i, classify)
            if found is not None:
                end, mark_start, mark_end = found
                yield i, end, mark_start, mark_end, pattern, payload

    def matches(
        self, doc: Doc, classify: Classifier
    ) -> Iterator[tuple[int, int, int, int, Pattern, T]]:
        """Every match in the doc, outside quotes."""
        quoted, raws = doc.quoted, doc.raws
        by_word = self._by_word
        gate = self._gate.search if self._gate is not None else None
        class_scan = bool(self._class_scan)
        names_only = all(p.specs[0].classes == ("@name",) for p, _ in self._class_scan)
        for i, low in enumerate(doc.lows):
            # Most words start no pattern; these cheap tests skip them.
            if quoted[i] or not (
                low in by_word
                or (gate is not None and gate(low))
                or (class_scan and (not names_only or raws[i][:1].isupper()))
            ):
                continue
            for pattern, payload in self.candidates(doc, i, classify):
                found = pattern.match_at(doc, i, classify)
                if found is not None:
                    end, mark_start, mark_end = found
                    yield i, end, mark_start, mark_end, pattern, payload
