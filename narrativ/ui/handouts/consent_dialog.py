"""A child's consents: who agreed to share what with whom, until when; add and withdraw."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services import consents
from narrativ.services.workspace import Workspace

KEY_ROLE = Qt.ItemDataRole.UserRole


def as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ConsentDialog(QDialog):
    def __init__(
        self, ws: Workspace, child_key: str, child_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.child_key = child_key
        self.setWindowTitle(self.tr("Samtykker for %1").replace("%1", child_name))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Givet af"),
                self.tr("Dato"),
                self.tr("Modtagere"),
                self.tr("Gælder til"),
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Samtykker"))
        self.withdraw_button = QPushButton(self.tr("&Træk tilbage"))

        self.given_by = QLineEdit()
        self.given_by.setPlaceholderText(self.tr("fx mor og far"))
        self.given_by.setAccessibleName(self.tr("Givet af"))
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd.MM.yyyy")
        self.given_on.setAccessibleName(self.tr("Dato for samtykket"))
        self.recipients = QLineEdit()
        self.recipients.setPlaceholderText(self.tr("fx PPR, Sundhedsplejerske"))
        self.recipients.setAccessibleName(self.tr("Modtagere"))
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("fx sprog og samspil med andre børn"))
        self.scope.setAccessibleName(self.tr("Hvad samtykket dækker"))
        self.has_expiry = QCheckBox(self.tr("Udløber"))
        self.expires = QDateEdit(QDate.currentDate().addYears(1))
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("dd.MM.yyyy")
        self.expires.setAccessibleName(self.tr("Udløbsdato"))
        self.has_expiry.setChecked(True)
        self.add_button = QPushButton(self.tr("&Registrér samtykke"))
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        expiry = QHBoxLayout()
        expiry.addWidget(self.has_expiry)
        expiry.addWidget(self.expires, 1)
        form = QFormLayout()
        form.addRow(self.tr("Givet &af:"), self.given_by)
        form.addRow(self.tr("&Dato:"), self.given_on)
        form.addRow(self.tr("&Modtagere:"), self.recipients)
        form.addRow(self.tr("&Omfang:"), self.scope)
        form.addRow(expiry)
        form.addRow(self.add_button)
        new = QGroupBox(self.tr("Nyt samtykke"))
        new.setLayout(form)
        close = QPushButton(self.tr("&Luk"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(new)
        layout.addWidget(self.message)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.has_expiry.toggled.connect(self.expires.setEnabled)
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw)
        close.clicked.connect(self.accept)
        self.resize(760, 560)
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        rows = consents.list_consents(self.ws, self.child_key)
        self.table.setRowCount(0)
        for consent in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            if consent.withdrawn_on:
                state = self.tr("trukket tilbage")
            elif consent.expires_on and consent.expires_on < today:
                state = self.tr("udløbet")
            else:
                state = self.tr("gælder")
            values = (
                consent.given_by,
                consent.given_on.strftime("%d.%m.%Y"),
                ", ".join(consent.recipients),
                consent.expires_on.strftime("%d.%m.%Y") if consent.expires_on else "–",
                state,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(KEY_ROLE, consent.key)
                self.table.setItem(row, column, item)

    def add(self) -> None:
        try:
            consents.add_consent(
                self.ws,
                self.child_key,
                self.given_by.text(),
                as_date(self.given_on.date()),
                [r.strip() for r in self.recipients.text().split(",")],
                self.scope.text(),
                as_date(self.expires.date()) if self.has_expiry.isChecked() else None,
            )
        except UserError as error:
            self.message.setText(error.message)
            return
        self.message.clear()
        for field in (self.given_by, self.recipients, self.scope):
            field.clear()
        self.refresh()

    def withdraw(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            self.message.setText(self.tr("Vælg det samtykke, der skal trækkes tilbage."))
            return
        try:
            consents.withdraw_consent(self.ws, item.data(KEY_ROLE))
        except UserError as error:
            self.message.setText(error.message)
            return
        self.refresh()
