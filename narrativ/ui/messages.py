"""The one way to tell the user that something went wrong."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from narrativ.errors import Locked, UserError
from narrativ.ui.i18n import tr


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A user error shows its own clear message; anything else is a bug, said as such.

    For bugs only the exception type goes to stderr: never narrative text or keys.
    """
    if isinstance(error, Locked):
        return  # work that outlived a lock: the lock screen already says everything
    if isinstance(error, UserError):
        QMessageBox.warning(parent, tr("Narrativ"), error.message)
        return
    print(f"narrativ: internal error {type(error).__name__}", file=sys.stderr)
    QMessageBox.critical(
        parent,
        tr("Narrativ"),
        tr(
            "Der skete en uventet fejl i Narrativ. Det, der allerede er gemt, er i "
            "behold. Prøv igen, og kontakt jeres it-ansvarlige, hvis det sker igen."
        ),
    )
