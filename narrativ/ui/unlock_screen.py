"""The lock screen: pick yourself from the staff list, type your password, press Enter.

On an institution server there is no key-slot file to list names from, and the server
alone knows its logins: the screen then asks for the login on the server instead of
showing a list. Which database or server it opens is shown above the form, with the
button that changes it (the window opens the dialog and remembers the choice).
"""

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
from narrativ.services.connection_choice import Connection, connection_for
from narrativ.services.server_signin import sign_in
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
    change_connection = Signal()

    def __init__(
        self, target: Path | str | Connection, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.connection = target if isinstance(target, Connection) else connection_for(target)
        self.runner = runner
        self.failures = 0
        self._owners: list[tuple[str, str]] = []
        self._wait_left = 0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)

        title = QLabel(self.tr("Narrativ er låst"))
        title.setObjectName("screenTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.place = QLabel()
        self.place.setObjectName("quiet")
        self.place.setWordWrap(True)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place.setAccessibleName(self.tr("Database"))
        self.change_button = QPushButton(self.tr("S&kift database …"))
        self.change_button.setFlat(True)
        self.change_button.setToolTip(
            self.tr("Vælg en anden databasefil eller institutionsserveren på denne pc")
        )

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

        # On a server: the staff member's own login role, typed (the server does not tell
        # who may sign in, and must not).
        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("Dit login på serveren"))
        self.login.setPlaceholderText(self.tr("fx pia_p"))
        self.login.setInputMethodHints(
            Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhPreferLowercase
        )
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

        self.form = QFormLayout()
        self.form.addRow(self.tr("Dit &login på serveren:"), self.login)
        self.form.addRow(self.tr("&Adgangskode:"), self.password)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place, 1)
        place_row.addWidget(self.change_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)

        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.intro)
        inner.addLayout(place_row)
        inner.addWidget(self.filter)
        inner.addWidget(self.list)
        inner.addLayout(self.form)
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
        self.login.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.forgot.clicked.connect(self._forgot_clicked)
        self.change_button.clicked.connect(self.change_connection)
        QShortcut(QKeySequence("Ctrl+F"), self, self._find_shortcut)
        self._show_connection()

    @property
    def on_server(self) -> bool:
        return self.connection.on_server

    @property
    def database(self) -> Path | None:
        """The database file, or None on a server."""
        target = self.connection.target
        return target if isinstance(target, Path) else None

    def set_connection(self, connection: Connection) -> None:
        """Another file or server was chosen: show its form, nothing typed carried over."""
        self.connection = connection
        self.failures = 0
        self.message.clear()
        self._show_connection()
        self.refresh()

    def _show_connection(self) -> None:
        server = self.on_server
        if server:
            self.intro.setText(self.tr("Skriv dit login på serveren og din adgangskode."))
            self.place.setText(self.tr("Server: %1").replace("%1", self.connection.describe()))
        else:
            self.intro.setText(self.tr("Vælg dig selv på listen, og skriv din adgangskode."))
            self.place.setText(self.tr("Databasefil: %1").replace("%1", self.connection.describe()))
        self.filter.setVisible(not server)
        self.list.setVisible(not server)
        self.form.setRowVisible(self.login, server)

    def _find_shortcut(self) -> None:
        (self.login if self.on_server else self.filter).setFocus()

    def _forgot_clicked(self) -> None:
        if self.on_server:
            # No recovery code on the server: its logins and passwords are the
            # administrator's to give.
            self.message.setText(
                self.tr(
                    "En ny adgangskode til serveren får du af serverens administrator "
                    "(typisk kommunens it-afdeling). Spørg lederen, hvis du er i tvivl."
                )
            )
            return
        self.forgot_password.emit()

    def refresh(self) -> None:
        """Reload the staff list (key-slot file) and clear everything typed."""
        self.password.clear()
        if self.on_server:
            # A shared PC: the last person's login is not left for the next one to see.
            self.login.clear()
            self._owners = []
            self.names.setStringList([])
            self.login.setFocus()
            return
        database = self.database
        assert database is not None
        try:
            owners = login_names(database)
        except UserError as error:
            owners = []
            self.message.setText(error.message)
        self._owners = [
            (f"{o.name} ({o.initials})" if o.initials else o.name, o.name) for o in owners
        ]
        self.names.setStringList([label for label, _ in self._owners])
        self.filter.clear()
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
        if self.on_server:
            self._try_server()
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
        assert database is not None
        self.runner.run(lambda: unlock(database, name, password), self._succeeded, self._failed)

    def _try_server(self) -> None:
        login = self.login.text()
        if not login.strip():
            self.message.setText(self.tr("Skriv dit login på serveren."))
            self.login.setFocus()
            return
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("Skriv din adgangskode."))
            self.password.setFocus()
            return
        self.message.setText(
            self.tr("Forbinder til %1 …").replace("%1", self.connection.describe())
        )
        self.setEnabled(False)
        address = str(self.connection.target)
        # Off the UI thread: a server that does not answer takes seconds to say so.
        self.runner.run(lambda: sign_in(address, login, password), self._succeeded, self._failed)

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
