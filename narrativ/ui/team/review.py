"""The leader's answers to a narrative: mark it as seen, comment, or ask for more."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReviewBar(QWidget):
    mark_reviewed = Signal()
    comment = Signal(str, str)  # kind ("comment" or "elaborate"), text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewed_button = QPushButton(self.tr("&Markér som set"))
        self.reviewed_button.setToolTip(self.tr("Fortæl forfatteren, at du har læst narrativen"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Kommentar til forfatteren"))
        self.text.setPlaceholderText(
            self.tr("Skriv en kommentar, eller bed forfatteren om at uddybe noget")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 14)
        self.comment_button = QPushButton(self.tr("Skriv &kommentar"))
        self.elaborate_button = QPushButton(self.tr("&Uddyb gerne …"))
        self.elaborate_button.setToolTip(
            self.tr("Send teksten som en opfordring til at fortælle mere")
        )
        self.note = QLabel()
        self.note.setObjectName("quiet")
        self.note.setWordWrap(True)
        text_label = QLabel(self.tr("&Din kommentar:"))
        text_label.setBuddy(self.text)

        buttons = QHBoxLayout()
        buttons.addWidget(self.reviewed_button)
        buttons.addStretch()
        buttons.addWidget(self.comment_button)
        buttons.addWidget(self.elaborate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(text_label)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.comment_button.clicked.connect(lambda: self._send("comment"))
        self.elaborate_button.clicked.connect(lambda: self._send("elaborate"))
        self.text.textChanged.connect(self._update_buttons)
        self._status: str | None = None
        self._busy = False
        self.set_narrative(None)

    def set_narrative(self, status: str | None) -> None:
        """The status of the narrative shown, or None when none is."""
        self._status = status
        if status == "draft":
            self.note.setText(
                self.tr("Kladde: forfatteren har ikke delt den endnu, så den kan ikke kommenteres.")
            )
        else:
            self.note.clear()
        self.note.setVisible(bool(self.note.text()))
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        """While an answer is being saved, a second click must not send it twice."""
        self._busy = busy
        self._update_buttons()

    def clear_text(self) -> None:
        self.text.clear()

    def _send(self, kind: str) -> None:
        if self.text.toPlainText().strip():
            self.comment.emit(kind, self.text.toPlainText())

    def _update_buttons(self) -> None:
        open_for_answers = self._status in ("shared", "reviewed") and not self._busy
        self.reviewed_button.setEnabled(open_for_answers and self._status == "shared")
        has_text = bool(self.text.toPlainText().strip())
        self.comment_button.setEnabled(open_for_answers and has_text)
        self.elaborate_button.setEnabled(open_for_answers and has_text)
        self.text.setEnabled(self._status in ("shared", "reviewed"))
