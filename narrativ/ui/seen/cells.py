"""The narratives behind one cell of the grid: one child (or community), one week."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

from narrativ.ui.narrative_table import status_label
from narrativ.ui.seen.data import CellNarrative
from narrativ.ui.side_list import NarrativeListPanel


class CellPanel(NarrativeListPanel):
    """A narrow column: each narrative as a short wrapped entry (date, role, writer, key,
    then its opening); Enter or a double click opens it."""

    write_about = Signal(str, str)  # child key, child name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.list.setAccessibleName(self.tr("Narrativer i ugen"))
        self.write_button = QPushButton(self.tr("Skriv &om barnet"))
        self.write_button.setEnabled(False)
        self.add_button(self.write_button)
        self.child_key: str | None = None
        self.child_name = ""
        self.community: str | None = None
        self.monday: date | None = None
        self.write_button.clicked.connect(self._write)
        self.clear_cell()

    def clear_cell(self) -> None:
        self.child_key = None
        self.community = None
        self.monday = None
        self.list.clear()
        self.heading.setText(self.tr("Narrativer i en uge"))
        self.summary.setText(
            self.tr("Klik på en uge i oversigten for at se narrativerne bag tallet.")
        )
        self.write_button.setEnabled(False)
        self.write_button.setText(self.tr("Skriv &om barnet"))

    def _week_text(self, child_name: str, monday: date) -> str:
        sunday = monday + timedelta(days=6)
        return (
            self.tr("%1, uge %2 (%3–%4)")
            .replace("%1", child_name)
            .replace("%2", str(monday.isocalendar().week))
            .replace("%3", monday.strftime("%d.%m."))
            .replace("%4", sunday.strftime("%d.%m.%Y"))
        )

    def show_community_loading(self, community: str, monday: date | None) -> None:
        """A community's week, or (``monday`` None) its whole period."""
        self.child_key = None
        self.community = community
        self.monday = monday
        self.list.clear()
        if monday is None:
            self.heading.setText(self.tr("%1 i perioden").replace("%1", community))
        else:
            self.heading.setText(self._week_text(community, monday))
        self.summary.setText(self.tr("Henter …"))
        # Writing starts from the editor's community choice, not from a child.
        self.write_button.setEnabled(False)
        self.write_button.setText(self.tr("Skriv &om barnet"))

    def show_loading(self, child_key: str, child_name: str, monday: date) -> None:
        self.community = None
        self.child_key = child_key
        self.child_name = child_name
        self.monday = monday
        self.list.clear()
        self.heading.setText(self._week_text(child_name, monday))
        self.summary.setText(self.tr("Henter …"))
        self.write_button.setEnabled(True)
        # "&" in a name would turn into an accelerator; doubled, it shows as it is.
        self.write_button.setText(
            self.tr("Skriv &om %1").replace("%1", child_name.replace("&", "&&"))
        )

    def set_narratives(self, items: list[CellNarrative]) -> None:
        focus = sum(1 for n in items if n.focus)
        present = len(items) - focus
        if self.community is not None:
            summary = (
                self.tr("1 narrativ om fællesskabet.")
                if len(items) == 1
                else self.tr("%1 narrativer om fællesskabet.").replace("%1", str(len(items)))
            )
        elif not items:
            summary = self.tr("Ingen delte narrativer med barnet i ugen.")
        else:
            summary = (
                self.tr("Fokusbarn i 1 narrativ")
                if focus == 1
                else self.tr("Fokusbarn i %1 narrativer").replace("%1", str(focus))
            )
            if present:
                summary += "; " + self.tr("til stede i %1").replace("%1", str(present))
            summary += "."
        self.summary.setText(summary)
        self.list.clear()
        for narrative in items:
            if self.community is not None:
                role = self.tr("fællesskab")
            else:
                role = self.tr("fokusbarn") if narrative.focus else self.tr("til stede")
            first = " · ".join(
                (
                    narrative.occurred_on.strftime("%d.%m.%Y"),
                    role,
                    narrative.author,
                    narrative.key,
                )
            )
            self.add_narrative(
                narrative.key, first, narrative.opening, status_label(narrative.status)
            )
        if items:
            self.list.setCurrentRow(0)

    def _write(self) -> None:
        if self.child_key:
            self.write_about.emit(self.child_key, self.child_name)
