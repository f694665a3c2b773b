""" "Relationer på stuen": which children are written about together, and which not.

A leader, or an educator for their own groups, picks a group and a period and sees the
children as a map: a line joins two children for every narrative about barn–barn
relations they share. Children with no such narrative stand apart, named in a list beside
the map: the relational counterpart of the children nobody writes about. An edge opens
the narratives behind it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services.group_handouts import known_communities
from narrativ.services.relations import record_export
from narrativ.services.workspace import Workspace
from narrativ.ui.handouts.dialog import GroupHandoutDialog
from narrativ.ui.messages import show_error
from narrativ.ui.overview_page import GroupOverviewPage
from narrativ.ui.plans.dialog import PlansDialog
from narrativ.ui.relations.data import (
    DEFAULT_MONTHS,
    RelationData,
    edge_narratives,
    load_relations,
    months_before,
)
from narrativ.ui.relations.graph import RelationGraphWidget
from narrativ.ui.relations.panels import EdgePanel, IsolatedPanel
from narrativ.ui.relations.picture import print_image, text_block
from narrativ.ui.seen.export import compose
from narrativ.ui.tasks import TaskRunner

PRINT_SCALE = 3.0  # about 200 dpi on an A4 page: sharp lines and names


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _full(day: date) -> str:
    return day.strftime("%d.%m.%Y")


class RelationPage(GroupOverviewPage):
    """For leaders (every group) and educators (their own groups). ``today`` fixes the
    date the default period counts back from; ``runner`` runs the loading off the UI
    thread."""

    edge_loaded = Signal()  # the narratives behind the clicked edge are listed

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(ws, parent, today=today, runner=runner)
        self.data: RelationData | None = None

        self.date_from = self._date_edit(self.tr("Fra dato"))
        self.date_to = self._date_edit(self.tr("Til dato"))
        start = self.today()
        self.date_from.setDate(_qdate(months_before(start, DEFAULT_MONTHS)))
        self.date_to.setDate(_qdate(start))
        self.all_dates = QCheckBox(self.tr("&Hele perioden"))
        self.all_dates.setToolTip(self.tr("Alle delte narrativer, uanset dato"))
        self.status.setWordWrap(True)
        controls = self.control_row(
            (
                (self.tr("Gr&uppe:"), self.group),
                (self.tr("&Fra:"), self.date_from),
                (self.tr("&Til:"), self.date_to),
            )
        )
        controls.addWidget(self.all_dates)
        controls.addSpacing(10)
        controls.addWidget(self.status, 1)

        self.export_button = QPushButton(self.tr("&Gem som billede …"))
        self.print_button = QPushButton(self.tr("U&dskriv …"))
        # The group's communities: their action plans, and anonymous material about them
        # for a cross-professional meeting.
        self.community_plans_button = QPushButton(self.tr("Hand&leplaner for fællesskaber …"))
        self.community_handout_button = QPushButton(self.tr("&Materiale om fællesskaber …"))
        for button in (
            self.export_button,
            self.print_button,
            self.community_plans_button,
            self.community_handout_button,
        ):
            button.setEnabled(False)

        self.graph = RelationGraphWidget()
        self.graph_area = QScrollArea()
        self.graph_area.setWidget(self.graph)
        self.graph_area.setWidgetResizable(True)
        self.graph_area.setFrameShape(QFrame.Shape.StyledPanel)
        # White behind the map, also where it does not reach.
        self.graph_area.viewport().setStyleSheet("background: white;")
        self.legend = QLabel(" ".join(self.graph.legend_lines()))
        self.legend.setObjectName("quiet")
        self.legend.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.graph_area, 1)
        left_layout.addWidget(self.legend)

        self.isolated = IsolatedPanel()
        self.edge = EdgePanel()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.isolated)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.edge, 1)
        communities = QLabel(self.tr("Fællesskaber i gruppen"))
        communities.setObjectName("panelTitle")
        side_layout.addSpacing(8)
        side_layout.addWidget(communities)
        side_layout.addWidget(self.community_plans_button)
        side_layout.addWidget(self.community_handout_button)
        side.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 22)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(left)
        self.body.addWidget(side)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 0)
        self.body.setChildrenCollapsible(False)

        self.assemble(
            self.tr("Relationer på stuen"),
            self.tr(
                "Hvem skriver vi om sammen? En streg forbinder to børn, der er med i samme "
                "narrativ om barn–barn-relationer. Børn uden streger står for sig selv. "
                "Klik på en streg for at se narrativerne bag den."
            ),
            controls,
            self.body,
            (self.export_button, self.print_button),
        )
        self.group.currentIndexChanged.connect(self._group_changed)
        self.date_from.dateChanged.connect(self.reload_soon)
        self.date_to.dateChanged.connect(self.reload_soon)
        self.all_dates.toggled.connect(self._all_toggled)
        self.export_button.clicked.connect(lambda: self.export_image())
        self.print_button.clicked.connect(lambda: self.print_map())
        self.community_plans_button.clicked.connect(lambda: self.community_plans().exec())
        self.community_handout_button.clicked.connect(lambda: self.community_handout().exec())
        self.graph.edge_clicked.connect(self.show_edge)
        self.edge.open_narrative.connect(self.open_narrative)

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setAccessibleName(accessible)
        return edit

    # -- loading -----------------------------------------------------------------------

    def period(self) -> tuple[date | None, date | None]:
        """The chosen period; (None, None) for all dates."""
        if self.all_dates.isChecked():
            return None, None
        return _day(self.date_from.date()), _day(self.date_to.date())

    def _group_changed(self) -> None:
        self.edge.clear_edge()
        self.refresh()

    def _all_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(not checked)
        self.date_to.setEnabled(not checked)
        self.refresh()

    def refresh(self, group: str | None = None) -> None:
        self._reload.stop()
        self._generation += 1
        generation = self._generation
        date_from, date_to = self.period()
        if date_from and date_to and date_from > date_to:
            # A half-typed date can do this: say so, and show no map for dates that do
            # not fit it (nor save or print one).
            self.status.setText(self.tr("Fra-datoen ligger efter til-datoen."))
            self.graph.set_map(None)
            self.isolated.set_names(None)
            self.edge.clear_edge()
            for button in (self.export_button, self.print_button):
                button.setEnabled(False)
            return
        ws = self.ws
        chosen = group or self.group.currentData()
        self.status.setText(self.tr("Henter …"))
        self.runner.run(
            lambda: load_relations(ws, chosen, date_from, date_to),
            lambda data: self._loaded(generation, data),
            lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, data: RelationData) -> None:
        if not self.is_current(generation, self._generation):
            return
        previous = self.data.group if self.data else None
        self.data = data
        self.fill_groups(tuple((g.name, g.key) for g in data.groups), data.group)
        relations = data.relations
        self.graph.set_map(relations)
        self.isolated.set_names(relations.isolated if relations else None)
        for button in (self.export_button, self.print_button):
            button.setEnabled(relations is not None)
        for button in (self.community_plans_button, self.community_handout_button):
            button.setEnabled(data.group is not None)
        if data.group is None:
            self.status.setText(
                self.tr("Der er ingen grupper, du kan se relationerne i.")
                if not data.groups
                else ""
            )
        else:
            self.status.setText(self._summary(data))
        pair = self.edge.pair
        if previous != data.group or pair is None or pair not in self._keys():
            self.edge.clear_edge()
            self.graph.set_current_edge(None)
        else:
            self.show_edge(*pair)  # the same edge, a new period: its list again
        self.loaded.emit()

    def _summary(self, data: RelationData) -> str:
        relations = data.relations
        if relations is None:
            return ""
        shared = len({key for keys in relations.narrative_keys.values() for key in keys})
        if shared == 1:
            return self.tr("1 narrativ om barn–barn-relationer i perioden.")
        return self.tr("%1 narrativer om barn–barn-relationer i perioden.").replace(
            "%1", str(shared)
        )

    def _failed(self, generation: int, error: Exception) -> None:
        if not self.is_current(generation, self._generation):
            return
        self.status.clear()
        show_error(self, error)

    def _keys(self) -> dict[tuple[str, str], tuple[str, ...]]:
        relations = self.data.relations if self.data else None
        return relations.narrative_keys if relations else {}

    # -- one edge ----------------------------------------------------------------------

    def show_edge(self, a: str, b: str) -> None:
        """List the narratives behind the edge between ``a`` and ``b``."""
        pair = (min(a, b), max(a, b))
        keys = self._keys().get(pair, ())
        ws = self.ws
        self.edge.show_loading(*pair)
        self.load_beside(
            lambda: edge_narratives(ws, keys),
            self.edge.set_narratives,
            self.edge.clear_edge,
            self.edge_loaded,
        )

    # -- communities -------------------------------------------------------------------

    def _chosen_group(self) -> tuple[str, str]:
        key = self.group.currentData() or ""
        return key, self.group.currentText()

    def community_plans(self) -> PlansDialog:
        """The group's community plans (shown by the caller)."""
        key, name = self._chosen_group()
        return PlansDialog(
            self.ws,
            None,
            "",
            self,
            group=(key, name),
            communities=known_communities(self.ws, key),
        )

    def community_handout(self) -> GroupHandoutDialog:
        """Anonymous material about the group's communities (shown by the caller)."""
        key, name = self._chosen_group()
        return GroupHandoutDialog(self.ws, key, name, known_communities(self.ws, key), parent=self)

    # -- picture and print -------------------------------------------------------------

    def _group_name(self) -> str:
        relations = self.data.relations if self.data else None
        return relations.group if relations else ""

    def _period_text(self) -> str:
        relations = self.data.relations if self.data else None
        if relations is None or (relations.date_from is None and relations.date_to is None):
            return self.tr("Periode: alle datoer")
        if relations.date_from is None:
            return self.tr("Periode: til %1").replace("%1", _full(relations.date_to))  # type: ignore[arg-type]
        if relations.date_to is None:
            return self.tr("Periode: fra %1").replace("%1", _full(relations.date_from))
        return (
            self.tr("Periode: %1–%2")
            .replace("%1", _full(relations.date_from))
            .replace("%2", _full(relations.date_to))
        )

    def render_image(self, scale: float = 2.0) -> QImage:
        """The map in one titled picture with its legend, for printing or a staff meeting."""
        title = self.tr("Relationer på stuen – %1").replace("%1", self._group_name())
        lines = [
            self._period_text() + " · " + self.tr("dannet %1").replace("%1", _full(self.today())),
            self.tr("Fortroligt: indeholder oplysninger om børn. Opbevar og kassér det som sådan."),
        ]
        graph = self.graph.render_image(scale)
        width = max(round(graph.width() / scale), self.fontMetrics().horizontalAdvance("M") * 40)
        legend = text_block(self.graph.legend_lines(), self.font(), width, scale)
        # The children without relations are named in the drawing's own row.
        parts = [graph, legend]
        return compose(title, lines, parts, self.font(), scale)

    def export_image(self, path: Path | None = None) -> Path | None:
        """Save the picture where the person chooses (asked when ``path`` is None)."""
        if self.graph.relation_map is None:
            return None
        stamp = self.today().strftime("%Y-%m-%d")
        suggested = (
            self.tr("Relationer - %1 - %2.png")
            .replace("%2", stamp)
            .replace("%1", self._group_name())
        )
        return self.save_picture(path, suggested, self.render_image, lambda: self._record("png"))

    def print_map(self, printer: QPrinter | None = None) -> bool:
        """Print the picture, scaled to the page; the print dialog is asked first unless a
        ready ``printer`` is given. True when it went to the printer."""
        if self.graph.relation_map is None:
            return False
        image = self.render_image(PRINT_SCALE)
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape
                if image.width() > image.height()
                else QPageLayout.Orientation.Portrait
            )
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        if not print_image(printer, image):
            show_error(self, UserError(self.tr("Printeren kunne ikke startes.")))
            return False
        self._record("print")
        self.status.setText(self.tr("Sendt til printeren."))
        return True

    def _record(self, kind: str) -> None:
        group = self.group.currentData()
        if group:
            record_export(self.ws, group, kind)


__all__ = ["RelationPage"]
