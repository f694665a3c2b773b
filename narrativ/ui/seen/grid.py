"""The children × weeks grid: how often each child was a focus child, week by week.

Painted rather than built from item views so that the same drawing serves the screen and
the exported image, and so that it reads in greyscale: counts are shades of grey with the
number written in them, and the children nobody has written about lately are marked with
a black badge, bold names and words, never by colour alone.

Below the children come the group's communities (community narratives: the whole group or a
named constellation in focus), counted the same way, so a leader sees whether the house
writes about the life of the group as well as about single children.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from narrativ.services.seen import CommunityRow, SeenGrid, SeenRow, community_key
from narrativ.ui.palette import FOCUS, INK, QUIET, RULE, WHITE

EMPTY_BORDER = QColor("#b4b4b4")
ZEBRA = QColor("#f3f3f3")
# 0, 1, 2, 3+: steps far enough apart to tell apart on a black-and-white laser print.
SHADES = (WHITE, QColor("#d2d2d2"), QColor("#9a9a9a"), QColor("#3c3c3c"))
SHADE_LABELS = ("0", "1", "2", "3+")


def shade(count: int) -> QColor:
    return SHADES[min(max(count, 0), len(SHADES) - 1)]


def ink_on(count: int) -> QColor:
    """Black on the light greys, white on the darkest: both well above 7:1 contrast."""
    return WHITE if count >= len(SHADES) - 1 else INK


def iso_week(monday: date) -> int:
    return monday.isocalendar().week


def day_month(day: date) -> str:
    return day.strftime("%d.%m.")


def full_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class _Section:
    top: int
    text: str


@dataclass(frozen=True)
class _Geometry:
    """Where everything goes, worked out once per grid and font."""

    margin: int
    line: int  # the height of one line of text
    row_h: int
    cell_w: int
    badge: int
    name_x: int
    grid_x: int
    grid_top: int  # the top of the first section heading
    total_x: int
    total_w: int
    marker_x: int
    legend_y: int
    width: int
    height: int
    row_top: tuple[int, ...]  # the top of each row: children, then communities
    sections: tuple[_Section, ...]
    label_step: int  # a week label every ``label_step`` columns


Row = SeenRow | CommunityRow


def row_label(data: Row) -> str:
    return data.child.name if isinstance(data, SeenRow) else data.name


def _identity(data: Row) -> tuple[str, str]:
    if isinstance(data, SeenRow):
        return ("child", data.child.key)
    return ("community", community_key(data.name))


class SeenGridWidget(QWidget):
    """One row per child, one column per week; not-seen children first, communities last.

    Rows are numbered children first (in ``grid.rows`` order), then communities (in
    ``grid.communities`` order); columns oldest week first. Column -1 is the row's name,
    for the keyboard.
    """

    cell_clicked = Signal(str, object)  # child key, the week's Monday (datetime.date)
    child_clicked = Signal(str, str)  # child key, child name
    # A community's name and the week's Monday, or None for the whole period (its name).
    community_clicked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: SeenGrid | None = None
        self._rows: tuple[Row, ...] = ()
        self.today: date | None = None
        self._geometry: _Geometry | None = None
        self._cache: QImage | None = None  # the grid without hover and focus marks
        self._hover: tuple[int, int] | None = None
        self._current: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Børn og uger"))
        self.setAccessibleDescription(
            self.tr(
                "Piletasterne flytter mellem børn og uger. Enter viser narrativerne i en uge "
                "eller, på et navn, skriver om barnet."
            )
        )
        self._relayout()

    # -- data --------------------------------------------------------------------------

    def set_grid(self, grid: SeenGrid | None, today: date | None = None) -> None:
        """Show ``grid``; ``today`` places the "ikke set" boundary (default: the last week)."""
        # The current cell follows its child and week: rows move when the threshold changes.
        previous = None
        if self.grid is not None and self._current is not None:
            row, column = self._current
            week = self.grid.weeks[column] if column >= 0 else None
            previous = (_identity(self._rows[row]), week)
        self.grid = grid
        self._rows = (*grid.rows, *grid.communities) if grid else ()
        self.today = today or (grid.weeks[-1] + timedelta(days=6) if grid else None)
        self._hover = None
        self._current = None
        if grid is not None and previous is not None:
            identity, week = previous
            rows = [r for r, data in enumerate(self._rows) if _identity(data) == identity]
            if rows and (week is None or week in grid.weeks):
                self._current = (rows[0], -1 if week is None else grid.weeks.index(week))
        self._relayout()

    def row_count(self) -> int:
        return len(self._rows)

    def column_count(self) -> int:
        return len(self.grid.weeks) if self.grid else 0

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def is_community(self, row: int) -> bool:
        return isinstance(self._rows[row], CommunityRow)

    def week_at(self, column: int) -> date:
        assert self.grid is not None
        return self.grid.weeks[column]

    def count_at(self, row: int, column: int) -> int:
        return self.row_at(row).counts[column]

    def current_cell(self) -> tuple[int, int] | None:
        return self._current

    # -- geometry ----------------------------------------------------------------------

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _weeks_not_seen(self, row: SeenRow) -> int | None:
        if row.last_focus is None or self.today is None:
            return None
        return (self.today - row.last_focus).days // 7

    def _relayout(self) -> None:
        fm = QFontMetrics(self.font())
        bold = QFontMetrics(self._bold())
        line = fm.height()
        margin = max(8, line // 2)
        row_h = line + 8
        cell_w = fm.horizontalAdvance("88") + 8
        badge = line - 2
        grid = self.grid
        names = [row_label(r) for r in self._rows]
        name_w = max([bold.horizontalAdvance(n) for n in names] + [fm.horizontalAdvance("M" * 5)])
        name_w = min(name_w, fm.horizontalAdvance("M" * 16)) + badge + 6
        name_x = margin
        grid_x = name_x + name_w + 6
        columns = len(grid.weeks) if grid else 0
        grid_top = margin + 2 * line + 10
        total_x = grid_x + columns * cell_w + 6
        total_w = max(fm.horizontalAdvance(self.tr("i alt")), fm.horizontalAdvance("888")) + 6
        marker_x = total_x + total_w + 8
        marker_w = max(
            [bold.horizontalAdvance(self._marker_text(r)) for r in grid.rows if r.not_seen]
            if grid
            else [],
            default=0,
        )
        if marker_w:
            marker_w = max(marker_w, bold.horizontalAdvance(self.tr("ikke set i")))
        rows_top = [0] * len(self._rows)
        sections: list[_Section] = []
        y = grid_top
        if grid is not None:
            for text, rows in self._section_rows(grid):
                sections.append(_Section(y, text))
                y += row_h + 4
                for row in rows:
                    rows_top[row] = y
                    y += row_h
                y += 8
        legend_y = y + 4
        legend_w = self._legend_width(fm)
        width = (
            max(
                marker_x + marker_w,
                grid_x + legend_w,
                *(bold.horizontalAdvance(s.text) + name_x for s in sections),
            )
            + margin
        )
        height = legend_y + row_h + margin
        label_w = fm.horizontalAdvance(self.tr("uge %1").replace("%1", "88")) + 12
        self._geometry = _Geometry(
            margin=margin,
            line=line,
            row_h=row_h,
            cell_w=cell_w,
            badge=badge,
            name_x=name_x,
            grid_x=grid_x,
            grid_top=grid_top,
            total_x=total_x,
            total_w=total_w,
            marker_x=marker_x,
            legend_y=legend_y,
            width=width,
            height=height,
            row_top=tuple(rows_top),
            sections=tuple(sections),
            label_step=max(1, math.ceil(label_w / cell_w)),
        )
        self._cache = None
        self.updateGeometry()
        self.update()

    def _section_rows(self, grid: SeenGrid) -> list[tuple[str, list[int]]]:
        """The row numbers under each heading: the children not seen first, then the
        communities (a heading of its own even with none: that too is worth seeing)."""
        if not grid.rows:
            return []
        communities = list(range(len(grid.rows), len(self._rows)))
        if communities:
            last = (self.tr("Fællesskaber"), communities)
        else:
            last = (self.tr("Fællesskaber: ingen narrativer om fællesskaber i perioden"), [])
        return [*self._children_sections(grid), last]

    def _children_sections(self, grid: SeenGrid) -> list[tuple[str, list[int]]]:
        weeks = str(grid.not_seen_weeks)
        not_seen = [i for i, r in enumerate(grid.rows) if r.not_seen]
        seen = [i for i, r in enumerate(grid.rows) if not r.not_seen]
        if not not_seen:
            return [(self.tr("Alle børn er set de seneste %1 uger").replace("%1", weeks), seen)]
        if len(not_seen) == 1:
            heading = self.tr("Ikke set de seneste %1 uger: 1 barn").replace("%1", weeks)
        else:
            heading = (
                self.tr("Ikke set de seneste %1 uger: %2 børn")
                .replace("%1", weeks)
                .replace("%2", str(len(not_seen)))
            )
        sections = [(heading, not_seen)]
        if seen:
            sections.append((self.tr("Set de seneste %1 uger").replace("%1", weeks), seen))
        return sections

    def _marker_text(self, row: SeenRow) -> str:
        """The short form under the "ikke set i" heading: "23 uger", or "aldrig"."""
        weeks = self._weeks_not_seen(row)
        if weeks is None:
            return self.tr("aldrig")
        if weeks == 1:
            return self.tr("1 uge")
        return self.tr("%1 uger").replace("%1", str(weeks))

    def marker_text(self, row: int) -> str:
        """The whole sentence, for tooltips and screen readers: "ikke set i 23 uger"."""
        data = self.row_at(row)
        if not isinstance(data, SeenRow) or not data.not_seen:
            return ""
        weeks = self._weeks_not_seen(data)
        if weeks is None:
            return self.tr("aldrig set som fokusbarn")
        if weeks == 1:
            return self.tr("ikke set i 1 uge")
        return self.tr("ikke set i %1 uger").replace("%1", str(weeks))

    def _legend_text(self) -> str:
        return self.tr("Narrativer pr. uge med barnet som fokusbarn (delte og sete):")

    def _legend_width(self, fm: QFontMetrics) -> int:
        swatch = fm.height()
        return fm.horizontalAdvance(self._legend_text()) + len(SHADES) * (
            swatch + fm.horizontalAdvance("3+") + 22
        )

    def sizeHint(self) -> QSize:
        assert self._geometry is not None
        return QSize(self._geometry.width, self._geometry.height)

    def minimumSizeHint(self) -> QSize:
        # The scroll area scrolls rather than squeezing the cells.
        return self.sizeHint()

    def cell_rect(self, row: int, column: int) -> QRect:
        g = self._geometry
        assert g is not None
        return QRect(g.grid_x + column * g.cell_w, g.row_top[row], g.cell_w, g.row_h)

    def name_rect(self, row: int) -> QRect:
        """Where the child's name is shown: kept in view when the grid scrolls sideways."""
        return self._name_rect(row, self._scrolled()[0])

    def _name_rect(self, row: int, dx: int) -> QRect:
        g = self._geometry
        assert g is not None
        return QRect(dx + g.name_x, g.row_top[row], g.grid_x - g.name_x - 4, g.row_h)

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def _scrolled(self) -> tuple[int, int]:
        """How far a scroll area has moved the grid; the names and the week labels are
        drawn that far in, so they stay in view over a long period or a big group."""
        if self._scroll_area() is None:
            return (0, 0)
        return (max(0, -self.x()), max(0, -self.y()))

    def _row_at_y(self, y: int) -> int | None:
        g = self._geometry
        if g is None:
            return None
        for row, top in enumerate(g.row_top):
            if top <= y < top + g.row_h:
                return row
        return None

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """(row, column) of the week cell under ``point``, or None."""
        g = self._geometry
        row = self._row_at_y(point.y())
        dx, dy = self._scrolled()
        # Cells under the names or the week labels kept in view are hidden, so not hit.
        if g is None or row is None or point.x() < max(g.grid_x, dx + g.grid_x):
            return None
        if dy and point.y() < dy + g.grid_top:
            return None
        column = (point.x() - g.grid_x) // g.cell_w
        return (row, column) if column < self.column_count() else None

    def name_at(self, point: QPoint) -> int | None:
        """The row whose child's name is under ``point``, or None."""
        g = self._geometry
        row = self._row_at_y(point.y())
        dx, dy = self._scrolled()
        if g is None or row is None or not dx + g.name_x <= point.x() < dx + g.grid_x - 4:
            return None
        if dy and point.y() < dy + g.grid_top:
            return None
        return row

    # -- texts -------------------------------------------------------------------------

    def cell_text(self, row: int, column: int) -> str:
        child = row_label(self.row_at(row))
        monday = self.week_at(column)
        count = self.count_at(row, column)
        week = str(iso_week(monday))
        if count == 0:
            text = self.tr("%1, uge %2: ingen narrativer")
        elif count == 1:
            text = self.tr("%1, uge %2: 1 narrativ")
        else:
            text = self.tr("%1, uge %2: %3 narrativer").replace("%3", str(count))
        period = f"{day_month(monday)}–{full_date(monday + timedelta(days=6))}"
        return text.replace("%1", child).replace("%2", week) + "\n" + period

    def name_text(self, row: int) -> str:
        data = self.row_at(row)
        if isinstance(data, CommunityRow):
            return self._community_text(data)
        if data.total == 1:
            text = self.tr("%1: 1 narrativ som fokusbarn i perioden.")
        else:
            text = self.tr("%1: %2 narrativer som fokusbarn i perioden.").replace(
                "%2", str(data.total)
            )
        text = text.replace("%1", data.child.name)
        if data.not_seen:
            text += "\n" + self.marker_text(row).capitalize() + "."
        if data.last_focus is not None:
            text += "\n" + self.tr("Senest: %1").replace("%1", full_date(data.last_focus))
        return text + "\n" + self.tr("Klik eller tryk Enter for at skrive om barnet.")

    def _community_text(self, data: CommunityRow) -> str:
        if data.total == 1:
            text = self.tr("%1: 1 narrativ om fællesskabet i perioden.")
        else:
            text = self.tr("%1: %2 narrativer om fællesskabet i perioden.").replace(
                "%2", str(data.total)
            )
        text = text.replace("%1", data.name)
        if data.last is not None:
            text += "\n" + self.tr("Senest: %1").replace("%1", full_date(data.last))
        return text + "\n" + self.tr("Klik eller tryk Enter for at se narrativerne.")

    def _describe_current(self) -> str:
        if self._current is None:
            return ""
        row, column = self._current
        return self.name_text(row) if column < 0 else self.cell_text(row, column)

    # -- events ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._relayout()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = event.pos()
            cell = self.cell_at(point)
            name = self.name_at(point)
            if cell is not None:
                QToolTip.showText(event.globalPos(), self.cell_text(*cell), self)
            elif name is not None:
                QToolTip.showText(event.globalPos(), self.name_text(name), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        cell = self.cell_at(point)
        name = self.name_at(point)
        hover = cell if cell is not None else ((name, -1) if name is not None else None)
        if hover != self._hover:
            # Only a change of cell repaints or touches the cursor: a mouse crossing the
            # grid sends many moves, and each call into Qt has a cost.
            if (hover is None) != (self._hover is None):
                self.setCursor(
                    Qt.CursorShape.ArrowCursor
                    if hover is None
                    else Qt.CursorShape.PointingHandCursor
                )
            self._hover = hover
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position().toPoint()
        cell = self.cell_at(point)
        name = self.name_at(point)
        if cell is not None:
            self._set_current(cell)
            self.activate_current()
        elif name is not None:
            self._set_current((name, -1))
            self.activate_current()
        else:
            super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.row_count():
            super().keyPressEvent(event)
            return
        row, column = self._current or (0, self.column_count() - 1)
        key = event.key()
        moves = {
            Qt.Key.Key_Up: (row - 1, column),
            Qt.Key.Key_Down: (row + 1, column),
            Qt.Key.Key_Left: (row, column - 1),
            Qt.Key.Key_Right: (row, column + 1),
            Qt.Key.Key_Home: (row, -1),
            Qt.Key.Key_End: (row, self.column_count() - 1),
        }
        if key in moves:
            new_row, new_column = moves[key]
            self._set_current(
                (
                    min(max(new_row, 0), self.row_count() - 1),
                    min(max(new_column, -1), self.column_count() - 1),
                ),
                show_tip=True,
            )
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current is None:
                self._set_current((row, column))
            self.activate_current()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current is None and self.row_count():
            # Start on the newest week of the first child: the most likely question.
            self._set_current((0, self.column_count() - 1))
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _set_current(self, cell: tuple[int, int], show_tip: bool = False) -> None:
        self._current = cell
        rect = self.name_rect(cell[0]) if cell[1] < 0 else self.cell_rect(*cell)
        self._ensure_visible(rect)
        text = self._describe_current()
        self.setAccessibleDescription(text)
        if show_tip and self.isVisible():
            # Keyboard users get what the mouse pointer would show.
            QToolTip.showText(self.mapToGlobal(rect.bottomRight()), text, self, rect)
        self.update()

    def _ensure_visible(self, rect: QRect) -> None:
        area = self._scroll_area()
        g = self._geometry
        if area is not None and g is not None:
            # Margins as wide as the names and as tall as the labels kept in view.
            center = rect.center()
            area.ensureVisible(center.x(), center.y(), g.grid_x + g.cell_w, g.grid_top + g.row_h)

    def moveEvent(self, event: QMoveEvent) -> None:
        # A scroll area scrolls by moving the grid; the names and labels kept in view
        # must be drawn at their new place, not shifted along with the cells.
        super().moveEvent(event)
        if self._scroll_area() is not None:
            self.update()

    def activate_current(self) -> None:
        """What a click on the current cell does: show its week, or write about the child."""
        if self._current is None or not self.row_count():
            return
        row, column = self._current
        data = self.row_at(row)
        if isinstance(data, CommunityRow):
            self.community_clicked.emit(data.name, None if column < 0 else self.week_at(column))
            return
        child = data.child
        if column < 0:
            self.child_clicked.emit(child.key, child.name)
        else:
            self.cell_clicked.emit(child.key, self.week_at(column))

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        # The grid itself is drawn once per grid and font into a picture; a repaint (hover,
        # focus, scrolling) copies it and draws the few marks on top.
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.devicePixelRatioF() != ratio:
            self._cache = self.to_image(ratio)
            self._cache.setDevicePixelRatio(ratio)
        painter = QPainter(self)
        try:
            painter.fillRect(event.rect(), WHITE)
            painter.drawImage(QPoint(0, 0), self._cache)
            self._paint_kept_in_view(painter, self._cache)
            self._paint_marks(painter)
        finally:
            painter.end()

    def _paint_kept_in_view(self, p: QPainter, cache: QImage) -> None:
        """When scrolled: the name column at the left edge and the week labels at the top
        edge of what is visible, copied from the picture of the whole grid."""
        g = self._geometry
        dx, dy = self._scrolled()
        if g is None or self.grid is None or not self.grid.rows or not (dx or dy):
            return
        ratio = cache.devicePixelRatioF()
        width = g.width
        bottom = g.legend_y  # the legend below scrolls as it is
        if dx:
            p.drawImage(
                QRectF(dx, 0, g.grid_x, bottom),
                cache,
                QRectF(0, 0, g.grid_x * ratio, bottom * ratio),
            )
            # The section headings run across the grid: written again, whole.
            p.setFont(self._bold())
            p.setPen(INK)
            for section in g.sections:
                p.fillRect(QRect(dx, section.top, width, g.row_h), WHITE)
                p.drawText(
                    QRect(dx + g.name_x, section.top, width, g.row_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                    section.text,
                )
            p.setFont(self.font())
            p.setPen(QPen(RULE, 1))
            p.drawLine(dx + g.grid_x - 3, g.grid_top, dx + g.grid_x - 3, bottom)
        if dy:
            # Over the names and headings: the labels are the top edge of what is visible.
            p.drawImage(
                QRectF(0, dy, width, g.grid_top),
                cache,
                QRectF(0, 0, width * ratio, g.grid_top * ratio),
            )
            p.setPen(QPen(RULE, 1))
            p.drawLine(0, dy + g.grid_top - 1, width, dy + g.grid_top - 1)
            if dx:
                p.fillRect(QRect(dx, dy, g.grid_x - 2, g.grid_top - 1), WHITE)

    def to_image(self, scale: float = 2.0) -> QImage:
        """The grid as a picture for export: no hover or focus marks, on white."""
        size = self.sizeHint()
        image = QImage(
            max(1, round(size.width() * scale)),
            max(1, round(size.height() * scale)),
            QImage.Format.Format_RGB32,
        )
        image.fill(WHITE)
        painter = QPainter(image)
        try:
            # No antialiasing for the cells: their 1-pixel borders stay sharp (the badge
            # turns it on for its disc).
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            self._paint(painter)
        finally:
            painter.end()
        return image

    def _paint(self, p: QPainter) -> None:
        g = self._geometry
        grid = self.grid
        assert g is not None
        p.setFont(self.font())
        if grid is None:
            return
        if not grid.rows:
            p.setPen(QUIET)
            p.drawText(
                QRect(g.margin, g.margin, g.width, g.line * 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Der er ingen børn i gruppen."),
            )
            return
        self._paint_bands(p, g)
        self._paint_header(p, g, grid)
        self._paint_sections(p, g)
        for row, data in enumerate(self._rows):
            self._paint_row(p, g, row, data)
        self._paint_boundary(p, g, grid)
        self._paint_legend(p, g)

    def _paint_bands(self, p: QPainter, g: _Geometry) -> None:
        # Every other row lightly shaded, so the eye follows a row from name to week.
        right = g.width - g.margin
        for row, top in enumerate(g.row_top):
            if row % 2:
                p.fillRect(QRect(g.name_x - 4, top, right - g.name_x + 4, g.row_h), ZEBRA)

    def _paint_header(self, p: QPainter, g: _Geometry, grid: SeenGrid) -> None:
        fm = QFontMetrics(p.font())
        month_y = g.margin
        week_y = g.margin + g.line + 2
        last = len(grid.weeks) - 1
        window_left = self._boundary_x(g, grid)
        # Months on the first line, left of the "ikke set" bracket; weeks on the second.
        p.setPen(QUIET)
        month_end = -1
        for column, monday in enumerate(grid.weeks):
            if column and monday.month == grid.weeks[column - 1].month:
                continue
            x = g.grid_x + column * g.cell_w + 2
            text = QLocale().toString(QDate(monday.year, monday.month, 1), "MMM yyyy")
            width = fm.horizontalAdvance(text)
            if x <= month_end or (window_left is not None and x + width > window_left - 6):
                continue
            p.drawText(QPoint(x, month_y + fm.ascent()), text)
            month_end = x + width + 6
        if window_left is not None:
            self._paint_bracket(p, g, fm, window_left, g.grid_x + len(grid.weeks) * g.cell_w)
        p.setPen(INK)
        for column, monday in enumerate(grid.weeks):
            if (last - column) % g.label_step:
                continue
            text = self.tr("uge %1").replace("%1", str(iso_week(monday)))
            width = fm.horizontalAdvance(text)
            center = g.grid_x + column * g.cell_w + g.cell_w // 2
            x = min(max(center - width // 2, g.grid_x), g.total_x - 6 - width)
            p.drawText(QPoint(x, week_y + fm.ascent()), text)
            p.setPen(QPen(RULE, 1))
            p.drawLine(center, week_y + g.line + 1, center, g.grid_top - 2)
            p.setPen(INK)
        p.setPen(QUIET)
        p.drawText(
            QRect(g.total_x, week_y, g.total_w, g.line),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("i alt"),
        )
        if any(r.not_seen for r in grid.rows):
            p.setFont(self._bold())
            p.setPen(INK)
            p.drawText(QPoint(g.marker_x, week_y + fm.ascent()), self.tr("ikke set i"))
            p.setFont(self.font())

    def _paint_bracket(
        self, p: QPainter, g: _Geometry, fm: QFontMetrics, left: int, right: int
    ) -> None:
        """A bracket over the weeks that decide "ikke set", labelled with its length."""
        assert self.grid is not None
        text = self.tr("seneste %1 uger").replace("%1", str(self.grid.not_seen_weeks))
        y = g.margin + g.line // 2
        p.setPen(QPen(INK, 1))
        p.drawLine(left, y, right, y)
        p.drawLine(left, y, left, y + g.line // 2 + 2)
        p.drawLine(right, y, right, y + g.line // 2 + 2)
        width = fm.horizontalAdvance(text) + 8
        center = (left + right) // 2
        x = max(center - width // 2, right - width) if width > right - left else center - width // 2
        box = QRect(x, g.margin, width, g.line)
        p.fillRect(box, WHITE)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _boundary_x(self, g: _Geometry, grid: SeenGrid) -> int | None:
        """Where the "ikke set" period starts, to the day; None when it starts before the grid."""
        if self.today is None:
            return None
        since = self.today - timedelta(weeks=grid.not_seen_weeks)
        days = (since - grid.weeks[0]).days
        if days < 0:
            return None
        return g.grid_x + round(days * g.cell_w / 7)

    def _paint_boundary(self, p: QPainter, g: _Geometry, grid: SeenGrid) -> None:
        x = self._boundary_x(g, grid)
        if x is None or not g.row_top:
            return
        pen = QPen(INK, 1.5, Qt.PenStyle.DashLine)
        p.setPen(pen)
        # "Ikke set" is about children: the line ends with the last child's row.
        p.drawLine(x, g.grid_top, x, g.row_top[len(grid.rows) - 1] + g.row_h)

    def _paint_sections(self, p: QPainter, g: _Geometry) -> None:
        p.setFont(self._bold())
        for section in g.sections:
            p.setPen(INK)
            p.drawText(
                QRect(g.name_x, section.top, g.width - g.name_x, g.row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                section.text,
            )
            p.setPen(QPen(RULE, 1))
            y = section.top + g.row_h + 2
            p.drawLine(g.name_x, y, g.width - g.margin, y)
        p.setFont(self.font())

    def _paint_row(self, p: QPainter, g: _Geometry, row: int, data: Row) -> None:
        top = g.row_top[row]
        name_rect = self._name_rect(row, 0)  # the picture is of the whole, unscrolled grid
        not_seen = isinstance(data, SeenRow) and data.not_seen
        if not_seen:
            self._paint_badge(p, QRect(g.name_x, top + (g.row_h - g.badge) // 2, g.badge, g.badge))
        p.setFont(self._bold() if not_seen else self.font())
        p.setPen(INK)
        text_rect = name_rect.adjusted(g.badge + 6, 0, 0, 0)
        name = QFontMetrics(p.font()).elidedText(
            row_label(data), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        p.setFont(self.font())
        for column, count in enumerate(data.counts):
            cell = self.cell_rect(row, column).adjusted(1, 1, -1, -1)
            if count:
                p.fillRect(cell, shade(count))
                p.setPen(ink_on(count))
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(count))
            else:
                p.fillRect(cell, WHITE)
                p.setPen(QPen(EMPTY_BORDER, 1))
                p.drawRect(cell.adjusted(0, 0, -1, -1))
        p.setPen(INK)
        p.drawText(
            QRect(g.total_x, top, g.total_w, g.row_h),
            Qt.AlignmentFlag.AlignCenter,
            str(data.total),
        )
        if isinstance(data, SeenRow) and data.not_seen:
            p.setFont(self._bold())
            p.drawText(
                QRect(g.marker_x, top, g.width - g.marker_x, g.row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._marker_text(data),
            )
            p.setFont(self.font())

    def _paint_badge(self, p: QPainter, rect: QRect) -> None:
        """A black disc with a white "!": visible in any print, independent of colour."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(INK)
        p.drawEllipse(QRectF(rect))
        font = self._bold()
        font.setPixelSize(max(8, round(rect.height() * 0.8)))
        p.setFont(font)
        p.setPen(WHITE)
        p.drawText(QRectF(rect), Qt.AlignmentFlag.AlignCenter, "!")
        p.restore()

    def _paint_legend(self, p: QPainter, g: _Geometry) -> None:
        fm = QFontMetrics(p.font())
        y = g.legend_y
        p.setPen(QUIET)
        text = self._legend_text()
        p.drawText(QPoint(g.name_x, y + (g.row_h + fm.ascent() - fm.descent()) // 2), text)
        x = g.name_x + fm.horizontalAdvance(text) + 12
        swatch = g.row_h - 6
        for count, label in enumerate(SHADE_LABELS):
            rect = QRect(x, y + 3, swatch, swatch)
            p.fillRect(rect, shade(count))
            p.setPen(QPen(EMPTY_BORDER if count == 0 else shade(count), 1))
            p.drawRect(rect.adjusted(0, 0, -1, -1))
            p.setPen(INK)
            x += swatch + 5
            p.drawText(QPoint(x, y + (g.row_h + fm.ascent() - fm.descent()) // 2), label)
            x += fm.horizontalAdvance(label) + 17

    def _paint_marks(self, p: QPainter) -> None:
        """Hover and the current cell: on screen only, never in the picture."""
        g = self._geometry
        if self.grid is None or g is None:
            return
        dx, dy = self._scrolled()
        # Cells hidden under the names or labels kept in view keep their marks hidden too.
        below = dy + g.grid_top if dy else 0
        names = QRect(dx, below, g.grid_x, g.height)
        cells = QRect(dx + g.grid_x - 2, below, g.width, g.height)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if self._hover is not None and self._hover != self._current:
            row, column = self._hover
            rect = self.name_rect(row) if column < 0 else self.cell_rect(row, column)
            p.setClipRect(names if column < 0 else cells)
            p.setPen(QPen(INK, 1))
            p.drawRect(rect.adjusted(0, 0, -1, -1))
        if self._current is not None:
            row, column = self._current
            rect = self.name_rect(row) if column < 0 else self.cell_rect(row, column)
            p.setClipRect(names if column < 0 else cells)
            # Blue while the grid has the keyboard, dark grey otherwise; a white inner line
            # keeps the mark visible on the darkest cells.
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(FOCUS if self.hasFocus() else INK, 2))
            p.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
            p.setPen(QPen(WHITE, 1))
            p.drawRect(QRectF(rect).adjusted(2.5, 2.5, -2.5, -2.5))


__all__ = ["SeenGridWidget", "ink_on", "shade"]
