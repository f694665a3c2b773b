"""A child's action plans: what we want to see more of, what we do, who, when we follow up."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
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
from narrativ.services import plans
from narrativ.services.plans import PlanView
from narrativ.services.wording import house_lexicon
from narrativ.services.workspace import Workspace
from narrativ.ui.editor.highlighter import HintHighlighter

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
    def __init__(
        self, ws: Workspace, child_key: str, child_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.child_key = child_key
        self.setWindowTitle(self.tr("Handleplaner for %1").replace("%1", child_name))
        lexicon = house_lexicon(ws.path).lexicon

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
        self.create_button = QPushButton(self.tr("&Opret handleplan"))
        new = QGroupBox(self.tr("Ny handleplan"))
        form = QFormLayout(new)
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
        lower = QHBoxLayout()
        lower.addWidget(new, 1)
        lower.addWidget(follow, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(lower)
        layout.addWidget(self.message)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.list.currentItemChanged.connect(lambda *_: self._show())
        self.create_button.clicked.connect(self.create)
        self.follow_button.clicked.connect(lambda: self.follow_up(close=False))
        self.close_plan_button.clicked.connect(lambda: self.follow_up(close=True))
        close.clicked.connect(self.accept)
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
        self.plans = {p.key: p for p in plans.list_plans(self.ws, child=self.child_key)}
        self.list.clear()
        for plan in self.plans.values():
            state = self.tr("afsluttet") if plan.status == "closed" else self.tr("åben")
            label = f"{plan.follow_up_on.strftime('%d.%m.%Y')} · {state} · {plan.want_more_of[:50]}"
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, plan.key)
            self.list.addItem(item)
            if plan.key == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show()

    def selected(self) -> PlanView | None:
        item = self.list.currentItem()
        return self.plans.get(item.data(KEY_ROLE)) if item else None

    def _show(self) -> None:
        plan = self.selected()
        self.view.setHtml(plan_html(plan, self._labels()) if plan else "")
        enabled = plan is not None and plan.status == "open"
        self.follow_button.setEnabled(enabled)
        self.close_plan_button.setEnabled(enabled)

    def create(self) -> None:
        try:
            key = plans.create_plan(
                self.ws,
                self.want.toPlainText(),
                as_date(self.follow_up_on.date()),
                child=self.child_key,
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
