""" "Hurtig note": children and a few lines, saved at once as a draft to finish later."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services import narratives, organisation
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.workspace import Workspace
from narrativ.ui.editor.chips import ChildChips


class QuickNoteDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.saved_key: str | None = None
        self.setWindowTitle(self.tr("Hurtig note"))
        intro = QLabel(
            self.tr("Skriv det vigtigste nu. Noten bliver en kladde, du kan gøre færdig senere.")
        )
        intro.setWordWrap(True)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Gruppe"))
        for group in organisation.list_groups(ws):
            self.group.addItem(group.name, group.key)
        self.children = ChildChips(self.tr("Børn"))
        self.children.set_options({c.display_name: c.key for c in organisation.list_children(ws)})
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Hvad skete der – konkret?"))
        self.text.setAccessibleName(self.tr("Note"))
        self.text.setTabChangesFocus(True)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Gruppe:"), self.group)
        form.addRow(self.tr("&Børn:"), self.children)
        form.addRow(self.tr("&Note:"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.resize(520, 360)

    def save(self) -> None:
        if not self.text.toPlainText().strip():
            self.message.setText(self.tr("Skriv et par linjer først."))
            return
        try:
            self.saved_key = narratives.create_narrative(
                self.ws,
                NarrativeInput(
                    occurred_on=date.today(),
                    group=self.group.currentData() or "",
                    story=self.text.toPlainText(),
                    focus=self.children.child_keys(),
                ),
            )
        except UserError as error:
            self.message.setText(error.message)
            return
        self.accept()
