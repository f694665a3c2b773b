"""The question cards read back from the real PDF: every question, æøå, pages, escaping."""

from __future__ import annotations

import io
import math

import pytest
from pypdf import PdfReader

from narrativ.reports.layout import PAGE_HEIGHT
from narrativ.reports.question_cards import (
    CARDS_PER_PAGE,
    FOOTER_HEIGHT,
    PADDING,
    QUESTION_SIZES,
    ROWS,
    SHEET_MARGIN,
    Question,
    load_questions,
    render_question_cards,
)


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_question_and_theme_is_on_the_cards() -> None:
    deck = load_questions()
    pdf = render_question_cards(deck)
    pages = pages_of(pdf)
    assert len(pages) == math.ceil(len(deck) / CARDS_PER_PAGE)
    everything = flat(" ".join(pages))
    for question in deck:
        assert flat(question.text) in everything, question.text
    for number, question in enumerate(deck):
        # Each card is on its own sheet, with its theme: a shuffled pile still sorts.
        page = flat(pages[number // CARDS_PER_PAGE])
        assert flat(question.text) in page
        assert question.theme in page
    assert "æ" in everything and "ø" in everything and "å" in everything
    assert "Forældresamarbejde" in everything and "Tværfagligt samarbejde" in everything


@pytest.mark.parametrize("count", [1, CARDS_PER_PAGE, CARDS_PER_PAGE + 1, 3 * CARDS_PER_PAGE])
def test_pages_are_cards_divided_by_cards_per_page(count: int) -> None:
    deck = [Question("Etik", f"Spørgsmål nummer {n} om børnenes hverdag?") for n in range(count)]
    pages = pages_of(render_question_cards(deck))
    assert len(pages) == math.ceil(count / CARDS_PER_PAGE)
    assert f"Side {len(pages)} af {len(pages)}" in pages[-1]


def test_markup_in_a_question_prints_literally() -> None:
    odd = Question("Etik & ansvar", "Hvad betyder <b>fed</b> & »citat« for os – og <br/> her?")
    text = flat(pages_of(render_question_cards([odd]))[0])
    assert "Hvad betyder <b>fed</b> & »citat« for os – og <br/> her?" in text
    assert "Etik & ansvar" in text


def test_a_long_question_shrinks_to_fit_its_card() -> None:
    words = "Hvordan kan vi sammen med forældrene og børnene selv finde ud af, hvad der virker"
    long = Question("Forældresamarbejde", f"{words}, og {words.lower()} – {words.lower()}?")
    page = PdfReader(io.BytesIO(render_question_cards([long]))).pages[0]
    lines: list[tuple[float, float, str]] = []  # (y, font size, text) of every text run

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            lines.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], size * tm[3] * cm[3], text))

    page.extract_text(visitor_text=visit)
    card_top = PAGE_HEIGHT - SHEET_MARGIN
    card_bottom = card_top - (PAGE_HEIGHT - 2 * SHEET_MARGIN) / ROWS
    # Header and footer lines are smaller than any question size; the theme is named.
    question = [(y, size) for y, size, text in lines if size > 8 and long.theme not in text]
    assert question, lines
    assert max(size for _, size in question) < max(QUESTION_SIZES)  # it did shrink
    # Between the theme and the card's own footer line: nothing runs over the edge.
    assert all(
        card_bottom + PADDING + FOOTER_HEIGHT / 2 < y < card_top - PADDING for y, _ in question
    )
    assert flat(long.text) in flat(page.extract_text())


def test_no_questions_is_a_mistake() -> None:
    with pytest.raises(ValueError, match="no questions"):
        render_question_cards([])
