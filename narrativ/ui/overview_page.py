"""What "Hvem ser vi?" and "Relationer på stuen" share: one group's picture, loaded off
the UI thread, reloaded a moment after a control changes, and saved as a PNG."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from narrativ.errors import UserError
from narrativ.services.workspace import Workspace
from narrativ.ui.messages import show_error
from narrativ.ui.tasks import TaskRunner
from narrativ.vault.keyfile import write_private_file

# Spin boxes change in steps and dates digit by digit: load once the person pauses.
RELOAD_DELAY_MS = 300

T = TypeVar("T")


def safe_file_name(name: str) -> str:
    """Group names are the staff's own words: keep them out of the path syntax."""
    return "".join("-" if c in '/\\:*?"<>|' else c for c in name)


class GroupOverviewPage(QWidget):
    """A page about one chosen group. ``today`` fixes the date the page counts from
    (default: each load's own today); ``runner`` runs the loading off the UI thread.

    Subclasses build their controls and body, call :meth:`assemble`, and implement
    :meth:`refresh`; a change of a control calls :meth:`reload_soon`.
    """

    open_narrative = Signal(str)  # narrative key
    loaded = Signal()  # the group's picture is shown

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self._today = today
        self.runner = runner or TaskRunner(self)
        self._generation = 0
        self._side_generation = 0
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Gruppe"))
        self.group.setMinimumContentsLength(12)
        self.status = QLabel()
        self.status.setObjectName("quiet")
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(lambda: self.refresh())

    def assemble(
        self,
        title: str,
        intro: str,
        controls: QLayout,
        body: QWidget,
        buttons: tuple[QPushButton, ...],
    ) -> None:
        """Title and buttons on one line, the introduction, the controls, then the body."""
        heading_label = QLabel(title)
        heading_label.setObjectName("screenTitle")
        intro_label = QLabel(intro)
        intro_label.setObjectName("quiet")
        intro_label.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(heading_label, 1)
        for button in buttons:
            heading.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(intro_label)
        layout.addLayout(controls)
        layout.addWidget(body, 1)

    @staticmethod
    def control_row(fields: tuple[tuple[str, QWidget], ...]) -> QHBoxLayout:
        """Labelled controls side by side, each label the buddy of its field."""
        row = QHBoxLayout()
        for text, field in fields:
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            row.addSpacing(10)
        return row

    # -- loading -----------------------------------------------------------------------

    def today(self) -> date:
        return self._today or date.today()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def reload_soon(self) -> None:
        self._reload.start()

    def refresh(self, group: str | None = None) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Each visit shows the house as it is now; a window coming back from being
        # minimised (a spontaneous show) keeps what it has.
        if not event.spontaneous():
            self.refresh()

    def show_group(self, key: str) -> None:
        index = self.group.findData(key)
        if index >= 0 and index != self.group.currentIndex():
            self.group.setCurrentIndex(index)
        else:
            self.refresh(group=key)

    def is_current(self, generation: int, latest: int) -> bool:
        """Whether a result is still wanted: not overtaken by a newer load, and the page not
        destroyed meanwhile (locking closes the desk while a load may still be running)."""
        return generation == latest and Shiboken.isValid(self)

    def load_beside(
        self,
        work: Callable[[], T],
        show: Callable[[T], None],
        clear: Callable[[], None],
        done: SignalInstance,
    ) -> None:
        """Load what the side panel lists (one week, one edge …) off the UI thread; a newer
        request makes an older one stale. ``done`` is emitted once it is shown."""
        self._side_generation += 1
        generation = self._side_generation

        def shown(result: T) -> None:
            if self.is_current(generation, self._side_generation):
                show(result)
                done.emit()

        def failed(error: Exception) -> None:
            if self.is_current(generation, self._side_generation):
                clear()
                show_error(self, error)

        self.runner.run(work, shown, failed)

    def fill_groups(self, groups: tuple[tuple[str, str], ...], chosen: str | None) -> None:
        """The group list anew (name, key), keeping ``chosen``, without reloading."""
        self.group.blockSignals(True)
        self.group.clear()
        for name, key in groups:
            self.group.addItem(name, key)
        self.group.setCurrentIndex(max(0, self.group.findData(chosen)))
        self.group.blockSignals(False)

    # -- picture -----------------------------------------------------------------------

    def save_picture(
        self,
        path: Path | None,
        suggested_name: str,
        render: Callable[[], QImage],
        record: Callable[[], None],
    ) -> Path | None:
        """Save the page's picture as PNG where the person chooses (asked when ``path`` is
        None), owner-only, and ``record`` it; a failure is shown and nothing is left."""
        # Here, not at the top: the seen package imports this module for its page.
        from narrativ.ui.seen.export import png_bytes

        if path is None:
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Gem som billede"),
                str(Path.home() / safe_file_name(suggested_name)),
                self.tr("PNG-billeder (*.png)"),
            )
            if not target:
                return None
            path = Path(target)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            write_private_file(path, png_bytes(render()))
            record()
        except UserError as error:
            show_error(self, error)
            return None
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else ""
            message = self.tr("Billedet kunne ikke gemmes i %1.").replace("%1", str(path))
            show_error(self, UserError(f"{message} {reason}".strip()))
            return None
        return path


__all__ = ["GroupOverviewPage", "safe_file_name"]
