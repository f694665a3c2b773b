"""This PC's remembered choice of where the data are, in Qt's per-user settings (beside
the language choice), never in the database: the database is what it points to.

``connection/kind`` is ``file`` or ``server``; ``connection/file`` and
``connection/server`` keep the last file and the last server address both, so switching
back offers what was used before. A server address is kept without login or password.
"""

from __future__ import annotations

from pathlib import Path

from narrativ.errors import InvalidInput
from narrativ.services.connection_choice import (
    Connection,
    connection_for,
    file_connection,
    server_connection,
    without_password,
)
from narrativ.ui.i18n import language_settings

KIND_KEY = "connection/kind"
FILE_KEY = "connection/file"
SERVER_KEY = "connection/server"


def remembered_connection() -> Connection:
    """The remembered choice; the data folder's file when none is (or it is unreadable)."""
    store = language_settings()
    kind = str(store.value(KIND_KEY, "") or "")
    if kind == "server":
        address = last_server_address()
        if address:
            return Connection(server=address)
    path = str(store.value(FILE_KEY, "") or "")
    return file_connection(path or None)


def last_server_address() -> str:
    """The server address used last (also while the file is chosen), or ""."""
    stored = str(language_settings().value(SERVER_KEY, "") or "")
    if not stored:
        return ""
    try:
        return without_password(stored)
    except InvalidInput:
        return ""  # edited by hand into something that is no address: ask anew


def remember(connection: Connection) -> None:
    store = language_settings()
    if connection.server is not None:
        store.setValue(KIND_KEY, "server")
        store.setValue(SERVER_KEY, connection.server)
    else:
        store.setValue(KIND_KEY, "file")
        store.setValue(FILE_KEY, str(connection.database or ""))
    store.sync()


def forget() -> None:
    """Back to the default (tests, and a PC handed on to another house)."""
    store = language_settings()
    store.remove("connection")
    store.sync()


def startup_connection(database: Path | None, server: str | None) -> Connection:
    """What the app opens: ``--server`` or ``--db`` for this start only, else the
    remembered choice. Raises InvalidInput for both at once or a bad address."""
    if database is not None and server is not None:
        raise InvalidInput("Angiv enten --db eller --server, ikke begge.")
    if server is not None:
        return server_connection(server)
    if database is not None:
        return connection_for(database)
    return remembered_connection()
