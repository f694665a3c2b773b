"""Start the GUI: translations, style, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from narrativ import __version__
from narrativ.paths import resource_path
from narrativ.ui.i18n import chosen_language, install_translators
from narrativ.ui.main_window import MainWindow
from narrativ.ui.style import STYLE_SHEET


def run(database: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Narrativ")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Narrativ")
    # Lets window managers (Wayland too) match the window to the menu entry and its icon.
    app.setDesktopFileName("dk.narrativ.Narrativ")
    app.setWindowIcon(QIcon(str(resource_path("icons", "narrativ.svg"))))
    translators = install_translators(app, chosen_language())  # noqa: F841 (kept alive)
    app.setStyleSheet(STYLE_SHEET)
    window = MainWindow(database)
    window.show()
    return app.exec()
