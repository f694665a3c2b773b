""" "Relationer på stuen": the map shows what the service counts, in a layout that is the
same for the same data, with no name over another; an edge leads to exactly its
narratives; children without relations are listed and marked; the picture is saved
privately; an educator sees only their own groups."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from narrativ.services.organisation import list_groups
from narrativ.services.relations import RelationMap, relation_map
from narrativ.services.workspace import Workspace
from narrativ.ui.relations import RelationPage
from narrativ.ui.relations.data import months_before
from narrativ.ui.relations.graph import RelationGraphWidget
from narrativ.ui.relations.layout import GraphLayout, labels_overlap, layout_graph
from tests.conftest import DEMO_TODAY, Institution
from tests.ui.pictures import assert_picture_saved

LEADER = "Hanne Østergaard"
EDUCATOR = "Louise Dahl"  # of Myretuen only
LOAD_TIMEOUT = 15_000
SIX_MONTHS = months_before(DEMO_TODAY, 6)


@pytest.fixture
def ws(demo: Institution) -> Iterator[Workspace]:
    workspace = demo.unlock(LEADER)
    yield workspace
    workspace.lock()


def open_page(qtbot: QtBot, ws: Workspace) -> RelationPage:
    widget = RelationPage(ws, today=DEMO_TODAY)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.loaded, timeout=LOAD_TIMEOUT):
        widget.show()
    return widget


def close_page(qtbot: QtBot, widget: RelationPage) -> None:
    # Closed here rather than by qtbot (which closes after the fixtures end): nothing may
    # still be reading when the workspace locks.
    qtbot.waitUntil(lambda: not widget.busy, timeout=LOAD_TIMEOUT)
    widget.close()
    widget.deleteLater()


@pytest.fixture
def page(qtbot: QtBot, ws: Workspace) -> Iterator[RelationPage]:
    widget = open_page(qtbot, ws)
    yield widget
    close_page(qtbot, widget)


def show_group(qtbot: QtBot, page: RelationPage, key: str) -> None:
    if page.group.currentData() == key:
        return
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.show_group(key)


def group_key(ws: Workspace, name: str) -> str:
    return next(g.key for g in list_groups(ws) if g.name == name)


def keys_for_leader(demo: Institution) -> list[str]:
    leader = demo.unlock(LEADER)
    try:
        return [g.key for g in list_groups(leader)]
    finally:
        leader.lock()


def maps(ws: Workspace) -> list[RelationMap]:
    """Every group, over the default period and over all dates."""
    return [
        relation_map(ws, group.key, *period)
        for group in list_groups(ws)
        for period in ((SIX_MONTHS, DEMO_TODAY), (None, None))
    ]


# -- the layout ------------------------------------------------------------------------


def measured(qtbot: QtBot, data: RelationMap) -> GraphLayout:
    """The layout as the widget makes it: names measured in the real font."""
    widget = RelationGraphWidget()
    qtbot.addWidget(widget)
    widget.set_map(data)
    layout = widget.graph_layout()
    assert layout is not None
    return layout


def test_the_layout_is_the_same_for_the_same_data(qtbot: QtBot, ws: Workspace) -> None:
    sizes = {}
    for data in maps(ws):
        sizes = {name: (len(name) * 8.0, 18.0) for name, _ in data.nodes}
        first = layout_graph(data.nodes, data.edges, sizes, unit=18.0, band_heading=(200, 18))
        again = layout_graph(data.nodes, data.edges, sizes, unit=18.0, band_heading=(200, 18))
        assert first == again
        nodes, edges = list(data.nodes), list(data.edges)
        for seed in range(3):
            random.Random(seed).shuffle(nodes)
            random.Random(seed).shuffle(edges)
            # The same pairs the other way round are the same edges.
            turned = [(b, a, n) if i % 2 else (a, b, n) for i, (a, b, n) in enumerate(edges)]
            shuffled = layout_graph(nodes, turned, sizes, unit=18.0, band_heading=(200, 18))
            assert shuffled == first
        # And through the widget, with the real font: two widgets, one picture.
        assert measured(qtbot, data) == measured(qtbot, data)


def test_no_name_or_circle_overlaps_another(qtbot: QtBot, ws: Workspace) -> None:
    for data in maps(ws):
        layout = measured(qtbot, data)
        assert labels_overlap(layout) == []
        for node in layout.nodes:
            # Everything lies inside the drawing.
            box = node.box
            assert box.x >= 0 and box.y >= 0
            assert box.right <= layout.width and box.bottom <= layout.height


def test_many_children_with_long_names_do_not_overlap() -> None:
    names = [
        f"{first} {initial}."
        for first in ("Alexander", "Mathilde", "Ib", "Sofie-Marie", "Maximilian", "Åse")
        for initial in "ABCDE"
    ]
    nodes = [(name, (i * 7) % 13) for i, name in enumerate(names)]
    edges = [
        (names[i], names[j], 1 + (i * j) % 5)
        for i in range(len(names))
        for j in range(i + 1, len(names))
        if (i + j) % 4 == 0 and i % 7
    ]
    sizes = {name: (len(name) * 8.0, 18.0) for name in names}
    layout = layout_graph(nodes, edges, sizes, unit=18.0, band_heading=(300, 18))
    assert labels_overlap(layout) == []
    assert {n.name for n in layout.nodes} == set(names)
    loose = {n.name for n in layout.nodes if not n.connected}
    assert loose == set(names) - {name for a, b, _ in edges for name in (a, b)}
    assert layout.band is not None
    assert all(layout.node(name).y > layout.band.y for name in loose)


def test_a_group_without_relations_is_all_in_the_separate_row() -> None:
    nodes = [("Ada B.", 2), ("Bo C.", 0), ("Cy D.", 1)]
    layout = layout_graph(nodes, [], {}, unit=18.0, band_heading=(250, 18))
    assert layout.edges == ()
    assert [n.name for n in layout.nodes] == ["Ada B.", "Bo C.", "Cy D."]
    assert not any(n.connected for n in layout.nodes)
    assert labels_overlap(layout) == []


# -- the page --------------------------------------------------------------------------


def test_the_map_shows_exactly_what_the_service_counts(
    qtbot: QtBot, page: RelationPage, ws: Workspace
) -> None:
    assert page.period() == (SIX_MONTHS, DEMO_TODAY)
    assert [page.group.itemData(i) for i in range(page.group.count())] == [
        g.key for g in list_groups(ws)
    ]
    for group in list_groups(ws):
        show_group(qtbot, page, group.key)
        expected = relation_map(ws, group.key, SIX_MONTHS, DEMO_TODAY)
        graph = page.graph
        assert {(a, b): n for a, b, n in graph.edges()} == {(a, b): n for a, b, n in expected.edges}
        assert len(graph.edges()) == len(expected.edges) > 0
        assert sorted(graph.node_names()) == sorted(name for name, _ in expected.nodes)
        for a, b, count in expected.edges:
            assert graph.edge_text(a, b) == f"{a} og {b}: {count} narrativ" + (
                "er" if count != 1 else ""
            )
            # Hit-testing finds each edge where it is drawn.
            point = graph.edge_point(a, b)
            assert point is not None, (a, b)
            assert graph.edge_at(point) == (a, b)
        for name, count in expected.nodes:
            assert graph.node_at(graph.node_center(name).toPoint()) == name
            assert graph.edge_at(graph.node_center(name).toPoint()) is None
            assert f"{count} narrativ" in graph.node_text(name)


def test_all_dates_shows_the_whole_history(qtbot: QtBot, page: RelationPage, ws: Workspace) -> None:
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.all_dates.setChecked(True)
    assert page.period() == (None, None)
    assert not page.date_from.isEnabled()
    expected = relation_map(ws, page.group.currentData())
    assert page.graph.edges() == layout_graph(expected.nodes, expected.edges, {}, unit=1).edges
    # A narrower period loads again, once the dates stop changing.
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.all_dates.setChecked(False)
    assert page.period() == (SIX_MONTHS, DEMO_TODAY)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.date_from.setDate(page.date_from.date().addMonths(3))
    narrow = relation_map(ws, page.group.currentData(), months_before(DEMO_TODAY, 3), DEMO_TODAY)
    assert {(a, b): n for a, b, n in page.graph.edges()} == {(a, b): n for a, b, n in narrow.edges}
    # A from-date after the to-date shows no map, and says why.
    page.date_from.setDate(page.date_to.date().addDays(1))
    page.refresh()
    assert page.status.text() == "Fra-datoen ligger efter til-datoen."
    assert page.graph.edges() == ()
    assert not page.export_button.isEnabled() and not page.print_button.isEnabled()


def test_clicking_an_edge_lists_exactly_its_narratives(
    qtbot: QtBot, page: RelationPage, ws: Workspace
) -> None:
    show_group(qtbot, page, group_key(ws, "Spurvene"))
    expected = relation_map(ws, page.group.currentData(), SIX_MONTHS, DEMO_TODAY)
    graph = page.graph
    a, b, count = graph.edges()[0]  # the strongest
    assert count > 1
    point = graph.edge_point(a, b)
    assert point is not None
    with (
        qtbot.waitSignal(graph.edge_clicked) as clicked,
        qtbot.waitSignal(page.edge_loaded, timeout=LOAD_TIMEOUT),
    ):
        qtbot.mouseClick(graph, Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [a, b]
    assert graph.current_edge() == (a, b)
    keys = page.edge.keys()
    assert sorted(keys) == sorted(expected.narrative_keys[(a, b)])
    assert len(keys) == count
    assert a in page.edge.heading.text() and b in page.edge.heading.text()
    # Newest first, each with its date and the opening of its story.
    lines = [page.edge.list.item(i).text() for i in range(page.edge.list.count())]
    days = [date(*reversed([int(p) for p in line[:10].split(".")])) for line in lines]
    assert days == sorted(days, reverse=True)
    assert all("\n" in line and line.split("\n", 1)[1].strip() for line in lines)
    # Enter or a double click opens a narrative.
    page.edge.list.setCurrentRow(1)
    with qtbot.waitSignal(page.open_narrative) as opened:
        page.edge.list.itemActivated.emit(page.edge.list.item(1))
    assert opened.args == [keys[1]]
    with qtbot.waitSignal(page.open_narrative) as opened:
        page.edge.open_button.click()
    assert opened.args == [keys[1]]
    # Clicking a child is not clicking an edge.
    with qtbot.assertNotEmitted(graph.edge_clicked):
        qtbot.mouseClick(graph, Qt.MouseButton.LeftButton, pos=graph.node_center(a).toPoint())


def test_the_keyboard_walks_the_edges_and_enter_opens_one(qtbot: QtBot, page: RelationPage) -> None:
    graph = page.graph
    edges = graph.edges()
    graph.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(graph.hasFocus)
    assert graph.current_edge() == edges[0][:2]
    qtbot.keyClick(graph, Qt.Key.Key_Tab)
    qtbot.keyClick(graph, Qt.Key.Key_Right)
    qtbot.keyClick(graph, Qt.Key.Key_Left)
    qtbot.keyClick(graph, Qt.Key.Key_Down)
    assert graph.current_edge() == edges[2][:2]
    with qtbot.waitSignal(graph.edge_clicked) as clicked:
        qtbot.keyClick(graph, Qt.Key.Key_Return)
    assert clicked.args == list(edges[2][:2])
    qtbot.waitUntil(lambda: not page.busy, timeout=LOAD_TIMEOUT)
    qtbot.keyClick(graph, Qt.Key.Key_End)
    assert graph.current_edge() == edges[-1][:2]
    # Past the last edge, Tab leaves the map: the keyboard is never trapped in it.
    qtbot.keyClick(graph, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not graph.hasFocus())
    assert graph.current_edge() == edges[-1][:2]


def dashed_share(image: QImage, centre_x: float, centre_y: float, radius: float) -> float:
    """The share of light pixels round a circle's outline: 0 for a solid line."""
    steps = 240
    light = 0
    for i in range(steps):
        angle = 2 * math.pi * i / steps
        point = QPoint(
            round(centre_x + radius * math.cos(angle)), round(centre_y + radius * math.sin(angle))
        )
        light += image.pixelColor(point).lightness() > 200
    return light / steps


def test_children_without_relations_are_listed_and_drawn_apart(
    qtbot: QtBot, page: RelationPage, ws: Workspace
) -> None:
    show_group(qtbot, page, group_key(ws, "Egernene"))
    expected = relation_map(ws, page.group.currentData(), SIX_MONTHS, DEMO_TODAY)
    assert expected.isolated, "the demo has a child nobody writes about with others"
    assert page.isolated.names() == list(expected.isolated)
    assert page.isolated.heading.text() == "Børn uden registrerede relationer i perioden"
    graph = page.graph
    assert set(expected.isolated) <= set(graph.marked_nodes())
    layout = graph.graph_layout()
    assert layout is not None and layout.band is not None
    scale = 2.0
    image = graph.render_image(scale).convertToFormat(QImage.Format.Format_Grayscale8)
    for node in layout.nodes:
        share = dashed_share(image, node.x * scale, node.y * scale, node.radius * scale)
        if node.name in expected.isolated:
            # Apart, below the others, and with a dashed outline: no colour needed.
            assert node.y > layout.band.y > max(n.y for n in layout.nodes if n.connected)
            assert 0.15 < share < 0.7, node.name
        else:
            assert share < 0.02, node.name
    # A group where every child has a relation says so.
    show_group(qtbot, page, group_key(ws, "Myretuen"))
    assert relation_map(ws, page.group.currentData(), SIX_MONTHS, DEMO_TODAY).isolated == ()
    assert page.isolated.names() == []
    assert "mindst ét andet barn" in page.isolated.summary.text()


def test_the_picture_is_saved_owner_only(
    qtbot: QtBot, page: RelationPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_picture_saved(page, tmp_path, "relationer", page.graph.sizeHint().width(), monkeypatch)


def test_printing_sends_the_picture_to_the_chosen_printer(
    qtbot: QtBot, page: RelationPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "udskrift.pdf"
    answers = [QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted]

    class ChosenPrinter:
        """The print dialog, answered at once: never left open on the screen."""

        def __init__(self, printer: QPrinter, _parent: QWidget) -> None:
            self.printer = printer

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return answers.pop(0)

    monkeypatch.setattr("narrativ.ui.relations.page.QPrintDialog", ChosenPrinter)
    assert page.print_map() is False
    assert not target.exists()
    assert page.print_map() is True
    assert target.read_bytes().startswith(b"%PDF")
    assert page.status.text() == "Sendt til printeren."


def test_an_educator_sees_their_own_group_and_cannot_pick_another(
    qtbot: QtBot, demo: Institution, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("narrativ.ui.relations.page.show_error", lambda _p, e: shown.append(e))
    workspace = demo.unlock(EDUCATOR)
    try:
        own = list_groups(workspace)
        assert [g.name for g in own] == ["Myretuen"]
        widget = open_page(qtbot, workspace)
        try:
            names = [widget.group.itemText(i) for i in range(widget.group.count())]
            assert names == ["Myretuen"]
            expected = relation_map(workspace, own[0].key, SIX_MONTHS, DEMO_TODAY)
            assert {(a, b): n for a, b, n in widget.graph.edges()} == {
                (a, b): n for a, b, n in expected.edges
            }
            # Asking for another group shows the own group again, and no error.
            other = next(key for key in keys_for_leader(demo) if key != own[0].key)
            with qtbot.waitSignal(widget.loaded, timeout=LOAD_TIMEOUT):
                widget.show_group(other)
            assert widget.group.currentData() == own[0].key
            assert widget.graph.relation_map is not None
            assert widget.graph.relation_map.group == "Myretuen"
            assert shown == []
        finally:
            close_page(qtbot, widget)
    finally:
        workspace.lock()
