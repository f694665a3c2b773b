"""The leader's settings: auto-lock, backups, retention, language, and on a second tab the
institution's own situations and tags (see :mod:`narrativ.services.tags` for what a tag may
be and what retiring one means)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services import settings, tags
from narrativ.services.workspace import Workspace
from narrativ.ui.i18n import LANGUAGE_KEY, LANGUAGES, chosen_language, language_settings


@dataclass
class _TagRow:
    """One own tag as the dialog holds it until Save: ``original`` None for a new one."""

    original: str | None
    name: str
    retired: bool
    uses: int = 0

    def edit(self) -> tags.TagEdit:
        return tags.TagEdit(self.original, self.name, self.retired)


class SettingsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Indstillinger"))
        spec = settings.SPECS["auto_lock_minutes"]
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(spec.minimum or 1, spec.maximum or 120)
        self.auto_lock.setSuffix(self.tr(" min."))
        self.auto_lock.setValue(int(settings.get_setting(ws, "auto_lock_minutes")))  # type: ignore[call-overload]
        self.auto_lock.setAccessibleName(self.tr("Lås efter inaktivitet"))
        self.backup_folder = QLineEdit(str(settings.get_setting(ws, "backup_folder") or ""))
        self.backup_folder.setPlaceholderText(self.tr("fx en USB-nøgle eller et netværksdrev"))
        self.backup_folder.setAccessibleName(self.tr("Mappe til sikkerhedskopier"))
        choose = QPushButton(self.tr("&Vælg …"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(choose)
        self.backup_keep = self._spin("backup_keep", self.tr(" kopier"))
        self.backup_keep.setAccessibleName(self.tr("Antal sikkerhedskopier"))
        self.retention = self._spin("retention_months", self.tr(" mdr."))
        self.retention.setAccessibleName(self.tr("Slettefrist efter barnet er stoppet"))
        self.audit_retention = self._spin("audit_retention_months", self.tr(" mdr."))
        self.audit_retention.setAccessibleName(self.tr("Logningen gemmes i"))
        self.not_seen = self._spin("not_seen_weeks", self.tr(" uger"))
        self.not_seen.setAccessibleName(self.tr("Ikke set efter"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language.setAccessibleName(self.tr("Sprog"))
        self.language.setToolTip(self.tr("Gælder for dig på denne pc, fra næste gang du starter"))
        self.contexts = QPlainTextEdit("\n".join(settings.contexts(ws)))
        self.contexts.setAccessibleName(self.tr("Situationer"))
        self.contexts.setTabChangesFocus(True)
        note = QLabel(self.tr("Én situation pr. linje. De vises som forslag i editoren."))
        note.setObjectName("quiet")
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Lås efter:"), self.auto_lock)
        # A row whose field is a layout gets no buddy by itself, and without one the label
        # would show its "&".
        folder_label = QLabel(self.tr("&Sikkerhedskopier i:"))
        folder_label.setBuddy(self.backup_folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Behold:"), self.backup_keep)
        if ws.on_server:
            # No file to copy: the server's backups are the municipality's.
            form.setRowVisible(folder_label, False)
            form.setRowVisible(self.backup_keep, False)
            server_note = QLabel(
                self.tr(
                    "Sikkerhedskopier: jeres data ligger på institutionsserveren, og "
                    "kommunens it-afdeling tager kopierne."
                )
            )
            server_note.setObjectName("quiet")
            server_note.setWordWrap(True)
            form.addRow(server_note)
        form.addRow(self.tr("S&lettefrist:"), self.retention)
        form.addRow(self.tr("Lo&gning gemmes i:"), self.audit_retention)
        form.addRow(self.tr("&Ikke set efter:"), self.not_seen)
        form.addRow(self.tr("S&prog:"), self.language)
        general = QWidget()
        general.setLayout(form)

        contexts_label = QLabel(self.tr("&Situationer:"))
        contexts_label.setBuddy(self.contexts)
        words = QWidget()
        column = QVBoxLayout(words)
        column.addWidget(contexts_label)
        column.addWidget(self.contexts, 1)
        column.addWidget(note)
        column.addSpacing(8)
        column.addLayout(self._tags_section(), 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("Generelt"))
        self.tabs.addTab(words, self.tr("Situationer og tags"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        self.setMinimumSize(480, 560)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    # -- the house's own tags ----------------------------------------------------------------

    def _tags_section(self) -> QGridLayout:
        self._curriculum = [t.code for t in tags.themes(self.ws) if t.curriculum]
        own = tags.own_tags(self.ws)
        self._saved_tags = {t.name: t.retired for t in own}  # as in the database
        self._tag_rows = [_TagRow(t.name, t.name, t.retired, t.uses) for t in own]
        self.tag_list = QListWidget()
        self.tag_list.setAccessibleName(self.tr("Egne tags"))
        self.tag_name = QLineEdit()
        self.tag_name.setAccessibleName(self.tr("Navn på tag"))
        self.tag_name.setPlaceholderText(self.tr("fx sprogstimulering"))
        self.tag_name.setMaxLength(tags.MAX_LENGTH + 10)  # longer gets a message, not a cut
        self.add_tag_button = QPushButton(self.tr("&Tilføj"))
        self.add_tag_button.setToolTip(self.tr("Tilføj navnet som et nyt tag"))
        self.rename_tag_button = QPushButton(self.tr("&Omdøb"))
        self.rename_tag_button.setToolTip(
            self.tr("Giv det valgte tag navnet. Narrativerne med tagget får det nye navn.")
        )
        self.retire_tag_button = QPushButton()
        heading = QLabel(self.tr("&Egne tags:"))
        heading.setBuddy(self.tag_list)
        about = QLabel(
            self.tr(
                "Husets egne tags står i editoren sammen med de seks læreplanstemaer. Et tag, "
                "der er sat ud af brug, kan ikke vælges til nye narrativer, men bliver stående "
                "på dem, der allerede har det."
            )
        )
        about.setObjectName("quiet")
        about.setWordWrap(True)
        name_label = QLabel(self.tr("&Navn:"))
        name_label.setBuddy(self.tag_name)
        side = QVBoxLayout()
        side.addWidget(self.retire_tag_button)
        side.addStretch()
        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.tag_name, 1)
        name_row.addWidget(self.add_tag_button)
        name_row.addWidget(self.rename_tag_button)
        grid = QGridLayout()
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.addWidget(about, 1, 0, 1, 2)
        grid.addWidget(self.tag_list, 2, 0)
        grid.addLayout(side, 2, 1)
        grid.addLayout(name_row, 3, 0, 1, 2)
        grid.setRowStretch(2, 1)
        self.tag_list.currentRowChanged.connect(self._tag_selected)
        self.tag_name.textChanged.connect(self._update_tag_buttons)
        # Enter in the name field adds the tag; it must not also press Save.
        self.tag_name.installEventFilter(self)
        self.add_tag_button.clicked.connect(self.add_tag)
        self.rename_tag_button.clicked.connect(self.rename_tag)
        self.retire_tag_button.clicked.connect(self.toggle_retired)
        self._show_tags()
        return grid

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tag_name
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.tag_name.text().strip():
                self.add_tag()
            return True
        return super().eventFilter(watched, event)

    def _show_tags(self, select: int = -1) -> None:
        self.tag_list.blockSignals(True)
        self.tag_list.clear()
        for row in self._tag_rows:
            text = row.name
            if row.original is None:
                text = self.tr("%1 (nyt)").replace("%1", row.name)
            elif row.name != row.original:
                text = (
                    self.tr("%1 (hed før %2)").replace("%1", row.name).replace("%2", row.original)
                )
            if row.retired:
                text = self.tr("%1 – sat ud af brug").replace("%1", text)
            item = QListWidgetItem(text)
            if row.uses == 1:
                item.setToolTip(self.tr("Står på 1 narrativ"))
            else:
                item.setToolTip(self.tr("Står på %1 narrativer").replace("%1", str(row.uses)))
            if row.retired:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
            self.tag_list.addItem(item)
        self.tag_list.setCurrentRow(select)
        self.tag_list.blockSignals(False)
        self._update_tag_buttons()

    def _selected_tag(self) -> _TagRow | None:
        index = self.tag_list.currentRow()
        return self._tag_rows[index] if 0 <= index < len(self._tag_rows) else None

    def _tag_selected(self) -> None:
        row = self._selected_tag()
        if row is not None:
            self.tag_name.setText(row.name)
        self._update_tag_buttons()

    def _update_tag_buttons(self) -> None:
        row = self._selected_tag()
        typed = self.tag_name.text().strip()
        self.add_tag_button.setEnabled(bool(typed))
        self.rename_tag_button.setEnabled(row is not None and bool(typed) and typed != row.name)
        self.retire_tag_button.setEnabled(row is not None)
        if row is not None and row.original is None:
            self.retire_tag_button.setText(self.tr("&Fjern"))
            self.retire_tag_button.setToolTip(self.tr("Fjern det nye tag igen"))
        elif row is not None and row.retired:
            self.retire_tag_button.setText(self.tr("B&rug igen"))
            self.retire_tag_button.setToolTip(self.tr("Tagget kan vælges igen i editoren"))
        else:
            self.retire_tag_button.setText(self.tr("Sæt &ud af brug"))
            self.retire_tag_button.setToolTip(
                self.tr("Tagget kan ikke vælges til nye narrativer, men bliver på de gamle")
            )

    def _try_tags(self, rows: list[_TagRow], select: int) -> bool:
        """Take ``rows`` if the service would accept them; otherwise say why, change nothing."""
        try:
            checked = tags.check_edits(
                [r.edit() for r in rows],
                self._curriculum,
                self._saved_tags,
            )
        except UserError as error:
            self.message.setText(error.message)
            return False
        for row, edit in zip(rows, checked, strict=True):
            row.name = edit.name
        self.message.clear()
        self._tag_rows = rows
        self._show_tags(select)
        return True

    def add_tag(self) -> None:
        rows = [_TagRow(**vars(r)) for r in self._tag_rows]
        rows.append(_TagRow(None, self.tag_name.text(), False))
        if self._try_tags(rows, len(rows) - 1):
            self.tag_name.clear()
            self.tag_list.setCurrentRow(-1)

    def rename_tag(self) -> None:
        index = self.tag_list.currentRow()
        if self._selected_tag() is None:
            return
        rows = [_TagRow(**vars(r)) for r in self._tag_rows]
        rows[index].name = self.tag_name.text()
        self._try_tags(rows, index)

    def toggle_retired(self) -> None:
        index = self.tag_list.currentRow()
        row = self._selected_tag()
        if row is None:
            return
        rows = [_TagRow(**vars(r)) for r in self._tag_rows]
        if row.original is None:
            del rows[index]
            index = -1
        else:
            rows[index].retired = not row.retired
        self._try_tags(rows, index)

    def _spin(self, name: str, suffix: str) -> QSpinBox:
        spec = settings.SPECS[name]
        box = QSpinBox()
        box.setRange(spec.minimum or 0, spec.maximum or 999)
        box.setSuffix(suffix)
        value = settings.get_setting(self.ws, name)
        box.setValue(value if isinstance(value, int) else int(spec.default))  # type: ignore[call-overload]
        return box

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Mappe til sikkerhedskopier"), self.backup_folder.text()
        )
        if folder:
            self.backup_folder.setText(folder)

    def save(self) -> None:
        contexts = [line.strip() for line in self.contexts.toPlainText().splitlines()]
        try:
            # First: it is the one part that can refuse, and then nothing is saved.
            tags.save_own_tags(self.ws, [row.edit() for row in self._tag_rows])
            settings.set_setting(self.ws, "auto_lock_minutes", self.auto_lock.value())
            settings.set_setting(self.ws, "backup_folder", self.backup_folder.text().strip())
            settings.set_setting(self.ws, "backup_keep", self.backup_keep.value())
            settings.set_setting(self.ws, "retention_months", self.retention.value())
            settings.set_setting(self.ws, "audit_retention_months", self.audit_retention.value())
            settings.set_setting(self.ws, "not_seen_weeks", self.not_seen.value())
            settings.set_setting(self.ws, "contexts", [c for c in dict.fromkeys(contexts) if c])
        except UserError as error:
            self.message.setText(error.message)
            return
        language_settings().setValue(LANGUAGE_KEY, self.language.currentData())
        self.accept()
