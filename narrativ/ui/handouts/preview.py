"""The exact PDF in memory, shown with QtPdf and printed page by page; no temp files."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300


class PdfPreview(QPdfView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Not a child of the view: a child would be deleted inside the view's own
        # destructor, and its closing signal would reach the half-destroyed view.
        self.document = QPdfDocument(None)
        self.setDocument(self.document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None

    def show_pdf(self, pdf: bytes) -> None:
        """Load from memory. The buffer owns a copy of the bytes and lives until the next
        load has replaced it, since the document may still read from it."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._retire(buffer)

    def clear(self) -> None:
        self.document.close()
        self._retire(None)

    def _retire(self, replacement: QBuffer | None) -> None:
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = replacement

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def print_to(self, printer: QPrinter) -> bool:
        """Render each page at print resolution onto the printer's pages."""
        return print_document(self.document, printer)


def print_document(document: QPdfDocument, printer: QPrinter) -> bool:
    """Each page rendered at print resolution onto the printer's pages; False when the
    printer could not be started."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = painter.viewport()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(
                round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72)
            )
            image = document.render(page, pixels)
            fitted = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), fitted.width(), fitted.height()), image)
    finally:
        painter.end()
    return True


def print_pdf(pdf: bytes, printer: QPrinter) -> bool:
    """Print a PDF held in memory (no temp file), as the preview would."""
    document = QPdfDocument(None)
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        document.load(buffer)
        return document.pageCount() > 0 and print_document(document, printer)
    finally:
        document.close()
        buffer.close()
