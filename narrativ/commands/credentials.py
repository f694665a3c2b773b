"""Reading the database path, the user and the password the same way in every command."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from narrativ.errors import InvalidInput
from narrativ.paths import default_database_path

PASSWORD_VARIABLE = "NARRATIV_PASSWORD"  # noqa: S105 (a variable name)


def add_database_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="databasefilen (standard: Narrativs datamappe)",
    )


def add_credentials(parser: argparse.ArgumentParser) -> None:
    add_database_argument(parser)
    parser.add_argument(
        "--server",
        default=None,
        help="institutionsserveren i stedet for en databasefil: "
        "postgresql+psycopg://server/database (evt. ?sslmode=verify-full); --user er så "
        "dit login på serveren",
    )
    parser.add_argument("--user", required=True, help="dit navn eller dine initialer")


def database_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_database_path()


def read_secret(variable: str, prompt: str) -> str:
    """From the environment, or typed at a prompt when someone is at the keyboard."""
    value = os.environ.get(variable)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise InvalidInput(f"Angiv adgangskoden i miljøvariablen {variable}.")


def password() -> str:
    return read_secret(PASSWORD_VARIABLE, "Adgangskode: ")


def unlock_from_args(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from narrativ.services.workspace import unlock, unlock_server

    server = getattr(args, "server", None)
    if server:
        if args.db is not None:
            raise InvalidInput("Angiv enten --db eller --server, ikke begge.")
        # The password is asked for (or read from the environment) and never stored.
        return unlock_server(server, args.user, password())
    return unlock(database_path(args), args.user, password())
