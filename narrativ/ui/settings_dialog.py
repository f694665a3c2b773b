"""The leader's settings: auto-lock minutes and the institution's list of situations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services import settings
from narrativ.services.workspace import Workspace


class SettingsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Indstillinger"))
        spec = settings.SPECS["auto_lock_minutes"]
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(spec.minimum or 1, spec.maximum or 120)
        self.auto_lock.setSuffix(self.tr(" min."))
        self.auto_lock.setValue(int(settings.get_setting(ws, "auto_lock_minutes")))  # type: ignore[call-overload]
        self.auto_lock.setAccessibleName(self.tr("Lås efter inaktivitet"))
        self.contexts = QPlainTextEdit("\n".join(settings.contexts(ws)))
        self.contexts.setAccessibleName(self.tr("Situationer"))
        self.contexts.setTabChangesFocus(True)
        note = QLabel(self.tr("Én situation pr. linje. De vises som forslag i editoren."))
        note.setObjectName("quiet")
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Lås efter:"), self.auto_lock)
        form.addRow(self.tr("&Situationer:"), self.contexts)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        contexts = [line.strip() for line in self.contexts.toPlainText().splitlines()]
        try:
            settings.set_setting(self.ws, "auto_lock_minutes", self.auto_lock.value())
            settings.set_setting(self.ws, "contexts", [c for c in dict.fromkeys(contexts) if c])
        except UserError as error:
            self.message.setText(error.message)
            return
        self.accept()
