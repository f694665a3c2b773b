"""How the team table paints a cell: its text, straight from the model's row texts.

Qt's own delegate asks the model for seven roles of every cell on every paint, each a call
into Python, then lays the text out for the style. A table of plain one-line texts needs
none of that: this delegate takes the text the model worked out once, elides it and draws
it with the palette's colours, which halves the time a new batch takes to appear. Every
role is still answered by the model (tool tips, screen readers, tests).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from narrativ.ui.team.model import COLUMNS, TeamSortProxy

Index = QModelIndex | QPersistentModelIndex

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRED = Qt.AlignmentFlag.AlignCenter
_ALIGNMENTS = tuple(_CENTRED if column == "comments" else _LEFT for column in COLUMNS)
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_FOCUSED = QStyle.StateFlag.State_HasFocus.value
_ACTIVE_GROUP = QPalette.ColorGroup.Active
_INACTIVE_GROUP = QPalette.ColorGroup.Inactive
_FOCUS_FRAME = QStyle.PrimitiveElement.PE_FrameFocusRect
_ELIDE = Qt.TextElideMode.ElideRight
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_HIGHLIGHT = QPalette.ColorRole.Highlight
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_TEXT = QPalette.ColorRole.Text


class TeamCellDelegate(QStyledItemDelegate):
    def __init__(self, proxy: TeamSortProxy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._margin: tuple[int, int, int, int] | None = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = self._proxy.text_at(index)
        if text is None:
            super().paint(painter, option, index)
            return
        # Flags as plain ints: Python's enum arithmetic would cost more than the drawing.
        state = option.state.value
        group = _ACTIVE_GROUP if state & _ACTIVE else _INACTIVE_GROUP
        widget = option.widget
        if state & _SELECTED:
            # The style's own selection (Fusion's has a gradient and a rim), as Qt draws it.
            if widget is not None:
                widget.style().drawPrimitive(_PANEL, option, painter, widget)
            else:
                painter.fillRect(option.rect, option.palette.brush(group, _HIGHLIGHT))
            painter.setPen(option.palette.color(group, _HIGHLIGHTED_TEXT))
        else:
            painter.setPen(option.palette.color(group, _TEXT))
        room = option.rect.adjusted(*self._margins(widget))
        shown = option.fontMetrics.elidedText(text, _ELIDE, room.width())
        painter.drawText(room, _ALIGNMENTS[index.column()], shown)
        if state & _FOCUSED and widget is not None:
            # Where the keyboard is: the style's own focus frame, as Qt's delegate draws it.
            widget.style().drawPrimitive(_FOCUS_FRAME, option, painter, widget)

    def _margins(self, widget: QWidget | None) -> tuple[int, int, int, int]:
        """The room Qt's own delegate leaves on each side of a cell's text, asked of the
        style once rather than for every cell."""
        if self._margin is None:
            margin = 3
            if widget is not None:
                style = widget.style()
                margin = (
                    style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
                )
            self._margin = (margin, 0, -margin, 0)
        return self._margin
