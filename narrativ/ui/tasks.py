"""The one way to run work off the UI thread and get the result (or error) back on it."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.func = func
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.func()
        except Exception as error:  # delivered to the GUI thread, shown there
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """``run(func, on_done, on_error)``: ``func`` runs on a pool thread; the callbacks run
    on the GUI thread. Jobs are kept alive until they report."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[_Signals] = set()

    def run(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        signals = _Signals()
        self._running.add(signals)

        @Slot(object)
        def finished(result: object) -> None:
            self._running.discard(signals)
            on_done(result)

        @Slot(object)
        def failed(error: object) -> None:
            self._running.discard(signals)
            on_error(error)  # type: ignore[arg-type]

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self.pool.start(_Job(func, signals))

    @property
    def busy(self) -> bool:
        return bool(self._running)
