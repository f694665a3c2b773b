"""A gentle balance indicator: how much of a text points at strengths vs. verdicts.

It counts two things and nothing more:

* ``hints``: the findings of :func:`narrativ.language.lint`;
* ``strengths``: strength markers from the lexicon ("er ved at lære", "kan", "lykkes",
  "hjælper", "viser", "prøver", "tager initiativ" …), not inside quoted speech, not
  overlapping a hint and not followed by a negation ("kan ikke" is no strength).

``leaning`` turns the counts into one word for the UI: "empty" (neither), "strengths"
(at least two strength markers for each hint), "deficits" (more hints than strength
markers) or "mixed". It is a nudge for the writer, not a score of the child.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from narrativ.language.hints import KINDS
from narrativ.language.lexicon import Lexicon, default_lexicon
from narrativ.language.linter import lint_doc
from narrativ.language.tokens import Doc, tokenize

#: "strengths" when there are at least this many strength markers per hint.
STRENGTHS_PER_HINT = 2


@dataclass(frozen=True)
class Balance:
    hints: int
    strengths: int
    #: hints per kind, every kind present (0 when none)
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def strength_share(self) -> float | None:
        """strengths / (strengths + hints), or None for a text with neither."""
        total = self.hints + self.strengths
        return self.strengths / total if total else None

    @property
    def leaning(self) -> str:
        if self.hints == 0 and self.strengths == 0:
            return "empty"
        if self.strengths >= STRENGTHS_PER_HINT * self.hints:
            return "strengths"
        if self.hints > self.strengths:
            return "deficits"
        return "mixed"


def _negated_after(lex: Lexicon, doc: Doc, end: int) -> bool:
    words = lex.words
    j = end
    while j < len(doc) and doc.is_joined(j):
        low = doc.lows[j]
        if low in words.negators:
            return True
        if low not in words.adverbs:
            return False
        j += 1
    return False


def balance(text: str, lexicon: Lexicon | None = None) -> Balance:
    """Count hints and strength markers in ``text`` (see the module docstring)."""
    lex = lexicon if lexicon is not None else default_lexicon()
    doc = tokenize(text)
    findings = lint_doc(doc, lex)
    covered = [False] * len(doc)
    for f in findings:
        for k in range(f.first, f.end):
            covered[k] = True
    strengths = 0
    last_end = 0
    for i, end, *_ in lex.strength_markers.matches(doc, lex.classify):
        # one count per stretch of words: "er ved at lære" is not also "er … lære"
        if i < last_end or any(covered[i:end]) or _negated_after(lex, doc, end):
            continue
        strengths += 1
        last_end = end
    counts = Counter(f.kind for f in findings)
    return Balance(
        hints=len(findings),
        strengths=strengths,
        by_kind={kind: counts.get(kind, 0) for kind in KINDS},
    )
