"""An action plan as flowables: shared by the plan sheet and the cross-professional handout."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether

from narrativ.reports.handout_data import PlanItem
from narrativ.reports.layout import Styles, danish_date, text


def plan_flowables(plan: PlanItem, styles: Styles, heading: bool = True) -> list[Flowable]:
    state = "afsluttet" if plan.closed else f"opfølgning {danish_date(plan.follow_up_on)}"
    parts: list[Flowable] = []
    if heading:
        parts.append(
            styles.para(
                f"Handleplan for {escape(plan.subject)} ({escape(state)})", styles.item_heading
            )
        )
    parts += [
        styles.para("Det vil vi gerne se mere af", styles.label),
        styles.para(text(plan.want_more_of)),
    ]
    if plan.what_we_do.strip():
        parts += [styles.para("Det gør vi", styles.label), styles.para(text(plan.what_we_do))]
    if plan.who.strip():
        parts += [styles.para("Hvem", styles.label), styles.para(text(plan.who))]
    if not heading:
        parts += [styles.para("Opfølgning", styles.label), styles.para(escape(state))]
    blocks: list[Flowable] = [KeepTogether(parts)]
    for number, follow_up in enumerate(plan.follow_ups):
        # The label stays with the first follow-up, never alone at the foot of a page.
        label = [styles.para("Sådan er det gået", styles.label)] if number == 0 else []
        blocks.append(
            KeepTogether(
                [
                    *label,
                    styles.para(
                        escape(f"{danish_date(follow_up.on)} – {follow_up.author}"), styles.small
                    ),
                    styles.para(text(follow_up.what_happened)),
                ]
            )
        )
    return blocks
