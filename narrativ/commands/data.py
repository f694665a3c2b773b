"""import, export, search: moving and finding narratives."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from narrativ.commands.credentials import add_credentials, unlock_from_args
from narrativ.commands.wording import count
from narrativ.errors import InvalidInput


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importer = commands.add_parser("import", help="indlæs en fil i udvekslingsformatet")
    add_credentials(importer)
    importer.add_argument("file", type=Path)
    importer.set_defaults(run=run_import)

    exporter = commands.add_parser("export", help="gem hele institutionen i udvekslingsformatet")
    add_credentials(exporter)
    exporter.add_argument("file", type=Path)
    exporter.set_defaults(run=run_export)

    search = commands.add_parser("search", help="søg i narrativer (JSON, nyeste først)")
    add_credentials(search)
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("query", nargs="+")
    search.set_defaults(run=run_search)


def run_import(args: argparse.Namespace) -> int:
    from narrativ.services.interchange import import_document
    from narrativ.services.interchange_format import parse_json

    try:
        text = args.file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"Filen {args.file} findes ikke.") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"Filen {args.file} er ikke UTF-8-tekst.") from None
    document = parse_json(text)
    workspace = unlock_from_args(args)
    try:
        summary = import_document(workspace, document)
    finally:
        workspace.lock()
    print(
        f"Indlæst: {count(summary.groups, 'gruppe', 'grupper')}, "
        f"{count(summary.staff, 'medarbejder', 'medarbejdere')}, "
        f"{count(summary.children, 'barn', 'børn')}, "
        f"{count(summary.narratives, 'narrativ', 'narrativer')}."
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from narrativ.services.interchange import export_document
    from narrativ.vault.keyfile import write_private_file

    workspace = unlock_from_args(args)
    try:
        document = export_document(workspace)
    finally:
        workspace.lock()
    text = json.dumps(document, ensure_ascii=False, indent=1)
    # The export holds every narrative in the clear: owner-only, written atomically.
    write_private_file(args.file, text.encode("utf-8"))
    print(f"Gemt: {args.file} ({count(len(document['narratives']), 'narrativ', 'narrativer')}).")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from narrativ.services.search import search

    workspace = unlock_from_args(args)
    try:
        hits = search(workspace, " ".join(args.query), limit=args.limit)
    finally:
        workspace.lock()
    json.dump([h.to_json() for h in hits], sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
