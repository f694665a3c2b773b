"""The side panel: each hint with its suggestion, and a gentle balance indicator."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from narrativ.language import Hint, Lexicon, balance, lint
from narrativ.ui.i18n import tr


def kind_label(kind: str) -> str:
    return {
        "cannot": tr("kan ikke-form"),
        "totalising": tr("altid/aldrig-ord"),
        "label": tr("etiket"),
        "deficit": tr("mangel-ord"),
    }.get(kind, kind)


def leaning_text(leaning: str) -> str:
    return {
        "empty": tr("Skriv, hvad der skete – konkret."),
        "strengths": tr("Teksten ser barnets styrker. Godt."),
        "mixed": tr("Teksten veksler mellem styrker og vurderinger."),
        "deficits": tr("Teksten lyder mest som en vurdering. Se forslagene."),
    }.get(leaning, "")


class HintPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("Formuleringer"))
        title.setObjectName("panelTitle")
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        self.balance.setAccessibleName(tr("Balance"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(tr("Forslag til formuleringer"))
        note = QLabel(tr("Forslagene er kun råd. Du kan altid gemme."))
        note.setWordWrap(True)
        note.setObjectName("quiet")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.balance)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)

    def show_texts(self, texts: list[str], lexicon: Lexicon | None = None) -> list[Hint]:
        """Lint every field; returns all hints (the tests read them)."""
        self.list.clear()
        hints: list[Hint] = []
        for text in texts:
            for hint in lint(text, lexicon):
                hints.append(hint)
                item = QListWidgetItem(
                    f"«{hint.text}» ({kind_label(hint.kind)})\n{hint.suggestion}"
                )
                self.list.addItem(item)
        self.balance.setText(leaning_text(balance("\n".join(texts), lexicon).leaning))
        return hints
