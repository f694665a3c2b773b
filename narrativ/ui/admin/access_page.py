""" "Indsigt": a parent's right of access. Everything recorded about one child — also a
child who has left — as a PDF for the parents and a JSON file, into a folder the leader
chooses; below it, the child's disclosure log (which handouts went to whom)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narrativ.services import access, handouts, organisation
from narrativ.services.access import AccessExport
from narrativ.services.handouts import DisclosureView
from narrativ.services.views import ChildView
from narrativ.services.workspace import Workspace
from narrativ.ui.admin.common import (
    AdminTab,
    day_text,
    list_widget,
    local_time,
    quiet_label,
    selectable,
    write_failed,
)
from narrativ.ui.tasks import TaskRunner


def child_label(child: ChildView) -> str:
    if child.left is not None:
        return (
            QCoreApplication.translate("AccessPage", "%1 (stoppet %2)")
            .replace("%1", child.display_name)
            .replace("%2", day_text(child.left))
        )
    if child.group_name:
        return f"{child.display_name} ({child.group_name})"
    return child.display_name


def disclosure_kind(view: DisclosureView) -> str:
    kind = {
        "parent": QCoreApplication.translate("AccessPage", "forældresamtale"),
        "meeting": QCoreApplication.translate("AccessPage", "tværfagligt møde"),
    }.get(view.kind, view.kind)
    if view.mode == "anonymous":
        return QCoreApplication.translate("AccessPage", "%1, anonymt").replace("%1", kind)
    return kind


class AccessPage(AdminTab):
    def __init__(
        self, ws: Workspace, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, runner, parent)
        self._log_generation = 0
        self.last_export: AccessExport | None = None
        intro = quiet_label(
            self.tr(
                "Forældre har ret til at se, hvad der er registreret om deres barn "
                "(indsigtsret). Udskriften samler barnets oplysninger, narrativerne (andre "
                "børns navne maskeret), samtykker, udleveringer og logningen om barnet: en "
                "PDF til forældrene og den samme indsigt som JSON-fil."
            )
        )
        self.child = QComboBox()
        self.child.setEditable(True)
        self.child.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.child.setMinimumContentsLength(24)
        self.child.setAccessibleName(self.tr("Barn"))
        completer = QCompleter(self.child.model(), self.child)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.child.setCompleter(completer)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Vælg, hvor filerne skal gemmes"))
        self.folder.setAccessibleName(self.tr("Mappe til indsigtsudskriften"))
        self.choose_button = QPushButton(self.tr("&Vælg …"))
        self.choose_button.setToolTip(self.tr("Vælg mappen til indsigtsudskriften"))
        self.export_button = QPushButton(self.tr("Lav indsigts&udskrift"))
        self.open_button = QPushButton(self.tr("Å&bn mappen"))
        self.open_button.setEnabled(False)

        form = QGridLayout()
        child_label_widget = QLabel(self.tr("Ba&rn:"))
        child_label_widget.setBuddy(self.child)
        folder_label = QLabel(self.tr("&Mappe:"))
        folder_label.setBuddy(self.folder)
        child_row = QHBoxLayout()
        child_row.addWidget(self.child)
        child_row.addStretch(1)
        form.addWidget(child_label_widget, 0, 0)
        form.addLayout(child_row, 0, 1, 1, 2)
        form.addWidget(folder_label, 1, 0)
        form.addWidget(self.folder, 1, 1)
        form.addWidget(self.choose_button, 1, 2)
        form.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)

        self.result = selectable(QLabel())
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Resultat"))
        log_title = QLabel(self.tr("Udleveringer af materiale om barnet"))
        log_title.setObjectName("panelTitle")
        self.log = list_widget(
            [
                (self.tr("Tidspunkt"), "00.00.0000 00:00"),
                (self.tr("Lavet af"), "Hanne Østergaard"),
                (self.tr("Slags"), "tværfagligt møde, anonymt"),
                (self.tr("Modtager"), "sundhedsplejerske"),
                (self.tr("Narrativer"), "000"),
            ],
            self.tr("Udleveringer af materiale om barnet"),
        )
        self.log_note = quiet_label()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(log_title)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.log_note)

        self.child.currentIndexChanged.connect(lambda _index: self.load_log())
        self.choose_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(lambda: self.export())
        self.open_button.clicked.connect(self.open_folder)
        self.busy_changed()

    # -- children and their disclosure log ---------------------------------------------------

    def activate(self) -> None:
        ws = self.ws
        self.run(lambda: organisation.list_children(ws, include_left=True), self._children_loaded)

    def _children_loaded(self, children: list[ChildView]) -> None:
        chosen = self.child_key()
        self.child.blockSignals(True)
        self.child.clear()
        for child in children:
            self.child.addItem(child_label(child), child.key)
        self.child.setCurrentIndex(max(0, self.child.findData(chosen)) if children else -1)
        self.child.blockSignals(False)
        self.load_log()
        self.busy_changed()

    def child_key(self) -> str | None:
        """The chosen child; a typed name counts only once it matches one in the list."""
        index = self.child.findText(self.child.currentText(), Qt.MatchFlag.MatchFixedString)
        return str(self.child.itemData(index)) if index >= 0 else None

    def show_child(self, key: str) -> None:
        index = self.child.findData(key)
        if index >= 0:
            self.child.setCurrentIndex(index)

    def load_log(self) -> None:
        self._log_generation += 1
        generation = self._log_generation
        key = self.child_key()
        self.log.clear()
        if key is None:
            self.log_note.setText(self.tr("Vælg et barn."))
            return
        ws = self.ws
        self.log_note.setText(self.tr("Henter …"))
        self.run(
            lambda: handouts.disclosure_log(ws, key),
            lambda views: self._log_loaded(generation, views),
        )

    def _log_loaded(self, generation: int, views: list[DisclosureView]) -> None:
        if generation != self._log_generation:
            return
        self.log.clear()
        for view in views:
            item = QTreeWidgetItem(
                [
                    local_time(view.created_at),  # type: ignore[arg-type]
                    view.created_by,
                    disclosure_kind(view),
                    view.recipient,
                    str(len(view.narrative_keys)),
                ]
            )
            self.log.addTopLevelItem(item)
        self.log_note.setText(
            self.tr("Der er ikke lavet materiale om barnet.")
            if not views
            else self.tr("Materialet er lavet til forældresamtaler og tværfaglige møder.")
        )

    # -- the export --------------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        start = Path(self.folder.text()) if self.folder.text().strip() else None
        folder = self.ask_folder(self.tr("Mappe til indsigtsudskriften"), start)
        if folder is not None:
            self.folder.setText(str(folder))
        return folder

    def export(self) -> None:
        key = self.child_key()
        if key is None:
            self.result.setText(self.tr("Vælg et barn på listen."))
            return
        text = self.folder.text().strip()
        # Files about a child are written only where the leader chose.
        folder = Path(text) if text else self.choose_folder()
        if folder is None:
            return
        ws = self.ws
        failed_text = self.tr("Indsigtsudskriften kunne ikke gemmes i %1.").replace(
            "%1", str(folder)
        )

        def work() -> AccessExport:
            try:
                return access.export_access(ws, key, folder)
            except OSError as error:
                raise write_failed(error, failed_text) from error

        self.result.setText(self.tr("Laver indsigtsudskriften …"))
        self.run(work, self._exported, self._failed)

    def _exported(self, made: AccessExport) -> None:
        self.last_export = made
        self.result.setText(
            self.tr("Gemt i %1:\n%2 (til forældrene)\n%3\nNarrativer i udskriften: %4")
            .replace("%1", str(made.pdf_path.parent))
            .replace("%2", made.pdf_path.name)
            .replace("%3", made.json_path.name)
            .replace("%4", str(made.narratives))
        )
        self.busy_changed()

    def _failed(self, error: Exception) -> None:
        self.result.clear()
        self.report(error)

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.pdf_path.parent)))

    def busy_changed(self) -> None:
        self.export_button.setEnabled(not self.busy and self.child.count() > 0)
        self.open_button.setEnabled(self.last_export is not None)
