"""A page's database jobs, one at a time in the order asked, on the task runner.

A review is saved before the pane that shows it is read again, a batch for an old filter
cannot overtake the new filter's, and the page never keeps more than one connection busy
however fast someone types. Reading a narrative writes too (it is marked as read, a
search is logged), so the page's jobs would otherwise also queue for the write lock.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject

Work = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class Runner(Protocol):
    def run(self, func: Work, on_done: Done, on_error: Failed) -> None: ...

    @property
    def busy(self) -> bool: ...


class SerialTasks(QObject):
    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._waiting: deque[tuple[Work, Done, Failed]] = deque()
        self._running = False

    def run(self, func: Work, on_done: Done, on_error: Failed) -> None:
        self._waiting.append((func, on_done, on_error))
        if not self._running:
            self._next()

    @property
    def busy(self) -> bool:
        return self._running or bool(self._waiting)

    def _next(self) -> None:
        if not self._waiting or not shiboken6.isValid(self):
            # Nothing left, or the page is gone (locked): what waited is not started.
            self._waiting.clear()
            self._running = False
            return
        self._running = True
        func, on_done, on_error = self._waiting.popleft()

        def done(result: Any) -> None:
            try:
                on_done(result)
            finally:
                self._next()

        def failed(error: Exception) -> None:
            try:
                on_error(error)
            finally:
                self._next()

        self._runner.run(func, done, failed)
