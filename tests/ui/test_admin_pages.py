"""The leaders' data-protection page: audit log, erasure, right of access and backups."""

from __future__ import annotations

import csv
import io
import re
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from pytestqt.qtbot import QtBot

from narrativ.services import audit_log, backups, handouts, organisation, settings
from narrativ.services.audit_log import AuditRow
from narrativ.services.handouts import DisclosureView
from narrativ.services.views import ChildView
from narrativ.ui.admin.access_page import AccessPage
from narrativ.ui.admin.audit_model import (
    AuditRole,
    AuditSortProxy,
    AuditTableModel,
    action_label,
    action_labels,
    detail_text,
)
from narrativ.ui.admin.audit_page import AuditFilter, AuditPage
from narrativ.ui.admin.backup_page import BackupPage
from narrativ.ui.admin.erasure_page import EraseDialog, ErasurePage, months_since
from narrativ.ui.admin.page import DataProtectionPage
from narrativ.ui.main_window import MainWindow
from tests.conftest import Institution
from tests.helpers.documents import EDUCATOR_SPURVE, LEADER, LEADER_PASSWORD

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def no_error_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """An error shown by a tab fails the test instead of waiting for a click on a box."""
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "narrativ.ui.admin.common.show_error", lambda _parent, error: shown.append(error)
    )
    yield shown
    assert shown == []


@pytest.fixture
def window(qtbot: QtBot, institution: Institution) -> Iterator[MainWindow]:
    main = MainWindow(institution.path)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.open_desk(institution.unlock(LEADER))
    yield main
    # Work still running would answer into a closed workspace: let it finish first.
    page = main.desk.data_protection if main.desk is not None else None
    if page is not None:
        qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    main.lock(manual=False)


def open_page(qtbot: QtBot, window: MainWindow) -> DataProtectionPage:
    desk = window.desk
    assert desk is not None and desk.data_protection is not None
    desk.show_page("data_protection")
    page = desk.data_protection
    assert desk.stack.currentWidget() is page
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    return page


def show(qtbot: QtBot, page: DataProtectionPage, tab: Any) -> None:
    page.show_tab(tab)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)


def refuse(*_args: object) -> Any:
    raise AssertionError("the page asked a question the test did not expect")


# -- the audit log -------------------------------------------------------------------------


def test_audit_model_passes_qtmodeltester(qtmodeltester: Any, institution: Institution) -> None:
    ws = institution.unlock(LEADER)
    try:
        rows = audit_log.audit_rows(ws)
    finally:
        ws.lock()
    assert rows
    model = AuditTableModel()
    model.set_rows(rows, {"c-emil": "Emil J."})
    qtmodeltester.check(model)
    proxy = AuditSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    names = {bytes(name.data()) for name in model.roleNames().values()}
    assert {b"row", b"sort", b"action", b"objectKey", b"display"} <= names
    first = model.index(0, 0)
    assert model.data(first, AuditRole.ROW) == rows[0]
    assert model.data(first, AuditRole.ACTION) == rows[0].action


def test_every_logged_action_has_a_danish_name() -> None:
    # The actions the services write (audit.record / event_values), read from the source.
    root = Path(__file__).resolve().parents[2] / "narrativ" / "services"
    pattern = re.compile(r'(?:audit\.record|event_values)\(\s*(?:[\w.]+,\s*){1,2}"([\w.]+)"', re.S)
    used = {m for path in root.glob("*.py") for m in pattern.findall(path.read_text("utf-8"))}
    assert {"child.view", "search", "unlock", "child.erase"} <= used
    assert used - set(action_labels()) == set()
    assert action_label("child.view") == "læst barnets side"
    assert action_label("login.failed") == "forkert adgangskode"
    assert action_label("something.new") == "something.new"  # unknown: as stored


def test_details_read_in_danish_and_keep_what_was_typed() -> None:
    text = detail_text({"hits": 1, "closed": True, "kind": "parent", "query": "parent"})
    # A count of 1 is not "yes", and a search stays as typed.
    assert text == "afsluttet: ja, fund: 1, slags: forældresamtale, søgning: parent"
    assert detail_text({"before": "2021-11-28", "x": [1, 2]}) == "før: 28.11.2021, x: 1 2"
    model = AuditTableModel()
    at = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    model.set_rows(
        [
            AuditRow(at, LEADER, "child.view", "child", "c-emil", {}),
            AuditRow(at, LEADER, "setting.change", "setting", "retention_months", {}),
            AuditRow(at, LEADER, "narrative.read", "narrative", "n-sand", {}),
            AuditRow(at, LEADER, "team.open", "", "", {}),
        ],
        {"c-emil": "Emil J."},
    )
    shown = [model.index(r, 3).data() for r in range(4)]
    assert shown == ["Emil J.", "indstilling: slettefrist", "narrativ: n-sand", ""]


def test_filters_give_the_rows_of_the_service(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    tab = page.audit
    ws = tab.ws
    desk = window.desk
    assert desk is not None
    desk.children_page.show_child("c-emil")  # logs a child.view to find again
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    today = date.today()
    cases = [
        AuditFilter(),
        AuditFilter(who=LEADER),
        AuditFilter(action="child."),
        AuditFilter(action="unlock"),
        AuditFilter(object_key="c-emil"),
        AuditFilter(who=LEADER, action="child.view", object_key="c-emil", since=today),
        AuditFilter(since=today - timedelta(days=1), until=today + timedelta(days=1)),
        AuditFilter(until=date(2000, 1, 2)),
    ]
    for flt in cases:
        tab.set_filter(flt)
        qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
        assert tab.current_filter() == flt
        expected = audit_log.audit_rows(
            ws, flt.who, flt.action, flt.object_key, flt.since, flt.until
        )
        assert tab.model.rows() == expected, flt
    assert tab.model.rowCount() == 0  # the last filter: before anything happened
    # A child's key is shown as its name, and typing the name filters by the key.
    tab.set_filter(AuditFilter(object_key="c-emil"))
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert tab.object.currentText() == "Emil J."
    assert tab.model.rowCount() >= 1
    shown = {tab.proxy.index(r, 2).data() for r in range(tab.proxy.rowCount())}
    assert "læst barnets side" in shown


def test_csv_export_is_owner_only(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = open_page(qtbot, window)
    tab = page.audit
    tab.set_filter(AuditFilter(who=LEADER))
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    rows = tab.model.rows()
    assert rows
    target = tmp_path / "ud" / "logning"
    target.parent.mkdir()
    tab.ask_save_path = lambda *_args: target  # type: ignore[method-assign]
    tab.export_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    written = target.with_name("logning.csv")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    lines = list(csv.reader(io.StringIO(written.read_text("utf-8-sig")), delimiter=";"))
    assert lines[0][:3] == ["tidspunkt", "hvem", "handling"]
    assert [line[2] for line in lines[1:]] == [row.action for row in rows]
    assert str(written) in tab.status.text()


def test_trim_asks_first_and_says_the_period(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    tab = page.audit
    asked: list[str] = []

    def no(_title: str, text: str) -> bool:
        asked.append(text)
        return False

    tab.confirm = no  # type: ignore[method-assign]
    before = audit_log.audit_rows(tab.ws)
    tab.trim_button.click()
    assert len(asked) == 1 and "60 måneder" in asked[0]
    assert audit_log.audit_rows(tab.ws) == before  # refused: nothing happened
    tab.confirm = lambda *_args: True  # type: ignore[method-assign]
    tab.trim_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert "0" in tab.status.text()  # everything is younger than the period
    assert audit_log.audit_rows(tab.ws, action="audit.trim")


# -- erasure -------------------------------------------------------------------------------


def test_months_since() -> None:
    assert months_since(date(2025, 7, 31), date(2026, 7, 30)) == 11
    assert months_since(date(2025, 7, 31), date(2026, 7, 31)) == 12
    assert months_since(date(2020, 1, 15), date(2026, 3, 1)) == 73


def test_erase_dialog_needs_the_first_name(qtbot: QtBot) -> None:
    child = ChildView("c-bo", "Bo", "T", "Bo T.", "2019-01", None, None, None, None, None)
    dialog = EraseDialog(child)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    assert "Bo T." in dialog.windowTitle()
    dialog.name.setText("B")
    assert not dialog.erase_button.isEnabled()
    dialog.name.setText(" bo ")
    assert dialog.erase_button.isEnabled() and dialog.confirmed()
    dialog.name.setText("Emil")
    dialog.accept()  # Enter with the wrong name does not get through
    assert dialog.result() != EraseDialog.DialogCode.Accepted


def test_erasing_from_the_page(qtbot: QtBot, window: MainWindow) -> None:
    assert window.desk is not None
    ws = window.desk.ws
    settings.set_setting(ws, "retention_months", 12)  # Bo left in July 2025: past it now
    page = open_page(qtbot, window)
    tab = page.erasure
    show(qtbot, page, tab)
    assert [c.key for c in tab.due] == ["c-bo"]
    assert "12 mdr." in tab.intro.text()
    assert tab.list.topLevelItem(0).text(0) == "Bo T."
    asked: list[str] = []

    def refuse_once(child: ChildView) -> bool:
        asked.append(child.first_name)
        return False

    tab.confirm_erase = refuse_once  # type: ignore[method-assign]
    tab.erase_button.click()
    assert asked == ["Bo"]
    assert "c-bo" in {c.key for c in organisation.list_children(ws, include_left=True)}

    tab.confirm_erase = lambda _child: True  # type: ignore[method-assign]
    tab.erase_button.click()
    qtbot.waitUntil(lambda: not page.busy and "er slettet" in tab.summary.text(), timeout=WAIT_MS)
    assert "c-bo" not in {c.key for c in organisation.list_children(ws, include_left=True)}
    assert tab.due == [] and tab.list.topLevelItemCount() == 0
    assert not tab.erase_button.isEnabled()
    assert "Bo T." in tab.summary.text()
    assert audit_log.audit_rows(ws, action="child.erase", object_key="c-bo")


# -- right of access -----------------------------------------------------------------------


def test_access_export_from_the_page(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = open_page(qtbot, window)
    tab = page.access
    show(qtbot, page, tab)
    labels = [tab.child.itemText(i) for i in range(tab.child.count())]
    assert any(label.startswith("Bo T. (stoppet") for label in labels)  # also who left
    tab.show_child("c-emil")
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert tab.child_key() == "c-emil"
    folder = tmp_path / "indsigt"
    tab.ask_folder = lambda *_args: folder  # type: ignore[method-assign]
    tab.export_button.click()  # no folder typed: asked for one
    qtbot.waitUntil(lambda: tab.last_export is not None, timeout=WAIT_MS)
    made = tab.last_export
    assert made is not None
    assert made.pdf_path.parent == folder and made.json_path.parent == folder
    assert made.pdf_path.read_bytes().startswith(b"%PDF")
    assert '"narrativ-access-export"' in made.json_path.read_text("utf-8")
    assert stat.S_IMODE(made.pdf_path.stat().st_mode) == 0o600
    assert made.pdf_path.name in tab.result.text() and str(folder) in tab.result.text()
    assert tab.folder.text() == str(folder)


def test_access_page_lists_the_disclosure_log(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A handout made earlier, as the service reports it.
    made = DisclosureView(
        created_at=datetime(2026, 10, 1, 9, 30, tzinfo=UTC),
        created_by=LEADER,
        child="Emil J.",
        kind="meeting",
        mode="anonymous",
        recipient="PPR",
        narrative_keys=("n-sand",),
    )
    asked: list[str | None] = []

    def log(_ws: object, child: str | None = None) -> list[DisclosureView]:
        asked.append(child)
        return [made] if child == "c-emil" else []

    monkeypatch.setattr(handouts, "disclosure_log", log)
    page = open_page(qtbot, window)
    tab: AccessPage = page.access
    show(qtbot, page, tab)
    tab.show_child("c-emil")
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert asked[-1] == "c-emil"
    assert tab.log.topLevelItemCount() == 1
    item = tab.log.topLevelItem(0)
    assert [item.text(i) for i in range(1, 5)] == [LEADER, "tværfagligt møde, anonymt", "PPR", "1"]
    tab.show_child("c-aase")
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert tab.log.topLevelItemCount() == 0
    assert "ikke lavet materiale" in tab.log_note.text()


# -- backups -------------------------------------------------------------------------------


def test_backup_and_restore_drill(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.desk is not None
    ws = window.desk.ws
    folder = tmp_path / "usb"
    settings.set_setting(ws, "backup_folder", str(folder))
    page = open_page(qtbot, window)
    tab: BackupPage = page.backup
    show(qtbot, page, tab)
    assert str(folder) in tab.folder_label.text()
    assert tab.list.topLevelItemCount() == 0
    assert not tab.drill_button.isEnabled()
    tab.ask_folder = refuse  # type: ignore[method-assign]
    tab.backup_button.click()
    qtbot.waitUntil(lambda: not page.busy and tab.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    [made] = backups.backups_in(folder)
    assert tab.list.topLevelItem(0).text(2) == made.name
    assert tab.selected() == made

    asked: list[str] = []

    def password(title: str, _text: str) -> str:
        asked.append(title)
        return LEADER_PASSWORD

    tab.ask_password = password  # type: ignore[method-assign]
    tab.drill_button.click()
    qtbot.waitUntil(lambda: tab.drill_result is not None, timeout=WAIT_MS)
    result = tab.drill_result
    assert result is not None and asked == ["Prøv gendannelse"]
    assert result.same and result.in_backup == backups.fingerprint(ws.store)
    assert result.in_backup.narratives > 0
    assert "samme indhold" in tab.drill_view.text()
    # Nothing of the drill stays behind beside the database.
    assert not list(ws.path.parent.glob(".narrativ-proeve-*"))


def test_drill_with_a_wrong_password_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.desk is not None
    ws = window.desk.ws
    folder = tmp_path / "usb"
    backups.backup_now(ws, folder)
    settings.set_setting(ws, "backup_folder", str(folder))
    page = open_page(qtbot, window)
    tab: BackupPage = page.backup
    show(qtbot, page, tab)
    tab.ask_password = lambda *_args: "forkert-kode-999"  # type: ignore[method-assign]
    tab.drill_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert tab.drill_result is None
    assert "passer ikke" in tab.status.text()


def test_backup_without_a_folder_asks_for_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = open_page(qtbot, window)
    tab: BackupPage = page.backup
    show(qtbot, page, tab)
    assert "Indstillinger" in tab.folder_label.text()
    folder = tmp_path / "engang"
    tab.ask_folder = lambda *_args: folder  # type: ignore[method-assign]
    tab.backup_button.click()
    qtbot.waitUntil(lambda: not page.busy and tab.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert len(backups.backups_in(folder)) == 1
    assert "Indstillinger" in tab.status.text()
    assert str(folder) in tab.folder_label.text()


# -- who gets the page ---------------------------------------------------------------------


def test_keyboard_and_names(qtbot: QtBot, window: MainWindow) -> None:
    desk = window.desk
    assert desk is not None
    assert desk.nav.item(desk.pages.index("data_protection")).text() == "Databeskyttelse"
    keys = {shortcut.key().toString() for shortcut in desk.findChildren(QShortcut)}
    assert "Ctrl+6" in keys
    page = open_page(qtbot, window)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Lo&gning",
        "Sl&etning",
        "In&dsigt",
        "Si&kkerhedskopier",
    ]
    for tab in page.tab_pages():
        show(qtbot, page, tab)
    assert isinstance(page.audit, AuditPage) and isinstance(page.erasure, ErasurePage)
    for widget in (page.audit.table, page.erasure.list, page.access.child, page.backup.list):
        assert widget.accessibleName()


def test_educators_have_no_data_protection_page(qtbot: QtBot, institution: Institution) -> None:
    main = MainWindow(institution.path)
    qtbot.addWidget(main)
    main.open_desk(institution.unlock(EDUCATOR_SPURVE))
    desk = main.desk
    assert desk is not None
    assert desk.data_protection is None and "data_protection" not in desk.pages
    assert not desk.findChildren(DataProtectionPage)
    texts = {desk.nav.item(i).text() for i in range(desk.nav.count())}
    assert "Databeskyttelse" not in texts
    main.lock(manual=False)
