"""What every handout shares: A4, the embedded fonts, styles, escaping, page numbers."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from narrativ.reports.fonts import BOLD, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip


def danish_date(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def text(value: str) -> str:
    """User text as Paragraph markup: escaped (``<``, ``&`` print literally), lines kept."""
    return "<br/>".join(escape(line) for line in value.strip().splitlines())


class Styles:
    def __init__(self) -> None:
        family = register_fonts()
        self.body = ParagraphStyle(
            "body", fontName=family, fontSize=10.5, leading=14.5, spaceAfter=5
        )
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11)
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=19, leading=24, spaceAfter=4)
        self.heading = ParagraphStyle(
            "heading", fontName=BOLD, fontSize=13, leading=17, spaceBefore=10, spaceAfter=4
        )
        self.item_heading = ParagraphStyle(
            "item", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=2
        )
        self.label = ParagraphStyle("label", parent=self.body, fontName=BOLD, spaceAfter=1)

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup, style or self.body)


def a4_document(
    buffer: io.BytesIO, title: str, author: str, extra_top: float = 0.0, subject: str = ""
) -> SimpleDocTemplate:
    """The house's A4 page: even margins, a little more at the top for a running header."""
    return SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + extra_top,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
    )


def numbered_canvas(header: Callable[[Canvas], None]) -> type[Canvas]:
    """A canvas that knows the page count, for "Side 2 af 5" on every page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                header(self)
                self.setFont(register_fonts(), 8.5)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN, 12 * mm, f"Side {self._pageNumber} af {total}"
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def marked_pages(mark: str, notice: str, footer: str) -> type[Canvas]:
    """Numbered pages with ``mark`` in bold at the top left ("FORTROLIGT"), ``notice`` at
    the top right and ``footer`` at the bottom left: how a confidential paper says so on
    every page, not only the first."""

    def header(canvas: Canvas) -> None:
        canvas.setFont(BOLD, 10)
        canvas.drawString(MARGIN, PAGE_HEIGHT - 14 * mm, mark)
        canvas.setFont(register_fonts(), 8.5)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 14 * mm, notice)
        canvas.drawString(MARGIN, 12 * mm, footer)

    return numbered_canvas(header)
