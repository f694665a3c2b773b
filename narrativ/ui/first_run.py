"""First run: name the institution, create the first leader, keep the recovery code safe."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from narrativ.errors import UserError
from narrativ.reports.recovery_sheet import RecoverySheet, render_recovery_sheet
from narrativ.services.workspace import NewInstitution, initialise
from narrativ.ui.messages import show_error
from narrativ.vault.keyfile import write_private_file


class InstitutionPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Velkommen til Narrativ"))
        self.setSubTitle(
            self.tr(
                "Narrativ gemmer jeres narrativer krypteret på denne pc. Først skal "
                "institutionen have et navn."
            )
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Institutionens navn"))
        self.name.setPlaceholderText(self.tr("fx Børnehuset Mælkebøtten"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Institutionens navn:"), self.name)
        self.registerField("institution*", self.name)


class LeaderPage(QWizardPage):
    def __init__(self, database: Path) -> None:
        super().__init__()
        self.database = database
        self.created: NewInstitution | None = None
        self.setTitle(self.tr("Den første leder"))
        self.setSubTitle(
            self.tr(
                "Lederen opretter senere kollegerne. Vælg en adgangskode på mindst 8 tegn, "
                "som kun du kender."
            )
        )
        self.leader = QLineEdit()
        self.leader.setAccessibleName(self.tr("Lederens navn"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Gentag adgangskode"))
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Dit fulde navn:"), self.leader)
        form.addRow(self.tr("&Adgangskode:"), self.password)
        form.addRow(self.tr("&Gentag adgangskode:"), self.repeat)
        form.addRow(self.message)
        self.registerField("leader*", self.leader)
        self.registerField("password*", self.password)

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("De to adgangskoder er ikke ens."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.created = initialise(
                self.database,
                self.field("institution"),
                self.leader.text(),
                self.password.text(),
            )
        except UserError as error:
            self.message.setText(error.message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        self.repeat.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, leader_page: LeaderPage) -> None:
        super().__init__()
        self.leader_page = leader_page
        self.setTitle(self.tr("Gendannelseskode"))
        self.setSubTitle(
            self.tr(
                "Koden er den eneste vej ind, hvis alle ledere glemmer deres adgangskode. "
                "Den vises kun nu. Udskriv den, og læg arket i institutionens pengeskab."
            )
        )
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Gendannelseskode"))
        self.save = QPushButton(self.tr("&Gem som PDF til udskrift …"))
        self.saved = QCheckBox(self.tr("Jeg har &udskrevet eller skrevet koden ned"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        layout.addWidget(self.saved)
        self.registerField("recoverySaved*", self.saved)
        self.save.clicked.connect(self.save_sheet)

    def initializePage(self) -> None:
        created = self.leader_page.created
        if created is not None:
            self.code.setText(created.recovery_code)

    def save_sheet(self) -> None:
        created = self.leader_page.created
        if created is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem gendannelsesark"),
            str(Path.home() / "Narrativ-gendannelseskode.pdf"),
            self.tr("PDF-filer (*.pdf)"),
        )
        if not target:
            return
        try:
            pdf = render_recovery_sheet(
                RecoverySheet(
                    institution=self.field("institution"),
                    database_file=created.workspace.path.name,
                    recovery_code=created.recovery_code,
                    created_on=date.today(),
                )
            )
            write_private_file(Path(target), pdf)
        except (OSError, UserError) as error:
            show_error(self, error if isinstance(error, UserError) else UserError(str(error)))


class FirstRunWizard(QWizard):
    """Emits ``created`` with the leader's open workspace when the wizard is finished."""

    created = Signal(object)

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Narrativ – første start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.leader_page = LeaderPage(database)
        self.addPage(InstitutionPage())
        self.addPage(self.leader_page)
        self.addPage(RecoveryPage(self.leader_page))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.accepted.connect(self._finish)

    def _finish(self) -> None:
        if self.leader_page.created is not None:
            self.created.emit(self.leader_page.created.workspace)
