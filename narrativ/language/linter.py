"""The public wording check: text in, hints out."""

from __future__ import annotations

from dataclasses import dataclass

from narrativ.language.cannot import find_cannot
from narrativ.language.context import capacity_follows, label_in_context
from narrativ.language.hints import CANNOT, DEFICIT, LABEL, TOTALISING, Hint
from narrativ.language.lexicon import Entry, Lexicon, default_lexicon
from narrativ.language.tokens import Doc, tokenize

# When two findings overlap, the one with the most useful suggestion wins: a "kan ikke"
# rewrite beats a label, a label beats a deficit noun, and totalising words come last
# ("kan overhovedet ikke" is one "kan ikke"-hint, not two).
_PRIORITY = {CANNOT: 0, LABEL: 1, DEFICIT: 2, TOTALISING: 3}


@dataclass(frozen=True, slots=True)
class Finding:
    """A hint in word indices, before overlaps are resolved."""

    first: int
    end: int
    kind: str
    suggestion: str


def _entry_applies(lex: Lexicon, doc: Doc, entry: Entry, first: int, end: int) -> bool:
    if entry.kind == TOTALISING and doc.is_question(first):
        return False
    if entry.context == "any":
        return True
    if entry.context == "capacity":
        return capacity_follows(lex.words, doc, end)
    return label_in_context(
        lex.words,
        doc,
        first,
        end,
        context=entry.context,
        coordinated=lex.label_forms,
        cues=lex.state_cues,
    )


def _suggestion(entry: Entry, doc: Doc, first: int, end: int) -> str:
    if "{" not in entry.suggestion:
        return entry.suggestion
    text = doc.text[doc.starts[first] : doc.ends[end - 1]]
    return entry.suggestion.format(text=text, subject="…", verb="…")


def find(doc: Doc, lex: Lexicon) -> list[Finding]:
    """All findings, overlapping ones included, minus those inside an exception."""
    classify = lex.classify
    found = [
        Finding(m.start, m.end, CANNOT, m.suggestion)
        for m in find_cannot(lex.cannot, lex.words, doc, classify)
    ]
    for _i, _end, first, end, _pattern, entry in lex.entry_index.matches(doc, classify):
        if _entry_applies(lex, doc, entry, first, end):
            found.append(Finding(first, end, entry.kind, _suggestion(entry, doc, first, end)))
    if not found:
        return found
    return [f for f in found if not _inside_exception(doc, lex, f)]


def _inside_exception(doc: Doc, lex: Lexicon, f: Finding) -> bool:
    # Only exceptions that start shortly before the finding can contain it, so look there
    # instead of matching every exception against the whole text.
    for i in range(max(0, f.first - lex.exception_reach), f.first + 1):
        if doc.quoted[i]:
            continue
        for _i, end, *_ in lex.exceptions.match_from(doc, i, lex.classify):
            if f.end <= end:
                return True
    return False


def resolve(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """Keep non-overlapping findings by priority, then by length; sorted by position."""
    ranked = sorted(
        findings,
        key=lambda f: (_PRIORITY[f.kind], -(doc.ends[f.end - 1] - doc.starts[f.first]), f.first),
    )
    taken = [False] * len(doc)
    kept: list[Finding] = []
    for f in ranked:
        if any(taken[f.first : f.end]):
            continue
        for k in range(f.first, f.end):
            taken[k] = True
        kept.append(f)
    kept.sort(key=lambda f: f.first)
    return kept


def lint_doc(doc: Doc, lex: Lexicon) -> list[Finding]:
    return resolve(doc, find(doc, lex))


def lint(text: str, lexicon: Lexicon | None = None) -> list[Hint]:
    """Wording hints for a narrative, sorted by position and never overlapping.

    ``hint.text == text[hint.start:hint.end]``. Without a lexicon the shipped one is used
    (loaded once). Nothing is logged or stored: the text is children's data.
    """
    if not isinstance(text, str):
        raise TypeError("lint() expects a str")
    if not text or text.isspace():
        return []
    lex = lexicon if lexicon is not None else default_lexicon()
    doc = tokenize(text)
    hints = []
    for f in lint_doc(doc, lex):
        start, end = doc.starts[f.first], doc.ends[f.end - 1]
        hints.append(Hint(start, end, text[start:end], f.kind, f.suggestion))
    return hints
