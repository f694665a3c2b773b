"""The window: first run, the lock screen, or the desk — never two at once.

It opens a database file or an institution server (:class:`Connection`); the lock screen's
"Skift database …" and the first-run wizard's "Brug en server …" open the connection
dialog, and what is chosen there is remembered for this PC.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
    QWizard,
)

from narrativ.errors import UserError
from narrativ.services import auto_backup, backups, settings
from narrativ.services.connection_choice import Connection, connection_for
from narrativ.services.workspace import Workspace
from narrativ.ui import connection_settings
from narrativ.ui.connection_dialog import ConnectionDialog
from narrativ.ui.desk import Desk
from narrativ.ui.first_run import FirstRunWizard
from narrativ.ui.idle import IdleWatcher
from narrativ.ui.messages import show_error
from narrativ.ui.recovery_dialog import RecoveryDialog
from narrativ.ui.tasks import TaskRunner
from narrativ.ui.unlock_screen import UnlockScreen
from narrativ.vault.keyfile import keyfile_path

if TYPE_CHECKING:
    from narrativ.store.integrity import OpenCheck

DEFAULT_IDLE_MINUTES = 5
INTEGRITY_DELAY_MS = 3000


class MainWindow(QMainWindow):
    def __init__(self, target: Path | str | Connection, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.connection = target if isinstance(target, Connection) else connection_for(target)
        self.runner = runner or TaskRunner(self)
        self.workspace: Workspace | None = None
        self.desk: Desk | None = None
        self.connection_dialog: ConnectionDialog | None = None
        self.setWindowTitle("Narrativ")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen(self.connection, self.runner)
        self.stack.addWidget(self.unlock_screen)
        self.unlock_screen.unlocked.connect(self.open_desk)
        self.unlock_screen.forgot_password.connect(self.recover)
        self.unlock_screen.change_connection.connect(self.choose_connection)
        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES, self)
        self.idle.idle.connect(lambda: self.lock(manual=False))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.wizard: FirstRunWizard | None = None
        self._show_start()
        self.resize(1200, 760)

    @property
    def database(self) -> Path | None:
        """The database file, or None on an institution server."""
        return self.unlock_screen.database

    # -- states ----------------------------------------------------------------------------

    def _show_start(self) -> None:
        """A server, or a file that exists: the lock screen; a file not yet made: the wizard."""
        database = self.database
        if database is None or database.exists() or keyfile_path(database).exists():
            self._close_wizard()
            self.show_lock_screen()
        elif self.wizard is None:
            self.start_first_run()

    def start_first_run(self) -> None:
        assert self.database is not None
        self.wizard = FirstRunWizard(self.database)
        self.wizard.created.connect(self.open_desk)
        # A new PC in a house that works on the server must not have to make a file first.
        self.wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.wizard.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Brug en server …"))
        self.wizard.customButtonClicked.connect(self._wizard_button)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)

    def _wizard_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.choose_connection(server=True)

    def _close_wizard(self) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    # -- where the data are --------------------------------------------------------------

    def choose_connection(self, server: bool = False) -> None:
        """The connection dialog, window-modal and not blocking: on "Brug" the choice is
        remembered for this PC and its lock screen (or first-run wizard) is shown."""
        if self.workspace is not None:
            return  # only from the lock screen or the wizard: never under an open desk
        if self.connection_dialog is not None:
            self.connection_dialog.raise_()
            return
        dialog = ConnectionDialog(
            self.connection, connection_settings.last_server_address(), self, server=server
        )
        self.connection_dialog = dialog
        dialog.accepted.connect(lambda: self.use_connection(dialog.chosen))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: ConnectionDialog) -> None:
        if self.connection_dialog is dialog:
            self.connection_dialog = None
        dialog.deleteLater()

    def use_connection(self, connection: Connection | None) -> None:
        if connection is None or self.workspace is not None:
            return
        connection_settings.remember(connection)
        self.connection = connection
        self.unlock_screen.set_connection(connection)
        self._close_wizard()  # it was made for the file that was chosen before
        self._show_start()

    def show_lock_screen(self) -> None:
        self.unlock_screen.refresh()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.setWindowTitle("Narrativ")

    def open_desk(self, workspace: Workspace) -> None:
        self._close_wizard()
        self.workspace = workspace
        self.desk = Desk(workspace)
        self.desk.lock_requested.connect(lambda: self.lock(manual=True))
        self.desk.switch_user_requested.connect(lambda: self.lock(manual=True))
        self.desk.settings_changed.connect(self.apply_settings)
        self.stack.addWidget(self.desk)
        self.stack.setCurrentWidget(self.desk)
        self.apply_settings()
        self.setWindowTitle(f"Narrativ – {workspace.user.name}")
        if not workspace.on_server:
            # The server keeps its own pages whole; the file's pages are checked here.
            self.check_integrity(workspace)

    def check_integrity(self, workspace: Workspace) -> None:
        """Off the UI thread, once the first screen is painted: the quick check at open
        (every page against the last full check, a fraction of a second), then the full
        check of every page. Damage is reported once, with the way out; nothing is
        repaired here. ``integrity_problems`` is set when the full check is done."""
        self.open_check: OpenCheck | None = None
        self.integrity_problems: list[str] | None = None
        told: list[bool] = []

        def tell(problems: list[str]) -> None:
            if problems and not told and self.workspace is workspace:
                told.append(True)
                QMessageBox.critical(
                    self,
                    self.tr("Databasen er beskadiget"),
                    self.tr(
                        "Narrativ har fundet fejl i databasen. Skriv ikke mere i den. Bed "
                        "lederen om at gendanne den nyeste sikkerhedskopi (kommandoen "
                        "«narrativ restore»); den nuværende fil bliver gemt ved siden af."
                    ),
                )

        def fully_checked(problems: list[str]) -> None:
            self.integrity_problems = problems
            tell(problems)

        def full_check_failed(error: Exception) -> None:
            # A check that cannot finish on a file that opened is itself a finding.
            reason = getattr(error, "orig", None) or error  # the driver's words, not the SQL
            fully_checked([str(reason) or type(error).__name__])

        def opened(result: OpenCheck | None) -> None:
            self.open_check = result
            if self.workspace is not workspace:
                return
            marks = result.marks if result is not None else None
            self.runner.run(
                lambda: backups.check_fully(workspace, marks), fully_checked, full_check_failed
            )
            tell(result.problems if result is not None else [])

        def start() -> None:
            if self.workspace is workspace:
                self.runner.run(
                    lambda: backups.check_at_open(workspace), opened, lambda _error: None
                )

        # The full check reads every page (seconds on a big database): start once the first
        # screen is painted, so neither check competes with it.
        QTimer.singleShot(INTEGRITY_DELAY_MS, start)

    def apply_settings(self) -> None:
        if self.workspace is None:
            return
        try:
            minutes = settings.get_setting(self.workspace, "auto_lock_minutes")
        except UserError:
            # Unreadable (a damaged database): lock after the default time; the check at
            # open tells the user about the damage and the way to a backup.
            minutes = None
        self.idle.set_minutes(float(minutes) if isinstance(minutes, int) else DEFAULT_IDLE_MINUTES)

    def lock(self, manual: bool = True) -> None:
        """Save, then drop every connection and every view of the last user's work."""
        if self.workspace is None:
            return
        if self.desk is not None and not self.desk.save_before_lock() and manual:
            answer = QMessageBox.question(
                self,
                self.tr("Lås Narrativ"),
                self.tr("Teksten kunne ikke gemmes. Vil du låse alligevel? Så går teksten tabt."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.desk is not None:
            self.desk.stop_live_updates()
            self.stack.removeWidget(self.desk)
            self.desk.hide()
            self.desk.deleteLater()
            self.desk = None
        self.backup_if_due(self.workspace)
        self.workspace.lock()
        self.workspace = None
        self.show_lock_screen()

    def backup_if_due(self, workspace: Workspace) -> None:
        """The daily automatic backup happens when someone locks or closes Narrativ.

        Not on the server: its backups are the municipality's (there is no file to copy)."""
        if workspace.on_server:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            auto_backup.backup_if_due(workspace)
        except UserError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, error)
            return
        QGuiApplication.restoreOverrideCursor()

    def recover(self) -> None:
        if self.database is None:
            return  # no recovery code on a server: the lock screen says whom to ask
        dialog = RecoveryDialog(self.database, self.unlock_screen.selected_name(), self)
        if dialog.exec() and dialog.workspace is not None:
            self.open_desk(dialog.workspace)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock(manual=False)
        self.idle.stop()
        event.accept()
