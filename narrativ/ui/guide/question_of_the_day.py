"""The question of the day for the leader's start page, and the card that shows it.

The choice depends on the date and the shipped deck only, so every PC in the institution
shows the same question on the same day and a team can talk about it at the meeting.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from narrativ.reports.question_cards import Question, load_questions

__all__ = [
    "Question",
    "QuestionCard",
    "daily_deck",
    "interleave",
    "question_for",
    "workday_number",
]

CARD_STYLE = """
QFrame#questionCard { background: #fbf8f1; border: 1px solid #d9cfb8; border-radius: 6px; }
QFrame#questionCard QLabel { background: transparent; border: none; }
QLabel#questionTheme { color: #6b4e16; font-weight: 600; }
"""


def interleave(questions: Sequence[Question]) -> tuple[Question, ...]:
    """One question of each theme in turn, so the days do not dwell a week on one theme."""
    themes: dict[str, list[Question]] = {}
    for question in questions:
        themes.setdefault(question.theme, []).append(question)
    ordered: list[Question] = []
    for rank in range(max((len(q) for q in themes.values()), default=0)):
        ordered.extend(group[rank] for group in themes.values() if rank < len(group))
    return tuple(ordered)


@functools.cache
def daily_deck() -> tuple[Question, ...]:
    """The shipped deck in the order the days take it."""
    return interleave(load_questions())


def workday_number(day: date) -> int:
    """Monday to Friday counted from a fixed Monday; Saturday and Sunday keep Friday's number.

    Staff meetings are on weekdays: counting calendar days would give two of every seven
    questions to a weekend, where nobody sees them.
    """
    weeks, weekday = divmod(day.toordinal() - 1, 7)  # ordinal 1 (1 January 1) is a Monday
    return weeks * 5 + min(weekday, 4)


def question_for(day: date, deck: Sequence[Question] | None = None) -> Question:
    """The same question for everyone on ``day``; consecutive weekdays go through the deck."""
    questions = daily_deck() if deck is None else deck
    if not questions:
        raise ValueError("the question deck is empty")
    return questions[workday_number(day) % len(questions)]


class QuestionCard(QFrame):
    """A quiet card: the theme above, the question in a larger type below."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionCard")
        self.setStyleSheet(CARD_STYLE)
        self.setAccessibleName(self.tr("Dagens spørgsmål"))
        self.theme = QLabel()
        self.theme.setObjectName("questionTheme")
        self.question = QLabel()
        for label in (self.theme, self.question):
            label.setWordWrap(True)
            label.setIndent(0)
        # Plain text: a question with "<" or "&" must show as written.
        for label in (self.theme, self.question):
            label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question.font()
        if font.pointSizeF() > 0:  # a pixel-sized font has no point size to scale
            font.setPointSizeF(font.pointSizeF() * 1.25)
            self.question.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(self.theme)
        layout.addWidget(self.question)
        self.set_question(question)

    def set_question(self, question: Question) -> None:
        self.current = question
        self.theme.setText(question.theme)
        self.question.setText(question.text)
        self.setAccessibleDescription(f"{question.theme}: {question.text}")
