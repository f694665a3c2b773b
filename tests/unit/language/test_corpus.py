"""Recall and false-positive rate on the hand-written corpus."""

from __future__ import annotations

from narrativ.language import KINDS
from tests.unit.language.corpus_figures import RESULTS, load_corpus, measure

MIN_RECALL = 0.90
MAX_FALSE_POSITIVES = 0.10


def test_corpus_is_big_and_balanced() -> None:
    corpus = load_corpus()
    deficit, strength = corpus["deficit"], corpus["strength"]
    assert len(deficit) + len(strength) >= 80
    assert len(deficit) >= 40
    assert len(strength) >= 40
    assert {item["kind"] for item in deficit} == set(KINDS)
    texts = [item["text"] for item in deficit + strength]
    assert len(texts) == len(set(texts)), "a sentence appears twice"


def test_recall_and_false_positive_rate() -> None:
    figures = measure()
    print()
    print(f"recall: {figures.recall:.1%} ({figures.deficit_caught}/{figures.deficit_total})")
    print(
        f"false positives: {figures.false_positive_rate:.1%} "
        f"({figures.strength_flagged}/{figures.strength_total})"
    )
    for text in figures.missed:
        print("  missed:", text)
    for text in figures.false_positives:
        print("  false positive:", text)
    assert figures.recall >= MIN_RECALL
    assert figures.false_positive_rate <= MAX_FALSE_POSITIVES


def test_results_file_shows_the_measured_figures() -> None:
    figures = measure()
    written = RESULTS.read_text(encoding="utf-8")
    stale = [row for row in figures.table() if row not in written]
    assert not stale, "RESULTS.md is out of date; expected rows:\n" + "\n".join(figures.table())
