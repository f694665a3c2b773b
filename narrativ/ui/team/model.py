"""A table model over team rows that loads them in batches as the table scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from narrativ.services.team import TeamRow
from narrativ.ui.narrative_table import status_label
from narrativ.ui.row_table import RowTableModel

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[TeamRow]]
# TaskRunner.run's shape: (work, on_done, on_error). Without one, batches load at once.
Run = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]

BATCH_SIZE = 200
COLUMNS = ("date", "group", "focus", "author", "themes", "relations", "status", "comments")


class Role(IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2
    ROW = Qt.ItemDataRole.UserRole + 3


def column_title(column: str) -> str:
    # Each text a literal in its own translate() call, so lupdate files it under the context.
    return {
        "date": QCoreApplication.translate("TeamTable", "Dato"),
        "group": QCoreApplication.translate("TeamTable", "Gruppe"),
        "focus": QCoreApplication.translate("TeamTable", "Fokusbarn"),
        "author": QCoreApplication.translate("TeamTable", "Forfatter"),
        "themes": QCoreApplication.translate("TeamTable", "Temaer"),
        "relations": QCoreApplication.translate("TeamTable", "Relationer"),
        "status": QCoreApplication.translate("TeamTable", "Status"),
        "comments": QCoreApplication.translate("TeamTable", "Kommentarer"),
    }[column]


def _tag_list(tags: tuple[str, ...]) -> str:
    # Theme names contain commas ("krop, sanser og bevægelse"), so a middle dot separates.
    return " · ".join(tags)


def display_text(row: TeamRow, column: str) -> str:
    if column == "date":
        return row.occurred_on.strftime("%d.%m.%Y")
    if column == "group":
        return row.group
    if column == "focus":
        return ", ".join(row.focus)
    if column == "author":
        return row.author
    if column == "themes":
        return _tag_list(row.themes)
    if column == "relations":
        # Codes as stored ("barn-barn"), shown with a dash as in the reading pane.
        return _tag_list(tuple(code.replace("-", "–") for code in row.relations))
    if column == "status":
        return status_label(row.status)
    return str(row.comments) if row.comments else ""


class TeamTableModel(RowTableModel):
    """Rows come from ``fetch(offset, limit)``, one batch each time the view asks for more.

    Giving a new fetch function (a new filter) empties the table; a batch still on its way
    for an older fetch function is dropped when it arrives.
    """

    batch_loaded = Signal(int)  # how many rows are loaded now
    fetch_failed = Signal(object)  # the exception

    def __init__(
        self,
        fetch: Fetch | None = None,
        run: Run | None = None,
        batch_size: int = BATCH_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(COLUMNS, column_title, parent)
        self._run = run
        self._batch_size = batch_size
        self._fetch: Fetch | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self.set_fetch(fetch)

    # -- loading -----------------------------------------------------------------------------

    def set_fetch(self, fetch: Fetch | None) -> None:
        self.beginResetModel()
        self._generation += 1
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        self._loading = False
        self.endResetModel()

    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        self._loading = True
        generation = self._generation
        fetch, offset, limit = self._fetch, len(self._rows), self._batch_size

        def work() -> list[TeamRow]:
            return fetch(offset, limit)

        def done(rows: list[TeamRow]) -> None:
            self._append(generation, rows)

        def failed(error: Exception) -> None:
            self._failed(generation, error)

        if self._run is None:
            try:
                rows = work()
            except Exception as error:  # reported like a failed background fetch
                failed(error)
            else:
                done(rows)
        else:
            self._run(work, done, failed)

    def _append(self, generation: int, rows: list[TeamRow]) -> None:
        if generation != self._generation:
            return  # a batch for a filter that has since changed
        self._loading = False
        if len(rows) < self._batch_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.batch_loaded.emit(len(self._rows))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True  # scrolling must not repeat a failing query in a loop
        self.fetch_failed.emit(error)

    # -- rows --------------------------------------------------------------------------------

    def row_of(self, key: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.key == key), -1)

    def update_row(self, key: str, status: str, comments: int) -> None:
        """Show a review or a new comment without loading the table again."""
        position = self.row_of(key)
        if position < 0:
            return
        self._rows[position] = replace(self._rows[position], status=status, comments=comments)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1), [])

    def keys(self) -> list[str]:
        return [row.key for row in self._rows]

    # -- QAbstractTableModel -----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.cell(index)
        if cell is None:
            return None
        row, column = cell
        if role == Role.KEY:
            return row.key
        if role == Role.ROW:
            return row
        if role == Role.SORT:
            return self._sort_key(row, index.row(), column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "comments":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _sort_key(row: TeamRow, position: int, column: str) -> object:
        # Plain numbers and strings: Qt compares them itself, with no Python call per
        # comparison (a Python lessThan cost tens of milliseconds per batch).
        if column == "date":
            # Within a day, keep the service's order (newest saved first) when sorting down.
            return row.occurred_on.toordinal() * POSITIONS - position
        if column == "comments":
            return row.comments * POSITIONS - position
        return display_text(row, column).casefold()


POSITIONS = 10_000_000  # more rows than a table ever holds: keeps the day first


class TeamSortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Role.SORT)

    # No lessThan override: the sort role holds values Qt orders natively.
