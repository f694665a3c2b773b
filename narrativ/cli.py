"""``narrativ``: the GUI without a subcommand, headless work with one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from narrativ import __version__
from narrativ.commands import (
    backup,
    data,
    database,
    gdpr,
    handout,
    lint,
    relations,
    server,
    staff,
)
from narrativ.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="narrativ",
        description="Narrativ: styrkebaserede narrativer i dagtilbud.",
    )
    parser.add_argument("--version", action="version", version=f"narrativ {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="prøv kryptering, database, søgning, PDF og Qt i en midlertidig mappe og afslut",
    )
    parser.add_argument(
        "--db",
        dest="gui_database",
        type=Path,
        default=None,
        help="databasefilen, programmet åbner denne gang (standard: det, der er valgt på "
        "låseskærmen, ellers filen i Narrativs datamappe)",
    )
    parser.add_argument(
        "--server",
        dest="gui_server",
        default=None,
        metavar="ADRESSE",
        help="åbn institutionsserveren i stedet for en fil, fx "
        "postgresql://server.kommune.dk/narrativ?sslmode=verify-full (uden adgangskode: "
        "den skriver du på låseskærmen)",
    )
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for module in (database, data, staff, handout, backup, gdpr, relations, lint, server):
        module.register(commands)
    return parser


def start_gui(database: Path | None, server: str | None = None) -> int:
    from narrativ.ui.app import run

    return run(database, server)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from narrativ.selftest import run_self_test

        return run_self_test()
    if getattr(args, "run", None) is None:
        return start_gui(args.gui_database, args.gui_server)
    try:
        return int(args.run(args))
    except UserError as error:
        print(f"narrativ: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
