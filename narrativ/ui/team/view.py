"""The team view page: filters, every matching narrative in a table, the chosen one to read
and answer."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from narrativ.services import accounts, narratives, organisation, tags, team
from narrativ.services.team import TeamFilter, TeamRow
from narrativ.services.workspace import Workspace
from narrativ.ui.messages import show_error
from narrativ.ui.narrative_table import status_label
from narrativ.ui.tasks import TaskRunner
from narrativ.ui.team.cells import TeamCellDelegate
from narrativ.ui.team.filters import Choice, FilterChoices, TeamFilterBar
from narrativ.ui.team.model import COLUMNS, Role, TeamSortProxy, TeamTableModel
from narrativ.ui.team.pane import PaneContent, pane_html
from narrativ.ui.team.review import ReviewBar
from narrativ.ui.team.serial import Runner, SerialTasks

# Typical contents that set each column's first width; the user can drag them wider, and
# a cell's whole text is in its tool tip.
COLUMN_SAMPLES = {
    "date": "00.00.0000",
    "group": "Egernene",
    "focus": "Valdemar F.",
    "author": "Rikke Sørensen",
    "themes": "social udvikling · krop",
    "relations": "barn–barn · barn",
    "status": "reviewed",
    "comments": "",
}
CELL_PADDING = 14
PANE_SHARE = 0.3  # the reading pane's least share of the width: 50 or more characters a line


def filter_choices(ws: Workspace) -> FilterChoices:
    return FilterChoices(
        groups=[Choice(g.key, g.name) for g in organisation.list_groups(ws)],
        children=[
            Choice(c.key, f"{c.display_name} ({c.group_name})" if c.group_name else c.display_name)
            for c in organisation.list_children(ws, include_left=True)
        ],
        # Former colleagues wrote narratives too.
        authors=[Choice(s.key, s.name) for s in accounts.list_staff(ws, include_inactive=True)],
        themes=[Choice(t.code, t.label) for t in tags.themes(ws)],
        relations=[Choice(r.code, r.label) for r in tags.relations(ws)],
    )


class TeamView(QWidget):
    searched = Signal(object)  # the TeamFilter whose hit count is now shown
    pane_shown = Signal(str)  # the key of the narrative now in the reading pane
    answered = Signal(str)  # a review or comment on this key was saved

    def __init__(
        self, ws: Workspace, runner: Runner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.tasks = SerialTasks(runner or TaskRunner(self), self)
        self.opened = False
        self.filter = TeamFilter()
        self.counted_filter: TeamFilter | None = None
        self.shown_key: str | None = None
        self._shown: PaneContent | None = None
        self._keep_key: str | None = None
        # Each new search or pane load gets a number; a late answer for an older one is
        # dropped, so a slow search never overwrites a newer one.
        self._search_number = 0
        self._pane_number = 0
        self._split_done = False
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("Teamoverblik"))
        title.setObjectName("screenTitle")
        self.filters = TeamFilterBar()
        self.hits = QLabel()
        self.hits.setObjectName("quiet")
        self.hits.setAccessibleName(self.tr("Antal fundne narrativer"))

        self.model = TeamTableModel(run=self._run, parent=self)
        self.proxy = TeamSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(TeamCellDelegate(self.proxy, self.table))
        self.table.setAccessibleName(self.tr("Narrativer i huset"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._size_columns()

        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Læsevisning"))
        self.reader.setOpenLinks(False)
        self.review = ReviewBar()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.reader, 1)
        side_layout.addWidget(self.review)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.filters)
        layout.addWidget(self.hits)
        layout.addWidget(self.splitter, 1)

        self.filters.changed.connect(self.search)
        self.model.batch_loaded.connect(self._batch_loaded)
        self.model.fetch_failed.connect(self._fetch_failed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # Enter on a row goes on to answering it.
        self.table.activated.connect(lambda _index: self.review.text.setFocus())
        self.review.mark_reviewed.connect(self.mark_reviewed)
        self.review.comment.connect(self.add_comment)
        QShortcut(
            QKeySequence("Ctrl+F"),
            self,
            self.filters.search.setFocus,
            context=Qt.ShortcutContext.WindowShortcut,
        )

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        cells = self.table.fontMetrics()
        titles = header.fontMetrics()
        self._wanted_widths: list[int] = []
        for column, name in enumerate(COLUMNS):
            sample = COLUMN_SAMPLES[name]
            sample = status_label(sample) if name == "status" else sample
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # A title's room includes the sort arrow.
            width = max(
                cells.horizontalAdvance(sample), titles.horizontalAdvance(title) + CELL_PADDING
            )
            # A count needs no more room than its title.
            width += CELL_PADDING // 2 if name == "comments" else CELL_PADDING
            self._wanted_widths.append(width)
            header.resizeSection(column, width)
        # The themes are the longest; they get what room is left and elide the rest.
        header.setSectionResizeMode(COLUMNS.index("themes"), QHeaderView.ResizeMode.Stretch)

    def _table_width(self) -> int:
        """The room the columns want, with the frame and the scroll bar."""
        return (
            sum(self._wanted_widths)
            + 2 * self.table.frameWidth()
            + self.table.verticalScrollBar().sizeHint().width()
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_done and self.splitter.width() > 0:
            # The table as wide as its columns want, as long as the pane keeps a readable
            # width; below that both give way in proportion.
            self._split_done = True
            total = self.splitter.width() - self.splitter.handleWidth()
            pane = max(total - self._table_width(), int(total * PANE_SHARE))
            self.splitter.setSizes([total - pane, pane])

    # -- background work ---------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """The runner, with answers dropped once the page is gone (the desk was locked)."""

        def done(result: Any) -> None:
            if shiboken6.isValid(self):
                on_done(result)

        def failed(error: Exception) -> None:
            if shiboken6.isValid(self):
                on_error(error)

        self.tasks.run(work, done, failed)

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    # -- opening and searching -----------------------------------------------------------------

    def activate(self) -> None:
        """Each time the page is shown. The first time opens the view (checked and logged)."""
        first = not self.opened
        if first:
            team.open_team_view(self.ws)
            self.opened = True
        # Colleagues may have written since: list again, and read again the narrative
        # that was open rather than showing the copy from before.
        self._shown = None
        self.search(self.filters.current_filter(), keep_key=self.shown_key)
        if first:
            # The filters' lists are read here while the first batch is on its way: its
            # query runs in the worker meanwhile. The filter searched for is the same
            # before and after (every list starts at "all").
            self.filters.load_choices(filter_choices(self.ws))
            self.filters.search.setFocus()

    def search(self, flt: TeamFilter, keep_key: str | None = None) -> None:
        self._search_number += 1
        number = self._search_number
        self.filter = flt
        self._keep_key = keep_key
        ws = self.ws

        def fetch(offset: int, limit: int) -> list[TeamRow]:
            return team.team_rows(ws, flt, offset, limit)

        self.hits.setText(self.tr("Søger …"))
        self.model.set_fetch(fetch, keep_rows=True)
        self.model.fetchMore(QModelIndex())
        self._run(
            lambda: team.team_count(ws, flt),
            lambda count: self._counted(number, flt, count),
            lambda error: self._search_failed(number, error),
        )

    def _counted(self, number: int, flt: TeamFilter, count: int) -> None:
        if number != self._search_number:
            return
        self.counted_filter = flt
        # Danish has a singular the source text cannot show; a translation has numerus forms.
        one = count == 1
        self.hits.setText(self.tr("1 narrativ") if one else self.tr("%n narrativer", "", count))
        self.searched.emit(flt)

    def _search_failed(self, number: int, error: Exception) -> None:
        if number != self._search_number:
            return
        # The batch of the same search fails too and shows the message; one box is enough.
        self.counted_filter = self.filter
        self.hits.setText(self.tr("Søgningen lykkedes ikke."))
        self.searched.emit(self.filter)

    def _fetch_failed(self, error: Exception) -> None:
        show_error(self, error)

    def _batch_loaded(self, loaded: int) -> None:
        if self.table.currentIndex().isValid():
            return  # a later batch: the reader keeps what they chose
        if loaded == 0:
            self._show_nothing()
            return
        wanted = self.model.row_of(self._keep_key) if self._keep_key else -1
        source = self.model.index(max(wanted, 0), 0)
        self.table.setCurrentIndex(self.proxy.mapFromSource(source))

    # -- the reading pane --------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(Role.KEY) if current.isValid() else None
        if key is None:
            return
        if key == self.shown_key and self._shown is not None:
            self._render()  # the same narrative, perhaps with other words to mark
            self.pane_shown.emit(key)
            return
        self.load_pane(key)

    def show_narrative(self, key: str) -> None:
        """Read ``key`` in the pane (from another page, say); chosen in the table if listed."""
        row = self.model.row_of(key)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
            if key == self.shown_key:
                return
        else:
            self.table.clearSelection()
        self.load_pane(key)

    def load_pane(self, key: str) -> None:
        self._pane_number += 1
        number = self._pane_number
        ws = self.ws

        def read() -> PaneContent:
            return PaneContent(narratives.get_narrative(ws, key), narratives.history(ws, key))

        self._run(
            read,
            lambda content: self._pane_loaded(number, content),
            lambda error: self._pane_failed(number, error),
        )

    def _pane_loaded(self, number: int, content: PaneContent) -> None:
        if number != self._pane_number:
            return
        view = content.view
        self._shown = content
        self.shown_key = view.key
        self._render()
        self.review.set_narrative(view.status)
        self.model.update_row(view.key, view.status, len(view.comments))
        self.pane_shown.emit(view.key)

    def _pane_failed(self, number: int, error: Exception) -> None:
        if number == self._pane_number:
            show_error(self, error)

    def _render(self) -> None:
        if self._shown is None:
            return
        position = self.reader.verticalScrollBar().value()
        same = self.reader.property("narrativeKey") == self._shown.view.key
        self.reader.setHtml(pane_html(self._shown, self.filter.text))
        self.reader.setProperty("narrativeKey", self._shown.view.key)
        if same:  # re-marking words must not jump back to the top
            self.reader.verticalScrollBar().setValue(position)

    def _show_nothing(self) -> None:
        self._pane_number += 1  # a pane still loading belongs to the old list
        self._shown = None
        self.shown_key = None
        self.reader.setProperty("narrativeKey", None)
        nothing = self.tr("Ingen narrativer passer til søgningen og filtrene.")
        self.reader.setHtml(f"<p>{escape(nothing)}</p>")
        self.review.set_narrative(None)

    # -- answers -----------------------------------------------------------------------------

    def mark_reviewed(self) -> None:
        key = self.shown_key
        if key is None:
            return
        ws = self.ws
        self._answer(key, lambda: narratives.mark_reviewed(ws, key))

    def add_comment(self, kind: str, text: str) -> None:
        key = self.shown_key
        if key is None:
            return
        ws = self.ws

        def sent(_result: object) -> None:
            # Only what was sent goes: words typed meanwhile stay in the box.
            if self.review.text.toPlainText() == text:
                self.review.clear_text()

        self._answer(key, lambda: narratives.add_comment(ws, key, text, kind), sent)

    def _answer(
        self,
        key: str,
        work: Callable[[], object],
        then: Callable[[object], None] | None = None,
    ) -> None:
        self.review.set_busy(True)

        def done(result: object) -> None:
            self.review.set_busy(False)
            if then is not None:
                then(result)
            self.answered.emit(key)
            if key == self.shown_key:
                self.load_pane(key)  # the new status and comment, in the pane and the row

        def failed(error: Exception) -> None:
            self.review.set_busy(False)
            show_error(self, error)  # a failed save says so; the typed text stays

        self._run(work, done, failed)
