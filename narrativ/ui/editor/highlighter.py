"""Wavy marks under wording that turns a situation into a verdict (advice, never a block)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QHelpEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from narrativ.language import Hint, Lexicon, lint

MARK_COLOUR = QColor("#c26a00")


class HintHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, lexicon: Lexicon | None = None) -> None:
        super().__init__(document)
        self.lexicon = lexicon
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.format.setUnderlineColor(MARK_COLOUR)

    def highlightBlock(self, text: str) -> None:
        for hint in lint(text, self.lexicon):
            self.setFormat(hint.start, hint.end - hint.start, self.format)


def hint_at(edit: QPlainTextEdit, x: int, y: int, lexicon: Lexicon | None = None) -> Hint | None:
    from PySide6.QtCore import QPoint

    cursor = edit.cursorForPosition(QPoint(x, y))
    block = cursor.block()
    offset = cursor.position() - block.position()
    return next((h for h in lint(block.text(), lexicon) if h.start <= offset <= h.end), None)


class HintToolTips(QObject):
    """Shows a mark's suggestion when the mouse rests on it."""

    def __init__(self, edit: QPlainTextEdit, lexicon: Lexicon | None = None) -> None:
        super().__init__(edit)
        self.edit = edit
        self.lexicon = lexicon
        edit.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hint = hint_at(self.edit, event.pos().x(), event.pos().y(), self.lexicon)
            if hint is not None:
                QToolTip.showText(event.globalPos(), hint.suggestion, self.edit)
            else:
                QToolTip.hideText()
            return True
        return False
