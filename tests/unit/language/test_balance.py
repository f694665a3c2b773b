"""The gentle balance indicator."""

from __future__ import annotations

from narrativ.language import KINDS, balance


def test_empty_text() -> None:
    result = balance("")
    assert (result.hints, result.strengths) == (0, 0)
    assert result.strength_share is None
    assert result.leaning == "empty"
    assert set(result.by_kind) == set(KINDS)


def test_strength_focused_text() -> None:
    result = balance(
        "Lasse er ved at lære at vente på tur. Han hjælper de små og viser dem, "
        "hvor skovlene er. Det lykkedes ham at bygge en høj borg."
    )
    assert result.hints == 0
    assert result.strengths >= 3
    assert result.strength_share == 1.0
    assert result.leaning == "strengths"


def test_deficit_text() -> None:
    result = balance("Han kan ikke sidde stille. Han er altid urolig og en ballademager.")
    assert result.hints == 4
    assert result.by_kind == {"cannot": 1, "totalising": 1, "label": 1, "deficit": 1}
    assert result.strengths == 0
    assert result.leaning == "deficits"


def test_negated_strength_and_hints_do_not_count_as_strengths() -> None:
    # "kan ikke" is a hint, not the strength marker "kan"
    assert balance("Hun kan ikke vente.").strengths == 0
    # a marker inside quoted speech is the child's word, not the writer's
    assert balance('"Jeg kan selv!" råbte hun.').strengths == 0


def test_mixed_text() -> None:
    result = balance("Han kan ikke vente, men han hjælper gerne til ved bordet.")
    assert (result.hints, result.strengths) == (1, 1)
    assert result.leaning == "mixed"
    assert result.strength_share == 0.5
