"""A PostgreSQL server address as the user types it, checked before anything connects.

``postgresql+psycopg://host[:port]/database?sslmode=verify-full&sslrootcert=...``: the
query part goes to libpq unchanged, so every TLS option libpq knows works (``sslmode``,
``sslrootcert``, ``sslcert``, ``sslkey``, ``sslcrl``). A password in the address is used
for that one connection and never written anywhere.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from narrativ.errors import InvalidInput
from narrativ.paths import default_data_dir

DRIVER = "postgresql+psycopg"
ACCEPTED_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
LOGIN_NAME = re.compile(r"^[a-z][a-z0-9_]{1,40}$")


def is_server_address(text: str) -> bool:
    return text.strip().lower().startswith(tuple(f"{s}://" for s in ACCEPTED_SCHEMES))


def parse_server_url(text: str, login: str | None = None, password: str | None = None) -> URL:
    """The address as a SQLAlchemy URL for psycopg 3; ``login``/``password`` override it."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise InvalidInput(
            "Det er ikke en serveradresse; skriv fx postgresql://server/database."
        ) from None
    if url.drivername not in ACCEPTED_SCHEMES:
        raise InvalidInput(
            "Serveradressen skal begynde med postgresql:// eller postgresql+psycopg://."
        )
    if not url.host or not url.database:
        raise InvalidInput(
            "Serveradressen skal nævne både serveren og databasen: postgresql://server/database."
        )
    mode = url.query.get("sslmode")
    if mode is not None and mode not in SSL_MODES:
        raise InvalidInput(f"sslmode={mode} kendes ikke; brug fx sslmode=verify-full.")
    url = url.set(drivername=DRIVER)
    if login:
        url = url.set(username=login)
    if password is not None:
        url = url.set(password=password)
    return url


def display(url: URL) -> str:
    """For messages and the title bar: never the password."""
    return url.render_as_string(hide_password=True)


def local_folder(url: URL) -> Path:
    """This PC's folder for one server database (its house lexicon, its settings).

    Named by a hash of host, port and database so nothing about the server appears in
    file names on a shared PC.
    """
    ident = f"{url.host}:{url.port or 5432}/{url.database}".encode()
    return default_data_dir() / "servers" / hashlib.sha256(ident).hexdigest()[:16]
