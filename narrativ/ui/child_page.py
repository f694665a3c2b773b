"""A child's page: every narrative the user may see with the child in it, with filters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from narrativ.errors import UserError
from narrativ.services import narratives, organisation, tags
from narrativ.services.workspace import Workspace
from narrativ.ui.handouts.consent_dialog import ConsentDialog
from narrativ.ui.handouts.dialog import HandoutDialog
from narrativ.ui.messages import show_error
from narrativ.ui.narrative_list import NarrativeList
from narrativ.ui.plans.dialog import PlansDialog


class ChildPage(QWidget):
    open_requested = Signal(str)
    write_about = Signal(str, str)  # child key, child name

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        title = QLabel(self.tr("Børn"))
        title.setObjectName("screenTitle")
        self.child = QComboBox()
        self.child.setEditable(True)
        self.child.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.child.setAccessibleName(self.tr("Barn"))
        self.child.setMinimumContentsLength(14)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Filtrér på tema"))
        self.theme.addItem(self.tr("Alle temaer"), None)
        for tag in tags.themes(ws):
            self.theme.addItem(tag.label, tag.code)
        self.relation = QComboBox()
        self.relation.setAccessibleName(self.tr("Filtrér på relation"))
        self.relation.addItem(self.tr("Alle relationer"), None)
        for tag in tags.relations(ws):
            self.relation.addItem(tag.label, tag.code)
        self.write = QPushButton(self.tr("&Skriv om barnet"))
        self.handout_button = QPushButton(self.tr("&Materiale …"))
        self.handout_button.setToolTip(self.tr("PDF til forældresamtale eller tværfagligt møde"))
        self.consent_button = QPushButton(self.tr("Sa&mtykker …"))
        self.plans_button = QPushButton(self.tr("&Handleplaner …"))
        self.count = QLabel()
        self.count.setObjectName("quiet")
        filters = QHBoxLayout()
        label = QLabel(self.tr("&Barn:"))
        label.setBuddy(self.child)
        filters.addWidget(label)
        filters.addWidget(self.child, 2)
        filters.addWidget(self.theme, 2)
        filters.addWidget(self.relation, 1)
        # Actions on their own row: one row of everything is too wide at 150 % scaling.
        actions = QHBoxLayout()
        actions.addWidget(self.write)
        actions.addWidget(self.handout_button)
        actions.addWidget(self.consent_button)
        actions.addWidget(self.plans_button)
        actions.addStretch()
        self.list = NarrativeList()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        for combo in (self.child, self.theme, self.relation):
            combo.currentIndexChanged.connect(self.refresh)
        self.write.clicked.connect(self._write)
        self.handout_button.clicked.connect(self.open_handout)
        self.consent_button.clicked.connect(self.open_consents)
        self.plans_button.clicked.connect(self.open_plans)
        self.list.open_requested.connect(self.open_requested)

    def load_children(self) -> None:
        self.child.blockSignals(True)
        self.child.clear()
        for view in organisation.list_children(self.ws):
            self.child.addItem(f"{view.display_name} – {view.group_name or ''}", view.key)
        self.child.blockSignals(False)

    def show_child(self, key: str) -> None:
        index = self.child.findData(key)
        if index >= 0:
            self.child.setCurrentIndex(index)
        self.refresh()

    def refresh(self) -> None:
        key = self.child.currentData()
        if not key:
            self.list.clear()
            self.count.clear()
            return
        try:
            rows = narratives.list_for_child(
                self.ws, key, theme=self.theme.currentData(), relation=self.relation.currentData()
            )
        except UserError as error:
            show_error(self, error)
            return
        self.list.set_rows(rows)
        self.count.setText(self.tr("Antal narrativer: %n (nyeste først)", "", len(rows)))

    def _current(self) -> tuple[str, str] | None:
        key = self.child.currentData()
        return (key, self.child.currentText().split(" – ")[0]) if key else None

    def open_handout(self) -> None:
        current = self._current()
        if current is not None:
            HandoutDialog(self.ws, *current, parent=self).exec()

    def open_consents(self) -> None:
        current = self._current()
        if current is not None:
            ConsentDialog(self.ws, *current, parent=self).exec()

    def open_plans(self) -> None:
        current = self._current()
        if current is not None:
            PlansDialog(self.ws, *current, parent=self).exec()

    def _write(self) -> None:
        key = self.child.currentData()
        if key:
            self.write_about.emit(key, self.child.currentText().split(" – ")[0])
