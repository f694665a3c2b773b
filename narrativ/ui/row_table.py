"""The skeleton every table of plain rows shares: a list of rows, fixed columns, titles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Subclasses give ``columns``, ``title`` (column → header text) and ``data``."""

    def __init__(
        self, columns: tuple[str, ...], title: Callable[[str], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._title = title
        self._rows: list[Any] = []

    def cell(self, index: Index) -> tuple[Any, str] | None:
        """The row object and the column name behind ``index``, or None when out of range."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()], self._columns[index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._title(self._columns[section])
        return None
