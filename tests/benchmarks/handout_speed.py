"""How fast handouts render, against a bare reportlab floor measured in the same run.

    .venv/bin/python tests/benchmarks/handout_speed.py [--json FILE]

Targets (warm process): 10 narratives ≤ 60 ms and ≤ 3× the floor; 200 narratives ≤ 0.6 s.
The floor builds the same paragraphs in the same embedded TrueType font (Danish letters
need it) with plain SimpleDocTemplate: no page numbers, headers, keep-together or sections;
what any PDF of this text costs at least.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from narrativ.reports.fonts import register_fonts
from narrativ.reports.handout_data import HandoutItem, ParentHandout
from narrativ.reports.parent_handout import render_parent_handout

STORY = (
    "Emil stod ved vandpytten på legepladsen og kiggede på de andre børn, der byggede en "
    "dæmning. Han hentede en skovl og begyndte at grave en kanal ned mod pytten. Da vandet "
    "løb, råbte han: »Se, det virker!«, og flere børn kom til. Han viste en kammerat, "
    "hvordan man kunne lægge sten i bunden, så kanalen ikke skred sammen."
)
REFLECTION = "Emil tager initiativ og deler sin opdagelse med de andre."
NEXT = "Vi giver Emil en opgave med hænderne i samlingen."


def handout(count: int) -> ParentHandout:
    items = tuple(
        HandoutItem(
            date(2026, 1, 1) + timedelta(days=i), "formiddag", "legeplads", STORY, REFLECTION,
            NEXT, ("social udvikling", "natur, udeliv og science"),
        )
        for i in range(count)
    )  # fmt: skip
    return ParentHandout(
        "Børnehuset Mælkebøtten", "Spurvene", "Emil", "han", "Rikke Sørensen",
        date(2026, 1, 1), date(2026, 12, 31), date(2026, 12, 31), items, True, True,
    )  # fmt: skip


def floor(count: int) -> bytes:
    style = ParagraphStyle("floor", fontName=register_fonts(), fontSize=10.5, leading=14.5)
    buffer = io.BytesIO()
    story = []
    for _ in range(count):
        story += [Paragraph(STORY, style), Paragraph(REFLECTION, style), Paragraph(NEXT, style)]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm: fonts registered, modules imported
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    results = []
    for count, runs, target in ((10, 30, 60.0), (200, 5, 600.0)):
        data = handout(count)
        value = median_ms(lambda d=data: render_parent_handout(d), runs)
        bare = median_ms(lambda c=count: floor(c), runs)
        ratio = value / bare
        verdict = "PASS" if value <= target and (count != 10 or ratio <= 3) else "FAIL"
        print(
            f"handout_{count}: {value:7.1f} ms  floor {bare:7.1f} ms  ratio {ratio:4.2f}  "
            f"target ≤ {target:.0f} ms{' and ≤ 3×' if count == 10 else ''}  {verdict}"
        )
        results.append(
            {"name": f"handout_{count}", "value": round(value, 2), "unit": "ms",
             "floor": round(bare, 2), "ratio": round(ratio, 2)}
        )  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
