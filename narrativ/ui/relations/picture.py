"""The map as one picture for a staff meeting: to a PNG file or to the printer."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from narrativ.ui.seen.export import INK, WHITE


def text_block(lines: list[str], font: QFont, width: int, scale: float) -> QImage:
    """``lines`` as wrapped paragraphs ``width`` wide (unscaled), drawn at ``scale``:
    a legend may be longer than the picture is wide, and must not be cut off."""
    fm = QFontMetrics(font)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    heights = [fm.boundingRect(QRect(0, 0, width, 10_000), flags, line).height() for line in lines]
    gap = fm.height() // 3
    height = sum(heights) + gap * max(len(lines) - 1, 0)
    image = QImage(
        max(1, math.ceil(width * scale)),
        max(1, math.ceil(height * scale)),
        QImage.Format.Format_RGB32,
    )
    image.fill(WHITE)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        painter.setFont(font)
        painter.setPen(INK)
        y = 0
        for line, line_height in zip(lines, heights, strict=True):
            painter.drawText(QRect(0, y, width, line_height), flags, line)
            y += line_height + gap
    finally:
        painter.end()
    return image


def print_image(printer: QPrinter, image: QImage) -> bool:
    """The picture as large as the printable page allows, kept in proportion, at the top.
    False when the printer could not be started."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = painter.viewport()
        fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = area.x() + (area.width() - fitted.width()) / 2
        painter.drawImage(QRectF(left, area.y(), fitted.width(), fitted.height()), image)
    finally:
        painter.end()
    return True
