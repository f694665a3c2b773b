"""Splitting a text into word tokens with the facts the rules need about each.

The rules never look at raw regex matches; they look at a :class:`Doc`: the words with
their exact offsets, which sentence each belongs to, whether the sentence is a question,
whether a word sits inside quoted speech, and whether two neighbouring words are joined
by plain whitespace (a phrase never matches across a comma, a full stop or a quote mark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Letters and digits, with inner hyphens and apostrophes kept: "ADHD-barn", "ADHD'er".
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# Quoted speech. A narrative quotes what the child said ("Jeg kan ikke!"); that is
# observation, not the writer's verdict, so nothing inside quotes is marked.
# Single quotes only count when they open after a space or punctuation, so the
# apostrophe in "ADHD'er" never opens a quote.
_QUOTE_RE = re.compile(
    r"\"[^\"\n]*\""
    r"|“[^”\n]*”"
    r"|„[^“”\n]*[“”]"
    r"|»[^«\n]*«"
    r"|«[^»\n]*»"
    r"|‘[^’\n]*’"
    r"|(?<![^\s(:–—\-])'[^'\n]*'(?![^\W_])"
)

_SENTENCE_END_RE = re.compile(r"[.!?…\n]")
# After these a capital letter is expected, so it does not mark a name.
_CLAUSE_START_RE = re.compile(r"[:\"“„»«‘'–—]")


@dataclass(slots=True)
class Doc:
    """A tokenised text. Index ``i`` in every list refers to the i-th word."""

    text: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    raws: list[str] = field(default_factory=list)
    lows: list[str] = field(default_factory=list)
    #: sentence number of each word
    sentence: list[int] = field(default_factory=list)
    #: True when only whitespace separates word i-1 and word i (same sentence)
    joined: list[bool] = field(default_factory=list)
    #: True for the first word of a sentence, after a colon or an opening quote:
    #: a capital letter there says nothing about being a name
    initial: list[bool] = field(default_factory=list)
    quoted: list[bool] = field(default_factory=list)
    #: per sentence: does it end with a question mark?
    question: list[bool] = field(default_factory=list)
    #: capitalised words seen in the middle of a sentence: names in Danish
    names: set[str] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.lows)

    def is_joined(self, i: int) -> bool:
        """Whether word i follows word i-1 with only whitespace between them."""
        return 0 < i < len(self.lows) and self.joined[i]

    def is_question(self, i: int) -> bool:
        return self.question[self.sentence[i]]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    if not any(q in text for q in "\"“„»«‘'"):
        return []
    return [m.span() for m in _QUOTE_RE.finditer(text)]


def tokenize(text: str) -> Doc:
    doc = Doc(text)
    matches = list(_WORD_RE.finditer(text))
    starts = doc.starts = [m.start() for m in matches]
    ends = doc.ends = [m.end() for m in matches]
    raws = doc.raws = [m.group() for m in matches]
    doc.lows = [raw.lower() for raw in raws]
    sentences, joined, initial, question = doc.sentence, doc.joined, doc.initial, doc.question
    sentence = 0
    prev_end = -1  # no word yet
    for start, end in zip(starts, ends, strict=True):
        if prev_end < 0:
            joined.append(False)
            initial.append(True)
        elif start - prev_end == 1 and text[prev_end] == " ":
            # by far the most common gap: nothing to inspect
            joined.append(True)
            initial.append(False)
        else:
            gap = text[prev_end:start]
            if _SENTENCE_END_RE.search(gap):
                question.append("?" in gap)
                sentence += 1
                joined.append(False)
                initial.append(True)
            else:
                joined.append(bool(gap) and gap.isspace())
                initial.append(_CLAUSE_START_RE.search(gap) is not None)
        sentences.append(sentence)
        prev_end = end
    question.append("?" in text[max(prev_end, 0) :])
    doc.quoted = _mark_quoted(text, starts)
    for i, raw in enumerate(raws):
        if not initial[i] and not doc.quoted[i] and raw[:1].isupper() and looks_capitalised(raw):
            doc.names.add(raw)
    return doc


def _mark_quoted(text: str, starts: list[int]) -> list[bool]:
    quoted = [False] * len(starts)
    quotes = _quoted_spans(text)
    if not quotes:
        return quoted
    q = 0
    for i, start in enumerate(starts):
        while q < len(quotes) and quotes[q][1] <= start:
            q += 1
        if q == len(quotes):
            break
        quoted[i] = quotes[q][0] < start
    return quoted


def looks_capitalised(raw: str) -> bool:
    """ "Ida", "Åse", "Østen" — but not "ADHD" or "I" (the pronoun)."""
    return len(raw) > 1 and raw[0].isupper() and not raw[1].isupper()
