"""Measuring the wording check on the test corpus (shared by the test and RESULTS.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from narrativ.language import KINDS, Lexicon, lint

CORPUS = Path(__file__).with_name("corpus.json")
RESULTS = Path(__file__).with_name("RESULTS.md")


@dataclass
class Figures:
    deficit_total: int = 0
    #: deficit sentences with a hint of the expected kind
    deficit_caught: int = 0
    #: deficit sentences with any hint at all
    deficit_any: int = 0
    strength_total: int = 0
    #: strength sentences with at least one hint (false positives)
    strength_flagged: int = 0
    per_kind: dict[str, list[int]] = field(default_factory=dict)  # kind → [caught, total]
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.deficit_caught / self.deficit_total

    @property
    def false_positive_rate(self) -> float:
        return self.strength_flagged / self.strength_total

    def table(self) -> list[str]:
        """The rows of the results table, one string per line."""

        def pct(n: int, d: int) -> str:
            return f"{n}/{d} ({100 * n / d:.1f} %)"

        rows = [
            "| measure | result |",
            "| --- | --- |",
            "| recall: deficit sentences with a hint of the expected kind | "
            f"{pct(self.deficit_caught, self.deficit_total)} |",
            f"| deficit sentences with any hint | {pct(self.deficit_any, self.deficit_total)} |",
            "| false positives: strength sentences with any hint | "
            f"{pct(self.strength_flagged, self.strength_total)} |",
        ]
        for kind in KINDS:
            caught, total = self.per_kind.get(kind, [0, 0])
            if total:
                rows.append(f"| recall for `{kind}` | {pct(caught, total)} |")
        return rows


def load_corpus() -> dict[str, list[dict[str, str]]]:
    return json.loads(CORPUS.read_text(encoding="utf-8"))


def measure(lexicon: Lexicon | None = None) -> Figures:
    corpus = load_corpus()
    figures = Figures()
    for item in corpus["deficit"]:
        hints = lint(item["text"], lexicon)
        kind = item["kind"]
        caught = any(h.kind == kind for h in hints)
        figures.deficit_total += 1
        figures.deficit_caught += caught
        figures.deficit_any += bool(hints)
        counts = figures.per_kind.setdefault(kind, [0, 0])
        counts[0] += caught
        counts[1] += 1
        if not caught:
            figures.missed.append(item["text"])
    for item in corpus["strength"]:
        hints = lint(item["text"], lexicon)
        figures.strength_total += 1
        if hints:
            figures.strength_flagged += 1
            figures.false_positives.append(
                f"{item['text']}  ← {', '.join(f'{h.text} ({h.kind})' for h in hints)}"
            )
    return figures
