"""A side panel that lists narratives: heading, summary line, the list and its buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


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


class NarrativeListPanel(QWidget):
    """A narrow column of narratives (heading, summary, list, an "Åbn" button and any
    added beside it); Enter, a double click or the button opens the chosen one.

    ``accessible_name`` names the list; a subclass passes it through ``self.tr`` after
    construction if it wants it translated in its own context."""

    open_narrative = Signal(str)  # key

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading, self.summary, self.list = side_list_parts(accessible_name)
        self.open_button = QPushButton(self.tr("Å&bn"))
        self.open_button.setEnabled(False)
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.open_button)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._buttons)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))

    def add_button(self, button: QPushButton) -> None:
        """Another button beside "Åbn"."""
        self._buttons.insertWidget(self._buttons.count() - 1, button)

    def hasHeightForWidth(self) -> bool:
        # The wrapped labels would pin the panel at its preferred height; the list
        # scrolls, so any height from the minimum up will do.
        return False

    def add_narrative(self, key: str, first_line: str, opening: str, tip: str = "") -> None:
        item = QListWidgetItem(f"{first_line}\n{opening}")
        item.setData(KEY_ROLE, key)
        if tip:
            item.setToolTip(tip)
        self.list.addItem(item)

    def keys(self) -> list[str]:
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]

    def _current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self.open_button.setEnabled(current is not None)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_narrative.emit(item.data(KEY_ROLE))
