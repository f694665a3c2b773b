"""The relation map drawn: children as circles, shared narratives as lines between them.

Painted rather than built from a graphics scene so that one drawing serves the screen, the
exported picture and the printer. It is meant to survive a black-and-white laser print:
lines grow thicker *and* darker with the count, the count is written on the thick ones,
the circles carry their own number, and a child without relations is set apart in a row
of its own and drawn with a dashed outline — never told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from narrativ.services.relations import RelationMap
from narrativ.ui.palette import FOCUS, INK, QUIET, RULE, WHITE
from narrativ.ui.relations.layout import (
    COUNT_ON_EDGE,
    GraphLayout,
    PlacedNode,
    Rect,
    curve_points,
    edge_curve,
    edge_near,
    layout_graph,
    node_near,
    place_edge_labels,
)

NODE_FILL = QColor("#e2e2e2")
HALO = QColor(255, 255, 255, 225)
# 1, 2, 3, 4+: each step a clearly different grey on paper, the weakest still visible.
EDGE_GREYS = (QColor("#a0a0a0"), QColor("#767676"), QColor("#4a4a4a"), QColor("#1f1f1f"))
MIN_SCALE = 0.8  # smaller, and the names get too small to read: the view scrolls instead
MAX_SCALE = 1.4

Pair = tuple[str, str]


def edge_width(count: int) -> float:
    """1 px for one narrative, growing to 8 px at six and more."""
    return 1.0 + 1.4 * (min(max(count, 1), 6) - 1)


def edge_grey(count: int) -> QColor:
    return EDGE_GREYS[min(max(count, 1), len(EDGE_GREYS)) - 1]


def _rectf(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def _path(layout: GraphLayout, a: str, b: str) -> QPainterPath:
    (x0, y0), (cx, cy), (x1, y1) = edge_curve(layout, a, b)
    path = QPainterPath(QPointF(x0, y0))
    path.quadTo(QPointF(cx, cy), QPointF(x1, y1))
    return path


class RelationGraphWidget(QWidget):
    """The map of one group and period; scales itself to fit, within readable limits.

    Edges are numbered strongest first (as :attr:`GraphLayout.edges`); that is also the
    order of Tab and the arrow keys.
    """

    edge_clicked = Signal(str, str)  # the two children, a < b as in the relation map

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relation_map: RelationMap | None = None
        self._layout: GraphLayout | None = None
        self._count_labels: dict[Pair, Rect] = {}
        self._cache: QImage | None = None  # the map as shown, without hover and focus marks
        self._hover: Pair | str | None = None  # an edge, or a child's name
        self._current: Pair | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Relationer mellem børnene"))
        self.setAccessibleDescription(
            self.tr(
                "Tab og piletasterne går fra forbindelse til forbindelse, de stærkeste "
                "først. Enter viser narrativerne bag forbindelsen."
            )
        )

    # -- data --------------------------------------------------------------------------

    def set_map(self, relation_map: RelationMap | None) -> None:
        previous = self._current
        self.relation_map = relation_map
        self._hover = None
        self._relayout()
        # The chosen edge survives a reload (a new period) when it is still there.
        self._current = previous if previous in self._pairs() else None

    def graph_layout(self) -> GraphLayout | None:
        return self._layout

    def edges(self) -> tuple[tuple[str, str, int], ...]:
        """The drawn edges, strongest first."""
        return self._layout.edges if self._layout else ()

    def node_names(self) -> list[str]:
        return [node.name for node in self._layout.nodes] if self._layout else []

    def marked_nodes(self) -> list[str]:
        """The children drawn apart, with a dashed outline: no relation in the period."""
        return [n.name for n in self._layout.nodes if not n.connected] if self._layout else []

    def current_edge(self) -> Pair | None:
        return self._current

    def _pairs(self) -> list[Pair]:
        return [(a, b) for a, b, _ in self.edges()]

    def _count(self, pair: Pair) -> int:
        return next((n for a, b, n in self.edges() if (a, b) == pair), 0)

    # -- geometry ----------------------------------------------------------------------

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def empty_note(self) -> str:
        return self.tr("Ingen narrativer om barn–barn-relationer i perioden.")

    def band_heading(self) -> str:
        return self.tr("Ingen registrerede relationer i perioden")

    def _relayout(self) -> None:
        data = self.relation_map
        self._cache = None
        if data is None:
            self._layout = None
            self._count_labels = {}
        else:
            fm = QFontMetricsF(self.font())
            bold = QFontMetricsF(self._bold())
            sizes = {name: (fm.horizontalAdvance(name) + 8, fm.height()) for name, _ in data.nodes}
            heading = self.band_heading()
            widest = max((len(str(n)) for _, _, n in data.edges), default=1)
            count_label = (bold.horizontalAdvance("8" * widest) + 10, bold.height() + 2)
            self._layout = layout_graph(
                data.nodes,
                data.edges,
                sizes,
                unit=fm.height(),
                band_heading=(bold.horizontalAdvance(heading) + 4, bold.height()),
                count_label=count_label,
                note=(fm.horizontalAdvance(self.empty_note()) + 4, fm.height() * 2),
            )
            self._count_labels = place_edge_labels(self._layout, count_label, COUNT_ON_EDGE)
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._relayout()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        if self._layout is None:
            return QSize(400, 300)
        return QSize(round(self._layout.width), round(self._layout.height))

    def minimumSizeHint(self) -> QSize:
        # Below this the names get too small: a scroll area scrolls rather than shrink it.
        hint = self.sizeHint()
        return QSize(round(hint.width() * MIN_SCALE), round(hint.height() * MIN_SCALE))

    def _transform(self) -> tuple[float, float, float]:
        """Scale and offset that fit the map into the widget, centred."""
        layout = self._layout
        if layout is None:
            return 1.0, 0.0, 0.0
        scale = min(self.width() / layout.width, self.height() / layout.height)
        scale = min(max(scale, MIN_SCALE), MAX_SCALE)
        dx = max(0.0, (self.width() - layout.width * scale) / 2)
        dy = max(0.0, (self.height() - layout.height * scale) / 2)
        return scale, dx, dy

    def to_widget(self, x: float, y: float) -> QPointF:
        scale, dx, dy = self._transform()
        return QPointF(dx + x * scale, dy + y * scale)

    def _to_layout(self, point: QPoint | QPointF) -> tuple[float, float]:
        scale, dx, dy = self._transform()
        return (point.x() - dx) / scale, (point.y() - dy) / scale

    def node_center(self, name: str) -> QPointF:
        assert self._layout is not None
        node = self._layout.node(name)
        return self.to_widget(node.x, node.y)

    def _reach(self) -> dict[int, float]:
        """How far from a line the pointer still hits it: half its width and a few pixels
        more on screen, whatever the scale."""
        scale, _, _ = self._transform()
        return {n: (edge_width(n) / 2 + 4 / scale) for _, _, n in self.edges()}

    def edge_at(self, point: QPoint | QPointF) -> Pair | None:
        if self._layout is None or not self._layout.edges:
            return None
        x, y = self._to_layout(point)
        return edge_near(self._layout, x, y, self._reach())

    def node_at(self, point: QPoint | QPointF) -> str | None:
        if self._layout is None:
            return None
        return node_near(self._layout, *self._to_layout(point))

    def edge_point(self, a: str, b: str) -> QPoint | None:
        """A point (in widget pixels) where the pointer hits this edge and no other, for
        keyboard tooltips and tests; None when other edges cover all of it."""
        if self._layout is None:
            return None
        points = curve_points(edge_curve(self._layout, a, b), 40)
        middle = len(points) // 2
        # From the middle outwards: the middle is furthest from the children.
        for step in range(1, len(points) - 1):
            index = middle + (step // 2) * (1 if step % 2 else -1)
            point = self.to_widget(*points[index]).toPoint()
            if self.edge_at(point) == (a, b):
                return point
        return None

    # -- words -------------------------------------------------------------------------

    def _narratives(self, count: int) -> str:
        if count == 1:
            return self.tr("1 narrativ")
        return self.tr("%1 narrativer").replace("%1", str(count))

    def edge_text(self, a: str, b: str) -> str:
        """ "Emil J. og Åse B.: 3 narrativer" """
        return (
            self.tr("%1 og %2: %3")
            .replace("%3", self._narratives(self._count((a, b))))
            .replace("%1", a)
            .replace("%2", b)
        )

    def node_text(self, name: str) -> str:
        assert self._layout is not None
        node = self._layout.node(name)
        others = sum(1 for a, b, _ in self.edges() if name in (a, b))
        if not others:
            relations = self.tr("ingen registrerede relationer i perioden")
        elif others == 1:
            relations = self.tr("skrevet sammen med 1 barn")
        else:
            relations = self.tr("skrevet sammen med %1 børn").replace("%1", str(others))
        # The names go in last: a name could itself contain "%2".
        return (
            self.tr("%1: %2 i perioden, %3")
            .replace("%3", relations)
            .replace("%2", self._narratives(node.count))
            .replace("%1", name)
        )

    def legend_lines(self) -> list[str]:
        return [
            self.tr(
                "En streg: de to børn er med i samme narrativ om barn–barn-relationer; jo "
                "tykkere og mørkere, jo flere narrativer. Tallet står på stregen fra %1."
            ).replace("%1", str(COUNT_ON_EDGE)),
            self.tr(
                "Cirklen: jo større, jo flere narrativer med barnet (tallet i cirklen). "
                "Stiplet cirkel: ingen registrerede relationer i perioden."
            ),
        ]

    # -- mouse and keyboard ------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = event.pos()
            name = self.node_at(point)
            pair = self.edge_at(point) if name is None else None
            if name is not None:
                QToolTip.showText(event.globalPos(), self.node_text(name), self)
            elif pair is not None:
                QToolTip.showText(event.globalPos(), self.edge_text(*pair), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        name = self.node_at(point)
        hover: Pair | str | None = name if name is not None else self.edge_at(point)
        if hover != self._hover:
            # Only a change repaints or touches the cursor: moves come many at a time.
            pointing = isinstance(hover, tuple)
            if pointing != isinstance(self._hover, tuple):
                self.setCursor(
                    Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor
                )
            self._hover = hover
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pair = (
            self.edge_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        )
        if pair is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_current_edge(pair)
        self.activate_current()

    def set_current_edge(self, pair: Pair | None, show_tip: bool = False) -> None:
        self._current = pair if pair in self._pairs() else None
        if self._current is not None:
            text = self.edge_text(*self._current)
            self.setAccessibleDescription(text)
            point = self.edge_point(*self._current)
            if show_tip and point is not None and self.isVisible():
                # Keyboard users get what the mouse pointer would show.
                QToolTip.showText(self.mapToGlobal(point), text, self)
        self.update()

    def activate_current(self) -> None:
        if self._current is not None:
            self.edge_clicked.emit(*self._current)

    def _step(self, delta: int) -> bool:
        """Move the current edge by ``delta``; False at either end (nothing moves)."""
        pairs = self._pairs()
        if not pairs:
            return False
        if self._current is None:
            index = 0 if delta > 0 else len(pairs) - 1
        else:
            index = pairs.index(self._current) + delta
            if not 0 <= index < len(pairs):
                return False
        self.set_current_edge(pairs[index], show_tip=True)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        pairs = self._pairs()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._step(-1)
        elif key == Qt.Key.Key_Home and pairs:
            self.set_current_edge(pairs[0], show_tip=True)
        elif key == Qt.Key.Key_End and pairs:
            self.set_current_edge(pairs[-1], show_tip=True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and pairs:
            if self._current is None:
                self.set_current_edge(pairs[0])
            self.activate_current()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks the edges like links on a page and leaves after the last one, so the
        # keyboard is never trapped in the map.
        if self._current is not None and self._step(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        pairs = self._pairs()
        if pairs and event.reason() == Qt.FocusReason.TabFocusReason:
            self.set_current_edge(pairs[0], show_tip=True)
        elif pairs and event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.set_current_edge(pairs[-1], show_tip=True)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- painting ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None  # drawn again at the new scale
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The map is drawn once per map, size and font into an image; a repaint (hover,
        # focus) copies it and draws the few marks on top.
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.devicePixelRatioF() != ratio:
            self._cache = self._render_view(ratio)
        painter = QPainter(self)
        try:
            painter.drawImage(QPoint(0, 0), self._cache)
            self._paint_marks(painter)
        finally:
            painter.end()

    def _render_view(self, ratio: float) -> QImage:
        image = QImage(
            max(1, round(self.width() * ratio)),
            max(1, round(self.height() * ratio)),
            QImage.Format.Format_RGB32,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(WHITE)
        scale, dx, dy = self._transform()
        painter = QPainter(image)
        try:
            painter.translate(dx, dy)
            painter.scale(scale, scale)
            self._paint(painter)
        finally:
            painter.end()
        return image

    def render_image(self, scale: float = 2.0) -> QImage:
        """The whole map at ``scale`` on white, without hover or focus marks: for the
        exported picture and the printer."""
        layout = self._layout
        width = layout.width if layout else 1.0
        height = layout.height if layout else 1.0
        image = QImage(
            max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_RGB32
        )
        image.fill(WHITE)
        painter = QPainter(image)
        try:
            painter.scale(scale, scale)
            self._paint(painter)
        finally:
            painter.end()
        return image

    def _paint(self, p: QPainter) -> None:
        layout = self._layout
        if layout is None:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setFont(self.font())
        if not layout.edges:
            p.setPen(QUIET)
            p.drawText(
                _rectf(layout.graph),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.empty_note(),
            )
        # Weakest first, so the strong lines lie on top where lines cross.
        p.setBrush(Qt.BrushStyle.NoBrush)
        for a, b, count in reversed(layout.edges):
            pen = QPen(edge_grey(count), edge_width(count))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawPath(_path(layout, a, b))
        self._paint_counts(p, list(self._count_labels))
        if layout.band is not None:
            self._paint_band(p, layout.band)
        for node in layout.nodes:
            self._paint_node(p, node)

    def _paint_counts(self, p: QPainter, pairs: list[Pair]) -> None:
        p.setFont(self._bold())
        p.setPen(QPen(INK, 1))
        p.setBrush(WHITE)
        for pair in pairs:
            box = _rectf(self._count_labels[pair])
            p.drawRoundedRect(box, 4, 4)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(self._count(pair)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setFont(self.font())

    def _paint_band(self, p: QPainter, band: Rect) -> None:
        """The separate row: a dashed rule, a heading, and the children under it."""
        line_y = band.y - QFontMetricsF(self.font()).height() * 0.6
        p.setPen(QPen(RULE, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(band.x, line_y), QPointF(band.right, line_y))
        p.setFont(self._bold())
        p.setPen(INK)
        height = QFontMetricsF(p.font()).height()
        p.drawText(
            QRectF(band.x, band.y, band.w, height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.band_heading(),
        )
        p.setFont(self.font())

    def _paint_node(self, p: QPainter, node: PlacedNode) -> None:
        circle = _rectf(node.circle)
        if node.connected:
            p.setPen(QPen(INK, 1.5))
            p.setBrush(NODE_FILL)
        else:
            # Dashed and white: marked without colour, and unlike every connected child.
            pen = QPen(INK, 2.0, Qt.PenStyle.DashLine)
            pen.setDashPattern([3.0, 2.0])
            p.setPen(pen)
            p.setBrush(WHITE)
        p.drawEllipse(circle)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(INK)
        p.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(node.count))
        # A white halo under the name keeps it readable where lines pass behind it.
        label = _rectf(node.label)
        p.fillRect(label, QBrush(HALO))
        p.drawText(label, Qt.AlignmentFlag.AlignCenter, node.name)

    def _paint_marks(self, p: QPainter) -> None:
        """Hover and the current edge: on screen only, never in the picture."""
        layout = self._layout
        if layout is None:
            return
        scale, dx, dy = self._transform()
        p.translate(dx, dy)
        p.scale(scale, scale)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        marked: list[tuple[Pair, QColor, float]] = []
        if isinstance(self._hover, str):
            # A child under the pointer: all its lines stand out.
            marked = [
                ((a, b), INK, edge_width(n) + 1.5)
                for a, b, n in layout.edges
                if self._hover in (a, b)
            ]
        elif isinstance(self._hover, tuple) and self._hover != self._current:
            marked = [(self._hover, INK, edge_width(self._count(self._hover)) + 2)]
        if self._current is not None:
            colour = FOCUS if self.hasFocus() else INK
            marked.append((self._current, colour, edge_width(self._count(self._current)) + 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for (a, b), colour, width in marked:
            p.setPen(QPen(colour, width))
            p.drawPath(_path(layout, a, b))
        if self._current is not None:
            p.setPen(QPen(FOCUS if self.hasFocus() else INK, 3))
            for name in self._current:
                node = layout.node(name)
                p.drawEllipse(_rectf(node.circle).adjusted(-3, -3, 3, 3))
        # The counts of the marked lines stay readable on top of them.
        labelled = [pair for pair, _, _ in marked if pair in self._count_labels]
        if labelled:
            self._paint_counts(p, labelled)


__all__ = ["RelationGraphWidget", "edge_grey", "edge_width"]
