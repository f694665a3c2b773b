"""The cross-professional handout (PPR, sundhedsplejerske, støttepædagog): marked
confidential, either anonymous (pseudonym, no birth month, no institution) or named under
a recorded consent whose reference it prints."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Spacer

from narrativ.reports.handout_data import MeetingHandout
from narrativ.reports.layout import (
    Styles,
    a4_document,
    danish_date,
    marked_pages,
    text,
)
from narrativ.reports.parent_handout import item_flowables, writing_lines
from narrativ.reports.plan_items import plan_flowables

CONFIDENTIAL = "FORTROLIGT"


def render_meeting_handout(handout: MeetingHandout) -> bytes:
    styles = Styles()
    buffer = io.BytesIO()
    label = escape(handout.child_label)
    document = a4_document(
        buffer, f"{CONFIDENTIAL} – tværfagligt møde", handout.educator, extra_top=8 * mm
    )
    period = f"{danish_date(handout.period_from)} – {danish_date(handout.period_to)}"
    facts = [f"Til: {escape(handout.recipient)}", escape(period)]
    if not handout.anonymous:
        if handout.institution:
            facts.insert(0, escape(handout.institution))
        if handout.birth_month:
            facts.append(f"Født: {escape(handout.birth_month)}")
    story: list[Flowable] = [
        styles.para(f"Tværfagligt møde om {label}", styles.title),
        styles.para(" · ".join(facts), styles.small),
        styles.para(
            f"Udarbejdet af {escape(handout.educator)}, {escape(danish_date(handout.created_on))}",
            styles.small,
        ),
    ]
    if handout.anonymous and handout.about_group:
        story.append(
            styles.para(
                "Anonym sparring om et fællesskab: børnenes navne er udeladt, og hverken "
                "institution eller gruppe er nævnt.",
                styles.small,
            )
        )
    elif handout.anonymous:
        story.append(
            styles.para(
                "Anonym sparring: barnet er beskrevet uden navn, fødselsmåned og institution, "
                "og andre børns navne er udeladt.",
                styles.small,
            )
        )
    elif handout.consent_reference:
        story.append(styles.para(f"Samtykke: {escape(handout.consent_reference)}", styles.small))
    story.append(Spacer(1, 4 * mm))
    story.append(styles.para("Det vil vi gerne drøfte", styles.heading))
    if handout.questions:
        story.append(
            ListFlowable(
                [ListItem(styles.para(text(q)), leftIndent=12) for q in handout.questions],
                bulletType="bullet",
                start="•",
                leftIndent=12,
            )
        )
    else:
        story.append(writing_lines(4))
    story.append(styles.para("Fortællinger fra hverdagen", styles.heading))
    for item in handout.items:
        story.extend(item_flowables(item, styles, reflection=True, next_steps=True))
    if handout.plans:
        story.append(styles.para("Handleplaner", styles.heading))
        for plan in handout.plans:
            story.extend(plan_flowables(plan, styles))
    for title, body in handout.extra_sections:
        story += [styles.para(escape(title), styles.heading), styles.para(text(body))]
    story += [styles.para("Aftaler fra mødet", styles.heading), writing_lines(5)]

    document.build(
        story,
        canvasmaker=marked_pages(
            CONFIDENTIAL,
            "Må ikke videregives uden aftale",
            f"{CONFIDENTIAL} · {handout.child_label}",
        ),
    )
    return buffer.getvalue()
