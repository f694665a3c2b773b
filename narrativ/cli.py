"""``narrativ``: the GUI without a subcommand, headless work with one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from narrativ import __version__
from narrativ.commands import data, database, lint, staff
from narrativ.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="narrativ",
        description="Narrativ: styrkebaserede narrativer i dagtilbud.",
    )
    parser.add_argument("--version", action="version", version=f"narrativ {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for module in (database, data, staff, lint):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:
        parser.print_help()
        return 0
    try:
        return int(args.run(args))
    except UserError as error:
        print(f"narrativ: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
