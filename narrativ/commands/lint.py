"""lint: wording hints for a text, as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from narrativ.errors import InvalidInput


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    lint = commands.add_parser("lint", help="vis formuleringsråd for en tekst (JSON)")
    lint.add_argument("file", nargs="?", default="-", help="tekstfil, eller - for standard input")
    lint.add_argument(
        "--lexicon", type=Path, action="append", default=[], help="husets egen ordliste (JSON)"
    )
    lint.set_defaults(run=run_lint)


def run_lint(args: argparse.Namespace) -> int:
    from narrativ.language import LexiconError, lint, load_lexicon

    try:
        lexicon = load_lexicon(*args.lexicon) if args.lexicon else None
    except LexiconError as error:
        raise InvalidInput(str(error)) from None

    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (FileNotFoundError, IsADirectoryError):
            raise InvalidInput(f"Filen {args.file} findes ikke.") from None
        except UnicodeDecodeError:
            raise InvalidInput(f"Filen {args.file} er ikke UTF-8-tekst.") from None
    hints = [
        {
            "start": h.start,
            "end": h.end,
            "text": h.text,
            "kind": h.kind,
            "suggestion": h.suggestion,
        }
        for h in lint(text, lexicon)
    ]
    json.dump(hints, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
