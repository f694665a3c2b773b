"""Action plans for a child or for a group's communities: what we want to see more of, what
we do, who, when we follow up; each plan printable for the staff's own folder."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
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
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services import plan_print, plans
from narrativ.services.plans import PlanView
from narrativ.services.wording import house_lexicon
from narrativ.services.workspace import Workspace
from narrativ.ui.editor.highlighter import HintHighlighter
from narrativ.ui.messages import show_error
from narrativ.vault.keyfile import write_private_file

KEY_ROLE = Qt.ItemDataRole.UserRole


def as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def plan_html(plan: PlanView, labels: dict[str, str]) -> str:
    parts = [
        f"<h3>{escape(plan.subject)}</h3>",
        f"<p><b>{labels['want']}</b><br>{escape(plan.want_more_of)}</p>",
    ]
    if plan.what_we_do:
        parts.append(f"<p><b>{labels['do']}</b><br>{escape(plan.what_we_do)}</p>")
    if plan.who:
        parts.append(f"<p><b>{labels['who']}</b> {escape(plan.who)}</p>")
    parts.append(f"<p><b>{labels['follow']}</b> {plan.follow_up_on.strftime('%d.%m.%Y')}</p>")
    if plan.narratives:
        parts.append(f"<p><b>{labels['builds']}</b> {escape(', '.join(plan.narratives))}</p>")
    for follow_up in plan.follow_ups:
        parts.append(
            f"<p><i>{follow_up.on.strftime('%d.%m.%Y')} · {escape(follow_up.author)}</i><br>"
            f"{escape(follow_up.what_happened)}</p>"
        )
    return "".join(parts)


class PlansDialog(QDialog):
    """A child's plans (``child_key``), or the community plans of a group (``group``)."""

    def __init__(
        self,
        ws: Workspace,
        child_key: str | None,
        child_name: str,
        parent: QWidget | None = None,
        *,
        group: tuple[str, str] | None = None,  # key and name
        community: str | None = None,
        communities: tuple[str, ...] = (),  # offered for a new community plan
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.child_key = child_key
        self.group = group
        if group is not None:
            self.setWindowTitle(
                self.tr("Handleplaner for fællesskaber i %1").replace("%1", group[1])
            )
        else:
            self.setWindowTitle(self.tr("Handleplaner for %1").replace("%1", child_name))
        lexicon = house_lexicon(ws.path).lexicon
        self.community = QComboBox()
        self.community.setEditable(True)
        self.community.addItems(
            list(dict.fromkeys((*([community] if community else []), *communities)))
        )
        self.community.setCurrentText(community or self.tr("Hele gruppen"))
        self.community.setAccessibleName(self.tr("Fællesskab"))

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Handleplaner"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Handleplan"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 2)

        self.want = QPlainTextEdit()
        self.want.setPlaceholderText(self.tr("Det vil vi gerne se mere af – skrevet som en styrke"))
        self.want.setAccessibleName(self.tr("Det vil vi se mere af"))
        self.want.setTabChangesFocus(True)
        self.want.setMaximumHeight(70)
        HintHighlighter(self.want.document(), lexicon)
        self.what = QPlainTextEdit()
        self.what.setPlaceholderText(self.tr("Det gør vi"))
        self.what.setAccessibleName(self.tr("Det gør vi"))
        self.what.setTabChangesFocus(True)
        self.what.setMaximumHeight(70)
        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Hvem"))
        self.follow_up_on = QDateEdit(QDate.currentDate().addMonths(1))
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("dd.MM.yyyy")
        self.follow_up_on.setAccessibleName(self.tr("Opfølgning"))
        self.create_button = QPushButton(self.tr("O&pret handleplan"))
        new = QGroupBox(self.tr("Ny handleplan"))
        form = QFormLayout(new)
        if group is not None:
            form.addRow(self.tr("&Fællesskab:"), self.community)
        form.addRow(self.tr("&Mere af:"), self.want)
        form.addRow(self.tr("&Det gør vi:"), self.what)
        form.addRow(self.tr("&Hvem:"), self.who)
        form.addRow(self.tr("&Opfølgning:"), self.follow_up_on)
        form.addRow(self.create_button)

        self.happened = QPlainTextEdit()
        self.happened.setPlaceholderText(self.tr("Hvad er der sket siden sidst?"))
        self.happened.setAccessibleName(self.tr("Opfølgning på den valgte plan"))
        self.happened.setTabChangesFocus(True)
        self.happened.setMaximumHeight(70)
        self.next_date = QDateEdit(QDate.currentDate().addMonths(1))
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("dd.MM.yyyy")
        self.next_date.setAccessibleName(self.tr("Næste opfølgning"))
        self.follow_button = QPushButton(self.tr("&Skriv opfølgning"))
        self.close_plan_button = QPushButton(self.tr("Afslut &planen"))
        follow = QGroupBox(self.tr("Opfølgning på den valgte plan"))
        follow_form = QFormLayout(follow)
        follow_form.addRow(self.happened)
        follow_form.addRow(self.tr("&Næste gang:"), self.next_date)
        buttons = QHBoxLayout()
        buttons.addWidget(self.follow_button)
        buttons.addWidget(self.close_plan_button)
        buttons.addStretch()
        follow_form.addRow(buttons)

        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("&Luk"))
        self.print_button = QPushButton(self.tr("U&dskriv planen …"))
        self.save_button = QPushButton(self.tr("&Gem planen som PDF …"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        lower = QHBoxLayout()
        lower.addWidget(new, 1)
        lower.addWidget(follow, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(lower)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.list.currentItemChanged.connect(lambda *_: self._show())
        self.create_button.clicked.connect(self.create)
        self.follow_button.clicked.connect(lambda: self.follow_up(close=False))
        self.close_plan_button.clicked.connect(lambda: self.follow_up(close=True))
        close.clicked.connect(self.accept)
        self.print_button.clicked.connect(lambda: self.print_plan())
        self.save_button.clicked.connect(lambda: self.save_plan())
        self.resize(980, 640)
        self.refresh()

    def _labels(self) -> dict[str, str]:
        return {
            "want": self.tr("Det vil vi gerne se mere af"),
            "do": self.tr("Det gør vi"),
            "who": self.tr("Hvem:"),
            "follow": self.tr("Opfølgning:"),
            "builds": self.tr("Bygger på:"),
        }

    def refresh(self, select: str | None = None) -> None:
        if self.group is not None:
            found = plans.list_plans(self.ws, group=self.group[0])
            self.plans = {p.key: p for p in found if p.child is None}
        else:
            self.plans = {p.key: p for p in plans.list_plans(self.ws, child=self.child_key)}
        self.list.clear()
        for plan in self.plans.values():
            state = self.tr("afsluttet") if plan.status == "closed" else self.tr("åben")
            label = f"{plan.follow_up_on.strftime('%d.%m.%Y')} · {state} · {plan.want_more_of[:50]}"
            if self.group is not None:
                label = f"{plan.subject} · {label}"
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, plan.key)
            self.list.addItem(item)
            if plan.key == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show()

    def select(self, key: str) -> None:
        """Show the plan ``key`` (the start page opens a due plan this way)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                return

    def selected(self) -> PlanView | None:
        item = self.list.currentItem()
        return self.plans.get(item.data(KEY_ROLE)) if item else None

    def _show(self) -> None:
        plan = self.selected()
        self.view.setHtml(plan_html(plan, self._labels()) if plan else "")
        enabled = plan is not None and plan.status == "open"
        self.follow_button.setEnabled(enabled)
        self.close_plan_button.setEnabled(enabled)
        self.print_button.setEnabled(plan is not None)
        self.save_button.setEnabled(plan is not None)

    def create(self) -> None:
        try:
            key = plans.create_plan(
                self.ws,
                self.want.toPlainText(),
                as_date(self.follow_up_on.date()),
                child=self.child_key,
                group=self.group[0] if self.group else None,
                community=self.community.currentText() if self.group else None,
                what_we_do=self.what.toPlainText(),
                who=self.who.text(),
            )
        except UserError as error:
            self.message.setText(error.message)
            return
        self.message.clear()
        for edit in (self.want, self.what):
            edit.clear()
        self.who.clear()
        self.refresh(select=key)

    def follow_up(self, close: bool) -> None:
        plan = self.selected()
        if plan is None:
            return
        try:
            plans.add_follow_up(
                self.ws,
                plan.key,
                date.today(),
                self.happened.toPlainText(),
                next_follow_up=None if close else as_date(self.next_date.date()),
                close=close,
            )
        except UserError as error:
            self.message.setText(error.message)
            return
        self.message.clear()
        self.happened.clear()
        self.refresh(select=plan.key)

    # -- printing ----------------------------------------------------------------------

    def _sheet_pdf(self) -> tuple[PlanView, bytes] | None:
        plan = self.selected()
        if plan is None:
            return None
        try:
            return plan, plan_print.render(plan_print.prepare_plan_sheet(self.ws, plan.key))
        except UserError as error:
            show_error(self, error)
            return None

    def save_plan(self, target: Path | None = None) -> Path | None:
        """Save the selected plan as a PDF (asked where when ``target`` is None)."""
        made = self._sheet_pdf()
        if made is None:
            return None
        plan, pdf = made
        if target is None:
            safe = "".join("-" if c in '/\\:*?"<>|' else c for c in plan.subject)
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Gem handleplan"),
                str(Path.home() / self.tr("Handleplan - %1.pdf").replace("%1", safe)),
                self.tr("PDF-filer (*.pdf)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            write_private_file(target, pdf)
            plan_print.record_plan_print(self.ws, plan.key)
        except UserError as error:
            show_error(self, error)
            return None
        except OSError as error:
            message = self.tr("Handleplanen kunne ikke gemmes i %1.").replace("%1", str(target))
            show_error(self, UserError(f"{message} {error.strerror or ''}".strip()))
            return None
        self.message.setText(self.tr("Gemt: %1").replace("%1", str(target)))
        return target

    def print_plan(self, printer: QPrinter | None = None) -> bool:
        """Print the selected plan (asks for a printer when ``printer`` is None)."""
        made = self._sheet_pdf()
        if made is None:
            return False
        plan, pdf = made
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        from narrativ.ui.handouts.preview import print_pdf

        if not print_pdf(pdf, printer):
            show_error(self, UserError(self.tr("Handleplanen kunne ikke sendes til printeren.")))
            return False
        plan_print.record_plan_print(self.ws, plan.key)
        self.message.setText(self.tr("Sendt til printeren."))
        return True
