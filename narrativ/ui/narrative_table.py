"""A table model over narrative views, with named roles and a sort proxy."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from narrativ.services.views import NarrativeView
from narrativ.ui.i18n import tr
from narrativ.ui.row_table import RowTableModel

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2
    VIEW = Qt.ItemDataRole.UserRole + 3


def status_label(status: str) -> str:
    return {"draft": tr("Kladde"), "shared": tr("Delt"), "reviewed": tr("Set af leder")}.get(
        status, status
    )


COLUMNS = ("date", "group", "focus", "status", "opening")


def column_title(column: str) -> str:
    return {
        "date": tr("Dato"),
        "group": tr("Gruppe"),
        "focus": tr("Fokusbarn"),
        "status": tr("Status"),
        "opening": tr("Fortælling"),
    }[column]


class NarrativeTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, column_title, parent)

    def set_rows(self, rows: list[NarrativeView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.cell(index)
        if cell is None:
            return None
        view, column = cell
        if role == Role.KEY:
            return view.key
        if role == Role.VIEW:
            return view
        if role == Qt.ItemDataRole.FontRole and view.news:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.SORT:
            return {
                "date": (view.occurred_on.toordinal(), view.key),
                "group": view.group.name.casefold(),
                "focus": ", ".join(c.name for c in view.focus).casefold(),
                "status": view.status,
                "opening": view.story.casefold(),
            }[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "date":
                return view.occurred_on.strftime("%d.%m.%Y")
            if column == "group":
                return view.group.name
            if column == "focus":
                return ", ".join(c.name for c in view.focus)
            if column == "status":
                label = status_label(view.status)
                return "● " + tr("%1 – nyt").replace("%1", label) if view.news else label
            opening = " ".join(view.story.split())
            return opening if role == Qt.ItemDataRole.ToolTipRole else opening[:90]
        return None


class NarrativeSortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Role.SORT)

    def lessThan(self, left: Index, right: Index) -> bool:
        return left.data(Role.SORT) < right.data(Role.SORT)
