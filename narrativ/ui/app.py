"""Start the GUI: translations, style, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from narrativ import __version__
from narrativ.errors import UserError
from narrativ.paths import resource_path
from narrativ.ui.connection_settings import startup_connection
from narrativ.ui.i18n import chosen_language, install_translators
from narrativ.ui.main_window import MainWindow
from narrativ.ui.style import STYLE_SHEET


def run(database: Path | None = None, server: str | None = None) -> int:
    """``--db`` or ``--server`` for this start only; without either, the file or server
    this PC remembers (the data folder's file until something else is chosen)."""
    try:
        connection = startup_connection(database, server)
    except UserError as error:
        # Before any window: a wrong --server (or one with a password in it) is said on
        # the terminal it was typed in, and nothing starts.
        print(f"narrativ: {error.message}", file=sys.stderr)
        return error.exit_code
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Narrativ")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Narrativ")
    # Lets window managers (Wayland too) match the window to the menu entry and its icon.
    app.setDesktopFileName("dk.narrativ.Narrativ")
    app.setWindowIcon(QIcon(str(resource_path("icons", "narrativ.svg"))))
    translators = install_translators(app, chosen_language())  # noqa: F841 (kept alive)
    app.setStyleSheet(STYLE_SHEET)
    window = MainWindow(connection)
    window.show()
    return app.exec()
