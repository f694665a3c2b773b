"""Labelled fields in rows that wrap: as many side by side as the width allows."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

FIELD_SPACING = 8


class FieldRows(QWidget):
    """Each field takes one or more equal columns; a field that does not fit in the row
    starts the next one. At 1366 pixels the team filters take two rows, at 150 % more."""

    def __init__(self, max_columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: list[tuple[QWidget, int]] = []
        self._max_columns = max_columns
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(FIELD_SPACING)
        # The width comes from the page; the number of rows follows from it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def add_field(self, field: QWidget, span: int = 1) -> None:
        self._fields.append((field, span))
        columns = self._columns or self._max_columns
        self._columns = 0  # place every field again, this one included
        self.arrange(columns)

    def column_width(self) -> int:
        return max(
            (-(-field.minimumSizeHint().width() // span) for field, span in self._fields),
            default=1,
        )

    def columns_for(self, width: int) -> int:
        unit = self.column_width() + FIELD_SPACING
        return max(1, min(self._max_columns, (width + FIELD_SPACING) // unit))

    def arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for field, _span in self._fields:
            self._grid.removeWidget(field)
        row = column = 0
        for field, span in self._fields:
            width = min(span, columns)
            if column + width > columns:
                row, column = row + 1, 0
            self._grid.addWidget(field, row, column, 1, width)
            column += width
        for index in range(self._max_columns):
            self._grid.setColumnStretch(index, 1 if index < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(self.columns_for(event.size().width()))
