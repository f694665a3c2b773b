"""Children as chips: type to complete, Enter adds, Delete or double-click removes."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole


class _ChipList(QListWidget):
    remove_requested = Signal(QListWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.remove_requested.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class ChildChips(QWidget):
    """A set of children picked from ``options`` (display name → key)."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._options: dict[str, str] = {}
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Skriv et navn, og tryk Enter"))
        self.input.setAccessibleName(label)
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        self.chips = _ChipList()
        self.chips.setAccessibleName(self.tr("Valgte: %1").replace("%1", label))
        self.chips.setFlow(QListWidget.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setSpacing(3)
        self.chips.setFixedHeight(38)
        self.chips.setObjectName("chips")
        self.chips.setToolTip(self.tr("Markér et barn, og tryk Delete for at fjerne det"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.input)
        layout.addLayout(row)
        layout.addWidget(self.chips)
        self.input.returnPressed.connect(self._add_typed)
        completer.activated.connect(self._add_name)
        self.chips.remove_requested.connect(self._remove)
        self.chips.itemDoubleClicked.connect(self._remove)

    def set_options(self, options: dict[str, str]) -> None:
        self._options = dict(options)
        self.completer_model.setStringList(sorted(options, key=str.casefold))

    def _add_typed(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        matches = [n for n in self._options if n.casefold().startswith(text.casefold())]
        if len(matches) == 1 or text in self._options:
            self._add_name(text if text in self._options else matches[0])

    def _add_name(self, name: str) -> None:
        key = self._options.get(name)
        if key is None:
            return
        if key not in self.child_keys():
            item = QListWidgetItem(f"{name}  ×")
            item.setData(KEY_ROLE, key)
            item.setToolTip(self.tr("Dobbeltklik eller tryk Delete for at fjerne"))
            self.chips.addItem(item)
            self.changed.emit()
        # Clear after the completer has finished writing into the field.
        self.input.clear()
        self.input.setText("")

    def _remove(self, item: QListWidgetItem) -> None:
        self.chips.takeItem(self.chips.row(item))
        self.changed.emit()

    def child_keys(self) -> list[str]:
        return [self.chips.item(i).data(KEY_ROLE) for i in range(self.chips.count())]

    def names(self) -> list[str]:
        return [self.chips.item(i).text().removesuffix("  ×") for i in range(self.chips.count())]

    def set_children(self, children: list[tuple[str, str]]) -> None:
        """Replace the chips with ``(key, name)`` pairs, without signalling a change."""
        self.blockSignals(True)
        self.chips.clear()
        for key, name in children:
            item = QListWidgetItem(f"{name}  ×")
            item.setData(KEY_ROLE, key)
            self.chips.addItem(item)
        self.blockSignals(False)

    def remove_key(self, key: str) -> None:
        for i in range(self.chips.count()):
            if self.chips.item(i).data(KEY_ROLE) == key:
                self.chips.takeItem(i)
                self.changed.emit()
                return
