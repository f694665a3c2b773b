"""The team view's filter bar: every control narrows the list, together they combine."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from narrativ.services.team import TeamFilter
from narrativ.ui.narrative_table import status_label
from narrativ.ui.team.field_rows import FieldRows
from narrativ.ui.team.optional_date import OptionalDateEdit

SEARCH_DELAY_MS = 150  # typing a word is one search, not one per letter
STATUSES = ("draft", "shared", "reviewed")


@dataclass(frozen=True)
class Choice:
    value: str  # what the filter gets: a key, a name or a code
    label: str  # what is shown


@dataclass(frozen=True)
class FilterChoices:
    groups: Sequence[Choice] = ()
    children: Sequence[Choice] = ()
    authors: Sequence[Choice] = ()
    themes: Sequence[Choice] = ()
    relations: Sequence[Choice] = ()


def _fill(combo: QComboBox, everything: str, choices: Sequence[Choice]) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for choice in choices:
        combo.addItem(choice.label, choice.value)
    combo.setCurrentIndex(0)
    combo.blockSignals(False)


class TeamFilterBar(QWidget):
    changed = Signal(object)  # TeamFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Ord fra fortælling, refleksion eller næste skridt"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Søg i narrativerne"))
        self.group = self._combo(self.tr("Gruppe"))
        self.child = self._combo(self.tr("Barn"))
        self.child.setEditable(True)
        self.child.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.child.model(), self.child)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.child.setCompleter(completer)
        self.author = self._combo(self.tr("Forfatter"))
        self.theme = self._combo(self.tr("Tema"))
        self.relation = self._combo(self.tr("Relation"))
        self.status = self._combo(self.tr("Status"))
        self.date_from = OptionalDateEdit()
        self.date_from.setAccessibleName(self.tr("Fra dato"))
        self.date_to = OptionalDateEdit()
        self.date_to.setAccessibleName(self.tr("Til dato"))
        self.reset_button = QPushButton(self.tr("&Vis alle"))
        self.reset_button.setToolTip(self.tr("Fjern alle filtre og søgningen"))
        self.load_choices(FilterChoices())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self._last: TeamFilter | None = None
        self._layout()

        self.search.textChanged.connect(self._timer.start)
        for combo in (self.group, self.author, self.theme, self.relation, self.status):
            combo.currentIndexChanged.connect(self._emit)
        self.child.currentIndexChanged.connect(self._emit)
        self.child.lineEdit().editingFinished.connect(self._child_typed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._emit)
        self.reset_button.clicked.connect(self.reset)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        # Long theme names must not widen the bar; the open list shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _layout(self) -> None:
        def field(text: str, *widgets: QWidget, stretch: int = 1) -> QWidget:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text)
            label.setBuddy(widgets[0])
            row.addWidget(label)
            for widget in widgets:
                row.addWidget(widget, stretch if widget is widgets[0] else 0)
            if not stretch:
                row.addStretch()  # fixed-size fields keep together at the left
            return box

        rows = FieldRows(max_columns=5)
        rows.add_field(field(self.tr("Sø&g:"), self.search, self.reset_button), span=2)
        rows.add_field(
            field(
                self.tr("&Periode:"),
                self.date_from,
                QLabel(self.tr("til")),
                self.date_to,
                stretch=0,
            ),
            span=2,
        )
        rows.add_field(field(self.tr("St&atus:"), self.status))
        rows.add_field(field(self.tr("G&ruppe:"), self.group))
        rows.add_field(field(self.tr("&Barn:"), self.child))
        rows.add_field(field(self.tr("&Forfatter:"), self.author))
        rows.add_field(field(self.tr("&Tema:"), self.theme))
        rows.add_field(field(self.tr("Relati&on:"), self.relation))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(rows)
        # Tab goes through the fields in the order they are read.
        order = (
            self.search,
            self.reset_button,
            self.date_from,
            self.date_to,
            self.status,
            self.group,
            self.child,
            self.author,
            self.theme,
            self.relation,
        )
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    # -- choices -----------------------------------------------------------------------------

    def load_choices(self, choices: FilterChoices) -> None:
        _fill(self.group, self.tr("Alle grupper"), choices.groups)
        _fill(self.child, self.tr("Alle børn"), choices.children)
        _fill(self.author, self.tr("Alle forfattere"), choices.authors)
        _fill(self.theme, self.tr("Alle temaer"), choices.themes)
        _fill(self.relation, self.tr("Alle relationer"), choices.relations)
        _fill(
            self.status,
            self.tr("Alle"),
            [Choice(status, status_label(status)) for status in STATUSES],
        )

    # -- the filter --------------------------------------------------------------------------

    def current_filter(self) -> TeamFilter:
        return TeamFilter(
            group=self.group.currentData(),
            child=self.child.currentData(),
            author=self.author.currentData(),
            theme=self.theme.currentData(),
            relation=self.relation.currentData(),
            status=self.status.currentData(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=self.search.text(),
        )

    def _controls(self) -> tuple[QWidget, ...]:
        return (
            self.search,
            self.group,
            self.child,
            self.author,
            self.theme,
            self.relation,
            self.status,
            self.date_from,
            self.date_to,
        )

    def reset(self) -> None:
        """Everything back to "all" as one change, so only one search starts."""
        for control in self._controls():
            control.blockSignals(True)
        try:
            self.search.clear()
            for combo in (
                self.group,
                self.child,
                self.author,
                self.theme,
                self.relation,
                self.status,
            ):
                combo.setCurrentIndex(0)
            self.date_from.clear_value()
            self.date_to.clear_value()
        finally:
            for control in self._controls():
                control.blockSignals(False)
        self._emit()

    def set_filter(self, flt: TeamFilter) -> None:
        """Show ``flt`` in the controls (keys or names as shown) and search for it once."""
        for control in self._controls():
            control.blockSignals(True)
        try:
            for combo, value in (
                (self.group, flt.group),
                (self.child, flt.child),
                (self.author, flt.author),
                (self.theme, flt.theme),
                (self.relation, flt.relation),
                (self.status, flt.status),
            ):
                index = combo.findData(value) if value else 0
                if index < 0:
                    index = combo.findText(value or "", Qt.MatchFlag.MatchStartsWith)
                combo.setCurrentIndex(max(index, 0))
            self.child.setEditText(self.child.currentText())
            self.date_from.set_value(flt.date_from)
            self.date_to.set_value(flt.date_to)
            self.search.setText(flt.text)
        finally:
            for control in self._controls():
                control.blockSignals(False)
        self._emit()

    def _child_typed(self) -> None:
        """A typed name selects that child; empty means every child; anything else is undone."""
        typed = " ".join(self.child.currentText().split()).casefold()
        if not typed:
            self.child.setCurrentIndex(0)
            self.child.setEditText(self.child.itemText(0))
            return
        for index in range(self.child.count()):
            label = self.child.itemText(index).casefold()
            if typed in (label, label.split(" (")[0], label.split(" (")[0].rstrip(".")):
                self.child.setCurrentIndex(index)
                self.child.setEditText(self.child.itemText(index))
                return
        self.child.setEditText(self.child.itemText(self.child.currentIndex()))

    def _emit(self) -> None:
        self._timer.stop()
        current = self.current_filter()
        if current != self._last:
            self._last = current
            self.changed.emit(current)
