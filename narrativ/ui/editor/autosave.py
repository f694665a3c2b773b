"""When to save a draft: shortly after typing stops, and never later than a few seconds.

Killing the program while typing loses at most ``MAX_DELAY_MS`` of text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

QUIET_MS = 1500  # after the last keystroke
MAX_DELAY_MS = 3000  # while typing without a pause


class AutosaveTimer(QObject):
    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.longest = QTimer(self)
        self.longest.setSingleShot(True)
        self.longest.setInterval(MAX_DELAY_MS)
        self.quiet.timeout.connect(self._fire)
        self.longest.timeout.connect(self._fire)

    def touched(self) -> None:
        self.quiet.start()
        if not self.longest.isActive():
            self.longest.start()

    def cancel(self) -> None:
        self.quiet.stop()
        self.longest.stop()

    @property
    def pending(self) -> bool:
        return self.quiet.isActive() or self.longest.isActive()

    def _fire(self) -> None:
        self.cancel()
        self.due.emit()
