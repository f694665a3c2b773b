""" "Hvem ser vi?": which children the house writes about, week by week, and which not.

The leader picks a group and sees every child against the last weeks, the children nobody
has written about lately first ("gråzonebørn"), beside how the group's narratives spread
over themes, relations and writers. A week opens the narratives behind its number; a name
starts a narrative about that child.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from narrativ.services.seen import record_export
from narrativ.services.workspace import Workspace
from narrativ.ui.messages import show_error
from narrativ.ui.overview_page import GroupOverviewPage
from narrativ.ui.seen.cells import CellPanel
from narrativ.ui.seen.data import (
    SeenData,
    cell_narratives,
    community_cell_narratives,
    load_seen,
)
from narrativ.ui.seen.export import compose
from narrativ.ui.seen.grid import SeenGridWidget
from narrativ.ui.seen.spread import SpreadWidget
from narrativ.ui.tasks import TaskRunner

DEFAULT_WEEKS = 26


class _FittingScrollArea(QScrollArea):
    """Asks for the whole of its widget, where QScrollArea would stop at 24 lines: the
    layout shrinks it (and it scrolls) only when the window is really too small."""

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return widget.sizeHint() + QSize(frame + self.verticalScrollBar().sizeHint().width(), frame)


def _scroll(widget: QWidget) -> QScrollArea:
    area = _FittingScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.StyledPanel)
    area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    # White behind the painted widgets, also where they do not reach.
    area.viewport().setStyleSheet("background: white;")
    return area


class SeenPage(GroupOverviewPage):
    """For leaders: the children × weeks grid of one group, its spread, and the narratives
    behind a clicked week."""

    write_about = Signal(str, str)  # child key, child name
    cell_loaded = Signal()  # the narratives of the clicked week are listed

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(ws, parent, today=today, runner=runner)
        self.data: SeenData | None = None
        self._threshold_known = False

        self.weeks = QSpinBox()
        self.weeks.setRange(4, 104)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(self.tr(" uger"))
        self.weeks.setAccessibleName(self.tr("Periode i uger"))
        self.not_seen = QSpinBox()
        self.not_seen.setRange(1, 52)
        self.not_seen.setValue(6)
        self.not_seen.setSuffix(self.tr(" uger"))
        self.not_seen.setAccessibleName(self.tr("Ikke set i antal uger"))
        self.export_button = QPushButton(self.tr("&Gem som billede …"))
        self.export_button.setEnabled(False)
        controls = self.control_row(
            (
                (self.tr("Gr&uppe:"), self.group),
                (self.tr("&Periode:"), self.weeks),
                (self.tr("I&kke set i:"), self.not_seen),
            )
        )
        controls.addWidget(self.status, 1)

        self.grid = SeenGridWidget()
        self.grid_area = _scroll(self.grid)
        self.spread = SpreadWidget(columns=1)
        self.spread_area = _scroll(self.spread)
        self.spread_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cells = CellPanel()
        # The grid gets the whole height, so a group's children fit without scrolling; the
        # spread (as tall as it needs, when there is room) and the clicked week share the
        # column beside it.
        self.side = QWidget()
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.spread_area)
        side.addWidget(self.cells, 1)
        self.side.installEventFilter(self)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.grid_area)
        self.body.addWidget(self.side)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 0)
        self.body.setChildrenCollapsible(False)

        self.assemble(
            self.tr("Hvem ser vi?"),
            self.tr(
                "Hvem skriver vi om, og hvem ikke? Børn, ingen har skrevet om længe, står "
                "øverst. Klik på en uge for at se narrativerne, på et navn for at skrive."
            ),
            controls,
            self.body,
            (self.export_button,),
        )
        self.group.currentIndexChanged.connect(self._group_changed)
        self.weeks.valueChanged.connect(self.reload_soon)
        self.not_seen.valueChanged.connect(self.reload_soon)
        self.export_button.clicked.connect(lambda: self.export_image())
        self._newest_in_view = True
        bar = self.grid_area.horizontalScrollBar()
        bar.rangeChanged.connect(self._keep_newest_in_view)
        bar.actionTriggered.connect(self._scrolled_by_hand)
        self.grid.cell_clicked.connect(self.show_cell)
        self.grid.child_clicked.connect(self.write_about)
        self.grid.community_clicked.connect(self.show_community)
        self.cells.write_about.connect(self.write_about)
        self.cells.open_narrative.connect(self.open_narrative)

    # -- loading -----------------------------------------------------------------------

    def apply_settings(self) -> None:
        """The institution's "ikke set" setting may have changed: take it up again."""
        self._threshold_known = False
        self.refresh()

    def _group_changed(self) -> None:
        self.cells.clear_cell()
        self.refresh()

    def refresh(self, group: str | None = None) -> None:
        self._reload.stop()
        self._generation += 1
        generation = self._generation
        ws = self.ws
        chosen = group or self.group.currentData()
        weeks = self.weeks.value()
        threshold = self.not_seen.value() if self._threshold_known else None
        today = self.today()
        self.status.setText(self.tr("Henter …"))
        self.runner.run(
            lambda: load_seen(ws, chosen, weeks, threshold, today),
            lambda data: self._loaded(generation, data),
            lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, data: SeenData) -> None:
        if not self.is_current(generation, self._generation):
            return
        previous = self.data.group if self.data else None
        self.data = data
        self._threshold_known = True
        self.fill_groups(tuple((g.name, g.key) for g in data.groups), data.group)
        self.not_seen.blockSignals(True)
        self.not_seen.setValue(data.not_seen_weeks)
        self.not_seen.blockSignals(False)
        self.grid.set_grid(data.grid, data.today)
        self._newest_in_view = True
        since = data.grid.weeks[0] if data.grid else None
        self.spread.set_spread(data.spread, data.relation_labels, since, data.today)
        # The bars' column as wide as its labels need, the grid gets the rest.
        scrollbar = self.spread_area.verticalScrollBar().sizeHint().width()
        frame = 2 * self.spread_area.frameWidth()
        self.side.setMinimumWidth(self.spread.sizeHint().width() + scrollbar + frame)
        self._fit_side()
        self.export_button.setEnabled(data.grid is not None)
        if data.group is None:
            self.status.setText(self.tr("Der er ingen grupper endnu."))
        else:
            self.status.clear()
        if previous != data.group:
            self.cells.clear_cell()
        elif self.cells.child_key and self.cells.monday:
            self.show_cell(self.cells.child_key, self.cells.monday)
        elif self.cells.community:
            self.show_community(self.cells.community, self.cells.monday)
        self.loaded.emit()

    def _failed(self, generation: int, error: Exception) -> None:
        if not self.is_current(generation, self._generation):
            return
        self.status.clear()
        show_error(self, error)

    def _keep_newest_in_view(self, _minimum: int, maximum: int) -> None:
        # A long period scrolls: show the newest weeks (and the "ikke set" column) first,
        # they are what the page is about; the names stay in view on the left.
        if self._newest_in_view:
            self.grid_area.horizontalScrollBar().setValue(maximum)

    def _scrolled_by_hand(self, _action: int) -> None:
        self._newest_in_view = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.side and event.type() == QEvent.Type.Resize:
            self._fit_side()
        return super().eventFilter(watched, event)

    def _fit_side(self) -> None:
        """The spread as tall as it needs while the week's list keeps room for a few
        entries; on a small screen the spread scrolls instead."""
        line = self.fontMetrics().height()
        spacing = self.side.layout().spacing()
        keep = max(self.cells.minimumSizeHint().height() + line * 3, line * 14) + spacing
        wanted = self.spread_area.sizeHint().height()
        target = max(line * 6, min(wanted, self.side.height() - keep))
        # A ceiling rather than a fixed height, so a smaller window can still shrink it.
        self.spread_area.setMinimumHeight(line * 6)
        self.spread_area.setMaximumHeight(target)

    # -- one week of one child ---------------------------------------------------------

    def _child_name(self, child_key: str) -> str:
        grid = self.grid.grid
        for row in grid.rows if grid else ():
            if row.child.key == child_key:
                return row.child.name
        return ""

    def show_cell(self, child_key: str, monday: date) -> None:
        ws = self.ws
        self.cells.show_loading(child_key, self._child_name(child_key), monday)
        self.load_beside(
            lambda: cell_narratives(ws, child_key, monday),
            self.cells.set_narratives,
            self.cells.clear_cell,
            self.cell_loaded,
        )

    def show_community(self, community: str, monday: date | None) -> None:
        """A community's narratives in one week, or in the whole period shown."""
        grid = self.grid.grid
        if grid is None:
            return
        ws = self.ws
        group = grid.group.key
        since = monday or grid.weeks[0]
        until = monday + timedelta(days=6) if monday else self.today()
        self.cells.show_community_loading(community, monday)
        self.load_beside(
            lambda: community_cell_narratives(ws, group, community, since, until),
            self.cells.set_narratives,
            self.cells.clear_cell,
            self.cell_loaded,
        )

    # -- export ------------------------------------------------------------------------

    def render_image(self, scale: float = 2.0) -> QImage:
        """Grid and spread in one picture, titled, for printing or a staff meeting."""
        data = self.data
        grid = self.grid.grid
        name = next((g.name for g in data.groups if g.key == data.group), "") if data else ""
        title = self.tr("Hvem ser vi? – %1").replace("%1", name)
        lines = []
        if grid is not None and data is not None:
            first, last = grid.weeks[0], grid.weeks[-1]
            lines.append(
                self.tr("Uge %1 %2 til uge %3 %4 · dannet %5")
                .replace("%1", str(first.isocalendar().week))
                .replace("%2", str(first.isocalendar().year))
                .replace("%3", str(last.isocalendar().week))
                .replace("%4", str(last.isocalendar().year))
                .replace("%5", data.today.strftime("%d.%m.%Y"))
            )
        lines.append(
            self.tr("Fortroligt: indeholder oplysninger om børn. Opbevar og kassér det som sådan.")
        )
        spread = self.spread.to_image(scale, columns=3, width=self.grid.sizeHint().width())
        parts = [self.grid.to_image(scale), spread]
        return compose(title, lines, parts, self.font(), scale)

    def export_image(self, path: Path | None = None) -> Path | None:
        """Save the picture where the leader chooses (asked when ``path`` is None)."""
        grid = self.grid.grid
        if grid is None:
            return None
        data = self.data
        name = next((g.name for g in data.groups if g.key == data.group), "") if data else ""
        stamp = self.today().strftime("%Y-%m-%d")
        suggested = self.tr("Hvem ser vi - %1 - %2.png").replace("%1", name).replace("%2", stamp)
        return self.save_picture(
            path, suggested, self.render_image, lambda: record_export(self.ws, grid.group.key)
        )


__all__ = ["SeenPage"]
