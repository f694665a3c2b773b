"""The team table's own cell painting looks like Qt's, in every order the leader sorts by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from narrativ.ui.team.cells import TeamCellDelegate
from narrativ.ui.team.model import COLUMNS
from tests.ui.test_team_table import table


def picture(view: QTableView) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing_share(first: QImage, second: QImage) -> float:
    """The share of pixels that differ by more than a shade, allowing the text a pixel up
    or down (Qt centres a line's layout, we centre the font's height: they round apart)."""
    assert first.size() == second.size()
    a, b = bytes(first.constBits()), bytes(second.constBits())
    line = first.bytesPerLine()

    def differing(shift: int) -> int:
        count = 0
        for i in range(max(0, -shift) * line, len(a) - max(0, shift) * line, 4):
            j = i + shift * line
            if max(abs(a[i] - b[j]), abs(a[i + 1] - b[j + 1]), abs(a[i + 2] - b[j + 2])) > 60:
                count += 1
        return count

    return min(differing(shift) for shift in (-1, 0, 1)) / (len(a) // 4)


def test_cells_look_like_qts_own_in_every_order(qtbot: QtBot) -> None:
    model, proxy, view = table(qtbot)
    view.setWordWrap(False)  # as in the team view: one line a row
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    model.fetchMore()
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    view.selectRow(2)
    ours = TeamCellDelegate(proxy, view)
    qts = QStyledItemDelegate(view)
    orders = [(0, Qt.SortOrder.DescendingOrder)] + [
        (COLUMNS.index(name), Qt.SortOrder.AscendingOrder) for name in ("author", "group")
    ]
    shown = []
    for column, order in orders:
        view.sortByColumn(column, order)
        view.setItemDelegate(ours)
        drawn = picture(view)
        view.setItemDelegate(qts)
        assert differing_share(drawn, picture(view)) < 0.008, (column, order)
        shown.append(drawn)
    # Each order is a picture of its own: a cell showing another row's text would show.
    assert differing_share(shown[0], shown[1]) > 0.02
    assert differing_share(shown[0], shown[2]) > 0.02
