"""A table model over team rows that loads them in batches as the table scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from narrativ.services.team import TeamRow
from narrativ.ui.narrative_table import status_label
from narrativ.ui.row_table import ALIGNMENT_ROLE, DISPLAY_ROLE, TOOLTIP_ROLE, RowTableModel

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[TeamRow]]
# TaskRunner.run's shape: (work, on_done, on_error). Without one, batches load at once.
Run = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]

# The first batch fills a tall screen two times over; the rest come 200 at a time as the
# table scrolls. A search then shows its first rows after reading a quarter of a batch.
FIRST_BATCH_SIZE = 60
BATCH_SIZE = 200
COLUMNS = ("date", "group", "focus", "author", "themes", "relations", "status", "comments")


class Role(IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2
    ROW = Qt.ItemDataRole.UserRole + 3


_KEY, _SORT, _ROW = int(Role.KEY), int(Role.SORT), int(Role.ROW)
_COMMENTS = COLUMNS.index("comments")
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


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

    Giving a new fetch function (a new filter) empties the table, or with ``keep_rows``
    leaves the rows there are in place until the new first batch replaces them all at
    once: a search typed into the box then never blinks an empty table, and the table
    is laid out and painted once, not twice. A batch still on its way for an older fetch
    function is dropped when it arrives.
    """

    batch_loaded = Signal(int)  # how many rows are loaded now
    fetch_failed = Signal(object)  # the exception

    def __init__(
        self,
        fetch: Fetch | None = None,
        run: Run | None = None,
        batch_size: int = BATCH_SIZE,
        parent: QObject | None = None,
        first_batch_size: int = FIRST_BATCH_SIZE,
    ) -> None:
        super().__init__(COLUMNS, column_title, parent)
        self._run = run
        self._batch_size = batch_size
        self._first_batch_size = first_batch_size
        self._fetch: Fetch | None = None
        # Per row, worked out the first time a view asks and kept: the text of each column
        # and the value each column sorts by. A paint asks for seven roles of every visible
        # cell, and the sort proxy for the sort value of every row, again and again; the
        # first paint of a batch only needs the rows on the screen.
        self._texts: list[tuple[str, ...] | None] = []
        self._sorts: list[tuple[object, ...] | None] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0
        # The rows shown belong to an older fetch function and go when its first batch comes.
        self._stale = False
        self.set_fetch(fetch)

    # -- loading -----------------------------------------------------------------------------

    def set_fetch(self, fetch: Fetch | None, keep_rows: bool = False) -> None:
        self._generation += 1
        self._fetch = fetch
        self._exhausted = fetch is None
        self._loading = False
        if keep_rows and fetch is not None and self._rows:
            self._stale = True
            return
        self._replace([])

    def _replace(self, rows: list[TeamRow]) -> None:
        self.beginResetModel()
        self._stale = False
        self._rows = list(rows)
        self._texts = [None] * len(rows)
        self._sorts = [None] * len(rows)
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
        offset = 0 if self._stale else len(self._rows)
        fetch = self._fetch
        limit = self._first_batch_size if offset == 0 else self._batch_size

        def work() -> list[TeamRow]:
            return fetch(offset, limit)

        def done(rows: list[TeamRow]) -> None:
            self._append(generation, rows, limit)

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

    def _append(self, generation: int, rows: list[TeamRow], asked: int) -> None:
        if generation != self._generation:
            return  # a batch for a filter that has since changed
        self._loading = False
        if len(rows) < asked:
            self._exhausted = True
        if self._stale:
            self._replace(rows)
        elif rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend([None] * len(rows))
            self._sorts.extend([None] * len(rows))
            self.endInsertRows()
        self.batch_loaded.emit(len(self._rows))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True  # scrolling must not repeat a failing query in a loop
        if self._stale:
            self._replace([])  # the old filter's rows would pass for the new one's
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
        self._texts[position] = self._sorts[position] = None
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1), [])

    def keys(self) -> list[str]:
        return [row.key for row in self._rows]

    # -- QAbstractTableModel -----------------------------------------------------------------

    def _texts_of(self, position: int) -> tuple[str, ...]:
        texts = self._texts[position]
        if texts is None:
            texts = self._texts[position] = _texts(self._rows[position])
        return texts

    def text(self, position: int, column: int) -> str:
        """A cell's text, for a row known to exist."""
        return self._texts_of(position)[column]

    def _sorts_of(self, position: int) -> tuple[object, ...]:
        values = self._sorts[position]
        if values is None:
            values = _sort_values(self._rows[position], position, self._texts_of(position))
            self._sorts[position] = values
        return values

    def value(self, position: int, column: int, role: int) -> object:
        """What ``data`` answers, for a row and column known to exist."""
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
            return self._texts_of(position)[column]
        if role == _SORT:
            return self._sorts_of(position)[column]
        if role == _KEY:
            return self._rows[position].key
        if role == _ROW:
            return self._rows[position]
        if role == ALIGNMENT_ROLE and column == _COMMENTS:
            return _CENTRED
        return None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> object:
        position = index.row()
        if not 0 <= position < len(self._rows) or not index.isValid():
            return None
        return self.value(position, index.column(), role)

    def fill(self, position: int, column: int, span: QModelRoleDataSpan) -> None:
        """Every role a view asks for at once: one call per cell instead of one per role."""
        texts = self._texts_of(position)
        for wanted in span:
            role = wanted.role()
            if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
                wanted.setData(texts[column])
            elif role == ALIGNMENT_ROLE and column == _COMMENTS:
                wanted.setData(_CENTRED)
            elif role in (_SORT, _KEY, _ROW):
                wanted.setData(self.value(position, column, role))
            else:
                wanted.clearData()

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:
        position = index.row()
        if 0 <= position < len(self._rows) and index.isValid():
            self.fill(position, index.column(), roleDataSpan)
        else:
            for wanted in roleDataSpan:
                wanted.clearData()


POSITIONS = 10_000_000  # more rows than a table ever holds: keeps the day first


def _texts(row: TeamRow) -> tuple[str, ...]:
    return tuple(display_text(row, column) for column in COLUMNS)


def _sort_values(row: TeamRow, position: int, texts: tuple[str, ...]) -> tuple[object, ...]:
    """What each column sorts by: plain numbers and strings, which Qt compares itself with
    no Python call per comparison (a Python lessThan cost tens of milliseconds a batch)."""
    values: list[object] = []
    for column, text in zip(COLUMNS, texts, strict=True):
        if column == "date":
            # Within a day, keep the service's order (newest saved first) when sorting down.
            values.append(row.occurred_on.toordinal() * POSITIONS - position)
        elif column == "comments":
            values.append(row.comments * POSITIONS - position)
        else:
            values.append(text.casefold())
    return tuple(values)


class TeamSortProxy(QSortFilterProxyModel):
    """The table's order. No lessThan override: the sort role holds values Qt orders
    natively.

    The service hands rows out newest first, which is the table's first order (date,
    descending). In that order the proxy keeps the model's own order (Qt's sort column
    -1) rather than sorting by date: a new batch is then appended below the rows there
    are, where sorting would compare every new row with the others, asking the model for
    two sort values each time. The header shows the date column sorted all the same.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Role.SORT)
        self._team: TeamTableModel | None = None
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        if self.in_service_order():
            super().sort(-1, Qt.SortOrder.AscendingOrder)  # -1 and descending: reversed
        else:
            super().sort(column, order)

    def in_service_order(self) -> bool:
        """Sorted by date, newest first: the order the rows come in."""
        return self._order == (COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)

    def order(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction asked for (``sortColumn`` is -1 in the service order)."""
        return self._order

    def flags(self, index: Index) -> Qt.ItemFlag:
        # What the model's own flags are for every cell (QAbstractTableModel's), without
        # asking it: Qt's way creates the source index, which asks the model for its row
        # and column counts, for every cell painted, several times.
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setSourceModel(self, sourceModel: QAbstractItemModel) -> None:
        super().setSourceModel(sourceModel)
        self._team = sourceModel if isinstance(sourceModel, TeamTableModel) else None

    def _source_cell(self, index: Index) -> tuple[TeamTableModel, int, int] | None:
        """The team model and the row and column behind a cell, or None outside the rows."""
        model = self._team
        if model is None or not index.isValid():
            return None
        if self.sortColumn() < 0:
            # The model's own order and nothing filtered out: the same row in both.
            row, column = index.row(), index.column()
        else:
            source = self.mapToSource(index)
            row, column = source.row(), source.column()
        return (model, row, column) if 0 <= row < model.rowCount() else None

    def text_at(self, index: Index) -> str | None:
        """The text shown in a cell of this proxy, or None outside the rows."""
        cell = self._source_cell(index)
        return None if cell is None else cell[0].text(cell[1], cell[2])

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:
        # One call into Python per painted cell (Qt's own asks the model role by role).
        cell = self._source_cell(index)
        if cell is None:
            super().multiData(index, roleDataSpan)
        else:
            model, row, column = cell
            model.fill(row, column, roleDataSpan)
