"""The lock screen: pick yourself from the staff list, type your password, press Enter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError, WrongPassword
from narrativ.services.workspace import Workspace, login_names, unlock
from narrativ.ui.messages import show_error
from narrativ.ui.tasks import TaskRunner

# After the third wrong password in a row the form waits 2, 4, 8 … seconds (at most 60)
# before it accepts the next try: guessing at a shared PC becomes slow.
FREE_ATTEMPTS = 2
MAX_DELAY_SECONDS = 60


def delay_after(failures: int) -> int:
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS))


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # Workspace
    forgot_password = Signal()

    def __init__(self, database: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.runner = runner
        self.failures = 0
        self._owners: list[tuple[str, str]] = []
        self._wait_left = 0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)

        title = QLabel(self.tr("Narrativ er låst"))
        title.setObjectName("screenTitle")
        intro = QLabel(self.tr("Vælg dig selv på listen, og skriv din adgangskode."))
        intro.setWordWrap(True)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Skriv for at finde dit navn"))
        self.filter.setAccessibleName(self.tr("Find dit navn"))
        self.filter.setClearButtonEnabled(True)

        self.names = QStringListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.names)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Medarbejdere"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(260)

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.unlock_button = QPushButton(self.tr("Lås op"))
        self.unlock_button.setDefault(True)
        self.forgot = QPushButton(self.tr("Glemt adgangskode?"))
        self.forgot.setFlat(True)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))

        form = QFormLayout()
        form.addRow(self.tr("&Adgangskode:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)

        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addWidget(self.filter)
        inner.addWidget(self.list)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(box, 3)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.filter.textChanged.connect(self._filter_changed)
        self.filter.returnPressed.connect(self._filter_accepted)
        self.list.activated.connect(lambda _index: self.password.setFocus())
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.forgot.clicked.connect(self.forgot_password)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter.setFocus)

    def refresh(self) -> None:
        """Reload the staff list (key-slot file) and clear everything typed."""
        try:
            owners = login_names(self.database)
        except UserError as error:
            owners = []
            self.message.setText(error.message)
        self._owners = [
            (f"{o.name} ({o.initials})" if o.initials else o.name, o.name) for o in owners
        ]
        self.names.setStringList([label for label, _ in self._owners])
        self.filter.clear()
        self.password.clear()
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.filter.setFocus()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _filter_accepted(self) -> None:
        if self.proxy.rowCount():
            self.password.setFocus()

    def selected_name(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        label = index.data()
        return next((name for shown, name in self._owners if shown == label), None)

    def select(self, name: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data().startswith(name):
                self.list.setCurrentIndex(index)
                return

    def try_unlock(self) -> None:
        if self._wait_left or self.runner.busy:
            return
        name = self.selected_name()
        if name is None:
            self.message.setText(self.tr("Vælg dit navn på listen først."))
            return
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("Skriv din adgangskode."))
            return
        self.message.setText(self.tr("Låser op …"))
        self.setEnabled(False)
        database = self.database
        self.runner.run(lambda: unlock(database, name, password), self._succeeded, self._failed)

    def _succeeded(self, workspace: Workspace) -> None:
        self.failures = 0
        self.setEnabled(True)
        self.password.clear()
        self.message.clear()
        self.unlocked.emit(workspace)

    def _failed(self, error: Exception) -> None:
        self.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, WrongPassword):
            self.failures += 1
            self.message.setText(error.message)
            wait = delay_after(self.failures)
            if wait:
                self._wait_left = wait
                self.password.setEnabled(False)
                self.unlock_button.setEnabled(False)
                self._tick(first=True)
                self._wait_timer.start()
            return
        if isinstance(error, UserError):
            self.message.setText(error.message)
            return
        self.message.clear()
        show_error(self, error)

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_timer.stop()
            self._wait_left = 0
            self.password.setEnabled(True)
            self.unlock_button.setEnabled(True)
            self.password.setFocus()
            self.message.setText(self.tr("Prøv igen."))
            return
        self.message.setText(
            self.tr(
                "Forkert adgangskode. Vent %n sekund(er), før du prøver igen.", "", self._wait_left
            )
        )
