"""Danish word forms used by lexicon entries."""

from __future__ import annotations

import pytest

from narrativ.language.inflection import (
    adjective_forms,
    matches_noun_stem,
    noun_forms,
    noun_stem,
)


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("umulig", {"umulig", "umuligt", "umulige"}),
        ("aggressiv", {"aggressiv", "aggressivt", "aggressive"}),
        ("doven", {"doven", "dovent", "dovne"}),
        ("uopdragen", {"uopdragen", "uopdragent", "uopdragne"}),
        ("forkælet", {"forkælet", "forkælede"}),
        ("problematisk", {"problematisk", "problematiske"}),
        ("irriterende", {"irriterende"}),
        ("genert", {"genert", "generte"}),
    ],
)
def test_adjective_forms(base: str, forms: set[str]) -> None:
    assert adjective_forms(base) == forms


def test_noun_forms() -> None:
    assert {"problembarn", "problembarnet", "problembørn", "problembørnene"} <= noun_forms(
        "problembarn"
    )
    assert {"bølle", "bøllen", "bøller", "bøllerne", "bøllens"} <= noun_forms("bølle")
    assert {"ballademageren", "ballademagere", "ballademagerne"} <= noun_forms("ballademager")


def test_noun_stem_matching_is_guarded() -> None:
    entry_stem = noun_stem("ballademager")
    assert entry_stem is not None
    assert matches_noun_stem("ballademagernes", entry_stem, "ballademager")
    assert not matches_noun_stem("ballademagerforeningerne", entry_stem, "ballademager")
    # stems shorter than four letters are not used at all ("bølle" → "bøl")
    assert noun_stem("bølle") is None
