"""The skeleton every table of plain rows shares: a list of rows, fixed columns, titles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

# Qt hands roles over as plain ints, and a view asks for a dozen roles per cell on every
# paint: comparing with an int is ten times quicker than with the enum member.
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole.value
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole.value
ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole.value
HORIZONTAL = Qt.Orientation.Horizontal


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
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        return self._rows[row], self._columns[index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> object:
        if role != DISPLAY_ROLE or orientation != HORIZONTAL:
            return None
        if 0 <= section < len(self._columns):
            return self._title(self._columns[section])
        return None
