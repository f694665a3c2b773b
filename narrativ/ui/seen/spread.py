"""How a group's narratives spread over curriculum themes, relations and writers.

Plain horizontal bars with the label before and the number after each bar, so a leader sees
at a glance whether the house writes about one kind of situation only, and so the chart
reads the same on a black-and-white print. Themes and relations with no narratives keep
their row (with "0"): what is missing is the point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from narrativ.services.seen import Spread
from narrativ.ui.palette import INK, QUIET, RULE, WHITE

TRACK = QColor("#ededed")
BAR = QColor("#4a4a4a")

MIN_BAR = 64  # below this the bars stop telling sizes apart


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[tuple[str, int], ...]  # (label as shown, count)


class SpreadWidget(QWidget):
    """Three bar charts, stacked in ``columns`` columns (one on screen beside the grid)."""

    def __init__(self, parent: QWidget | None = None, columns: int = 1) -> None:
        super().__init__(parent)
        self.columns = max(1, columns)
        self.spread: Spread | None = None
        self.since: date | None = None
        self.until: date | None = None
        self._charts: tuple[Chart, ...] = ()
        self._cache: QImage | None = None  # the charts as last painted on screen
        self.setAccessibleName(self.tr("Fordeling af narrativerne"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_spread(
        self,
        spread: Spread | None,
        relation_labels: dict[str, str] | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> None:
        self.spread = spread
        self.since = since
        self.until = until
        labels = relation_labels or {}
        if spread is None:
            self._charts = ()
        else:
            self._charts = (
                Chart(self.tr("Læreplanstemaer"), spread.themes),
                Chart(
                    self.tr("Relationer"),
                    tuple((labels.get(code, code), count) for code, count in spread.relations),
                ),
                Chart(self.tr("Skrevet af"), spread.authors),
            )
        self._cache = None
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self._note() if spread is not None else "")
        self.updateGeometry()
        self.update()

    def charts(self) -> tuple[Chart, ...]:
        return self._charts

    def describe(self) -> str:
        """The charts as text, for screen readers."""
        parts = [f"{self._heading()} {self._period()}".strip()]
        for chart in self._charts:
            bars = ", ".join(f"{label} {count}" for label, count in chart.bars)
            parts.append(f"{chart.title}: {bars or '–'}")
        return ". ".join(p for p in parts if p)

    # -- geometry ----------------------------------------------------------------------

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _heading(self) -> str:
        if self.spread is None:
            return ""
        count = self.spread.narratives
        if count == 1:
            text = self.tr("1 narrativ i perioden")
        else:
            text = self.tr("%1 narrativer i perioden").replace("%1", str(count))
        return text

    def _period(self) -> str:
        if self.since and self.until:
            return f"{self.since.strftime('%d.%m.%Y')}–{self.until.strftime('%d.%m.%Y')}"
        return ""

    def _header_lines(self, note: bool) -> list[str]:
        """Under the bold heading: the period, and on paper the note."""
        lines = [self._period()]
        return [*lines, self._note()] if note else lines

    def _note(self) -> str:
        return self.tr("En narrativ kan have flere temaer og relationer.")

    def _row_h(self) -> int:
        return QFontMetrics(self.font()).height() + 4

    def _label_w(self, charts: tuple[Chart, ...]) -> int:
        fm = QFontMetrics(self.font())
        widest = max(
            (fm.horizontalAdvance(label) for c in charts for label, _ in c.bars), default=0
        )
        # A little slack: elision measures a few pixels wider than the advance.
        return min(widest, fm.horizontalAdvance("M" * 24)) + 12

    def _number_w(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance("888") + 10

    def _chart_height(self, chart: Chart) -> int:
        rows = max(1, len(chart.bars))
        return self._row_h() * (rows + 1) + 12

    def _header_height(self, note: bool) -> int:
        return (QFontMetrics(self.font()).height() + 4) * (1 + len(self._header_lines(note))) + 6

    def _natural_chart_width(self, charts: tuple[Chart, ...]) -> int:
        return self._label_w(charts) + MIN_BAR + self._number_w()

    def size_for(self, columns: int, note: bool = False) -> QSize:
        margin = 8
        gap = 28
        if self.spread is None:
            return QSize(self._natural_chart_width(()) + 2 * margin, 2 * margin)
        if columns == 1:
            width = self._natural_chart_width(self._charts)
        else:
            width = sum(self._natural_chart_width((c,)) for c in self._charts[:columns])
            width += gap * (min(columns, len(self._charts)) - 1)
        rows = [self._charts[i : i + columns] for i in range(0, len(self._charts), columns)]
        height = self._header_height(note) + sum(
            max(self._chart_height(c) for c in row) for row in rows
        )
        fm = QFontMetrics(self.font())
        width = max(
            width,
            QFontMetrics(self._bold()).horizontalAdvance(self._heading()),
            *(fm.horizontalAdvance(t) for t in self._header_lines(note)),
        )
        return QSize(width + 2 * margin, height + 2 * margin)

    def sizeHint(self) -> QSize:
        return self.size_for(self.columns)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._natural_chart_width(self._charts) + 16, 0)

    # -- painting ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._cache = None
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Drawn once per size into a picture; exposing or scrolling only copies it.
        ratio = self.devicePixelRatioF()
        size = self.size()
        cache = self._cache
        if cache is None or cache.devicePixelRatioF() != ratio or cache.size() != size * ratio:
            cache = self._render(size.width(), size.height(), ratio, self.columns, note=False)
            cache.setDevicePixelRatio(ratio)
            self._cache = cache
        painter = QPainter(self)
        try:
            painter.drawImage(QPoint(0, 0), cache)
        finally:
            painter.end()

    def to_image(self, scale: float = 2.0, columns: int = 3, width: int = 0) -> QImage:
        """The charts side by side for export, at least ``width`` wide (the bars take the
        room), with the note that the screen keeps in a tooltip."""
        size = self.size_for(columns, note=True)
        return self._render(max(size.width(), width), size.height(), scale, columns, note=True)

    def _render(self, width: int, height: int, scale: float, columns: int, note: bool) -> QImage:
        image = QImage(
            max(1, round(width * scale)),
            max(1, round(height * scale)),
            QImage.Format.Format_RGB32,
        )
        image.fill(WHITE)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            self._paint(painter, width, columns, note)
        finally:
            painter.end()
        return image

    def _paint(self, p: QPainter, width: int, columns: int, note: bool) -> None:
        if self.spread is None:
            return
        margin = 8
        gap = 28
        fm = QFontMetrics(self.font())
        p.setFont(self._bold())
        p.setPen(INK)
        p.drawText(QPoint(margin, margin + fm.ascent()), self._heading())
        p.setFont(self.font())
        p.setPen(QUIET)
        for index, line in enumerate(self._header_lines(note), start=1):
            p.drawText(QPoint(margin, margin + (fm.height() + 4) * index + fm.ascent()), line)
        top = margin + self._header_height(note)
        inner = width - 2 * margin
        rows = [self._charts[i : i + columns] for i in range(0, len(self._charts), columns)]
        for row in rows:
            if columns == 1:
                widths = [inner]
            else:
                # Each chart as wide as its labels need; the rest shared out to the bars.
                natural = [self._natural_chart_width((c,)) for c in row]
                spare = max(0, inner - sum(natural) - gap * (len(row) - 1)) // len(row)
                widths = [n + spare for n in natural]
            x = margin
            for chart, chart_w in zip(row, widths, strict=True):
                label_w = self._label_w(self._charts if columns == 1 else (chart,))
                self._paint_chart(p, chart, QRect(x, top, chart_w, 0), label_w)
                x += chart_w + gap
            top += max(self._chart_height(c) for c in row)

    def _paint_chart(self, p: QPainter, chart: Chart, area: QRect, label_w: int) -> None:
        fm = QFontMetrics(self.font())
        row_h = self._row_h()
        p.setFont(self._bold())
        p.setPen(INK)
        p.drawText(
            QRect(area.x(), area.y(), area.width(), row_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            chart.title,
        )
        p.setPen(QPen(RULE, 1))
        p.drawLine(area.x(), area.y() + row_h, area.x() + area.width(), area.y() + row_h)
        p.setFont(self.font())
        if not chart.bars:
            p.setPen(QUIET)
            p.drawText(
                QRect(area.x(), area.y() + row_h + 4, area.width(), row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Ingen i perioden."),
            )
            return
        largest = max(count for _, count in chart.bars) or 1
        bar_x = area.x() + label_w
        bar_w = max(20, area.width() - label_w - self._number_w())
        y = area.y() + row_h + 4
        for label, count in chart.bars:
            p.setPen(INK)
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6)
            p.drawText(
                QRect(area.x(), y, label_w - 8, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            bar_h = row_h - 8
            track = QRect(bar_x, y + 4, bar_w, bar_h)
            p.fillRect(track, TRACK)
            length = round(bar_w * count / largest)
            if count:
                p.fillRect(QRect(bar_x, y + 4, max(2, length), bar_h), BAR)
            # The number after the bar, never inside it: readable whatever the bar's length.
            p.drawText(
                QRect(bar_x + bar_w + 6, y, self._number_w(), row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )
            y += row_h
