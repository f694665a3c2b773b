"""The access-export PDF (indsigtsret): what is recorded about one child, in plain Danish."""

from __future__ import annotations

import io
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from narrativ.reports.fonts import register_fonts
from narrativ.reports.layout import (
    MARGIN,
    PAGE_WIDTH,
    Styles,
    a4_document,
    danish_date,
    numbered_canvas,
    text,
)

ROLES = {"focus": "fokusbarn", "present": "til stede", "mentioned": "nævnt"}


def _day(value: str | None) -> str:
    return danish_date(date.fromisoformat(value[:10])) if value else "–"


def _table(rows: list[list[str]], styles: Styles, widths: list[float]) -> Table:
    cells = [[styles.para(escape(c), styles.small) for c in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, "#333333"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, "#aaaaaa"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def render_access_report(data: dict[str, Any]) -> bytes:
    styles = Styles()
    buffer = io.BytesIO()
    child = data["child"]
    name = f"{child['first_name']} {child['last_initial']}.".strip()
    document = a4_document(buffer, f"Indsigt – {name}", data["made_by"])
    width = PAGE_WIDTH - 2 * MARGIN
    story: list[Flowable] = [
        styles.para(f"Det har vi registreret om {escape(name)}", styles.title),
        styles.para(
            f"{escape(data['institution'])} · udleveret {escape(_day(data['made']))} af "
            f"{escape(data['made_by'])}",
            styles.small,
        ),
        Spacer(1, 4 * mm),
        styles.para(
            "Denne udskrift viser alt, hvad Narrativ indeholder om barnet: oplysningerne om "
            "barnet, de fortællinger, barnet indgår i, samtykker, hvem der har fået materiale, "
            "og hvem der har læst om barnet hvornår. Andre børns navne er udeladt."
        ),
        styles.para("Oplysninger om barnet", styles.heading),
        styles.para(
            f"Navn: {escape(name)} · født {escape(child['birth_month'])} · startet "
            f"{escape(_day(child['started']))} · stoppet {escape(_day(child['left']))}"
        ),
        _table(
            [["Gruppe", "Fra", "Til"]]
            + [[g["group"], _day(g["from"]), _day(g["to"])] for g in child["groups"]],
            styles,
            [width * 0.5, width * 0.25, width * 0.25],
        ),
        styles.para(f"Fortællinger ({len(data['narratives'])})", styles.heading),
    ]
    for n in data["narratives"]:
        heading = (
            f"{_day(n['date'])} – {n['context'] or n['group']} ({ROLES.get(n['role'], n['role'])})"
        )
        story += [
            styles.para(escape(heading), styles.item_heading),
            styles.para(f"Skrevet af {escape(n['author'])}", styles.small),
            styles.para(text(n["story"])),
        ]
        if n["reflection"]:
            story += [styles.para("Refleksion", styles.label), styles.para(text(n["reflection"]))]
        if n["next_steps"]:
            story += [styles.para("Næste skridt", styles.label), styles.para(text(n["next_steps"]))]
        for comment in n["comments"]:
            story.append(
                styles.para(
                    f"Kommentar fra {escape(comment['by'])}: {text(comment['text'])}", styles.small
                )
            )
    story.append(styles.para("Handleplaner", styles.heading))
    if not data.get("plans"):
        story.append(styles.para("Ingen handleplaner.", styles.small))
    for plan in data.get("plans", []):
        story += [
            styles.para(
                f"Opfølgning {escape(_day(plan['follow_up_on']))} ({escape(plan['status'])})",
                styles.item_heading,
            ),
            styles.para(text(plan["want_more_of"])),
        ]
        if plan["what_we_do"]:
            story += [
                styles.para("Det gør vi", styles.label),
                styles.para(text(plan["what_we_do"])),
            ]
        for f in plan["follow_ups"]:
            story.append(
                styles.para(
                    f"{escape(_day(f['date']))}, {escape(f['by'])}: {text(f['what_happened'])}",
                    styles.small,
                )
            )
    story.append(styles.para("Samtykker", styles.heading))
    story.append(
        _table(
            [["Givet af", "Dato", "Modtagere", "Udløber", "Trukket tilbage"]]
            + [
                [
                    c["given_by"],
                    _day(c["given_on"]),
                    ", ".join(c["recipients"]),
                    _day(c["expires_on"]),
                    _day(c["withdrawn_on"]),
                ]
                for c in data["consents"]
            ],
            styles,
            [width * 0.22, width * 0.18, width * 0.24, width * 0.18, width * 0.18],
        )
    )
    story.append(styles.para("Udleveret materiale", styles.heading))
    story.append(
        _table(
            [["Dato", "Af", "Slags", "Til"]]
            + [[_day(d["at"]), d["by"], d["kind"], d["recipient"]] for d in data["disclosures"]],
            styles,
            [width * 0.2, width * 0.3, width * 0.2, width * 0.3],
        )
    )
    story.append(styles.para("Hvem har arbejdet med oplysningerne", styles.heading))
    story.append(
        _table(
            [["Tidspunkt", "Hvem", "Hvad"]]
            + [[a["at"].replace("T", " "), a["who"], a["purpose"]] for a in data["audit"]],
            styles,
            [width * 0.28, width * 0.32, width * 0.4],
        )
    )

    def footer(canvas: Canvas) -> None:
        canvas.setFont(register_fonts(), 8.5)
        canvas.drawString(MARGIN, 12 * mm, f"Indsigt · {name} · fortroligt")

    document.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()
