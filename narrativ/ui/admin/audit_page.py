""" "Logning": who did what, when — filtered, exported for the data protection officer, and
trimmed once entries are older than the institution's period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narrativ.services import accounts, audit_log, organisation, settings
from narrativ.services.audit_log import AuditRow
from narrativ.services.erasure import months_before
from narrativ.services.workspace import Workspace
from narrativ.ui.admin.audit_model import (
    COLUMNS,
    AuditSortProxy,
    AuditTableModel,
    action_groups,
    action_labels,
)
from narrativ.ui.admin.common import AdminTab, day_text, quiet_label, write_failed
from narrativ.ui.tasks import TaskRunner
from narrativ.ui.team.optional_date import OptionalDateEdit
from narrativ.vault.keyfile import write_private_file

FILTER_DELAY_MS = 250  # typing a key is one query, not one per letter
ROW_LIMIT = 5000


def _fit_popup(combo: QComboBox) -> None:
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())


@dataclass(frozen=True)
class AuditFilter:
    """The arguments of ``audit_rows`` the filter bar stands for."""

    who: str | None = None
    action: str | None = None
    object_key: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class Loaded:
    rows: list[AuditRow]
    # Read with the rows when not yet known (None then): who can be chosen in the filters,
    # and the names that stand for children's and colleagues' keys in the table.
    names: dict[str, str] | None = None
    staff: list[str] | None = None
    children: dict[str, str] | None = None


class AuditPage(AdminTab):
    def __init__(
        self, ws: Workspace, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, runner, parent)
        self._generation = 0
        self._names_known = False
        self._names: dict[str, str] = {}

        intro = quiet_label(
            self.tr(
                "Hvem har læst, skrevet, udleveret og slettet hvad, og hvornår. Logningen kan "
                "ikke ændres; den ryddes kun op, når hændelserne er ældre end den periode, "
                "I har valgt under Indstillinger."
            )
        )
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Hvem"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Handling"))
        # As wide as a usual entry, not the longest; the open list shows every entry whole.
        for combo, length in ((self.who, 10), (self.action, 14)):
            combo.setMinimumContentsLength(length)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.object = QComboBox()
        self.object.setEditable(True)
        self.object.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.object.setMinimumContentsLength(8)
        self.object.setAccessibleName(self.tr("Vedrører barn eller nøgle"))
        self.object.lineEdit().setPlaceholderText(self.tr("barn eller nøgle"))
        self.object.lineEdit().setClearButtonEnabled(True)
        completer = QCompleter(self.object.model(), self.object)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.object.setCompleter(completer)
        self.since = OptionalDateEdit()
        self.since.setAccessibleName(self.tr("Fra dato"))
        self.until = OptionalDateEdit()
        self.until.setAccessibleName(self.tr("Til dato"))
        self.reset_button = QPushButton(self.tr("N&ulstil"))
        self.reset_button.setToolTip(self.tr("Vis hele logningen igen"))

        filters = QHBoxLayout()
        for text, field in (
            (self.tr("Hve&m:"), self.who),
            (self.tr("H&andling:"), self.action),
            (self.tr("&Vedrører:"), self.object),
            (self.tr("&Fra:"), self.since),
            (self.tr("&Til:"), self.until),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 1 if field is self.object else 0)
            filters.addSpacing(6)
        filters.addWidget(self.reset_button)

        self.model = AuditTableModel(self)
        self.proxy = AuditSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Hændelser i logningen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("at"), Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        # First widths from typical contents; the leader can drag them, and a cell's whole
        # text is in its tool tip.
        for column, sample in (
            ("at", "00.00.0000 00:00"),
            ("who", "Hanne Østergaard"),
            ("action", "barn flyttet til en anden gruppe"),
            ("object", "indstilling: slettefrist"),
        ):
            header.resizeSection(COLUMNS.index(column), metrics.horizontalAdvance(sample) + 24)

        self.count = QLabel()
        self.count.setObjectName("quiet")
        self.count.setAccessibleName(self.tr("Antal hændelser"))
        self.export_button = QPushButton(self.tr("Eks&portér …"))
        self.export_button.setToolTip(
            self.tr("Gem de viste hændelser som en CSV-fil, fx til databeskyttelsesrådgiveren")
        )
        self.trim_button = QPushButton(self.tr("&Ryd op …"))
        self.trim_button.setToolTip(self.tr("Slet hændelser, der er ældre end logningsperioden"))
        self.status = quiet_label()
        self.status.setAccessibleName(self.tr("Besked"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.trim_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(FILTER_DELAY_MS)
        self._reload.timeout.connect(self.reload)
        for combo in (self.who, self.action):
            combo.currentIndexChanged.connect(lambda _index: self._reload.start())
        self.object.editTextChanged.connect(lambda _text: self._reload.start())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _date: self._reload.start())
        self.reset_button.clicked.connect(self.reset_filters)
        self.export_button.clicked.connect(lambda: self.export())
        self.trim_button.clicked.connect(self.trim)
        self._fill_actions()
        self.busy_changed()

    # -- filters -----------------------------------------------------------------------------

    def _fill_actions(self) -> None:
        self.action.addItem(self.tr("Alle handlinger"), None)
        for prefix, label in action_groups():
            self.action.addItem(label, prefix)
        labels = action_labels()
        for code in sorted(labels, key=lambda c: labels[c].casefold()):
            self.action.addItem(labels[code], code)
        _fit_popup(self.action)

    def _fill_names(self, staff: list[str], children: dict[str, str]) -> None:
        for combo in (self.who, self.object):
            combo.blockSignals(True)
        chosen = self.who.currentData()
        self.who.clear()
        self.who.addItem(self.tr("Alle"), None)
        for name in staff:
            self.who.addItem(name, name)
        self.who.setCurrentIndex(max(0, self.who.findData(chosen)))
        _fit_popup(self.who)
        typed = self.object.currentText()
        self.object.clear()
        for key, name in children.items():
            self.object.addItem(name, key)
        self.object.setEditText(typed)
        for combo in (self.who, self.object):
            combo.blockSignals(False)
        self._names_known = True

    def _object_key(self) -> str | None:
        text = self.object.currentText().strip()
        if not text:
            return None
        index = self.object.findText(text, Qt.MatchFlag.MatchFixedString)
        # A child's name stands for its key; anything else typed is taken as a key.
        return str(self.object.itemData(index)) if index >= 0 else text

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            who=self.who.currentData(),
            action=self.action.currentData(),
            object_key=self._object_key(),
            since=self.since.value(),
            until=self.until.value(),
        )

    def set_filter(self, flt: AuditFilter) -> None:
        """Show ``flt`` in the bar (a child's key shows as its name) and load it."""
        for widget in (self.who, self.action, self.object, self.since, self.until):
            widget.blockSignals(True)
        self.who.setCurrentIndex(max(0, self.who.findData(flt.who)))
        self.action.setCurrentIndex(max(0, self.action.findData(flt.action)))
        index = self.object.findData(flt.object_key) if flt.object_key else -1
        self.object.setEditText(
            self.object.itemText(index) if index >= 0 else (flt.object_key or "")
        )
        self.since.set_value(flt.since)
        self.until.set_value(flt.until)
        for widget in (self.who, self.action, self.object, self.since, self.until):
            widget.blockSignals(False)
        self.reload()

    def reset_filters(self) -> None:
        self.set_filter(AuditFilter())

    # -- loading -----------------------------------------------------------------------------

    def activate(self) -> None:
        self._names_known = False  # children and staff may have been added since
        self.reload()

    def reload(self) -> None:
        self._reload.stop()
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        if flt.since and flt.until and flt.until < flt.since:
            self.model.set_rows([])
            self.count.setText(self.tr("Perioden slutter, før den begynder."))
            return
        ws = self.ws
        want_names = not self._names_known

        def load() -> Loaded:
            rows = audit_log.audit_rows(
                ws, flt.who, flt.action, flt.object_key, flt.since, flt.until, limit=ROW_LIMIT
            )
            if not want_names:
                return Loaded(rows)
            people = accounts.list_staff(ws, include_inactive=True)
            staff = sorted({p.name for p in people}, key=str.casefold)
            kids = organisation.list_children(ws, include_left=True)
            children = {c.key: c.display_name for c in kids}
            names = {**children, **{p.key: p.name for p in people}}
            return Loaded(rows, names, staff, children)

        self.count.setText(self.tr("Henter …"))
        self.run(load, lambda loaded: self._loaded(generation, loaded))

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        # Names are kept even from an outdated load: they are as new as any.
        if loaded.names is not None:
            self._names = loaded.names
        if loaded.staff is not None and loaded.children is not None and not self._names_known:
            self._fill_names(loaded.staff, loaded.children)
        if generation != self._generation:
            return  # the filters changed meanwhile; a newer load is on its way
        self.model.set_rows(loaded.rows, self._names)
        count = len(loaded.rows)
        if count >= ROW_LIMIT:
            self.count.setText(
                self.tr("De nyeste %1 hændelser vises. Brug filtrene for at se ældre.").replace(
                    "%1", str(count)
                )
            )
        elif count == 1:
            self.count.setText(self.tr("1 hændelse"))
        else:
            self.count.setText(self.tr("%n hændelser", "", count))
        self.busy_changed()

    def busy_changed(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.export_button.setEnabled(has_rows and not self.busy)
        self.trim_button.setEnabled(not self.busy)

    # -- export and trim ---------------------------------------------------------------------

    def export(self, path: Path | None = None) -> None:
        """The rows shown (with the filters) as CSV, where the leader chooses."""
        ws = self.ws
        rows = self.model.rows()
        if not rows:
            return
        if path is None:
            suggested = Path.home() / self.tr("logning-%1.csv").replace(
                "%1", date.today().isoformat()
            )
            path = self.ask_save_path(
                self.tr("Eksportér logningen"), suggested, self.tr("CSV-filer (*.csv)")
            )
            if path is None:
                return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        target = path
        failed_text = self.tr("Logningen kunne ikke gemmes i %1.").replace("%1", str(target))

        def write() -> Path:
            # With a byte-order mark, so Excel on a Danish PC reads æ, ø and å right.
            data = audit_log.export_csv(rows).encode("utf-8-sig")
            try:
                write_private_file(target, data)
            except OSError as error:
                raise write_failed(error, failed_text) from error
            audit_log.record_export(ws, len(rows))
            return target

        def written(saved: Path) -> None:
            self.status.setText(self.tr("Logningen er gemt i %1.").replace("%1", str(saved)))

        self.run(write, written)

    def trim(self) -> None:
        value = settings.get_setting(self.ws, "audit_retention_months")
        default = settings.SPECS["audit_retention_months"].default
        months = value if isinstance(value, int) else int(default)  # type: ignore[call-overload]
        cutoff = months_before(date.today(), months)
        question = (
            self.tr(
                "Logningen gemmes i %1 måneder (det ændres under Indstillinger). Hændelser fra "
                "før %2 slettes for altid. Selve oprydningen bliver logget.\n\nVil du rydde op nu?"
            )
            .replace("%1", str(months))
            .replace("%2", day_text(cutoff))
        )
        if not self.confirm(self.tr("Ryd op i logningen"), question):
            return
        ws = self.ws

        def trimmed(removed: int) -> None:
            self.status.setText(
                self.tr("Hændelser slettet ved oprydningen: %1.").replace("%1", str(removed))
            )
            self.reload()

        self.run(lambda: audit_log.trim_audit_log(ws), trimmed)
