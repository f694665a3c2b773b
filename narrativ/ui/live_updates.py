"""A signal when something the signed-in person can see changed, from any PC.

Connect :attr:`LiveUpdates.changed` to a page's reload. On the institution server a
background thread LISTENs for the server's change notifications and wakes at once; on a
database file (or when notifications are not available) it polls every
``POLL_SECONDS``. Either way it compares :func:`narrativ.services.changes.change_mark`, so
a page reloads only when there is something new to show. The thread never touches
widgets: the signal is delivered on the GUI thread (queued connection).
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal

from narrativ.errors import Locked, UserError
from narrativ.services.changes import ChangeListener, ChangeMark, change_mark
from narrativ.services.workspace import Workspace

POLL_SECONDS = 5.0
LISTEN_SLICE_SECONDS = 0.5  # how soon stop() is noticed while waiting for a notification


class LiveUpdates(QObject):
    changed = Signal()

    def __init__(
        self, ws: Workspace, poll_seconds: float = POLL_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._listener: ChangeListener | None = None
        self.listening = False  # True while server notifications are in use

    def start(self) -> None:
        if self._thread is not None:
            return
        self._last = self._mark()
        if self._ws.on_server:
            try:
                self._listener = ChangeListener(self._ws)
                self.listening = True
            except Exception:  # no notifications: polling still works
                self._listener = None
        self._thread = threading.Thread(target=self._run, name="narrativ-live", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Before locking: the thread ends and its connection closes."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self.listening = False

    def _mark(self) -> ChangeMark | None:
        try:
            return change_mark(self._ws)
        except Locked:
            self._stop.set()
            return None
        except UserError:
            return None  # the network blinked: try again next time

    def _wait(self) -> None:
        if self._listener is None:
            self._stop.wait(self._poll_seconds)
            return
        waited = 0.0
        while not self._stop.is_set() and waited < self._poll_seconds:
            try:
                if self._listener.wait(LISTEN_SLICE_SECONDS):
                    return
            except Exception:  # lost the listening connection: poll instead
                with contextlib.suppress(Exception):
                    self._listener.close()
                self._listener = None
                self.listening = False
                return
            waited += LISTEN_SLICE_SECONDS

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wait()
            if self._stop.is_set():
                return
            mark = self._mark()
            if mark is not None and mark != self._last:
                self._last = mark
                self.changed.emit()
