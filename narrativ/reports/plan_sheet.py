"""One action plan on paper, for the staff's own use: a staff meeting, the group's folder.

Named, since it is the house's own working paper, and marked as such on every page; what
goes to other professionals goes through the cross-professional handout, which masks.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from narrativ.reports.handout_data import PlanSheet
from narrativ.reports.layout import (
    Styles,
    a4_document,
    danish_date,
    marked_pages,
)
from narrativ.reports.parent_handout import item_flowables, writing_lines
from narrativ.reports.plan_items import plan_flowables

INTERNAL = "INTERNT ARBEJDSPAPIR"


def render_plan_sheet(sheet: PlanSheet) -> bytes:
    """A4 PDF in memory; nothing is written to disk here."""
    styles = Styles()
    buffer = io.BytesIO()
    plan = sheet.plan
    document = a4_document(buffer, f"Handleplan – {plan.subject}", sheet.author, extra_top=8 * mm)
    facts = [f for f in (sheet.institution, sheet.group) if f]
    story: list[Flowable] = [
        styles.para(f"Handleplan for {escape(plan.subject)}", styles.title),
        styles.para(escape(" · ".join(facts)), styles.small),
        styles.para(
            f"Skrevet af {escape(sheet.author)} · udskrevet af {escape(sheet.printed_by)}, "
            f"{escape(danish_date(sheet.created_on))}",
            styles.small,
        ),
        Spacer(1, 4 * mm),
        *plan_flowables(plan, styles, heading=False),
    ]
    if sheet.builds_on:
        story.append(styles.para("Fortællinger, planen bygger på", styles.heading))
        for item in sheet.builds_on:
            story.extend(item_flowables(item, styles, reflection=False, next_steps=False))
    story += [styles.para("Noter til næste opfølgning", styles.heading), writing_lines(5)]

    document.build(
        story,
        canvasmaker=marked_pages(
            INTERNAL, "Opbevares som andre oplysninger om børn", f"Handleplan · {plan.subject}"
        ),
    )
    return buffer.getvalue()
