"""The column beside the map: who has no relation, and the narratives behind an edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from narrativ.ui.relations.data import EdgeNarrative
from narrativ.ui.side_list import NarrativeListPanel


class IsolatedPanel(QWidget):
    """The children of the group with no barn–barn narrative with another child."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Børn uden registrerede relationer i perioden"))
        self.heading.setObjectName("panelTitle")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("quiet")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.heading.text())
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with an entry
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_names(None)

    def hasHeightForWidth(self) -> bool:
        # Asked height-for-width, the column's layout squeezes the panel below what its
        # wrapped labels and list need; the plain size hint gives them their room.
        return False

    def set_names(self, names: tuple[str, ...] | None) -> None:
        self.list.clear()
        for name in names or ():
            self.list.addItem(name)
        self.list.setVisible(bool(names))
        if names is None:
            self.summary.setText("")
        elif not names:
            self.summary.setText(
                self.tr("Alle børn i gruppen er skrevet om sammen med mindst ét andet barn.")
            )
        elif len(names) == 1:
            self.summary.setText(self.tr("1 barn er ikke skrevet om sammen med andre børn."))
        else:
            self.summary.setText(
                self.tr("%1 børn er ikke skrevet om sammen med andre børn.").replace(
                    "%1", str(len(names))
                )
            )
        # As tall as the names need, up to a few lines; more scroll. A ceiling rather
        # than a fixed height: the wrapped labels above keep their room when space is short.
        row = self.list.sizeHintForRow(0) if self.list.count() else 0
        rows = min(self.list.count(), 6)
        self.list.setMinimumHeight(min(rows, 2) * row + 2 * self.list.frameWidth())
        self.list.setMaximumHeight(rows * row + 2 * self.list.frameWidth() + 4)
        # The column's layout keeps the panel's old size until told that it changed.
        self.updateGeometry()

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class EdgePanel(NarrativeListPanel):
    """The narratives behind the chosen edge: date, writer and opening; Enter or a double
    click opens one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.list.setAccessibleName(self.tr("Narrativer bag forbindelsen"))
        self.pair: tuple[str, str] | None = None
        self.clear_edge()

    def clear_edge(self) -> None:
        self.pair = None
        self.list.clear()
        self.heading.setText(self.tr("Narrativer bag en forbindelse"))
        self.summary.setText(
            self.tr("Klik på en streg mellem to børn for at se de narrativer, de er med i.")
        )

    def show_loading(self, a: str, b: str) -> None:
        self.pair = (a, b)
        self.list.clear()
        self.heading.setText(self.tr("%1 og %2").replace("%2", b).replace("%1", a))
        self.summary.setText(self.tr("Henter …"))

    def set_narratives(self, items: list[EdgeNarrative]) -> None:
        if len(items) == 1:
            self.summary.setText(self.tr("Med i 1 narrativ i perioden."))
        else:
            self.summary.setText(
                self.tr("Med i %1 narrativer i perioden.").replace("%1", str(len(items)))
            )
        self.list.clear()
        for narrative in items:
            first = " · ".join(
                (narrative.occurred_on.strftime("%d.%m.%Y"), narrative.author, narrative.key)
            )
            self.add_narrative(narrative.key, first, narrative.opening)
        if items:
            self.list.setCurrentRow(0)
