"""Property tests: lint never fails and its hints are always well-formed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from narrativ.language import KINDS, Hint, balance, lint

# Words and marks that reach every rule, so random texts exercise the matching paths
# rather than only the tokenizer.
_VOCABULARY_TEXT = (
    "kan kunne ikke er var har havde svært ved i stand til at vente sidde stille Lasse "
    "Åse Ørnulf han hun vi det der når hvis altid aldrig hele tiden sådan en typisk ham "
    "doven dovne umulig umuligt sur genert urolig type dreng barnet ADHD-barn ADHD'er "
    "autist mangler manglende sociale kompetencer problembarn ballademagerne udfordret "
    "lade være med grine af begejstring før kun overhovedet bare jo meget som ham hende"
)
_VOCABULARY = _VOCABULARY_TEXT.split()
_MARKS = [" ", " ", " ", ", ", ". ", "? ", "! ", "\n", ": ", '"', "„", "“", "»", "«", "'", "-"]

_danish_like = st.lists(st.sampled_from(_VOCABULARY + _MARKS), max_size=60).map("".join)
_joined_words = st.lists(st.sampled_from(_VOCABULARY), max_size=40).map(" ".join)
_any_text = st.text(max_size=300)


def _check(text: str, hints: list[Hint]) -> None:
    previous_end = 0
    for hint in hints:
        assert 0 <= hint.start < hint.end <= len(text)
        assert text[hint.start : hint.end] == hint.text
        assert hint.kind in KINDS
        assert hint.suggestion
        assert hint.start >= previous_end, "hints overlap or are not sorted"
        previous_end = hint.end


@settings(max_examples=300, deadline=None)
@given(st.one_of(_any_text, _danish_like, _joined_words))
def test_lint_is_total_and_well_formed(text: str) -> None:
    _check(text, lint(text))


@settings(max_examples=150, deadline=None)
@given(st.one_of(_any_text, _danish_like))
def test_balance_never_fails(text: str) -> None:
    result = balance(text)
    assert result.hints == len(lint(text))
    assert result.strengths >= 0


@settings(max_examples=150, deadline=None)
@given(_joined_words, _joined_words)
def test_offsets_shift_with_a_prefix(prefix: str, text: str) -> None:
    """Text after a paragraph break is linted the same wherever it stands."""
    head = prefix + ".\n\n"
    alone = lint(text)
    after = [h for h in lint(head + text) if h.start >= len(head)]
    assert [(h.start - len(head), h.text, h.kind) for h in after] == [
        (h.start, h.text, h.kind) for h in alone
    ]
