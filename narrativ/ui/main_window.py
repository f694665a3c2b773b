"""The window: first run, the lock screen, or the desk — never two at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from narrativ.errors import UserError
from narrativ.services import auto_backup, backups, settings
from narrativ.services.workspace import Workspace
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
    def __init__(self, database: Path, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.database = database
        self.runner = runner or TaskRunner(self)
        self.workspace: Workspace | None = None
        self.desk: Desk | None = None
        self.setWindowTitle("Narrativ")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen(database, self.runner)
        self.stack.addWidget(self.unlock_screen)
        self.unlock_screen.unlocked.connect(self.open_desk)
        self.unlock_screen.forgot_password.connect(self.recover)
        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES, self)
        self.idle.idle.connect(lambda: self.lock(manual=False))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.wizard: FirstRunWizard | None = None
        if database.exists() or keyfile_path(database).exists():
            self.show_lock_screen()
        else:
            self.start_first_run()
        self.resize(1200, 760)

    # -- states ----------------------------------------------------------------------------

    def start_first_run(self) -> None:
        self.wizard = FirstRunWizard(self.database)
        self.wizard.created.connect(self.open_desk)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)

    def show_lock_screen(self) -> None:
        self.unlock_screen.refresh()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.setWindowTitle("Narrativ")

    def open_desk(self, workspace: Workspace) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        self.workspace = workspace
        self.desk = Desk(workspace)
        self.desk.lock_requested.connect(lambda: self.lock(manual=True))
        self.desk.switch_user_requested.connect(lambda: self.lock(manual=True))
        self.desk.settings_changed.connect(self.apply_settings)
        self.stack.addWidget(self.desk)
        self.stack.setCurrentWidget(self.desk)
        self.apply_settings()
        self.setWindowTitle(f"Narrativ – {workspace.user.name}")
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
        """The daily automatic backup happens when someone locks or closes Narrativ."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            auto_backup.backup_if_due(workspace)
        except UserError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, error)
            return
        QGuiApplication.restoreOverrideCursor()

    def recover(self) -> None:
        dialog = RecoveryDialog(self.database, self.unlock_screen.selected_name(), self)
        if dialog.exec() and dialog.workspace is not None:
            self.open_desk(dialog.workspace)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock(manual=False)
        self.idle.stop()
        event.accept()
