"""The deck of reflection questions for staff meetings, and the A4 sheets of cut-out cards.

The deck is shipped data (``resources/guide/questions.json``), not anything about children,
so printing it needs no permission check and leaves nothing in the audit log. It lives here
rather than in the UI so that a command-line tool can print the cards without Qt.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from narrativ.paths import resource_path
from narrativ.reports.fonts import BOLD, register_fonts
from narrativ.reports.layout import PAGE_HEIGHT, PAGE_WIDTH, text

COLUMNS = 2
ROWS = 4
CARDS_PER_PAGE = COLUMNS * ROWS
# Most office printers cannot print the outer 4–5 mm; the cutting lines must stay visible.
SHEET_MARGIN = 12 * mm
PADDING = 7 * mm
THEME_HEIGHT = 9 * mm
FOOTER_HEIGHT = 6 * mm
# The question shrinks step by step until it fits its card; the longest in the shipped deck
# fits at the largest size, the smallest size is for an institution's own long questions.
QUESTION_SIZES = (14.0, 13.0, 12.0, 11.0, 10.0, 9.0)
CUT_GREY = "#8c8c8c"
QUIET_GREY = "#5c5c5c"
THEME_COLOUR = "#6b4e16"


@dataclass(frozen=True)
class Question:
    theme: str
    text: str


def load_questions(path: Path | None = None) -> tuple[Question, ...]:
    """The deck in file order: theme by theme, each theme's questions in the order written."""
    source = path or resource_path("guide", "questions.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    return tuple(
        Question(group["theme"].strip(), question.strip())
        for group in data["themes"]
        for question in group["questions"]
    )


def _question_paragraph(question: Question, width: float, height: float) -> Paragraph:
    family = register_fonts()
    paragraph = Paragraph("")
    for size in QUESTION_SIZES:
        style = ParagraphStyle("question", fontName=family, fontSize=size, leading=size * 1.3)
        paragraph = Paragraph(text(question.text), style)
        _, needed = paragraph.wrap(width, height)
        if needed <= height:
            break
    return paragraph


def _draw_card(
    canvas: Canvas,
    question: Question,
    number: int,
    total: int,
    x: float,
    y: float,
    width: float,
    height: float,
) -> None:
    """One card with its lower left corner at (x, y)."""
    inner = width - 2 * PADDING
    top = y + height - PADDING
    theme = Paragraph(
        escape(question.theme),
        ParagraphStyle("theme", fontName=BOLD, fontSize=9, leading=11, textColor=THEME_COLOUR),
    )
    _, theme_height = theme.wrap(inner, THEME_HEIGHT)
    theme.drawOn(canvas, x + PADDING, top - theme_height)
    rule_y = top - THEME_HEIGHT + 1.5 * mm
    canvas.setStrokeColor(THEME_COLOUR)
    canvas.setLineWidth(0.6)
    canvas.line(x + PADDING, rule_y, x + PADDING + 18 * mm, rule_y)

    # The question sits in the middle of what is left between theme and footer.
    room_top = top - THEME_HEIGHT
    room_bottom = y + PADDING + FOOTER_HEIGHT
    paragraph = _question_paragraph(question, inner, room_top - room_bottom)
    _, needed = paragraph.wrap(inner, room_top - room_bottom)
    paragraph.drawOn(canvas, x + PADDING, room_bottom + (room_top - room_bottom - needed) / 2)

    canvas.setFillColor(QUIET_GREY)
    canvas.setFont(register_fonts(), 7)
    canvas.drawString(x + PADDING, y + PADDING, "Narrativ · spørgsmål til personalemødet")
    canvas.drawRightString(x + width - PADDING, y + PADDING, f"{number}/{total}")
    canvas.setFillColor("black")


def _draw_cutting_lines(canvas: Canvas, left: float, bottom: float, w: float, h: float) -> None:
    canvas.setStrokeColor(CUT_GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 2)
    right, top = left + COLUMNS * w, bottom + ROWS * h
    for column in range(COLUMNS + 1):
        canvas.line(left + column * w, bottom, left + column * w, top)
    for row in range(ROWS + 1):
        canvas.line(left, bottom + row * h, right, bottom + row * h)
    canvas.setDash()


def render_question_cards(questions: Sequence[Question]) -> bytes:
    """A4 sheets, ``CARDS_PER_PAGE`` cards each, with dashed cutting lines; in memory only.

    Every card carries its theme, so a shuffled pile still says where a question belongs.
    """
    if not questions:
        raise ValueError("no questions to print")
    family = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    canvas.setTitle("Spørgsmål til personalemødet")
    canvas.setAuthor("Narrativ")
    canvas.setSubject("Refleksionsspørgsmål som kort til at klippe ud")
    card_w = (PAGE_WIDTH - 2 * SHEET_MARGIN) / COLUMNS
    card_h = (PAGE_HEIGHT - 2 * SHEET_MARGIN) / ROWS
    pages = math.ceil(len(questions) / CARDS_PER_PAGE)
    for page in range(pages):
        canvas.setFont(family, 7.5)
        canvas.setFillColor(QUIET_GREY)
        canvas.drawString(
            SHEET_MARGIN,
            PAGE_HEIGHT - SHEET_MARGIN + 4 * mm,
            "✂  Klip langs de stiplede linjer",
        )
        canvas.drawRightString(
            PAGE_WIDTH - SHEET_MARGIN,
            PAGE_HEIGHT - SHEET_MARGIN + 4 * mm,
            f"Side {page + 1} af {pages}",
        )
        canvas.setFillColor("black")
        first = page * CARDS_PER_PAGE
        for slot, question in enumerate(questions[first : first + CARDS_PER_PAGE]):
            row, column = divmod(slot, COLUMNS)
            x = SHEET_MARGIN + column * card_w
            y = PAGE_HEIGHT - SHEET_MARGIN - (row + 1) * card_h
            _draw_card(canvas, question, first + slot + 1, len(questions), x, y, card_w, card_h)
        # Lines on every slot, also the empty ones on the last sheet: blank cards are
        # handy for the team's own questions.
        _draw_cutting_lines(canvas, SHEET_MARGIN, SHEET_MARGIN, card_w, card_h)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
