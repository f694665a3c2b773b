""" "Mine narrativer": own drafts first, then the rest; Enter opens one in the editor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from narrativ.services import narratives
from narrativ.services.workspace import Workspace
from narrativ.ui.narrative_list import NarrativeList


class MinePage(QWidget):
    open_requested = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        title = QLabel(self.tr("Mine narrativer"))
        title.setObjectName("screenTitle")
        hint = QLabel(
            self.tr("Dine kladder står øverst. Dobbeltklik eller tryk Enter for at åbne.")
        )
        hint.setObjectName("quiet")
        hint.setWordWrap(True)
        self.list = NarrativeList()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        self.list.open_requested.connect(self.open_requested)
        # Drafts first: keep the service's order rather than sorting by date.
        self.list.table.setSortingEnabled(False)

    def refresh(self) -> None:
        self.list.set_rows(narratives.list_mine(self.ws))
