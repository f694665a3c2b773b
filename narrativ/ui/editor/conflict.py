"""Two saves of the same narrative crossed: show both texts side by side, lose neither.

The editor's text was written from an older version than the one now saved (by the same
person on another PC, or another window). The person chooses:

- keep both: their text becomes a new draft beside the saved narrative;
- save theirs over the saved one (only when the narrative is shared: the saved text stays
  in the narrative's history, so nothing is lost);
- go back to the editor with their text still unsaved.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.views import NarrativeView


class ConflictChoice(Enum):
    KEEP_BOTH = "keep_both"
    OVERWRITE = "overwrite"
    BACK = "back"


def _joined(story: str, reflection: str, next_steps: str) -> str:
    return "\n\n".join(part for part in (story, reflection, next_steps) if part.strip())


class ConflictDialog(QDialog):
    def __init__(self, mine: NarrativeInput, saved: NarrativeView, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = ConflictChoice.BACK
        self.setWindowTitle(self.tr("Narrativen er gemt et andet sted"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Narrativen er blevet gemt et andet sted, efter du åbnede den. Begge "
                "tekster står herunder; vælg, hvad der skal ske. Intet er tabt endnu."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        when = saved.updated_at.astimezone().strftime("%d.%m. %H:%M")
        self.mine_text = self._column(
            columns, self.tr("Din tekst (ikke gemt)"), _joined(mine.story, mine.reflection,
                                                               mine.next_steps)
        )  # fmt: skip
        self.saved_text = self._column(
            columns,
            self.tr("Den gemte tekst (kl. %1)").replace("%1", when),
            _joined(saved.story, saved.reflection, saved.next_steps),
        )
        layout.addLayout(columns)
        buttons = QHBoxLayout()
        self.keep_both = QPushButton(self.tr("Behold begge: gem min som ny kladde"))
        self.overwrite = QPushButton(self.tr("Gem min tekst ovenpå"))
        self.overwrite.setToolTip(self.tr("Den gemte tekst bliver i narrativens historik."))
        # A draft keeps no history: saving over it would lose the other text.
        self.overwrite.setVisible(saved.status != "draft")
        self.back = QPushButton(self.tr("Tilbage til min tekst"))
        for button, choice in (
            (self.keep_both, ConflictChoice.KEEP_BOTH),
            (self.overwrite, ConflictChoice.OVERWRITE),
            (self.back, ConflictChoice.BACK),
        ):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addWidget(button)
        self.back.setDefault(True)
        layout.addLayout(buttons)

    def _column(self, row: QHBoxLayout, title: str, text: str) -> QPlainTextEdit:
        column = QVBoxLayout()
        column.addWidget(QLabel(title))
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        column.addWidget(view)
        row.addLayout(column)
        return view

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()
