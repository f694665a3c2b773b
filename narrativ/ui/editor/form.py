"""The calm narrative editor: when, where, who, tags, then story, reflection, next steps."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services import narratives, organisation, settings, tags
from narrativ.services.narrative_input import STORY_TYPES, NarrativeInput
from narrativ.services.narratives import EditConflict
from narrativ.services.views import NarrativeView
from narrativ.services.wording import house_lexicon
from narrativ.services.workspace import Workspace
from narrativ.store.models import PARTS_OF_DAY
from narrativ.ui.editor.autosave import AutosaveTimer
from narrativ.ui.editor.chips import ChildChips
from narrativ.ui.editor.conflict import ConflictChoice, ConflictDialog
from narrativ.ui.editor.highlighter import HintHighlighter, HintToolTips
from narrativ.ui.editor.hint_panel import HintPanel
from narrativ.ui.history_dialog import HistoryDialog
from narrativ.ui.messages import show_error

LINT_DELAY_MS = 300


class NarrativeEditor(QWidget):
    saved = Signal(str)  # the narrative's key
    shared = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.key: str | None = None
        self.version: int | None = None
        self.status = "draft"
        self.dirty = False
        self.last_error: str | None = None
        self.conflict_dialog: ConflictDialog | None = None  # open while a conflict is shown
        self._loading = False
        self.lexicon = house_lexicon(ws.path).lexicon
        self.autosave = AutosaveTimer(self)
        self.autosave.due.connect(self.save_now)
        self._lint_timer = QTimer(self)
        self._lint_timer.setSingleShot(True)
        self._lint_timer.setInterval(LINT_DELAY_MS)
        self._lint_timer.timeout.connect(self.refresh_hints)
        self._build()
        self._load_choices()
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Ny narrativ"))
        self.heading.setObjectName("screenTitle")
        self.state = QLabel()
        self.state.setObjectName("quiet")
        self.state.setAccessibleName(self.tr("Gemt-status"))

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Dato"))
        self.part_of_day = QComboBox()
        self.part_of_day.addItem(self.tr("(ikke valgt)"), "")
        for part in PARTS_OF_DAY:
            self.part_of_day.addItem(part, part)
        self.part_of_day.setAccessibleName(self.tr("Tidspunkt"))
        self.context = QComboBox()
        self.context.setEditable(True)
        self.context.setAccessibleName(self.tr("Situation"))
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Gruppe"))
        self.focus = ChildChips(self.tr("Fokusbarn"))
        self.community_on = QCheckBox(self.tr("Fællesskabet er i &fokus:"))
        self.community_on.setToolTip(
            self.tr("Fortællingen handler om gruppen eller en flok børn, ikke om ét barn")
        )
        self.community = QComboBox()
        self.community.setEditable(True)
        self.community.addItems([self.tr("hele gruppen"), self.tr("de store"), self.tr("de små")])
        self.community.setAccessibleName(self.tr("Fællesskab i fokus"))
        self.community.setEnabled(False)
        self.present = ChildChips(self.tr("Børn til stede"))
        self.story_type = QComboBox()
        self.story_type.addItem(self.tr("(ingen)"), None)
        for kind in STORY_TYPES:
            self.story_type.addItem(kind, kind)
        self.story_type.setAccessibleName(self.tr("Fortælletype"))

        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.part_of_day)
        when.addStretch()
        where = QHBoxLayout()
        where.addWidget(self.context, 1)
        group_label = QLabel(self.tr("&Gruppe:"))
        group_label.setBuddy(self.group)
        where.addWidget(group_label)
        where.addWidget(self.group, 1)
        when_label = QLabel(self.tr("&Hvornår:"))
        when_label.setBuddy(self.date)
        context_label = QLabel(self.tr("&Situation:"))
        context_label.setBuddy(self.context)
        form = QFormLayout()
        form.addRow(when_label, when)
        form.addRow(context_label, where)
        form.addRow(self.tr("&Fokusbarn:"), self.focus)
        community_row = QHBoxLayout()
        community_row.addWidget(self.community_on)
        community_row.addWidget(self.community, 1)
        form.addRow("", community_row)
        form.addRow(self.tr("&Til stede:"), self.present)

        self.relation_boxes: dict[str, QCheckBox] = {}
        relations_box = QGroupBox(self.tr("Relationer"))
        relations_layout = QHBoxLayout(relations_box)
        for tag in tags.relations(self.ws):
            box = QCheckBox(tag.label)
            self.relation_boxes[tag.code] = box
            relations_layout.addWidget(box)
        relations_layout.addStretch()
        self.theme_boxes: dict[str, QCheckBox] = {}
        themes_box = QGroupBox(self.tr("Læreplanstemaer"))
        themes_layout = QGridLayout(themes_box)
        theme_tags = tags.themes(self.ws)
        # The house's tags set out of use (listed last) show only on narratives that have them.
        self.retired_themes = {tag.code for tag in theme_tags if tag.retired}
        for i, tag in enumerate(theme_tags):
            box = QCheckBox(tag.label)
            box.setVisible(not tag.retired)
            self.theme_boxes[tag.code] = box
            themes_layout.addWidget(box, i // 2, i % 2)
        story_type_row = QFormLayout()
        story_type_row.addRow(self.tr("Fortælle&type:"), self.story_type)

        self.story = self._text_area(self.tr("Fortælling"), self.tr("Hvad skete der – konkret?"))
        self.reflection = self._text_area(
            self.tr("Refleksion"),
            self.tr("Hvad viser situationen om barnets styrker, intentioner og relationer?"),
        )
        self.next_steps = self._text_area(self.tr("Næste skridt"), self.tr("Hvad gør vi nu?"))

        self.share_button = QPushButton(self.tr("&Del med kolleger"))
        self.share_button.setToolTip(self.tr("Kladden bliver synlig for gruppens personale"))
        self.save_button = QPushButton(self.tr("Gem &nu"))
        self.history_button = QPushButton(self.tr("Hi&storik"))
        self.history_button.setToolTip(self.tr("Hvem har ændret narrativen, og hvornår"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.share_button)

        # What happened comes first; the tags, which are quick to tick, come after it.
        fields = QWidget()
        column = QVBoxLayout(fields)
        column.addWidget(self.heading)
        column.addLayout(form)
        for label, prompt, edit in (self.story, self.reflection, self.next_steps):
            column.addWidget(label)
            column.addWidget(prompt)
            column.addWidget(edit, 2 if edit is self.story[2] else 1)
        column.addWidget(relations_box)
        column.addWidget(themes_box)
        column.addLayout(story_type_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.hints = HintPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.hints)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        for signal in (
            self.date.dateChanged,
            self.part_of_day.currentIndexChanged,
            self.context.currentTextChanged,
            self.group.currentIndexChanged,
            self.story_type.currentIndexChanged,
            self.focus.changed,
            self.present.changed,
            self.community.currentTextChanged,
        ):
            signal.connect(self._touched)
        for box in (*self.relation_boxes.values(), *self.theme_boxes.values()):
            box.toggled.connect(self._touched)
        self.community_on.toggled.connect(self.community.setEnabled)
        self.community_on.toggled.connect(self._touched)
        for _label, _prompt, edit in (self.story, self.reflection, self.next_steps):
            edit.textChanged.connect(self._text_touched)
        self.focus.changed.connect(lambda: self._exclusive(self.focus, self.present))
        self.present.changed.connect(lambda: self._exclusive(self.present, self.focus))
        self.share_button.clicked.connect(self.share)
        self.save_button.clicked.connect(self.save_now)
        self.history_button.clicked.connect(self.show_history)

    def _text_area(self, title: str, prompt: str) -> tuple[QLabel, QLabel, QPlainTextEdit]:
        label = QLabel(title)
        label.setObjectName("fieldTitle")
        hint = QLabel(prompt)
        hint.setObjectName("quiet")
        hint.setWordWrap(True)
        edit = QPlainTextEdit()
        edit.setAccessibleName(title)
        edit.setAccessibleDescription(prompt)
        edit.setTabChangesFocus(True)
        is_story = title == self.tr("Fortælling")
        edit.setMinimumHeight(110 if is_story else 60)
        edit.setMaximumHeight(260 if is_story else 140)
        HintHighlighter(edit.document(), self.lexicon)
        HintToolTips(edit, self.lexicon)
        label.setBuddy(edit)
        return label, hint, edit

    def _load_choices(self) -> None:
        self.context.addItems(settings.contexts(self.ws))
        self.context.setCurrentText("")
        for group in organisation.list_groups(self.ws):
            self.group.addItem(group.name, group.key)
        options = {c.display_name: c.key for c in organisation.list_children(self.ws)}
        self.focus.set_options(options)
        self.present.set_options(options)

    # -- state -----------------------------------------------------------------------------

    def _exclusive(self, added_to: ChildChips, other: ChildChips) -> None:
        for key in added_to.child_keys():
            if key in other.child_keys():
                other.remove_key(key)

    def _touched(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.autosave.touched()
        self.state.setText(self.tr("Ændret – gemmes om lidt"))

    def _text_touched(self) -> None:
        self._touched()
        self._lint_timer.start()

    def refresh_hints(self) -> list:  # type: ignore[type-arg]
        texts = [edit.toPlainText() for _l, _p, edit in self._texts()]
        return self.hints.show_texts(texts, self.lexicon)

    def _texts(self) -> tuple[tuple[QLabel, QLabel, QPlainTextEdit], ...]:
        return (self.story, self.reflection, self.next_steps)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if (
            old is not None
            and self.isAncestorOf(old)
            and (new is None or not self.isAncestorOf(new))
            and self.dirty
        ):
            self.save_now()

    def collect(self) -> NarrativeInput:
        qdate = self.date.date()
        return NarrativeInput(
            occurred_on=date(qdate.year(), qdate.month(), qdate.day()),
            group=self.group.currentData() or "",
            story=self.story[2].toPlainText(),
            part_of_day=self.part_of_day.currentData() or "",
            context=self.context.currentText(),
            focus=self.focus.child_keys(),
            present=self.present.child_keys(),
            relations=[code for code, box in self.relation_boxes.items() if box.isChecked()],
            themes=[code for code, box in self.theme_boxes.items() if box.isChecked()],
            reflection=self.reflection[2].toPlainText(),
            next_steps=self.next_steps[2].toPlainText(),
            story_type=self.story_type.currentData(),
            community=self.community.currentText() if self.community_on.isChecked() else None,
        )

    def is_blank(self) -> bool:
        data = self.collect()
        return not (
            data.story.strip()
            or data.reflection.strip()
            or data.next_steps.strip()
            or data.focus
            or data.present
        )

    # -- loading ---------------------------------------------------------------------------

    def start_new(
        self, group_key: str | None = None, focus: list[tuple[str, str]] | None = None
    ) -> None:
        self._loading = True
        try:
            self.key, self.version, self.status = None, None, "draft"
            self.heading.setText(self.tr("Ny narrativ"))
            self.date.setDate(QDate.currentDate())
            self.part_of_day.setCurrentIndex(0)
            self.context.setCurrentText("")
            if group_key is not None:
                self.group.setCurrentIndex(max(0, self.group.findData(group_key)))
            self.focus.set_children(focus or [])
            self.present.set_children([])
            self.community_on.setChecked(False)
            self.story_type.setCurrentIndex(0)
            for box in (*self.relation_boxes.values(), *self.theme_boxes.values()):
                box.setChecked(False)
            for code, box in self.theme_boxes.items():
                box.setVisible(code not in self.retired_themes)
            for _l, _p, edit in self._texts():
                edit.setPlainText("")
        finally:
            self._loading = False
        self.dirty = False
        self.state.setText(self.tr("Kladden gemmes af sig selv, mens du skriver."))
        self._update_buttons()
        self.refresh_hints()
        self.story[2].setFocus()

    def load(self, view: NarrativeView) -> None:
        self._loading = True
        try:
            self.key, self.version, self.status = view.key, view.version, view.status
            self.heading.setText(
                self.tr("Narrativ fra %1").replace("%1", view.occurred_on.strftime("%d.%m.%Y"))
            )
            self.date.setDate(
                QDate(view.occurred_on.year, view.occurred_on.month, view.occurred_on.day)
            )
            self.part_of_day.setCurrentIndex(max(0, self.part_of_day.findData(view.part_of_day)))
            self.context.setCurrentText(view.context)
            index = self.group.findData(view.group.key)
            if index < 0:
                self.group.addItem(view.group.name, view.group.key)
                index = self.group.count() - 1
            self.group.setCurrentIndex(index)
            self.focus.set_children([(c.key, c.name) for c in view.focus])
            self.present.set_children([(c.key, c.name) for c in view.present])
            self.community_on.setChecked(view.community is not None)
            if view.community is not None:
                self.community.setCurrentText(view.community)
            self.story_type.setCurrentIndex(max(0, self.story_type.findData(view.story_type)))
            for code, box in self.relation_boxes.items():
                box.setChecked(code in view.relations)
            for code, box in self.theme_boxes.items():
                box.setChecked(code in view.themes)
                box.setVisible(code not in self.retired_themes or code in view.themes)
            self.story[2].setPlainText(view.story)
            self.reflection[2].setPlainText(view.reflection)
            self.next_steps[2].setPlainText(view.next_steps)
        finally:
            self._loading = False
        self.dirty = False
        self.state.setText(self._status_text())
        self._update_buttons()
        self.refresh_hints()

    def _status_text(self) -> str:
        return {
            "draft": self.tr("Kladde – kun du kan se den."),
            "shared": self.tr("Delt med kolleger."),
            "reviewed": self.tr("Delt og set af leder."),
        }.get(self.status, "")

    def _update_buttons(self) -> None:
        self.share_button.setVisible(self.status == "draft")
        self.history_button.setVisible(self.status != "draft")

    def show_history(self) -> None:
        if self.key is None:
            return
        self.save_now()
        try:
            revisions = narratives.history(self.ws, self.key)
        except UserError as error:
            show_error(self, error)
            return
        HistoryDialog(revisions, self).exec()

    # -- saving ----------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Save if anything changed; on failure keep the text and say why."""
        self.autosave.cancel()
        if not self.dirty:
            return True
        if self.key is None and self.is_blank():
            self.dirty = False
            return True
        data = self.collect()
        try:
            if self.key is None:
                self.key = narratives.create_narrative(self.ws, data)
                self.version = narratives.get_narrative(self.ws, self.key).version
            else:
                self.version = narratives.update_narrative(
                    self.ws, self.key, data, expected_version=self.version
                )
        except EditConflict:
            return self._resolve_conflict(data)
        except UserError as error:
            self.last_error = error.message
            self.state.setText(self.tr("Ikke gemt: %1").replace("%1", error.message))
            return False
        return self._saved()

    def _saved(self) -> bool:
        self.dirty = False
        self.last_error = None
        self.state.setText(
            self.tr("Gemt kl. %1").replace("%1", QTime.currentTime().toString("HH:mm:ss"))
        )
        self.saved.emit(self.key)
        return True

    def _resolve_conflict(self, mine: NarrativeInput) -> bool:
        """Someone saved in between: say so, keep the text, and show both texts side by side.

        The dialog is window-modal but not blocking (``open``): the save reports "not
        saved" at once, and the person's choice is carried out when they make it.
        """
        assert self.key is not None
        self.autosave.cancel()
        self.last_error = self.tr("Ikke gemt: en nyere udgave er gemt et andet sted.")
        self.state.setText(self.last_error)
        if self.conflict_dialog is not None:
            return False  # already asking
        try:
            saved = narratives.get_narrative(self.ws, self.key)
        except UserError as error:
            show_error(self, error)
            return False
        dialog = ConflictDialog(mine, saved, self)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda _result: self._conflict_chosen(dialog, mine, saved))
        dialog.open()
        return False

    def _conflict_chosen(
        self, dialog: ConflictDialog, mine: NarrativeInput, saved: NarrativeView
    ) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        try:
            if dialog.choice is ConflictChoice.KEEP_BOTH:
                self.key = narratives.create_narrative(self.ws, mine)
                self.version = narratives.get_narrative(self.ws, self.key).version
                self.status = "draft"
                self._update_buttons()
                self._saved()
            elif dialog.choice is ConflictChoice.OVERWRITE:
                self.version = narratives.update_narrative(
                    self.ws, self.key, mine, expected_version=saved.version, over_conflict=True
                )
                self._saved()
        except EditConflict:
            self._resolve_conflict(mine)  # it happened again: show the newest
        except UserError as error:
            show_error(self, error)

    def share(self) -> None:
        if not self.save_now() or self.key is None:
            if self.key is None:
                self.state.setText(self.tr("Skriv fortællingen, før du deler den."))
            return
        try:
            narratives.share_narrative(self.ws, self.key)
        except UserError as error:
            show_error(self, error)
            return
        self.load(narratives.get_narrative(self.ws, self.key))
        self.shared.emit(self.key)
