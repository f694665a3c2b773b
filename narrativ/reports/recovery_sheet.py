"""The one-page recovery sheet for the institution's safe: the code and what it is for."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from narrativ.reports.fonts import BOLD, register_fonts


@dataclass(frozen=True)
class RecoverySheet:
    institution: str
    database_file: str
    recovery_code: str
    created_on: date


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    """A4 PDF in memory; the caller writes it only where the user chose."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    family = register_fonts()
    body = ParagraphStyle("body", fontName=family, fontSize=11, leading=15)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=20, leading=26, spaceAfter=6)
    code_style = ParagraphStyle(
        "code", fontName=BOLD, fontSize=22, leading=30, alignment=1, spaceBefore=6
    )
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=24 * mm,
        bottomMargin=20 * mm,
        title="Narrativ – gendannelseskode",
        author="Narrativ",
    )
    code_box = Table(
        [[Paragraph(_two_lines(sheet.recovery_code), code_style)]],
        colWidths=[150 * mm],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, "black"),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        ),
    )
    paragraphs = [
        "Denne kode åbner institutionens Narrativ-database, hvis alle ledere har glemt deres "
        "adgangskode. Den giver adgang til alt, hvad der står om børnene.",
        "<b>Opbevar arket i institutionens pengeskab.</b> Tag ikke billeder af det, og skriv "
        "ikke koden ind i e-mails, dokumenter eller på pc'en.",
        "Sådan bruges koden: Vælg «Glemt adgangskode» på låseskærmen (eller kommandoen "
        "<i>narrativ recover</i>), skriv koden, og vælg en ny adgangskode.",
    ]
    story = [
        Paragraph("Gendannelseskode til Narrativ", title),
        Paragraph(escape(sheet.institution), body),
        Spacer(1, 10 * mm),
        code_box,
        Spacer(1, 10 * mm),
        *[item for text in paragraphs for item in (Paragraph(text, body), Spacer(1, 4 * mm))],
        Spacer(1, 8 * mm),
        Paragraph(f"Databasefil: {escape(sheet.database_file)}", body),
        Paragraph(f"Oprettet: {sheet.created_on.strftime('%d.%m.%Y')}", body),
    ]
    document.build(story)
    return buffer.getvalue()


def _two_lines(code: str) -> str:
    """Break between groups, never inside one, so the code reads back as written."""
    groups = code.split("-")
    half = (len(groups) + 1) // 2
    return escape("-".join(groups[:half])) + "-<br/>" + escape("-".join(groups[half:]))
