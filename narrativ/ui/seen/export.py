"""One picture of the page for a staff meeting: title, grid, then the spread below it."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter

from narrativ.ui.palette import INK, QUIET, WHITE


def compose(title: str, lines: list[str], parts: list[QImage], font: QFont, scale: float) -> QImage:
    """``parts`` (already drawn at ``scale``) one below the other, under a title and lines."""
    margin = round(16 * scale)
    gap = round(18 * scale)
    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.5 if font.pointSizeF() > 0 else 14)
    title_font.setBold(True)
    # Fonts are measured unscaled and drawn through a scaled painter, as the parts are.
    title_h = round(QFontMetrics(title_font).height() * scale)
    line_h = round(QFontMetrics(font).height() * scale)
    head = title_h + line_h * len(lines) + gap
    width = max([p.width() for p in parts] + [1]) + 2 * margin
    height = head + sum(p.height() for p in parts) + gap * (len(parts) - 1) + 2 * margin
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(WHITE)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.save()
        painter.translate(margin, margin)
        painter.scale(scale, scale)
        painter.setFont(title_font)
        painter.setPen(INK)
        inner = round((width - 2 * margin) / scale)
        painter.drawText(
            QRect(0, 0, inner, QFontMetrics(title_font).height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(font)
        painter.setPen(QUIET)
        y = QFontMetrics(title_font).height()
        for line in lines:
            painter.drawText(
                QRect(0, y, inner, QFontMetrics(font).height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += QFontMetrics(font).height()
        painter.restore()
        top = margin + head
        for part in parts:
            painter.drawImage(QPoint(margin, top), part)
            top += part.height() + gap
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image as PNG data, so the caller can write it the safe way (atomically, private)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        if not image.save(buffer, "PNG"):
            raise ValueError("PNG encoding failed")
    finally:
        buffer.close()
    return bytes(data.data())
