""" "Sikkerhedskopier": the backups in the chosen folder, a backup now, and the restore drill
— open a copy of a backup, check it and compare it with the database as it is now — so the
house knows its backups work before the day it needs one."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import WrongPassword
from narrativ.services import auto_backup, backups, settings
from narrativ.services.backups import Fingerprint
from narrativ.services.workspace import Workspace
from narrativ.ui.admin.common import (
    AdminTab,
    list_widget,
    local_time,
    quiet_label,
    selectable,
    write_failed,
)
from narrativ.ui.tasks import TaskRunner
from narrativ.vault.keyfile import keyfile_path

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
HASH_SHOWN = 12  # enough of the hash to compare by eye


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken: datetime  # aware
    size: int  # the database and its key file


@dataclass(frozen=True)
class Listing:
    folder: Path | None
    exists: bool
    entries: list[BackupEntry]


@dataclass(frozen=True)
class DrillResult:
    backup: Path
    in_backup: Fingerprint
    now: Fingerprint

    @property
    def same(self) -> bool:
        return self.in_backup == self.now


def taken_at(backup: Path) -> datetime:
    """When a backup was taken: its name says it (UTC), else the file's time."""
    stamp = backup.stem.removeprefix(backups.BACKUP_PREFIX)
    for layout in ("%Y%m%d-%H%M%S-%f", "%Y%m%d-%H%M%S"):
        try:
            return datetime.strptime(stamp, layout).replace(tzinfo=UTC)
        except ValueError:
            continue
    return datetime.fromtimestamp(backup.stat().st_mtime, UTC)


def list_backups(folder: Path) -> list[BackupEntry]:
    """Newest first. A backup removed meanwhile (pruned by another PC) is left out."""
    entries = []
    for path in backups.backups_in(folder):
        try:
            size = path.stat().st_size + keyfile_path(path).stat().st_size
            entries.append(BackupEntry(path, taken_at(path), size))
        except OSError:
            continue
    return sorted(entries, key=lambda e: e.taken, reverse=True)


class BackupPage(AdminTab):
    def __init__(
        self, ws: Workspace, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, runner, parent)
        self.listing = Listing(None, False, [])
        # A folder chosen for one backup while none is set: used until the page is closed.
        self.chosen_folder: Path | None = None
        self.drill_result: DrillResult | None = None
        self._generation = 0
        intro = quiet_label(
            self.tr(
                "Sikkerhedskopierne er krypterede og åbnes med de samme adgangskoder som "
                "databasen. Prøv en gendannelse en gang imellem: så ved I, at kopierne "
                "virker, før I får brug for dem."
            )
        )
        self.folder_label = selectable(QLabel())
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Mappe til sikkerhedskopier"))
        self.list = list_widget(
            [
                (self.tr("Taget"), "00.00.0000 00:00"),
                (self.tr("Størrelse"), "000,0 MB"),
                (self.tr("Fil"), ""),
            ],
            self.tr("Sikkerhedskopier i mappen"),
        )
        self.empty = quiet_label()
        self.backup_button = QPushButton(self.tr("&Tag sikkerhedskopi nu"))
        self.drill_button = QPushButton(self.tr("&Prøv gendannelse …"))
        self.drill_button.setToolTip(
            self.tr(
                "Åbn en kopi af den valgte sikkerhedskopi, kontrollér den og sammenlign "
                "den med databasen nu. Intet bliver ændret."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.drill_button)
        buttons.addStretch(1)
        self.status = selectable(QLabel())
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Besked"))
        self.drill_view = selectable(QLabel())
        self.drill_view.setTextFormat(Qt.TextFormat.RichText)
        self.drill_view.setWordWrap(True)
        self.drill_view.setAccessibleName(self.tr("Resultat af gendannelsesprøven"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.drill_view)

        self.backup_button.clicked.connect(self.backup_now)
        self.drill_button.clicked.connect(self.drill)
        self.list.currentItemChanged.connect(lambda *_items: self.busy_changed())
        self.busy_changed()
        if ws.on_server:
            self._on_server(intro)

    def _on_server(self, intro: QLabel) -> None:
        """The server has no file to copy nor a key file to try a restore with: its
        backups are the municipality's (e.g. pg_dump). The tab says so and offers nothing."""
        intro.setText(
            self.tr(
                "Jeres data ligger på institutionsserveren. Sikkerhedskopier af serveren "
                "tages af kommunens it-afdeling (fx med pg_dump), ikke fra denne pc. Spørg "
                "dem, hvor ofte der tages kopier, og hvornår en gendannelse sidst er prøvet."
            )
        )
        for widget in (
            self.folder_label,
            self.list,
            self.empty,
            self.backup_button,
            self.drill_button,
            self.status,
            self.drill_view,
        ):
            widget.hide()
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.addStretch(1)  # the note at the top, not in the middle of the tab

    # -- the folder and its backups ----------------------------------------------------------

    def activate(self) -> None:
        if not self.ws.on_server:
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        ws = self.ws
        chosen = self.chosen_folder

        def load() -> Listing:
            folder = auto_backup.backup_folder(ws) or chosen
            if folder is None:
                return Listing(None, False, [])
            exists = folder.is_dir()
            return Listing(folder, exists, list_backups(folder) if exists else [])

        self.run(load, lambda listing: self._listed(generation, listing))

    def _listed(self, generation: int, listing: Listing) -> None:
        if generation != self._generation:
            return
        self.listing = listing
        selected = self.selected()
        if listing.folder is None:
            self.folder_label.setText(
                self.tr(
                    "Der er ikke valgt en mappe til sikkerhedskopier. Vælg den under "
                    "Indstillinger (Sikkerhedskopier i), så tager Narrativ en kopi hver dag, "
                    "når nogen låser eller lukker."
                )
            )
        elif listing.folder == self.chosen_folder:
            self.folder_label.setText(
                self.tr("Mappe (kun denne gang): %1").replace("%1", str(listing.folder))
            )
        else:
            self.folder_label.setText(self.tr("Mappe: %1").replace("%1", str(listing.folder)))
        self.list.clear()
        locale = QLocale()
        for entry in listing.entries:
            # "KB" and "MB" (of 1024) as people say them, with the locale's decimal comma.
            size = locale.formattedDataSize(
                entry.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            item = QTreeWidgetItem([local_time(entry.taken), size, entry.path.name])
            item.setData(0, PATH_ROLE, str(entry.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        if listing.entries:
            wanted = [i for i, e in enumerate(listing.entries) if e.path == selected]
            self.list.setCurrentItem(self.list.topLevelItem(wanted[0] if wanted else 0))
            self.empty.hide()
        else:
            if listing.folder is not None and not listing.exists:
                text = self.tr(
                    "Mappen findes ikke lige nu. Er USB-nøglen eller netværksdrevet tilsluttet?"
                )
            else:
                text = self.tr("Der er ingen sikkerhedskopier endnu.")
            self.empty.setText(text)
            self.empty.show()
        self.busy_changed()

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    def busy_changed(self) -> None:
        self.backup_button.setEnabled(not self.busy)
        self.drill_button.setEnabled(not self.busy and self.selected() is not None)

    # -- a backup now ------------------------------------------------------------------------

    def backup_now(self) -> None:
        folder = self.listing.folder
        asked = False
        if folder is None:
            folder = self.ask_folder(self.tr("Mappe til sikkerhedskopien"))
            if folder is None:
                return
            self.chosen_folder = folder
            asked = True
        ws = self.ws
        target = folder
        failed_text = self.tr("Sikkerhedskopien kunne ikke gemmes i %1.").replace("%1", str(target))

        def work() -> Path:
            keep = settings.get_setting(ws, "backup_keep")
            count = keep if isinstance(keep, int) else backups.DEFAULT_KEEP
            try:
                return backups.backup_now(ws, target, keep=count)
            except OSError as error:
                raise write_failed(error, failed_text) from error

        def done(made: Path) -> None:
            text = self.tr("Sikkerhedskopien er gemt: %1").replace("%1", str(made))
            if asked:
                text += " " + self.tr(
                    "Vælg mappen under Indstillinger (Sikkerhedskopier i), så tager "
                    "Narrativ selv en kopi hver dag."
                )
            self.status.setText(text)
            self.refresh()

        self.status.setText(self.tr("Tager en sikkerhedskopi …"))
        self.run(work, done, self._failed)

    # -- the restore drill -------------------------------------------------------------------

    def drill(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        password = self.ask_password(
            self.tr("Prøv gendannelse"),
            self.tr(
                "Sikkerhedskopien åbnes med din adgangskode, som den var, da kopien blev "
                "taget. Din adgangskode:"
            ),
        )
        if password is None:
            return
        ws = self.ws
        user = ws.user.name
        # The copy that is opened lies beside the database: a folder Narrativ can write
        # to, on the same disk, removed again whatever happens.
        beside = ws.path.parent
        failed_text = self.tr("Der kunne ikke laves en midlertidig mappe i %1.").replace(
            "%1", str(beside)
        )

        def work() -> DrillResult:
            try:
                work_dir = Path(tempfile.mkdtemp(prefix=".narrativ-proeve-", dir=beside))
            except OSError as error:
                raise write_failed(error, failed_text) from error
            try:
                got = backups.verify_backup(backup, user, password, work_dir=work_dir, ws=ws)
            finally:
                shutil.rmtree(work_dir, ignore_errors=True)
            return DrillResult(backup, got, backups.current_fingerprint(ws))

        self.drill_result = None
        self.drill_view.clear()
        self.status.setText(self.tr("Prøver at gendanne %1 …").replace("%1", backup.name))
        self.run(work, self._drilled, self._drill_failed)

    def _drilled(self, result: DrillResult) -> None:
        self.drill_result = result
        self.status.setText(self.tr("Gendannelsesprøve af %1:").replace("%1", result.backup.name))
        rows = [
            (self.tr("Narrativer"), str(result.in_backup.narratives), str(result.now.narratives)),
            (self.tr("Børn"), str(result.in_backup.children), str(result.now.children)),
            (self.tr("Medarbejdere"), str(result.in_backup.staff), str(result.now.staff)),
            (
                self.tr("Fingeraftryk af indholdet"),
                result.in_backup.content_hash[:HASH_SHOWN],
                result.now.content_hash[:HASH_SHOWN],
            ),
        ]
        if result.same:
            verdict = self.tr(
                "Gendannelsen virker: kopien kan åbnes, er hel og har det samme indhold "
                "som databasen nu."
            )
        else:
            verdict = self.tr(
                "Gendannelsen virker: kopien kan åbnes og er hel. Indholdet er ikke det "
                "samme som nu, fordi der er skrevet eller ændret noget, siden kopien blev "
                "taget."
            )
        cells = "".join(
            f"<tr><td>{escape(name)}</td><td align='right'>{escape(then)}</td>"
            f"<td align='right'>{escape(now)}</td><td>{'✓' if then == now else '≠'}</td></tr>"
            for name, then, now in rows
        )
        then_title = self.tr("Sikkerhedskopien")
        now_title = self.tr("Databasen nu")
        head = (
            f"<tr><th></th><th align='right'>{escape(then_title)}</th>"
            f"<th align='right'>{escape(now_title)}</th><th></th></tr>"
        )
        self.drill_view.setText(
            f"<table cellspacing='0' cellpadding='3'>{head}{cells}</table>"
            f"<p><b>{escape(verdict)}</b></p>"
        )

    def _drill_failed(self, error: Exception) -> None:
        if isinstance(error, WrongPassword):
            self.status.setText(
                self.tr(
                    "Adgangskoden passer ikke til sikkerhedskopien. Den åbnes med den "
                    "adgangskode, du havde, da kopien blev taget."
                )
            )
            return
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        self.status.clear()
        self.report(error)
        self.refresh()
