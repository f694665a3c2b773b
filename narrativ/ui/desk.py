"""The unlocked workspace: navigation, the pages, and the lock and switch-user buttons."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from narrativ.errors import UserError
from narrativ.services import narratives, plans
from narrativ.services.auto_backup import backup_folder
from narrativ.services.group_handouts import known_communities
from narrativ.services.workspace import Workspace
from narrativ.ui import live_updates
from narrativ.ui.child_page import ChildPage
from narrativ.ui.editor.form import NarrativeEditor
from narrativ.ui.guide.start_page import StartPage, save_cards
from narrativ.ui.guide.writing_guide import WritingGuideDialog
from narrativ.ui.live_updates import LiveUpdates
from narrativ.ui.messages import show_error
from narrativ.ui.mine_page import MinePage
from narrativ.ui.plans.dialog import PlansDialog
from narrativ.ui.quick_note import QuickNoteDialog
from narrativ.ui.relations import RelationPage
from narrativ.ui.settings_dialog import SettingsDialog
from narrativ.ui.team.view import TeamView

if TYPE_CHECKING:
    from narrativ.ui.admin.page import DataProtectionPage
    from narrativ.ui.seen.page import SeenPage


class Desk(QWidget):
    lock_requested = Signal()
    switch_user_requested = Signal()
    settings_changed = Signal()

    # Every user's pages; leaders also get "team", "seen" and "data_protection".
    PAGES = ("start", "editor", "mine", "children", "relations")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        role = self.tr("leder") if ws.user.is_leader else self.tr("pædagog")
        who = QLabel(f"{ws.user.name} ({ws.user.initials}) · {role}")
        who.setObjectName("who")
        self.new_button = QPushButton(self.tr("&Ny narrativ"))
        self.quick_button = QPushButton(self.tr("&Hurtig note"))
        self.settings_button = QPushButton(self.tr("&Indstillinger"))
        self.settings_button.setVisible(ws.user.is_leader)
        self.switch_button = QPushButton(self.tr("&Skift bruger"))
        self.lock_button = QPushButton(self.tr("&Lås"))
        self.lock_button.setToolTip(self.tr("Lås Narrativ (Ctrl+L)"))
        self.lock_button.setObjectName("lockButton")
        top = QHBoxLayout()
        top.addWidget(who, 1)
        for button in (
            self.new_button,
            self.quick_button,
            self.settings_button,
            self.switch_button,
            self.lock_button,
        ):
            top.addWidget(button)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.pages: tuple[str, ...] = self.PAGES
        self.nav.addItems(
            [
                self.tr("Start"),
                self.tr("Skriv"),
                self.tr("Mine narrativer"),
                self.tr("Børn"),
                self.tr("Relationer"),
            ]
        )
        self.nav.setMaximumWidth(170)
        self.nav.setObjectName("nav")
        self.nav.setSpacing(4)
        self.start_page = StartPage(
            ws.user.name, ws.user.is_leader, self._backup_folder(), date.today()
        )
        self._guide_dialog: WritingGuideDialog | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        # Every other page is built the first time it is wanted (shown, or asked for by
        # its name, as desk.editor): until then an empty stand-in keeps its place in the
        # stack. Building them all (and what some read at once: the children, the lists of
        # the editor, the audit log) would otherwise come before whatever page the user
        # opens first. Educators never get the leaders' pages: not hidden, never built.
        self._built: dict[str, QWidget] = {}
        self._stand_ins: dict[str, QWidget] = {}
        for name in self.PAGES[1:]:
            self._stand_in(name)
        self.team: TeamView | None = None
        if ws.user.is_leader:
            self.team = TeamView(ws)
            self.stack.addWidget(self.team)
            self.nav.addItem(self.tr("Teamoverblik"))
            self._stand_in("seen")
            self._stand_in("data_protection")
            self.nav.addItem(self.tr("Hvem ser vi?"))
            self.nav.addItem(self.tr("Databeskyttelse"))
            self.pages = (*self.PAGES, "team", "seen", "data_protection")
            # The backup folder and the retention periods are settings: show them anew.
            self.settings_changed.connect(self._refresh_data_protection)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.nav.currentRowChanged.connect(self._page_changed)
        # Colleagues' saves (on this PC or another, on the file or the server) reach the
        # page in view without a restart.
        self.live = LiveUpdates(ws, poll_seconds=live_updates.POLL_SECONDS, parent=self)
        self.live.changed.connect(self._colleagues_saved)
        self.live.start()
        self.start_page.write_requested.connect(self.new_narrative)
        self.start_page.quick_note_requested.connect(self.quick_note)
        self.start_page.guide_requested.connect(self.show_writing_guide)
        self.start_page.print_cards_requested.connect(lambda: save_cards(self))
        self.start_page.plan_requested.connect(self.open_plan)
        self.settings_changed.connect(self._refresh_start_page)
        self.new_button.clicked.connect(self.new_narrative)
        self.quick_button.clicked.connect(self.quick_note)
        self.lock_button.clicked.connect(self.lock_requested)
        self.settings_button.clicked.connect(self.open_settings)
        self.switch_button.clicked.connect(self.switch_user_requested)
        for keys, slot in (
            ("Ctrl+L", self.lock_requested.emit),
            ("Ctrl+N", self.new_narrative),
            ("Ctrl+Shift+N", self.quick_note),
            ("Ctrl+0", lambda: self.show_page("start")),
            ("F1", self.show_writing_guide),
            ("Ctrl+1", lambda: self.show_page("editor")),
            ("Ctrl+2", lambda: self.show_page("mine")),
            ("Ctrl+3", lambda: self.show_page("children")),
            ("Ctrl+7", lambda: self.show_page("relations")),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WindowShortcut)
        if self.team is not None:
            for keys, page in (
                ("Ctrl+4", "team"),
                ("Ctrl+5", "seen"),
                ("Ctrl+6", "data_protection"),
            ):
                QShortcut(
                    QKeySequence(keys),
                    self,
                    lambda page=page: self.show_page(page),
                    context=Qt.ShortcutContext.WindowShortcut,
                )

        self.nav.setCurrentRow(0)
        self._refresh_start_page()

    # -- pages built when first wanted --------------------------------------------------------

    def _stand_in(self, name: str) -> None:
        self._stand_ins[name] = QWidget()
        self.stack.addWidget(self._stand_ins[name])

    def _page(self, name: str) -> QWidget | None:
        """The page ``name``, built now if this is the first time; None if this user has
        no such page."""
        page = self._built.get(name)
        if page is not None or name not in self._stand_ins:
            return page
        page = self._build_page(name)
        self._built[name] = page
        stand_in = self._stand_ins.pop(name)
        self.stack.insertWidget(self.stack.indexOf(stand_in), page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        return page

    def _build_page(self, name: str) -> QWidget:
        ws = self.ws
        if name == "editor":
            editor = NarrativeEditor(ws)
            editor.start_new(editor.group.itemData(0) if editor.group.count() else None)
            return editor
        if name == "mine":
            mine = MinePage(ws)
            mine.open_requested.connect(self.open_narrative)
            return mine
        if name == "children":
            children = ChildPage(ws)
            children.open_requested.connect(self.open_narrative)
            children.write_about.connect(self.write_about)
            children.load_children()
            return children
        if name == "relations":
            relations = RelationPage(ws)
            relations.open_narrative.connect(self.open_narrative)
            return relations
        if name == "seen":
            from narrativ.ui.seen.page import SeenPage

            seen = SeenPage(ws)
            seen.open_narrative.connect(self.open_narrative)
            seen.write_about.connect(self.write_about)
            self.settings_changed.connect(seen.apply_settings)
            return seen
        if name == "data_protection":
            from narrativ.ui.admin.page import DataProtectionPage

            return DataProtectionPage(ws)
        raise KeyError(name)

    @property
    def editor(self) -> NarrativeEditor:
        page = self._page("editor")
        assert isinstance(page, NarrativeEditor)
        return page

    @property
    def mine(self) -> MinePage:
        page = self._page("mine")
        assert isinstance(page, MinePage)
        return page

    @property
    def children_page(self) -> ChildPage:
        page = self._page("children")
        assert isinstance(page, ChildPage)
        return page

    @property
    def relations(self) -> RelationPage:
        page = self._page("relations")
        assert isinstance(page, RelationPage)
        return page

    @property
    def seen(self) -> SeenPage | None:
        return self._page("seen")  # type: ignore[return-value]

    @property
    def data_protection(self) -> DataProtectionPage | None:
        return self._page("data_protection")  # type: ignore[return-value]

    def _default_group(self) -> str | None:
        return self.editor.group.itemData(0) if self.editor.group.count() else None

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(self.pages.index(name))

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        editor = self._built.get("editor")
        leaving_editor = editor is not None and self.stack.currentWidget() is editor
        if leaving_editor and self.pages[row] != "editor":
            self.editor.save_now()
        self._page(self.pages[row])  # built now, in its place, if not yet
        self.stack.setCurrentIndex(row)
        if self.pages[row] == "start":
            self._refresh_start_page()
        elif self.pages[row] == "mine":
            self.mine.refresh()
        elif self.pages[row] == "children":
            self.children_page.refresh()
        elif self.pages[row] == "team" and self.team is not None:
            try:
                self.team.activate()
            except UserError as error:
                show_error(self, error)
        elif self.pages[row] == "data_protection" and self.data_protection is not None:
            self.data_protection.activate()

    def _colleagues_saved(self) -> None:
        """Something new was saved: the list in view shows it. A text search in the team
        view is not run again by itself (each run is logged as the leader's search); it
        shows the news at the next search or visit. A page that cannot be read now (a
        locked or damaged database) keeps what it shows; the user is told elsewhere."""
        with contextlib.suppress(UserError):
            self._reload_current_page()

    def _reload_current_page(self) -> None:
        current = self.stack.currentWidget()
        if self.team is not None and current is self.team:
            if not self.team.filters.current_filter().text.strip():
                self.team.activate()
        elif current is self._built.get("children"):
            self.children_page.refresh()
        elif current is self._built.get("mine"):
            self.mine.refresh()
        elif current is self.start_page:
            self._refresh_start_page()

    def stop_live_updates(self) -> None:
        """Before the workspace locks: the watching thread ends and closes its connection."""
        self.live.stop()

    def _refresh_data_protection(self) -> None:
        page = self._built.get("data_protection")
        if page is not None and self.stack.currentWidget() is page:
            page.activate()

    def new_narrative(self) -> None:
        self.editor.save_now()
        self.editor.start_new(self.editor.group.currentData() or self._default_group())
        self.show_page("editor")

    def write_about(self, child_key: str, child_name: str) -> None:
        self.editor.save_now()
        self.editor.start_new(self.editor.group.currentData(), focus=[(child_key, child_name)])
        self.show_page("editor")

    def open_narrative(self, key: str) -> None:
        self.editor.save_now()
        try:
            view = narratives.get_narrative(self.ws, key)
        except UserError as error:
            show_error(self, error)
            return
        self.editor.load(view)
        self.show_page("editor")

    def quick_note(self) -> None:
        dialog = QuickNoteDialog(self.ws, self)
        if dialog.exec() and dialog.saved_key:
            self.show_page("mine")
            self.mine.refresh()

    def open_settings(self) -> None:
        if SettingsDialog(self.ws, self).exec():
            self.settings_changed.emit()

    def _backup_folder(self) -> str | None:
        try:
            folder = backup_folder(self.ws)
        except UserError:  # unreadable now: the start page says none is chosen
            return None
        return str(folder) if folder else None

    def _refresh_start_page(self) -> None:
        if self.ws.on_server:
            self._server_safety_texts()
        else:
            self.start_page.set_backup_folder(self._backup_folder())
        try:
            due = plans.plans_due(self.ws)
        except UserError:
            # A damaged or locked database: the desk still opens, so the message about it
            # (from the check at open) and the way to a backup are reachable.
            due = []
        self.start_page.set_due_plans([(p.key, p.subject, p.follow_up_on) for p in due])

    def _server_safety_texts(self) -> None:
        """On the institution server there is no backup folder, key file nor recovery
        sheet on this PC: the start page says who looks after those instead."""
        self.start_page.backup_label.setText(
            self.tr(
                "Jeres data ligger på institutionsserveren. Kommunens it-afdeling tager "
                "sikkerhedskopierne."
            )
        )
        self.start_page.recovery_label.setText(
            self.tr(
                "Har du glemt din adgangskode til serveren, giver serverens administrator "
                "(typisk kommunens it-afdeling) dig en ny."
            )
        )

    def show_writing_guide(self) -> None:
        """Its own window, not modal: it can stay open beside the editor."""
        if self._guide_dialog is None:
            self._guide_dialog = WritingGuideDialog(self)
        self._guide_dialog.show()
        self._guide_dialog.raise_()
        self._guide_dialog.activateWindow()

    def open_plan(self, key: str) -> None:
        plan = plans.get_plan(self.ws, key)
        if plan.child is not None:
            dialog = PlansDialog(self.ws, plan.child, plan.child_name or "", self)
        else:
            # A community's plan opens among its group's community plans.
            dialog = PlansDialog(
                self.ws,
                None,
                "",
                self,
                group=(plan.group, plan.group_name),
                community=plan.community,
                communities=known_communities(self.ws, plan.group),
            )
        dialog.select(plan.key)
        dialog.exec()
        self._refresh_start_page()

    def save_before_lock(self) -> bool:
        """Locking must never lose typed text: save first (a failure is shown, not lost).
        True when saved, or when there was nothing to save (the editor never opened)."""
        editor = self._built.get("editor")
        return True if editor is None else self.editor.save_now()
