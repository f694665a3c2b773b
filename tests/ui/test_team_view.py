"""The leaders' team view: batches, filters like the service, review answers, any search."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from narrativ.services import narratives, organisation, team
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.team import TeamFilter
from narrativ.services.workspace import Workspace
from narrativ.store.models import AuditEvent
from narrativ.ui.main_window import MainWindow
from narrativ.ui.narrative_table import Role as ListRole
from narrativ.ui.reading import narrative_html
from narrativ.ui.team.highlight import HIGHLIGHT_OPEN, highlight_html
from narrativ.ui.team.model import BATCH_SIZE, FIRST_BATCH_SIZE, Role, TeamTableModel
from narrativ.ui.team.optional_date import OptionalDateEdit
from narrativ.ui.team.view import TeamView
from tests.conftest import Institution

LEADER = "Hanne Østergaard"
EDUCATOR = "Louise Dahl"
WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def no_error_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """An error shown by the page fails the test instead of waiting for a click on a box."""
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "narrativ.ui.team.view.show_error", lambda _parent, error: shown.append(error)
    )
    yield shown
    assert shown == []


@pytest.fixture
def boss(demo: Institution) -> Iterator[Workspace]:
    ws = demo.unlock(LEADER)
    yield ws
    ws.lock()


def all_keys(ws: Workspace, flt: TeamFilter) -> list[str]:
    keys: list[str] = []
    while True:
        batch = team.team_rows(ws, flt, offset=len(keys), limit=100)
        keys += [row.key for row in batch]
        if len(batch) < 100:
            return keys


def open_team(qtbot: QtBot, institution: Institution, name: str = LEADER) -> MainWindow:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_desk(institution.unlock(name))
    return window


def team_view(window: MainWindow) -> TeamView:
    assert window.desk is not None and window.desk.team is not None
    return window.desk.team


def wait_for_search(qtbot: QtBot, view: TeamView) -> None:
    """Until the hit count and the first batch shown belong to the filter now in the bar."""
    qtbot.waitUntil(
        lambda: (
            view.counted_filter == view.filters.current_filter()
            and view.filter == view.counted_filter
            and not view.model.loading
        ),
        timeout=WAIT_MS,
    )


def load_everything(qtbot: QtBot, view: TeamView) -> list[str]:
    while view.model.canFetchMore(QModelIndex()):
        view.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    return view.model.keys()


def close(qtbot: QtBot, window: MainWindow) -> None:
    """Let background work finish before the workspace goes."""
    if window.desk is not None and window.desk.team is not None:
        view = window.desk.team
        qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    window.lock(manual=False)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would; QTest only knows Latin-1 keys, so others come as text."""
    for character in text:
        if ord(character) < 256:
            qtbot.keyClicks(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def hits_text(count: int) -> str:
    return "1 narrativ" if count == 1 else f"{count} narrativer"


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


# -- the model -------------------------------------------------------------------------------


def test_model_passes_qtmodeltester(qtmodeltester: Any, boss: Workspace) -> None:
    model = TeamTableModel(lambda offset, limit: team.team_rows(boss, TeamFilter(), offset, limit))
    model.fetchMore(QModelIndex())
    assert model.rowCount() == FIRST_BATCH_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == FIRST_BATCH_SIZE + BATCH_SIZE
    qtmodeltester.check(model)


def test_model_fetches_in_batches(boss: Workspace) -> None:
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[team.TeamRow]:
        asked.append((offset, limit))
        return team.team_rows(boss, TeamFilter(), offset, limit)

    total = team.team_count(boss, TeamFilter())
    assert total > 300
    model = TeamTableModel(fetch)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == FIRST_BATCH_SIZE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    # A first batch for the screen, then whole batches as the table scrolls.
    assert asked[:3] == [(0, 60), (60, 200), (260, 200)]
    assert len(asked) == 2 + (total - 60) // 200
    assert model.keys() == all_keys(boss, TeamFilter())


class HeldRunner:
    """Runs nothing until told: the test decides in which order answers arrive."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def run(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        self.jobs.append((func, on_done))

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def finish(self, index: int) -> None:
        func, on_done = self.jobs.pop(index)
        on_done(func())


def test_a_batch_for_an_old_filter_is_dropped(boss: Workspace) -> None:
    runner = HeldRunner()
    model = TeamTableModel(run=runner.run)
    model.set_fetch(lambda o, n: team.team_rows(boss, TeamFilter(group="Myretuen"), o, n))
    model.fetchMore(QModelIndex())
    model.set_fetch(lambda o, n: team.team_rows(boss, TeamFilter(group="Spurvene"), o, n))
    model.fetchMore(QModelIndex())
    runner.finish(1)  # the newer answers first …
    runner.finish(0)  # … then the older, which must not land
    assert model.keys() == all_keys(boss, TeamFilter(group="Spurvene"))[:FIRST_BATCH_SIZE]


def test_an_older_search_finishing_late_does_not_win(qtbot: QtBot, boss: Workspace) -> None:
    runner = HeldRunner()
    view = TeamView(boss, runner)
    qtbot.addWidget(view)
    view.activate()
    while runner.jobs:
        runner.finish(0)
    old, new = TeamFilter(text="sand"), TeamFilter(text="leg", group="Egernene")
    view.search(old)
    view.search(new)
    # The page runs its jobs one by one: the old search's answers come after the new
    # search was asked for, and must not land.
    while runner.jobs:
        runner.finish(0)
    assert view.counted_filter == new
    assert view.model.keys() == all_keys(boss, new)[:FIRST_BATCH_SIZE]
    assert view.hits.text() == hits_text(team.team_count(boss, new))


# -- the page in the desk ----------------------------------------------------------------------


def test_leader_opens_the_team_view_with_ctrl_4(qtbot: QtBot, demo: Institution) -> None:
    window = open_team(qtbot, demo)
    desk = window.desk
    assert desk is not None
    with qtbot.waitActive(window):
        window.activateWindow()  # window shortcuts work in the active window
    qtbot.keyClick(desk.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = team_view(window)
    assert desk.stack.currentWidget() is view
    assert desk.nav.currentItem().text() == "Teamoverblik"
    wait_for_search(qtbot, view)
    total = team.team_count(desk.ws, TeamFilter())
    assert view.hits.text() == hits_text(total)
    # One batch, not the whole house: the rest comes when the table scrolls down.
    assert view.model.rowCount() == FIRST_BATCH_SIZE < total

    def scrolled_to_the_end() -> bool:
        # The reader keeps scrolling down; each time the table reaches the end, it asks
        # for the next batch.
        view.table.scrollToBottom()
        return view.model.rowCount() == total

    qtbot.waitUntil(scrolled_to_the_end, timeout=WAIT_MS)
    assert view.model.keys() == all_keys(desk.ws, TeamFilter())
    qtbot.waitUntil(lambda: view.shown_key == view.model.keys()[0], timeout=WAIT_MS)
    with desk.ws.session() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert actions.count("team.open") == 1
    close(qtbot, window)


def test_an_educators_desk_has_no_team_view(qtbot: QtBot, demo: Institution) -> None:
    window = open_team(qtbot, demo, EDUCATOR)
    desk = window.desk
    assert desk is not None and desk.team is None
    assert window.findChildren(TeamView) == []
    items = [desk.nav.item(row).text() for row in range(desk.nav.count())]
    assert "Teamoverblik" not in items and len(items) == desk.stack.count()
    qtbot.keyClick(desk, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert desk.stack.currentIndex() == 0
    close(qtbot, window)


CHOSEN = [
    ("group", TeamFilter(group="g2")),
    ("status+theme", TeamFilter(status="shared", theme="social udvikling")),
    ("relation+dates", TeamFilter(relation="barn-forælder", date_from=date(2026, 3, 1))),
    ("dates", TeamFilter(date_from=date(2026, 3, 1), date_to=date(2026, 8, 31))),
    ("text+group", TeamFilter(text="sand", group="g3")),
    ("text", TeamFilter(text="Leg med")),
]


@pytest.mark.parametrize(("name", "wanted"), CHOSEN, ids=[name for name, _ in CHOSEN])
def test_filters_in_the_bar_give_the_services_rows(
    qtbot: QtBot, demo: Institution, name: str, wanted: TeamFilter
) -> None:
    window = open_team(qtbot, demo)
    assert window.desk is not None
    window.desk.show_page("team")
    view = team_view(window)
    bar = view.filters
    wait_for_search(qtbot, view)
    if wanted.group:
        select_data(bar.group, wanted.group)
    if wanted.status:
        select_data(bar.status, wanted.status)
    if wanted.theme:
        select_data(bar.theme, wanted.theme)
    if wanted.relation:
        select_data(bar.relation, wanted.relation)
    if wanted.date_from:
        bar.date_from.set_value(wanted.date_from)
    if wanted.date_to:
        bar.date_to.set_value(wanted.date_to)
    if wanted.text:
        qtbot.keyClicks(bar.search, wanted.text)
    wait_for_search(qtbot, view)
    assert view.filter == wanted
    expected = all_keys(window.desk.ws, wanted)
    assert expected, "the filter should match something in the demo"
    assert load_everything(qtbot, view) == expected
    assert view.hits.text() == hits_text(len(expected))
    close(qtbot, window)


def test_child_and_author_are_chosen_by_typing(qtbot: QtBot, demo: Institution) -> None:
    window = open_team(qtbot, demo)
    assert window.desk is not None
    window.desk.show_page("team")
    view = team_view(window)
    bar = view.filters
    wait_for_search(qtbot, view)
    child_key = bar.child.itemData(5)
    child_name = bar.child.itemText(5).split(" (")[0]
    bar.child.lineEdit().selectAll()
    qtbot.keyClicks(bar.child.lineEdit(), child_name.lower())
    qtbot.keyClick(bar.child.lineEdit(), Qt.Key.Key_Return)
    select_data(bar.author, bar.author.itemData(bar.author.findText(EDUCATOR)))
    wait_for_search(qtbot, view)
    assert view.filter.child == child_key
    assert view.filter.author == bar.author.currentData()
    wanted = TeamFilter(child=child_key, author=bar.author.currentData())
    assert view.filter == wanted
    assert load_everything(qtbot, view) == all_keys(window.desk.ws, wanted)
    # Something that is no child is undone, not searched for.
    bar.child.lineEdit().selectAll()
    qtbot.keyClicks(bar.child.lineEdit(), "Ingen Sådan")
    qtbot.keyClick(bar.child.lineEdit(), Qt.Key.Key_Return)
    assert bar.current_filter().child == child_key
    bar.reset_button.click()
    wait_for_search(qtbot, view)
    assert view.filter == TeamFilter()
    close(qtbot, window)


def test_another_page_hands_over_a_filter_and_a_narrative(qtbot: QtBot, demo: Institution) -> None:
    window = open_team(qtbot, demo)
    assert window.desk is not None
    window.desk.show_page("team")
    view = team_view(window)
    wait_for_search(qtbot, view)
    child_key = view.filters.child.itemData(3)
    week = TeamFilter(child=child_key, date_from=date(2026, 1, 5), date_to=date(2026, 10, 31))
    view.filters.set_filter(week)
    wait_for_search(qtbot, view)
    assert view.filter == week
    keys = load_everything(qtbot, view)
    assert keys == all_keys(window.desk.ws, week)
    elsewhere = next(k for k in all_keys(window.desk.ws, TeamFilter()) if k not in keys)
    view.show_narrative(elsewhere)
    qtbot.waitUntil(lambda: view.shown_key == elsewhere and not view.busy, timeout=WAIT_MS)
    close(qtbot, window)


def test_a_date_field_can_be_emptied_again(qtbot: QtBot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None and edit.text() == "(alle)"
    edit.set_value(date(2026, 3, 1))
    assert edit.value() == date(2026, 3, 1)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
    edit.stepBy(1)  # from "no date" one step is today, not a day in the year 2000
    assert edit.value() == date.today()


def test_review_round_trip_reaches_the_author(qtbot: QtBot, demo: Institution) -> None:
    window = open_team(qtbot, demo)
    assert window.desk is not None
    window.desk.show_page("team")
    view = team_view(window)
    wait_for_search(qtbot, view)
    select_data(view.filters.status, "shared")
    select_data(
        view.filters.author, view.filters.author.itemData(view.filters.author.findText(EDUCATOR))
    )
    wait_for_search(qtbot, view)
    key = view.model.keys()[0]
    qtbot.waitUntil(lambda: view.shown_key == key, timeout=WAIT_MS)
    review = view.review
    assert review.reviewed_button.isEnabled()
    assert not review.elaborate_button.isEnabled()  # nothing typed yet

    with qtbot.waitSignal(view.answered, timeout=WAIT_MS):
        review.reviewed_button.click()
    qtbot.waitUntil(lambda: not review.reviewed_button.isEnabled(), timeout=WAIT_MS)
    row = view.model.index(view.model.row_of(key), 0).data(Role.ROW)
    assert row.status == "reviewed"

    question = "Hvad gjorde de andre børn, da tårnet væltede?"
    qtbot.keyClicks(review.text, question)
    with qtbot.waitSignal(view.answered, timeout=WAIT_MS):
        review.elaborate_button.click()
    qtbot.waitUntil(lambda: question in view.reader.toPlainText(), timeout=WAIT_MS)
    assert review.text.toPlainText() == ""
    row = view.model.index(view.model.row_of(key), 0).data(Role.ROW)
    assert row.comments >= 1
    close(qtbot, window)

    author = demo.unlock(EDUCATOR)
    mine = {n.key: n for n in narratives.list_mine(author)}
    assert mine[key].news and mine[key].status == "reviewed"
    comment = narratives.get_narrative(author, key).comments[-1]
    assert (comment.kind, comment.body) == ("elaborate", question)
    author.lock()


NASTY = [
    '"',
    '""',
    "'",
    "AND",
    "OR NOT",
    "NEAR(",
    "NEAR(a b",
    "*",
    "**",
    "story:",
    "col:sand",
    "-",
    "^",
    "( )",
    "{}[]",
    "a OR",
    "\\",
    "%_%",
    "' OR 1=1 --",
    "'; DROP TABLE narrative; --",
    "😀",
    "æ*",
    "å:ø",
    "NEAR/3",
    '"sand',
    "<b>sand</b>",
    "&amp;",
    "\u200b",
    " " * 40,
    "sand " * 30,
]


def test_nasty_search_strings_neither_crash_nor_freeze(qtbot: QtBot, demo: Institution) -> None:
    assert len(NASTY) == 30
    window = open_team(qtbot, demo)
    assert window.desk is not None
    window.desk.show_page("team")
    view = team_view(window)
    wait_for_search(qtbot, view)
    for query in NASTY:
        view.filters.search.clear()
        type_text(qtbot, view.filters.search, query)
        wait_for_search(qtbot, view)
        assert view.filter.text == query
        assert view.hits.text() == hits_text(team.team_count(view.ws, view.filter))
    close(qtbot, window)


# -- marking the searched words ----------------------------------------------------------------


def test_highlight_marks_prefixes_of_any_case_and_danish_letters() -> None:
    html = "<p>Åse legede i sandkassen med Ålen &amp; alen.</p>"
    marked = highlight_html(html, "SAND å")
    assert marked == (
        f"<p>{HIGHLIGHT_OPEN}Åse</span> legede i {HIGHLIGHT_OPEN}sandkassen</span> med "
        f"{HIGHLIGHT_OPEN}Ålen</span> &amp; alen.</p>"
    )
    assert highlight_html(html, "amp lt p") == html  # entities and tags are not words
    assert highlight_html(html, "") == html == highlight_html(html, '"*:')


def test_markup_typed_in_a_story_stays_text_when_marked(qtbot: QtBot, demo: Institution) -> None:
    ws = demo.unlock(LEADER)
    story = "Emil skrev <b>sand</b> & <i>slot</i> på tavlen."
    child = organisation.list_children(ws, group="Spurvene")[0]
    data = NarrativeInput(
        occurred_on=date(2026, 11, 1), group="Spurvene", story=story, focus=[child.key]
    )
    key = narratives.create_narrative(ws, data)
    narratives.share_narrative(ws, key)
    marked = highlight_html(narrative_html(narratives.get_narrative(ws, key)), "sand b")
    assert f"&lt;{HIGHLIGHT_OPEN}b</span>&gt;{HIGHLIGHT_OPEN}sand</span>&lt;/" in marked
    assert "<b>sand" not in marked and "<i>slot" not in marked
    ws.lock()

    window = open_team(qtbot, demo)
    assert window.desk is not None
    window.desk.show_page("team")
    view = team_view(window)
    wait_for_search(qtbot, view)
    qtbot.keyClicks(view.filters.search, "sand b")
    wait_for_search(qtbot, view)
    assert view.model.keys()[0] == key  # the newest
    qtbot.waitUntil(lambda: view.shown_key == key, timeout=WAIT_MS)
    assert story in view.reader.toPlainText()
    assert "#ffe58a" in view.reader.toHtml()
    close(qtbot, window)


def test_a_colleagues_save_appears_without_a_restart(
    qtbot: QtBot, demo: Institution, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("narrativ.ui.live_updates.POLL_SECONDS", 0.2)
    window = open_team(qtbot, demo)
    desk = window.desk
    assert desk is not None
    colleague = demo.unlock(EDUCATOR)
    [child, *_] = organisation.list_children(colleague)
    assert child.group_name is not None

    def colleague_shares(story: str) -> str:
        """A colleague on another PC (another workspace on the same file) shares one."""
        key = narratives.create_narrative(
            colleague, NarrativeInput(date.today(), child.group_name, story, focus=[child.key])
        )
        narratives.share_narrative(colleague, key)
        return key

    def child_page_keys() -> list[str]:
        model = desk.children_page.list.model
        return [model.index(r, 0).data(ListRole.KEY) for r in range(model.rowCount())]

    try:
        desk.show_page("team")
        view = team_view(window)
        wait_for_search(qtbot, view)
        first = colleague_shares("Ny fortælling fra stuen.")
        qtbot.waitUntil(lambda: first in list(view.model.keys()), timeout=WAIT_MS)
        desk.children_page.show_child(child.key)
        desk.show_page("children")
        assert first in child_page_keys()
        second = colleague_shares("Endnu en fortælling fra stuen.")
        qtbot.waitUntil(lambda: second in child_page_keys(), timeout=WAIT_MS)
    finally:
        colleague.lock()
    close(qtbot, window)
