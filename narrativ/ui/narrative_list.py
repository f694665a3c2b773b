"""A sortable table of narratives with a reading pane beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)

from narrativ.services.views import NarrativeView
from narrativ.ui.narrative_table import NarrativeSortProxy, NarrativeTableModel, Role
from narrativ.ui.reading import narrative_html


class NarrativeList(QSplitter):
    open_requested = Signal(str)  # key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.model = NarrativeTableModel(self)
        self.proxy = NarrativeSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Narrativer"))
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Læsevisning"))
        self.reader.setOpenLinks(False)
        self.addWidget(self.table)
        self.addWidget(self.reader)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.table.activated.connect(self._activated)

    def set_rows(self, rows: list[NarrativeView]) -> None:
        self.model.set_rows(rows)
        self.reader.clear()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def clear(self) -> None:
        self.model.clear()
        self.reader.clear()

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = current.data(Role.VIEW) if current.isValid() else None
        self.reader.setHtml(narrative_html(view) if view else "")

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(Role.KEY)
        if key:
            self.open_requested.emit(key)
