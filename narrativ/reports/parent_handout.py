"""The parent-meeting handout: the child's everyday, told with its strengths, and room for
what the parents see at home — the method's point is that parents say what *they* see."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from narrativ.reports.fonts import register_fonts
from narrativ.reports.handout_data import HandoutItem, ParentHandout
from narrativ.reports.layout import (
    MARGIN,
    PAGE_WIDTH,
    Styles,
    a4_document,
    danish_date,
    numbered_canvas,
    text,
)

WRITING_LINES = 6


def writing_lines(count: int = WRITING_LINES) -> Table:
    """Ruled lines for handwriting at the meeting."""
    table = Table(
        [[""] for _ in range(count)], colWidths=[PAGE_WIDTH - 2 * MARGIN], rowHeights=9 * mm
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, "#777777")]))
    return table


def item_flowables(
    item: HandoutItem, styles: Styles, reflection: bool, next_steps: bool
) -> list[Flowable]:
    when = danish_date(item.occurred_on)
    where = ", ".join(p for p in (item.part_of_day, item.context) if p)
    heading = (
        when + (f" – {where}" if where else "") + (f" · {item.community}" if item.community else "")
    )
    parts: list[Flowable] = [
        styles.para(escape(heading), styles.item_heading),
        styles.para(text(item.story)),
    ]
    if reflection and item.reflection.strip():
        parts += [styles.para("Det tænker vi", styles.label), styles.para(text(item.reflection))]
    if next_steps and item.next_steps.strip():
        parts += [styles.para("Det gør vi", styles.label), styles.para(text(item.next_steps))]
    if item.themes:
        parts.append(
            styles.para("Læreplanstemaer: " + escape(", ".join(item.themes)), styles.small)
        )
    # A short narrative stays on one page; a long one may break.
    return [KeepTogether(parts)] if len(item.story) < 1500 else parts


def render_parent_handout(handout: ParentHandout) -> bytes:
    """A4 PDF in memory; nothing is written to disk here."""
    styles = Styles()
    buffer = io.BytesIO()
    child = escape(handout.child_first_name)
    document = a4_document(
        buffer,
        f"Til forældresamtalen – {handout.child_first_name}",
        handout.educator,
        extra_top=6 * mm,
        subject=handout.institution,
    )
    period = f"{danish_date(handout.period_from)} – {danish_date(handout.period_to)}"
    story: list[Flowable] = [
        styles.para(f"Til forældresamtalen om {child}", styles.title),
        styles.para(
            f"{escape(handout.institution)} · {escape(handout.group)} · {escape(period)}",
            styles.small,
        ),
        styles.para(
            f"Kontakt: {escape(handout.educator)} · {escape(danish_date(handout.created_on))}",
            styles.small,
        ),
        Spacer(1, 5 * mm),
        styles.para(
            f"Her er nogle små fortællinger fra hverdagen med {child}. Vi har skrevet dem "
            f"ned, fordi de viser, hvad {escape(handout.child_pronoun)} er optaget af, hvad "
            f"{escape(handout.child_pronoun)} kan, og hvordan {escape(handout.child_pronoun)} "
            "er sammen med andre. Læs dem gerne før samtalen. Vi er meget interesserede i at "
            "høre, hvad I ser derhjemme."
        ),
        styles.para("Det har vi set", styles.heading),
    ]
    if not handout.items:
        story.append(styles.para("Der er ikke valgt nogen fortællinger til denne samtale."))
    for item in handout.items:
        story.extend(item_flowables(item, styles, handout.with_reflection, handout.with_next_steps))
    story += [
        KeepTogether(
            [
                styles.para("Det ser vi derhjemme", styles.heading),
                styles.para(
                    f"Hvad ser I {child} gøre og være optaget af derhjemme? Skriv gerne her.",
                    styles.small,
                ),
                writing_lines(),
            ]
        ),
        KeepTogether(
            [
                styles.para("Det vil vi arbejde videre med", styles.heading),
                styles.para("Det aftaler vi sammen på mødet.", styles.small),
                writing_lines(5),
            ]
        ),
    ]

    def header(canvas: Canvas) -> None:
        canvas.setFont(register_fonts(), 8.5)
        canvas.drawString(MARGIN, 12 * mm, f"{handout.institution} · {handout.child_first_name}")

    document.build(story, canvasmaker=numbered_canvas(header))
    return buffer.getvalue()
