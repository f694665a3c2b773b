"""«Hvor ligger jeres data?»: choose the database file or the institution server for this PC.

Decisions:

- The dialog opens from the lock screen ("Skift database …") and from the first-run
  wizard ("Brug en server …"), never from the open desk: switching means signing in
  anew, and the desk's Indstillinger are the house's settings, while this choice is the
  PC's (kept in Qt's per-user settings, like the language).
- Two choices, each with its one field: a file (with a file chooser) or a server address.
  A file must exist, except the data folder's default, where the first-run wizard then
  makes one. A server address must be valid and hold no password: one typed into it is
  taken out of the field and the person told why, so it is neither used nor remembered.
  A login in the address is dropped: on a shared PC each person types their own.
- "Prøv forbindelsen" asks the server without signing in (see
  :mod:`narrativ.services.server_probe`), off the UI thread, and says in plain words
  whether it answers, refuses the certificate or cannot be reached. It is an aid, not a
  condition: an address may be saved while the network is down.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import InvalidInput, UserError
from narrativ.paths import default_database_path
from narrativ.services.connection_choice import (
    Connection,
    database_exists,
    file_connection,
    has_password,
    server_connection,
    without_password,
)
from narrativ.services.server_probe import Probe, probe_server
from narrativ.ui.messages import show_error
from narrativ.ui.tasks import TaskRunner

ADDRESS_EXAMPLE = "postgresql://server.kommune.dk/narrativ?sslmode=verify-full"


class ConnectionDialog(QDialog):
    def __init__(
        self,
        current: Connection,
        last_server: str = "",
        parent: QWidget | None = None,
        *,
        server: bool = False,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.chosen: Connection | None = None
        self.runner = runner or TaskRunner(self)
        self.setWindowTitle(self.tr("Hvor ligger jeres data?"))
        intro = QLabel(
            self.tr(
                "Vælg, hvor Narrativ på denne pc henter jeres narrativer fra. Valget huskes "
                "på pc'en, indtil det bliver ændret her."
            )
        )
        intro.setWordWrap(True)

        self.file_choice = QRadioButton(self.tr("En &databasefil på denne pc"))
        self.file_path = QLineEdit(
            str(current.database) if current.database else str(default_database_path())
        )
        self.file_path.setAccessibleName(self.tr("Databasefil"))
        self.browse = QPushButton(self.tr("&Vælg fil …"))
        file_note = self._note(
            self.tr("Standard er filen i Narrativs datamappe: %1").replace(
                "%1", str(default_database_path())
            )
        )

        self.server_choice = QRadioButton(self.tr("&Institutionsserveren"))
        self.address = QLineEdit(current.server or last_server)
        self.address.setAccessibleName(self.tr("Serveradresse"))
        self.address.setPlaceholderText(ADDRESS_EXAMPLE)
        server_note = self._note(
            self.tr(
                "Adressen får I af kommunens it-afdeling. Skriv ikke din adgangskode i "
                "adressen: du skriver den, hver gang du låser op, og den bliver aldrig gemt."
            )
        )
        self.probe_button = QPushButton(self.tr("&Prøv forbindelsen"))
        self.probe_status = QLabel()
        self.probe_status.setWordWrap(True)
        self.probe_status.setAccessibleName(self.tr("Resultat af forbindelsesprøven"))

        self.choices = QButtonGroup(self)
        self.choices.addButton(self.file_choice)
        self.choices.addButton(self.server_choice)
        (self.server_choice if current.on_server or server else self.file_choice).setChecked(True)

        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.use_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use_button.setText(self.tr("&Brug"))

        # The fields indented under their choice, as people read a form with options.
        grid = QGridLayout()
        grid.setColumnMinimumWidth(0, 24)
        grid.addWidget(self.file_choice, 0, 0, 1, 2)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.browse)
        grid.addLayout(file_row, 1, 1)
        grid.addWidget(file_note, 2, 1)
        grid.setRowMinimumHeight(3, 12)
        grid.addWidget(self.server_choice, 4, 0, 1, 2)
        grid.addWidget(self.address, 5, 1)
        grid.addWidget(server_note, 6, 1)
        probe_row = QHBoxLayout()
        probe_row.addWidget(self.probe_button)
        probe_row.addStretch(1)
        grid.addLayout(probe_row, 7, 1)
        grid.addWidget(self.probe_status, 8, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.choices.buttonToggled.connect(lambda *_args: self._choice_changed())
        self.browse.clicked.connect(self.choose_file)
        self.probe_button.clicked.connect(self.probe)
        self.address.textEdited.connect(lambda _text: self.probe_status.clear())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._choice_changed()

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("quiet")
        label.setWordWrap(True)
        return label

    @property
    def wants_server(self) -> bool:
        return self.server_choice.isChecked()

    def _choice_changed(self) -> None:
        server = self.wants_server
        for widget in (self.file_path, self.browse):
            widget.setEnabled(not server)
        for widget in (self.address, self.probe_button):
            widget.setEnabled(server)
        self.message.clear()
        self.probe_status.clear()
        (self.address if server else self.file_path).setFocus()

    def choose_file(self) -> None:
        current = Path(self.file_path.text().strip() or default_database_path())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Vælg databasefilen"),
            str(current.parent if current.parent.is_dir() else Path.home()),
            self.tr("Narrativ-databaser (*.db);;Alle filer (*)"),
        )
        if chosen:
            self.file_path.setText(chosen)

    # -- the server address ---------------------------------------------------------------

    def _checked_server(self) -> Connection | None:
        """The typed address as a connection, or None with the reason shown."""
        try:
            return server_connection(self.address.text())
        except InvalidInput as error:
            self._take_out_password()
            self.message.setText(error.message)
            self.address.setFocus()
            return None

    def _take_out_password(self) -> None:
        """A password typed into the address does not stay on screen (nor get saved)."""
        if has_password(self.address.text()):
            self.address.setText(without_password(self.address.text()))

    def probe(self) -> None:
        if self.runner.busy:
            return
        connection = self._checked_server()
        if connection is None or connection.server is None:
            return
        self.message.clear()
        address = connection.server
        self.probe_status.setText(self.tr("Prøver at nå %1 …").replace("%1", connection.describe()))
        self.probe_button.setEnabled(False)
        self.runner.run(lambda: probe_server(address), self._probed, self._probe_failed)

    def _probed(self, outcome: Probe) -> None:
        if not shiboken6.isValid(self):
            return  # the dialog was closed while the server was asked
        self.probe_button.setEnabled(self.wants_server)
        texts = {
            Probe.ANSWERS: self.tr(
                "✓ Serveren svarer. Du skriver dit login og din adgangskode, når du låser op."
            ),
            Probe.UNREACHABLE: self.tr(
                "Serveren kan ikke nås. Tjek netværket og adressen (servernavn og port)."
            ),
            Probe.TLS_REFUSED: self.tr(
                "Serveren svarer, men forbindelsen kunne ikke krypteres, eller serverens "
                "certifikat blev ikke godkendt (sslmode, sslrootcert). Spørg kommunens "
                "it-afdeling."
            ),
            Probe.REFUSED: self.tr(
                "Serveren svarer, men tager ikke imod forbindelser fra denne pc. Spørg "
                "kommunens it-afdeling."
            ),
        }
        self.probe_status.setObjectName("" if outcome is Probe.ANSWERS else "errorText")
        self.probe_status.style().unpolish(self.probe_status)
        self.probe_status.style().polish(self.probe_status)
        self.probe_status.setText(texts[outcome])

    def _probe_failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self.probe_button.setEnabled(self.wants_server)
        self.probe_status.clear()
        if isinstance(error, UserError):
            self.message.setText(error.message)
            return
        show_error(self, error)

    # -- the choice ---------------------------------------------------------------------

    def _checked_file(self) -> Connection | None:
        connection = file_connection(self.file_path.text())
        database = connection.database
        assert database is not None
        # The default file may be missing (the first-run wizard makes it); another must be
        # there, or a typo would start a new, empty institution.
        if database == default_database_path() or database_exists(database):
            return connection
        self.message.setText(
            self.tr("Der findes ingen Narrativ-database i %1.").replace("%1", str(database))
        )
        self.file_path.setFocus()
        return None

    def accept(self) -> None:
        chosen = self._checked_server() if self.wants_server else self._checked_file()
        if chosen is None:
            return
        self.chosen = chosen
        super().accept()
