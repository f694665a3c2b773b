""" "Hvem ser vi?": the grid shows what the service counts, the clicks lead where they say,
the week's list is the team view's filter, and the picture is readable in greyscale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from narrativ.errors import NotPermitted
from narrativ.services.organisation import list_groups
from narrativ.services.seen import COUNTED, SeenGrid, SeenRow, group_spread, seen_grid
from narrativ.services.settings import get_setting
from narrativ.services.team import TeamFilter, team_rows
from narrativ.services.views import ChildRef, GroupView
from narrativ.services.workspace import Workspace
from narrativ.ui.seen import SeenPage
from narrativ.ui.seen.grid import SeenGridWidget
from tests.conftest import DEMO_TODAY, Institution
from tests.ui.pictures import assert_picture_saved

LEADER = "Hanne Østergaard"
EDUCATOR = "Rikke Sørensen"
LOAD_TIMEOUT = 15_000


@pytest.fixture
def ws(demo: Institution) -> Iterator[Workspace]:
    workspace = demo.unlock(LEADER)
    yield workspace
    workspace.lock()


@pytest.fixture
def page(qtbot: QtBot, ws: Workspace) -> Iterator[SeenPage]:
    widget = SeenPage(ws, today=DEMO_TODAY)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.loaded, timeout=LOAD_TIMEOUT):
        widget.show()
    yield widget
    # Closed here rather than by qtbot (which closes before fixtures end): nothing may
    # still be reading when the workspace locks.
    qtbot.waitUntil(lambda: not widget.busy, timeout=LOAD_TIMEOUT)
    widget.close()
    widget.deleteLater()


def show_group(qtbot: QtBot, page: SeenPage, key: str) -> None:
    if page.group.currentData() == key:
        return
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.show_group(key)


def child_rows(grid: SeenGridWidget) -> range:
    """The children's rows; the communities' rows follow them."""
    assert grid.grid is not None
    return range(len(grid.grid.rows))


def first_cell_with(grid: SeenGridWidget, minimum: int = 1) -> tuple[int, int]:
    return next(
        (row, column)
        for row in child_rows(grid)
        for column in range(grid.column_count() - 1, -1, -1)
        if grid.count_at(row, column) >= minimum
    )


def test_the_grid_shows_exactly_what_the_service_counts(
    qtbot: QtBot, page: SeenPage, ws: Workspace
) -> None:
    threshold = get_setting(ws, "not_seen_weeks")
    assert page.not_seen.value() == threshold
    assert page.weeks.value() == 26
    for group in list_groups(ws):
        show_group(qtbot, page, group.key)
        expected = seen_grid(ws, group.key, weeks=26, not_seen_weeks=threshold, today=DEMO_TODAY)
        grid = page.grid
        assert len(expected.rows) > 0 and len(expected.communities) > 0
        assert grid.row_count() == len(expected.rows) + len(expected.communities)
        assert grid.column_count() == 26
        assert [grid.week_at(c) for c in range(26)] == list(expected.weeks)
        for row, data in enumerate(expected.rows):
            assert grid.row_at(row).child == data.child
            for column, count in enumerate(data.counts):
                assert grid.count_at(row, column) == count
                # Hit-testing finds the same cell where it is painted.
                assert grid.cell_at(grid.cell_rect(row, column).center()) == (row, column)
            assert grid.name_at(grid.name_rect(row).center()) == row
            assert grid.cell_at(grid.name_rect(row).center()) is None
        for offset, community in enumerate(expected.communities):
            row = len(expected.rows) + offset
            assert grid.is_community(row) and grid.row_at(row) == community
            assert [grid.count_at(row, c) for c in range(26)] == list(community.counts)
            assert grid.cell_rect(row, 0).top() > grid.cell_rect(row - 1, 0).top()


def test_children_not_seen_come_first_and_are_marked_in_words(qtbot: QtBot, page: SeenPage) -> None:
    grid = page.grid
    flags = [grid.row_at(r).not_seen for r in child_rows(grid)]
    assert True in flags and False in flags, "the demo has children seen and not seen"
    assert flags == sorted(flags, reverse=True)
    first_seen = flags.index(False)
    assert all(
        grid.cell_rect(r, 0).top() < grid.cell_rect(first_seen, 0).top() for r in range(first_seen)
    )
    for row in range(first_seen):
        assert grid.marker_text(row).startswith(("ikke set i", "aldrig set"))
        assert grid.marker_text(row) in grid.name_text(row).casefold()
    assert grid.marker_text(first_seen) == ""


def test_a_threshold_of_more_weeks_reloads_the_grid(
    qtbot: QtBot, page: SeenPage, ws: Workspace
) -> None:
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.not_seen.setValue(20)
    key = page.group.currentData()
    expected = seen_grid(ws, key, weeks=26, not_seen_weeks=20, today=DEMO_TODAY)
    assert page.grid.grid is not None and page.grid.grid.not_seen_weeks == 20
    assert [page.grid.row_at(r) for r in range(page.grid.row_count())] == [
        *expected.rows,
        *expected.communities,
    ]


def test_clicking_a_cell_emits_its_child_and_week(qtbot: QtBot, page: SeenPage) -> None:
    grid = page.grid
    row, column = first_cell_with(grid)
    with qtbot.waitSignal(grid.cell_clicked) as clicked:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(row, column).center())
    assert clicked.args == [grid.row_at(row).child.key, grid.week_at(column)]
    assert grid.week_at(column).weekday() == 0
    assert grid.current_cell() == (row, column)


def test_clicking_a_name_asks_to_write_about_the_child(qtbot: QtBot, page: SeenPage) -> None:
    grid = page.grid
    child = grid.row_at(0).child
    with qtbot.waitSignal(page.write_about) as asked:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.name_rect(0).center())
    assert asked.args == [child.key, child.name]


def test_the_keyboard_moves_through_the_grid_and_enter_clicks(qtbot: QtBot, page: SeenPage) -> None:
    grid = page.grid
    last = grid.column_count() - 1
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.current_cell() == (0, last)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # stops at the newest week
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert grid.current_cell() == (1, last - 1)
    with qtbot.waitSignal(grid.cell_clicked) as clicked:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert clicked.args == [grid.row_at(1).child.key, grid.week_at(last - 1)]
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert grid.current_cell() == (1, -1)
    with qtbot.waitSignal(page.write_about) as asked:
        qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert asked.args == [grid.row_at(1).child.key, grid.row_at(1).child.name]


def test_a_long_period_shows_the_newest_weeks_with_the_names_kept_in_view(
    qtbot: QtBot, page: SeenPage
) -> None:
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.weeks.setValue(104)
    grid = page.grid
    assert grid.column_count() == 104
    bar = page.grid_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    assert grid.x() < 0, "the grid is scrolled to its newest weeks"
    newest = grid.cell_rect(0, grid.column_count() - 1)
    assert grid.visibleRegion().boundingRect().contains(newest)
    # The names are drawn at the visible left edge and answer clicks there.
    name = grid.name_rect(0)
    assert name.left() >= -grid.x()
    assert grid.name_at(name.center()) == 0
    assert grid.cell_at(name.center()) is None
    with qtbot.waitSignal(page.write_about) as asked:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=name.center())
    assert asked.args == [grid.row_at(0).child.key, grid.row_at(0).child.name]


def test_the_narratives_listed_for_a_cell_are_the_team_views_filter(
    qtbot: QtBot, page: SeenPage, ws: Workspace
) -> None:
    grid = page.grid
    row, column = first_cell_with(grid, minimum=2)
    child = grid.row_at(row).child
    monday = grid.week_at(column)
    with qtbot.waitSignal(page.cell_loaded, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(row, column).center())
    expected = {
        r.key
        for status in COUNTED
        for r in team_rows(
            ws,
            TeamFilter(
                child=child.key,
                date_from=monday,
                date_to=monday + timedelta(days=6),
                status=status,
            ),
        )
    }
    assert set(page.cells.keys()) == expected
    assert len(page.cells.keys()) == len(expected)
    # The grid counts the weeks where the child is a focus child; the list says which.
    focus = [page.cells.list.item(i) for i in range(page.cells.list.count())]
    focus_count = sum(1 for item in focus if "· fokusbarn ·" in item.text())
    assert focus_count == grid.count_at(row, column)
    assert child.name in page.cells.heading.text()
    with qtbot.waitSignal(page.open_narrative) as opened:
        page.cells.open_button.click()
    assert opened.args == [page.cells.keys()[0]]
    with qtbot.waitSignal(page.write_about) as asked:
        page.cells.write_button.click()
    assert asked.args == [child.key, child.name]


def test_a_week_without_narratives_says_so(qtbot: QtBot, page: SeenPage) -> None:
    grid = page.grid
    row = next(
        r for r in range(grid.row_count()) if grid.row_at(r).not_seen and grid.row_at(r).total
    )
    column = grid.column_count() - 1
    assert grid.count_at(row, column) == 0
    with qtbot.waitSignal(page.cell_loaded, timeout=LOAD_TIMEOUT):
        grid.cell_clicked.emit(grid.row_at(row).child.key, grid.week_at(column))
    items = [page.cells.list.item(i).text() for i in range(page.cells.list.count())]
    assert not any("· fokusbarn ·" in text for text in items)
    if not items:
        assert page.cells.summary.text() == "Ingen delte narrativer med barnet i ugen."


def test_the_spread_covers_the_grids_period(qtbot: QtBot, page: SeenPage, ws: Workspace) -> None:
    key = page.group.currentData()
    assert page.grid.grid is not None
    expected = group_spread(ws, key, since=page.grid.grid.weeks[0], until=DEMO_TODAY)
    charts = page.spread.charts()
    assert [c.title for c in charts] == ["Læreplanstemaer", "Relationer", "Skrevet af"]
    assert charts[0].bars == expected.themes
    assert len(charts[0].bars) == 6
    assert [count for _, count in charts[1].bars] == [count for _, count in expected.relations]
    assert [label for label, _ in charts[1].bars] == [
        "barn–barn",
        "barn–gruppe",
        "barn–voksen",
        "barn–forælder",
    ]
    assert charts[2].bars == expected.authors
    assert str(expected.narratives) in page.spread.describe()


def test_the_picture_is_saved_where_the_leader_chose(
    qtbot: QtBot, page: SeenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_picture_saved(page, tmp_path, "oversigt", page.grid.sizeHint().width(), monkeypatch)


def grey(image: QImage, point: QPoint) -> int:
    return image.pixelColor(point).lightness()


def inside(grid: SeenGridWidget, row: int, column: int, scale: float) -> QPoint:
    """A point in the cell's fill, clear of its border and of the number in its middle."""
    rect = grid.cell_rect(row, column)
    return QPoint(round((rect.left() + 3) * scale), round((rect.top() + 3) * scale))


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_count_cells_are_dark_and_empty_cells_white_in_greyscale(
    page: SeenPage, scale: float
) -> None:
    grid = page.grid
    image = grid.to_image(scale)
    assert image.width() == round(grid.sizeHint().width() * scale)
    greyscale = image.convertToFormat(QImage.Format.Format_Grayscale8)
    empty = {
        grey(greyscale, inside(grid, r, c, scale))
        for r in range(grid.row_count())
        for c in range(grid.column_count())
        if grid.count_at(r, c) == 0
    }
    assert empty == {255}
    for row in range(grid.row_count()):
        for column in range(grid.column_count()):
            count = grid.count_at(row, column)
            if count:
                point = inside(grid, row, column, scale)
                assert image.pixelColor(point).name() != "#ffffff"
                assert grey(greyscale, point) < 235


def test_more_narratives_are_darker_and_keep_their_number_readable(qtbot: QtBot) -> None:
    weeks = tuple(date(2026, 9, 7) + timedelta(weeks=i) for i in range(5))
    grid = SeenGrid(
        group=GroupView("g", "Test", "børnehave"),
        weeks=weeks,
        rows=(
            SeenRow(ChildRef("c1", "Ada B."), (0, 0, 0, 0, 0), 0, None, True),
            SeenRow(ChildRef("c2", "Bo C."), (0, 1, 2, 3, 7), 13, weeks[-1], False),
        ),
        not_seen_weeks=2,
    )
    widget = SeenGridWidget()
    qtbot.addWidget(widget)
    widget.set_grid(grid, today=weeks[-1] + timedelta(days=2))
    image = widget.to_image(1.0).convertToFormat(QImage.Format.Format_Grayscale8)
    shades = [grey(image, inside(widget, 1, c, 1.0)) for c in range(5)]
    assert shades[0] == 255
    assert shades[0] > shades[1] > shades[2] > shades[3]
    assert shades[3] == shades[4], "3 and more share the darkest grey, the number tells"
    # The number stands out from its cell: dark on light greys, light on the darkest.
    for column in (1, 2, 3, 4):
        rect = widget.cell_rect(1, column).adjusted(2, 2, -2, -2)
        values = [
            image.pixelColor(QPoint(x, y)).lightness()
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        ]
        assert max(values) - min(values) > 120
    assert widget.marker_text(0) == "aldrig set som fokusbarn"
    assert widget.cell_text(1, 4).startswith("Bo C., uge 41: 7 narrativer")


def test_an_educator_is_told_the_overview_is_for_leaders(
    qtbot: QtBot, demo: Institution, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("narrativ.ui.seen.page.show_error", lambda _parent, e: shown.append(e))
    workspace = demo.unlock(EDUCATOR)
    try:
        widget = SeenPage(workspace, today=DEMO_TODAY)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitUntil(lambda: bool(shown), timeout=LOAD_TIMEOUT)
        qtbot.waitUntil(lambda: not widget.busy, timeout=LOAD_TIMEOUT)
        assert isinstance(shown[0], NotPermitted)
        assert widget.grid.grid is None
        assert not widget.export_button.isEnabled()
    finally:
        workspace.lock()


# -- communities ----------------------------------------------------------------------------


def community_weeks_by_hand(group_key: str, weeks: tuple[date, ...]) -> dict[str, list[int]]:
    """Per community (folded as the app folds it), narratives per week, from the demo's
    own source document rather than the database."""
    from narrativ.demo import build_demo_document

    counts: dict[str, list[int]] = {}
    for n in build_demo_document(DEMO_TODAY)["narratives"]:
        day = date.fromisoformat(n["date"])
        if (
            n.get("community")
            and n["group"] == group_key
            and n["status"] in COUNTED
            and weeks[0] <= day <= DEMO_TODAY
        ):
            name = " ".join(n["community"].split()).casefold()
            counts.setdefault(name, [0] * len(weeks))[(day - weeks[0]).days // 7] += 1
    return counts


def test_community_rows_count_the_groups_community_narratives(
    qtbot: QtBot, page: SeenPage, ws: Workspace
) -> None:
    for group in list_groups(ws):
        show_group(qtbot, page, group.key)
        grid = page.grid.grid
        assert grid is not None
        by_hand = community_weeks_by_hand(group.key, grid.weeks)
        shown = {c.name.casefold(): list(c.counts) for c in grid.communities}
        assert shown == by_hand
        totals = [c.total for c in grid.communities]
        assert totals == sorted(totals, reverse=True)
        # Community narratives have no focus child: no child's row counts them.
        first = len(grid.rows)
        assert all(not page.grid.marker_text(first + i) for i in range(len(grid.communities)))


def test_clicking_a_community_week_lists_its_narratives(
    qtbot: QtBot, page: SeenPage, ws: Workspace
) -> None:
    grid = page.grid
    assert grid.grid is not None
    row, column = next(
        (r, c)
        for r in range(len(grid.grid.rows), grid.row_count())
        for c in range(grid.column_count())
        if grid.count_at(r, c)
    )
    community = grid.row_at(row)
    monday = grid.week_at(column)
    with qtbot.waitSignal(page.cell_loaded, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(row, column).center())
    assert len(page.cells.keys()) == grid.count_at(row, column)
    assert community.name in page.cells.heading.text()
    assert all(
        "· fællesskab ·" in page.cells.list.item(i).text() for i in range(len(page.cells.keys()))
    )
    # Writing starts in the editor's community choice; the button is for children.
    assert not page.cells.write_button.isEnabled()
    with qtbot.waitSignal(page.cell_loaded, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.name_rect(row).center())
    assert len(page.cells.keys()) == community.total
    assert "i perioden" in page.cells.heading.text()
    week = monday.isocalendar().week
    assert f"uge {week}" in grid.cell_text(row, column)
    assert "fællesskabet" in grid.name_text(row)


def test_a_group_without_community_narratives_says_so(qtbot: QtBot) -> None:
    monday = date(2026, 10, 26)
    child = SeenRow(ChildRef("c1", "Ida"), (1,), 1, monday, False)
    grid = SeenGrid(GroupView("g1", "Bierne", "børnehave"), (monday,), (child,), 6)
    widget = SeenGridWidget()
    qtbot.addWidget(widget)
    widget.set_grid(grid, today=monday + timedelta(days=3))
    assert widget.row_count() == 1
    texts = [section.text for section in widget._geometry.sections]  # type: ignore[union-attr]
    assert texts[-1].startswith("Fællesskaber: ingen")
