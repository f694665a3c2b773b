"""The team table's model and sort proxy: the same answers however a view asks, and the
order the leader chose kept as batches arrive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from narrativ.services.team import TeamRow
from narrativ.ui.team.model import COLUMNS, FIRST_BATCH_SIZE, Role, TeamSortProxy, TeamTableModel

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.BackgroundRole,
    Role.KEY,
    Role.SORT,
    Role.ROW,
)
AUTHORS = ("Rikke Sørensen", "Anders Holm", "Mette Kjær", "Bo Ravn")


def rows(first: int, count: int) -> list[TeamRow]:
    """Newest first, as the service hands them out: two narratives a day."""
    newest = date(2026, 10, 30)
    return [
        TeamRow(
            key=f"n-{n}",
            occurred_on=newest - timedelta(days=n // 2),
            group="Spurvene" if n % 3 else "Egernene",
            focus=("Åse B.",) if n % 2 else ("Emil J.", "Bo K."),
            author=AUTHORS[n % len(AUTHORS)],
            themes=("social udvikling", "krop, sanser og bevægelse")[: 1 + n % 2],
            relations=("barn-barn",) if n % 2 else ("barn-voksen", "barn-gruppe"),
            status=("draft", "shared", "reviewed")[n % 3],
            comments=n % 4,
        )
        for n in range(first, first + count)
    ]


def service(offset: int, limit: int) -> list[TeamRow]:
    return rows(offset, max(0, min(limit, 450 - offset)))


def table(qtbot: QtBot) -> tuple[TeamTableModel, TeamSortProxy, QTableView]:
    model = TeamTableModel(service)
    proxy = TeamSortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    return model, proxy, view


def shown(proxy: TeamSortProxy, column: str) -> list[object]:
    at = COLUMNS.index(column)
    return [proxy.index(r, at).data(Role.SORT) for r in range(proxy.rowCount())]


def test_every_role_reads_the_same_one_by_one_or_all_at_once(qtbot: QtBot) -> None:
    model, proxy, _view = table(qtbot)
    model.fetchMore(QModelIndex())
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        proxy.sort(COLUMNS.index("author"), order)
        for row in (0, 7, 199):
            for column in range(len(COLUMNS)):
                index = proxy.index(row, column)
                for role in ROLES:
                    wanted = QModelRoleData(int(role))
                    proxy.multiData(index, QModelRoleDataSpan(wanted))
                    assert wanted.data() == index.data(role), (row, column, role)
                    source = proxy.mapToSource(index)
                    direct = QModelRoleData(int(role))
                    model.multiData(source, QModelRoleDataSpan(direct))
                    assert direct.data() == model.data(source, role)


def test_the_proxy_answers_the_models_flags(qtbot: QtBot) -> None:
    model, proxy, _view = table(qtbot)
    model.fetchMore(QModelIndex())
    for row, column in ((0, 0), (5, 3), (199, len(COLUMNS) - 1)):
        index = proxy.index(row, column)
        assert proxy.flags(index) == model.flags(proxy.mapToSource(index))
    assert proxy.flags(QModelIndex()) == model.flags(QModelIndex())


def test_newest_first_keeps_the_order_rows_come_in(qtbot: QtBot) -> None:
    model, proxy, view = table(qtbot)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert proxy.rowCount() == 450
    assert proxy.in_service_order() and proxy.sortColumn() == -1
    # The header says what the leader sees: the date column, newest first.
    header = view.horizontalHeader()
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    keys = [proxy.index(r, 0).data(Role.KEY) for r in range(proxy.rowCount())]
    assert keys == [f"n-{n}" for n in range(450)]
    dates = shown(proxy, "date")
    assert dates == sorted(dates, reverse=True)


def test_another_order_holds_as_batches_arrive_and_back_again(qtbot: QtBot) -> None:
    model, proxy, view = table(qtbot)
    model.fetchMore(QModelIndex())
    view.sortByColumn(COLUMNS.index("author"), Qt.SortOrder.AscendingOrder)
    assert not proxy.in_service_order()
    assert proxy.order() == (COLUMNS.index("author"), Qt.SortOrder.AscendingOrder)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert proxy.rowCount() == 450
    authors = shown(proxy, "author")
    assert authors == sorted(authors)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    dates = shown(proxy, "date")
    assert dates == sorted(dates)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    keys = [proxy.index(r, 0).data(Role.KEY) for r in range(proxy.rowCount())]
    assert keys == [f"n-{n}" for n in range(450)]


def test_a_changed_row_reads_anew(qtbot: QtBot) -> None:
    model, proxy, _view = table(qtbot)
    model.fetchMore(QModelIndex())
    status = proxy.index(0, COLUMNS.index("status"))
    before = status.data()
    model.update_row("n-0", "reviewed", 3)
    assert status.data() != before
    assert proxy.index(0, COLUMNS.index("comments")).data() == "3"
    assert proxy.index(0, 0).data(Role.ROW).status == "reviewed"


def test_a_new_search_replaces_the_rows_when_its_first_batch_comes(qtbot: QtBot) -> None:
    """The old rows stay on screen while a new search runs, then go all at once."""
    asked: list[tuple[str, int]] = []
    held: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]]] = []

    def named(name: str, count: int) -> Callable[[int, int], list[TeamRow]]:
        def fetch(offset: int, limit: int) -> list[TeamRow]:
            asked.append((name, offset))
            if name == "broken":
                raise OSError("disk I/O error")
            return [replace(row, key=f"{name}-{row.key}") for row in rows(offset, limit)][
                : max(0, count - offset)
            ]

        return fetch

    model = TeamTableModel(run=lambda work, done, failed: held.append((work, done, failed)))

    def answer() -> None:
        work, done, failed = held.pop(0)
        try:
            result = work()
        except OSError as error:
            failed(error)
        else:
            done(result)

    model.set_fetch(named("old", 450))
    model.fetchMore()
    answer()
    old_keys = model.keys()
    model.set_fetch(named("new", 250), keep_rows=True)
    assert model.keys() == old_keys  # nothing blinks while the new search runs
    model.fetchMore()
    assert model.keys() == old_keys
    answer()
    assert model.keys() == [f"new-n-{n}" for n in range(FIRST_BATCH_SIZE)]
    model.fetchMore()  # scrolling on asks for the new search's next batch
    answer()
    assert asked[-2:] == [("new", 0), ("new", FIRST_BATCH_SIZE)]
    assert model.rowCount() == 250 and not model.canFetchMore()
    failures: list[Exception] = []
    model.fetch_failed.connect(failures.append)
    model.set_fetch(named("broken", 10), keep_rows=True)
    model.fetchMore()
    answer()
    # A failed search does not leave the old rows passing for its answer.
    assert model.rowCount() == 0 and len(failures) == 1
