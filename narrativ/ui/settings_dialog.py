"""The leader's settings: auto-lock minutes and the institution's list of situations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services import settings
from narrativ.services.workspace import Workspace
from narrativ.ui.i18n import LANGUAGE_KEY, LANGUAGES, chosen_language, language_settings


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
        self.backup_folder = QLineEdit(str(settings.get_setting(ws, "backup_folder") or ""))
        self.backup_folder.setPlaceholderText(self.tr("fx en USB-nøgle eller et netværksdrev"))
        self.backup_folder.setAccessibleName(self.tr("Mappe til sikkerhedskopier"))
        choose = QPushButton(self.tr("&Vælg …"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(choose)
        self.backup_keep = self._spin("backup_keep", self.tr(" kopier"))
        self.backup_keep.setAccessibleName(self.tr("Antal sikkerhedskopier"))
        self.retention = self._spin("retention_months", self.tr(" mdr."))
        self.retention.setAccessibleName(self.tr("Slettefrist efter barnet er stoppet"))
        self.audit_retention = self._spin("audit_retention_months", self.tr(" mdr."))
        self.audit_retention.setAccessibleName(self.tr("Logningen gemmes i"))
        self.not_seen = self._spin("not_seen_weeks", self.tr(" uger"))
        self.not_seen.setAccessibleName(self.tr("Ikke set efter"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language.setAccessibleName(self.tr("Sprog"))
        self.language.setToolTip(self.tr("Gælder for dig på denne pc, fra næste gang du starter"))
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
        form.addRow(self.tr("&Sikkerhedskopier i:"), folder_row)
        form.addRow(self.tr("&Behold:"), self.backup_keep)
        form.addRow(self.tr("S&lettefrist:"), self.retention)
        form.addRow(self.tr("Lo&gning gemmes i:"), self.audit_retention)
        form.addRow(self.tr("&Ikke set efter:"), self.not_seen)
        form.addRow(self.tr("&Situationer:"), self.contexts)
        form.addRow(self.tr("S&prog:"), self.language)
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

    def _spin(self, name: str, suffix: str) -> QSpinBox:
        spec = settings.SPECS[name]
        box = QSpinBox()
        box.setRange(spec.minimum or 0, spec.maximum or 999)
        box.setSuffix(suffix)
        value = settings.get_setting(self.ws, name)
        box.setValue(value if isinstance(value, int) else int(spec.default))  # type: ignore[call-overload]
        return box

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Mappe til sikkerhedskopier"), self.backup_folder.text()
        )
        if folder:
            self.backup_folder.setText(folder)

    def save(self) -> None:
        contexts = [line.strip() for line in self.contexts.toPlainText().splitlines()]
        try:
            settings.set_setting(self.ws, "auto_lock_minutes", self.auto_lock.value())
            settings.set_setting(self.ws, "backup_folder", self.backup_folder.text().strip())
            settings.set_setting(self.ws, "backup_keep", self.backup_keep.value())
            settings.set_setting(self.ws, "retention_months", self.retention.value())
            settings.set_setting(self.ws, "audit_retention_months", self.audit_retention.value())
            settings.set_setting(self.ws, "not_seen_weeks", self.not_seen.value())
            settings.set_setting(self.ws, "contexts", [c for c in dict.fromkeys(contexts) if c])
        except UserError as error:
            self.message.setText(error.message)
            return
        language_settings().setValue(LANGUAGE_KEY, self.language.currentData())
        self.accept()
