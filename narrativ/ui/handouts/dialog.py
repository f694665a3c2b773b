"""The handout dialog: child and period, which narratives (and, for a cross-professional
meeting, which action plans), masking, then print or save. ``GroupHandoutDialog`` is the
same dialog for a community of a group: always anonymous."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services import handouts
from narrativ.services.group_handouts import (
    GroupHandoutRequest,
    community_plan_candidates,
    group_candidates,
    prepare_group_handout,
)
from narrativ.services.handouts import HandoutRequest, PreparedHandout
from narrativ.services.plans import PlanView
from narrativ.services.views import NarrativeView
from narrativ.services.workspace import Workspace
from narrativ.ui.handouts.preview import PdfPreview
from narrativ.ui.messages import show_error
from narrativ.ui.tasks import TaskRunner
from narrativ.vault.keyfile import write_private_file

RENDER_DELAY_MS = 400
KEY_ROLE = Qt.ItemDataRole.UserRole
RECIPIENTS = ("PPR", "Sundhedsplejerske", "Støttepædagog", "Talepædagog")


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class HandoutDialog(QDialog):
    def __init__(
        self,
        ws: Workspace,
        child_key: str,
        child_name: str,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.child_key = child_key
        self.runner = runner or TaskRunner(self)
        self.prepared: PreparedHandout | None = None
        self.pdf: bytes | None = None
        self._generation = 0
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.render_now)
        self.setWindowTitle(self.tr("Materiale om %1").replace("%1", child_name))
        self._build()
        self.load_candidates()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Forældresamtale"), "parent")
        self.kind.addItem(self.tr("Tværfagligt møde"), "meeting")
        self.kind.setAccessibleName(self.tr("Slags materiale"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-6))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, self.tr("Fra")), (self.date_to, self.tr("Til"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setAccessibleName(name)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)

        self.with_reflection = QCheckBox(self.tr("Tag &refleksionen med"))
        self.with_next_steps = QCheckBox(self.tr("Tag &næste skridt med"))
        self.parent_options = QWidget()
        parent_layout = QVBoxLayout(self.parent_options)
        parent_layout.setContentsMargins(0, 0, 0, 0)
        parent_layout.addWidget(self.with_reflection)
        parent_layout.addWidget(self.with_next_steps)

        self.anonymous = QRadioButton(self.tr("&Anonym sparring"))
        self.named = QRadioButton(self.tr("Med &navn (kræver samtykke)"))
        self.anonymous.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.anonymous)
        modes.addButton(self.named)
        self.pseudonym = QLineEdit(handouts.DEFAULT_PSEUDONYM)
        self.pseudonym.setAccessibleName(self.tr("Pseudonym"))
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.addItems(RECIPIENTS)
        self.recipient.setAccessibleName(self.tr("Modtager"))
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(self.tr("Ét spørgsmål pr. linje"))
        self.questions.setAccessibleName(self.tr("Spørgsmål til mødet"))
        self.questions.setTabChangesFocus(True)
        self.questions.setMaximumHeight(80)
        self.meeting_options = QWidget()
        meeting = QFormLayout(self.meeting_options)
        self.meeting_form = meeting
        meeting.setContentsMargins(0, 0, 0, 0)
        meeting.addRow(self.anonymous)
        meeting.addRow(self.named)
        meeting.addRow(self.tr("&Pseudonym:"), self.pseudonym)
        meeting.addRow(self.tr("&Modtager:"), self.recipient)
        meeting.addRow(self.tr("&Spørgsmål:"), self.questions)

        self.narratives = QListWidget()
        self.narratives.setAccessibleName(self.tr("Narrativer i materialet"))
        self.replacements = QTableWidget(0, 2)
        self.replacements.setHorizontalHeaderLabels([self.tr("Navn"), self.tr("Skrives som")])
        self.replacements.horizontalHeader().setStretchLastSection(True)
        self.replacements.verticalHeader().hide()
        self.replacements.setAccessibleName(self.tr("Andre børns navne"))

        form = QFormLayout()
        form.addRow(self.tr("&Materiale:"), self.kind)
        # A label made by addRow for a layout has no buddy, and would show the "&".
        period_label = QLabel(self.tr("&Periode:"))
        period_label.setBuddy(self.date_from)
        form.addRow(period_label, period)
        settings = QWidget()
        column = QVBoxLayout(settings)
        column.addLayout(form)
        column.addWidget(self.parent_options)
        column.addWidget(self.meeting_options)
        chosen = QGroupBox(self.tr("Fortællinger (barnet er fokusbarn)"))
        QVBoxLayout(chosen).addWidget(self.narratives)
        masked = QGroupBox(self.tr("Andre børn i teksten"))
        masked_layout = QVBoxLayout(masked)
        masked_layout.addWidget(self.replacements)
        self.plans = QListWidget()
        self.plans.setAccessibleName(self.tr("Handleplaner i materialet"))
        self.plans_box = QGroupBox(self.tr("Handleplaner (til tværfagligt møde)"))
        QVBoxLayout(self.plans_box).addWidget(self.plans)
        self.chosen_box = chosen
        column.addWidget(chosen, 2)
        column.addWidget(self.plans_box, 1)
        column.addWidget(masked, 1)

        self.preview = PdfPreview()
        self.preview.setAccessibleName(self.tr("Forhåndsvisning"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("quiet")
        self.print_button = QPushButton(self.tr("&Udskriv …"))
        self.save_button = QPushButton(self.tr("&Gem som PDF …"))
        close = QPushButton(self.tr("&Luk"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(settings)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 720)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.load_candidates)
        for box in (self.with_reflection, self.with_next_steps, self.anonymous, self.named):
            box.toggled.connect(self.schedule)
        self.pseudonym.textChanged.connect(self.schedule)
        self.recipient.currentTextChanged.connect(self.schedule)
        self.questions.textChanged.connect(self.schedule)
        self.narratives.itemChanged.connect(self.schedule)
        self.plans.itemChanged.connect(self.schedule)
        self.replacements.itemChanged.connect(self.schedule)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        self._kind_changed()

    def _kind_changed(self) -> None:
        meeting = self.kind.currentData() == "meeting"
        self.parent_options.setVisible(not meeting)
        self.meeting_options.setVisible(meeting)
        self.plans_box.setVisible(meeting)
        self.schedule()

    # -- data ------------------------------------------------------------------------------

    def _narrative_candidates(self) -> list[NarrativeView]:
        return handouts.candidates(
            self.ws, self.child_key, to_date(self.date_from.date()), to_date(self.date_to.date())
        )

    def _plan_candidates(self) -> list[PlanView]:
        return handouts.plan_candidates(self.ws, self.child_key)

    def load_candidates(self) -> None:
        self.narratives.blockSignals(True)
        self.narratives.clear()
        try:
            views = self._narrative_candidates()
            offered_plans = self._plan_candidates()
        except UserError as error:
            self.status.setText(error.message)
            views, offered_plans = [], []
        self._fill_plans(offered_plans)
        for view in views:
            opening = " ".join(view.story.split())[:70]
            item = QListWidgetItem(f"{view.occurred_on.strftime('%d.%m.%Y')} – {opening}")
            item.setData(KEY_ROLE, view.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.narratives.addItem(item)
        self.narratives.blockSignals(False)
        self.schedule()

    def _fill_plans(self, offered: list[PlanView]) -> None:
        """Open plans start ticked: a meeting about the child usually looks at them."""
        chosen = set(self.chosen_plan_keys()) if self.plans.count() else None
        self.plans.blockSignals(True)
        self.plans.clear()
        for plan in offered:
            state = self.tr("afsluttet") if plan.status == "closed" else self.tr("åben")
            text = " ".join(plan.want_more_of.split())[:60]
            item = QListWidgetItem(f"{plan.subject} · {state} · {text}")
            item.setData(KEY_ROLE, plan.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = plan.key in chosen if chosen is not None else plan.status == "open"
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.plans.addItem(item)
        self.plans.blockSignals(False)
        if not offered:
            self.plans.addItem(QListWidgetItem(self.tr("Ingen handleplaner.")))

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            widget.item(i).data(KEY_ROLE)
            for i in range(widget.count())
            if widget.item(i).data(KEY_ROLE) is not None
            and widget.item(i).checkState() == Qt.CheckState.Checked
        )

    def chosen_keys(self) -> tuple[str, ...]:
        return self._checked(self.narratives)

    def chosen_plan_keys(self) -> tuple[str, ...]:
        return self._checked(self.plans)

    def replacement_overrides(self) -> dict[str, str]:
        overrides = {}
        for row in range(self.replacements.rowCount()):
            name_item = self.replacements.item(row, 0)
            phrase_item = self.replacements.item(row, 1)
            if name_item is not None and phrase_item is not None:
                overrides[name_item.data(KEY_ROLE)] = phrase_item.text()
        return overrides

    def request(self) -> HandoutRequest:
        return HandoutRequest(
            child=self.child_key,
            date_from=to_date(self.date_from.date()),
            date_to=to_date(self.date_to.date()),
            narrative_keys=self.chosen_keys(),
            with_reflection=self.with_reflection.isChecked(),
            with_next_steps=self.with_next_steps.isChecked(),
            replacements=self.replacement_overrides(),
            plan_keys=self.chosen_plan_keys() if self.kind.currentData() == "meeting" else (),
        )

    def schedule(self) -> None:
        self._render_timer.start()

    def _preparer(self) -> Callable[[], PreparedHandout]:
        """What to prepare, with every value read here, on the UI thread."""
        request = self.request()
        ws = self.ws
        if self.kind.currentData() != "meeting":
            return lambda: handouts.prepare_parent_handout(ws, request)
        anonymous = self.anonymous.isChecked()
        recipient = self.recipient.currentText()
        pseudonym = self.pseudonym.text()
        questions = tuple(self.questions.toPlainText().splitlines())
        return lambda: handouts.prepare_meeting_handout(
            ws, request, recipient, anonymous, pseudonym, questions
        )

    def render_now(self) -> None:
        """Prepare and render off the UI thread; a newer request makes an older one stale."""
        self._render_timer.stop()
        self._generation += 1
        generation = self._generation
        prepare = self._preparer()

        def work() -> tuple[PreparedHandout, bytes]:
            prepared = prepare()
            return prepared, handouts.render(prepared)

        self.status.setText(self.tr("Laver forhåndsvisning …"))
        self.runner.run(
            work,
            lambda result: self._rendered(generation, result),
            lambda error: self._failed(generation, error),
        )

    def _rendered(self, generation: int, result: tuple[PreparedHandout, bytes]) -> None:
        if generation != self._generation:
            return
        self.prepared, self.pdf = result
        self.preview.show_pdf(self.pdf)
        self._fill_replacements(self.prepared)
        count = len(self.prepared.narrative_keys)
        self.status.setText(
            self.tr("Fortællinger i materialet: %n. Tjek navnene, før du udskriver.", "", count)
        )
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.prepared, self.pdf = None, None
        self.preview.clear()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        if isinstance(error, UserError):
            self.status.setText(error.message)
        else:
            show_error(self, error)

    def _fill_replacements(self, prepared: PreparedHandout) -> None:
        self.replacements.blockSignals(True)
        self.replacements.setRowCount(0)
        for key, phrase in prepared.plan.items():
            row = self.replacements.rowCount()
            self.replacements.insertRow(row)
            name = QTableWidgetItem(prepared.names.get(key, key))
            name.setData(KEY_ROLE, key)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.replacements.setItem(row, 0, name)
            self.replacements.setItem(row, 1, QTableWidgetItem(phrase))
        self.replacements.blockSignals(False)

    def done(self, result: int) -> None:
        """Closing drops a pending render and the PDF in memory."""
        self._render_timer.stop()
        self._generation += 1
        self.prepared, self.pdf = None, None
        self.preview.clear()
        super().done(result)

    # -- output ----------------------------------------------------------------------------

    def _record(self) -> None:
        if self.prepared is not None:
            handouts.record_handout(self.ws, self.prepared)

    def save_pdf(self) -> None:
        if self.pdf is None or self.prepared is None:
            return
        name = (
            self.prepared.data.child_label
            if self.prepared.kind == "meeting"
            else self.prepared.data.child_first_name
        )  # type: ignore[union-attr]
        safe = "".join("-" if c in '/\\:*?"<>|«»' else c for c in name)
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem materiale"),
            str(Path.home() / f"Narrativ-{safe}.pdf"),
            self.tr("PDF-filer (*.pdf)"),
        )
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> None:
        if self.pdf is None:
            return
        try:
            write_private_file(target, self.pdf)
            self._record()
        except (UserError, OSError) as error:
            show_error(self, error if isinstance(error, UserError) else UserError(str(error)))
            return
        self.status.setText(self.tr("Gemt: %1").replace("%1", str(target)))

    def print_pdf(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.preview.print_to(printer)
        self._record()
        self.status.setText(self.tr("Sendt til printeren."))


class GroupHandoutDialog(HandoutDialog):
    """Material for a cross-professional meeting about a community of a group (or the
    whole group's community narratives): anonymous, every child's name masked."""

    def __init__(
        self,
        ws: Workspace,
        group_key: str,
        group_name: str,
        communities: tuple[str, ...] = (),
        community: str | None = None,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.group_key = group_key
        self._communities = communities
        self._first_community = community
        super().__init__(ws, "", group_name, runner, parent)
        self.setWindowTitle(self.tr("Materiale om fællesskaber i %1").replace("%1", group_name))

    def _build(self) -> None:
        super()._build()
        # Always a cross-professional meeting, always anonymous.
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData("meeting"))
        self.kind.blockSignals(False)
        self.kind.setEnabled(False)
        self.anonymous.setChecked(True)
        for widget in (self.anonymous, self.named, self.pseudonym):
            self.meeting_form.setRowVisible(widget, False)
        self.community = QComboBox()
        self.community.setAccessibleName(self.tr("Fællesskab"))
        self.community.addItem(self.tr("Alle fællesskaber i gruppen"), None)
        for name in self._communities:
            self.community.addItem(name, name)
        if self._first_community is not None:
            index = self.community.findData(self._first_community)
            self.community.setCurrentIndex(max(index, 0))
        self.meeting_form.insertRow(0, self.tr("&Fællesskab:"), self.community)
        note = QLabel(
            self.tr(
                "Materialet er altid anonymt: alle børns navne er udeladt, og hverken "
                "institution eller gruppe nævnes."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("quiet")
        self.meeting_form.insertRow(1, note)
        self.chosen_box.setTitle(self.tr("Fortællinger om fællesskabet"))
        self.plans_box.setTitle(self.tr("Handleplaner for fællesskabet"))
        self.community.currentIndexChanged.connect(self.load_candidates)
        self._kind_changed()

    def _chosen_community(self) -> str | None:
        return self.community.currentData() if hasattr(self, "community") else None

    def _narrative_candidates(self) -> list[NarrativeView]:
        return group_candidates(
            self.ws,
            self.group_key,
            to_date(self.date_from.date()),
            to_date(self.date_to.date()),
            self._chosen_community(),
        )

    def _plan_candidates(self) -> list[PlanView]:
        return community_plan_candidates(self.ws, self.group_key, self._chosen_community())

    def group_request(self) -> GroupHandoutRequest:
        return GroupHandoutRequest(
            group=self.group_key,
            date_from=to_date(self.date_from.date()),
            date_to=to_date(self.date_to.date()),
            community=self._chosen_community(),
            narrative_keys=self.chosen_keys(),
            plan_keys=self.chosen_plan_keys(),
            replacements=self.replacement_overrides(),
        )

    def _preparer(self) -> Callable[[], PreparedHandout]:
        request = self.group_request()
        ws = self.ws
        recipient = self.recipient.currentText()
        questions = tuple(self.questions.toPlainText().splitlines())
        return lambda: prepare_group_handout(ws, request, recipient, questions)
