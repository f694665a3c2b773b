"""What every tab of the data-protection page shares: background work, the questions it
asks the leader, and small formatting helpers.

The questions (confirm, choose a file or a folder, type a password) are methods a test
replaces on the instance, so no modal dialog is ever left open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services.workspace import Workspace
from narrativ.ui.messages import show_error
from narrativ.ui.tasks import TaskRunner


def local_time(moment: datetime) -> str:
    """A stored (UTC) moment as the wall clock in the institution showed it."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d.%m.%Y %H:%M")


def day_text(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def write_failed(error: Exception, message: str) -> Exception:
    """An OS error while writing a file, said as the clear message the user gets."""
    if isinstance(error, OSError):
        reason = error.strerror or ""
        return UserError(f"{message} {reason}".strip())
    return error


def quiet_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("quiet")
    label.setWordWrap(True)
    return label


def list_widget(columns: list[tuple[str, str]], accessible_name: str) -> QTreeWidget:
    """A read-only list with columns, driven by the keyboard like a table. ``columns`` are
    (title, typical content): the first widths, which the leader can drag; the last column
    takes the rest."""
    tree = QTreeWidget()
    tree.setColumnCount(len(columns))
    tree.setHeaderLabels([title for title, _sample in columns])
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setAccessibleName(accessible_name)
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    cells, titles = tree.fontMetrics(), header.fontMetrics()
    for column, (title, sample) in enumerate(columns):
        width = max(cells.horizontalAdvance(sample), titles.horizontalAdvance(title) + 16)
        header.resizeSection(column, width + 24)
    return tree


class AdminTab(QWidget):
    """A tab: its work runs on ``runner``; answers that arrive after the page is gone (the
    desk was locked meanwhile) are dropped."""

    def __init__(
        self, ws: Workspace, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner or TaskRunner(self)
        self._jobs = 0

    # -- background work ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._jobs > 0

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._jobs += 1
        self.busy_changed()

        def finish() -> bool:
            if not shiboken6.isValid(self):
                return False
            self._jobs -= 1
            self.busy_changed()
            return True

        def done(result: Any) -> None:
            if finish():
                on_done(result)

        def failed(error: Exception) -> None:
            if finish():
                (on_error or self.report)(error)

        self.runner.run(work, done, failed)

    def busy_changed(self) -> None:
        """Called when work starts or ends: a tab disables what must not run twice."""

    def report(self, error: BaseException) -> None:
        show_error(self, error)

    def activate(self) -> None:
        """Each time the tab is shown: read again what may have changed."""

    # -- questions to the leader (replaced in tests) -----------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """A clear yes/no; No is the default, so Enter never does the irreversible thing."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(self, title, str(suggested), file_filter)
        return Path(target) if target else None

    def ask_folder(self, title: str, start: Path | None = None) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, title, str(start or Path.home()))
        return Path(folder) if folder else None

    def ask_password(self, title: str, text: str) -> str | None:
        password, ok = QInputDialog.getText(self, title, text, QLineEdit.EchoMode.Password)
        return password if ok and password else None


def selectable(label: QLabel) -> QLabel:
    """Paths and results the leader may want to copy."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label
