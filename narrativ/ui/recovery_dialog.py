"""Forgotten password: the institution's recovery code and a new password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services.workspace import Workspace, reset_password_with_recovery_code


class RecoveryDialog(QDialog):
    def __init__(self, database: Path, user: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Glemt adgangskode"))
        intro = QLabel(
            self.tr(
                "Brug gendannelseskoden fra institutionens pengeskab. Er du ikke leder, så "
                "bed din leder om en ny adgangskode i stedet."
            )
        )
        intro.setWordWrap(True)
        self.user = QLineEdit(user or "")
        self.user.setAccessibleName(self.tr("Navn"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Gendannelseskode"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Ny adgangskode"))
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Navn:"), self.user)
        form.addRow(self.tr("&Gendannelseskode:"), self.code)
        form.addRow(self.tr("N&y adgangskode:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.reset)
        buttons.rejected.connect(self.reject)

    def reset(self) -> None:
        try:
            self.workspace = reset_password_with_recovery_code(
                self.database, self.user.text(), self.code.text(), self.password.text()
            )
        except UserError as error:
            self.message.setText(error.message)
            return
        self.accept()
