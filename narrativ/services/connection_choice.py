"""Where this PC's Narrativ data are: a database file (the default) or an institution server.

The choice is the PC's, not the institution's, so it is kept outside the database (the UI
stores it in Qt's per-user settings). What is remembered of a server is only its address:
never a password (a remembered password would let anyone at a shared PC in), and not a
login either, since several staff members share one PC and each types their own login at
unlock. Nothing here connects; :mod:`narrativ.services.server_probe` does that.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import URL

from narrativ.errors import InvalidInput
from narrativ.paths import default_database_path
from narrativ.store.server_url import is_server_address, parse_server_url
from narrativ.vault.keyfile import keyfile_path

ADDRESS_WITH_CREDENTIALS = (
    "Skriv ikke adgangskoden i serveradressen: adressen bliver husket på denne pc. "
    "Du skriver din adgangskode, hver gang du låser op."
)


@dataclass(frozen=True)
class Connection:
    """A database file or a server address (checked, without login or password)."""

    database: Path | None = None
    server: str | None = None

    @property
    def on_server(self) -> bool:
        return self.server is not None

    @property
    def target(self) -> Path | str:
        """What :func:`narrativ.services.workspace.unlock_target` takes."""
        if self.server is not None:
            return self.server
        return self.database or default_database_path()

    def describe(self) -> str:
        """For the unlock screen: the server's host and database, or the file's path."""
        if self.server is not None:
            return server_place(self.server)
        return str(self.database or default_database_path())


def file_connection(path: Path | str | None) -> Connection:
    """The file at ``path`` (the data folder's when empty)."""
    text = str(path).strip() if path is not None else ""
    return Connection(database=Path(text).expanduser() if text else default_database_path())


def server_connection(address: str) -> Connection:
    """The address checked and made fit to remember; a password in it is refused."""
    return Connection(server=remembered_address(address))


def remembered_address(address: str) -> str:
    """``address`` as it may be kept on the PC: valid, no password, no login.

    A password is refused rather than silently dropped, so whoever typed it knows it was
    never used; a login is dropped, as each person types their own at unlock.
    """
    text = address.strip()
    if not text:
        raise InvalidInput("Skriv serverens adresse, fx postgresql://server.kommune.dk/narrativ.")
    if not is_server_address(text):
        raise InvalidInput(
            "Serveradressen skal begynde med postgresql:// eller postgresql+psycopg://."
        )
    url = parse_server_url(text)
    if url.password:
        raise InvalidInput(ADDRESS_WITH_CREDENTIALS)
    return _address(url)


def has_password(address: str) -> bool:
    """True for an address that parses and carries a password (False for any other)."""
    try:
        return bool(parse_server_url(address).password)
    except InvalidInput:
        return False


def database_exists(path: Path) -> bool:
    """A database file or its key file is there (a half-copied house counts: opening it
    says what is missing)."""
    return path.exists() or keyfile_path(path).exists()


def without_password(address: str) -> str:
    """For an address read back from the PC's settings: a password never leaves here.

    Settings are a plain file someone may have edited by hand; rather than refuse to
    start, the password is left out (the person types theirs at unlock anyway).
    """
    return _address(parse_server_url(address))


def _address(url: URL) -> str:
    """The address without login and password, readable as typed (SQLAlchemy's own
    rendering would quote every slash of a certificate path)."""
    host = f"[{url.host}]" if url.host and ":" in url.host else str(url.host)
    port = f":{url.port}" if url.port else ""
    text = f"{url.drivername}://{host}{port}/{quote(str(url.database), safe='')}"
    pairs = [
        (key, value)
        for key, values in url.query.items()
        for value in ((values,) if isinstance(values, str) else values)
    ]
    if pairs:
        # Slashes and colons stay readable; "+", "&", "=" and spaces are quoted, so the
        # address reads back as the same values.
        text += "?" + "&".join(f"{k}={quote(v, safe='/:')}" for k, v in pairs)
    return text


def server_place(address: str) -> str:
    """``host[:port]/database``: where the data are, never a login or a password."""
    url = parse_server_url(address)
    host = f"{url.host}:{url.port}" if url.port else str(url.host)
    return f"{host}/{url.database}"


def connection_for(target: Path | str) -> Connection:
    """A target as the app got it (``--db``, ``--server`` or remembered) as a Connection."""
    if isinstance(target, str) and is_server_address(target):
        return server_connection(target)
    return file_connection(target)
