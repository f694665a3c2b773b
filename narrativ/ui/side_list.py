"""The parts of a side panel that lists narratives: heading, summary line and the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget


def side_list_parts(accessible_name: str) -> tuple[QLabel, QLabel, QListWidget]:
    heading = QLabel()
    heading.setObjectName("panelTitle")
    heading.setWordWrap(True)
    summary = QLabel()
    summary.setObjectName("quiet")
    summary.setWordWrap(True)
    items = QListWidget()
    items.setWordWrap(True)
    items.setSpacing(2)
    items.setAlternatingRowColors(True)
    items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    items.setAccessibleName(accessible_name)
    return heading, summary, items
