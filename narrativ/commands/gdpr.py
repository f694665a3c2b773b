"""erase-child, access-export and due-for-erasure: the GDPR lifecycle from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from narrativ.commands.credentials import add_credentials, unlock_from_args
from narrativ.commands.wording import count
from narrativ.errors import InvalidInput


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    erase = commands.add_parser(
        "erase-child", help="slet et barn og alt om det (kan ikke fortrydes)"
    )
    add_credentials(erase)
    erase.add_argument("--child", required=True)
    erase.add_argument("--yes", action="store_true", help="bekræft sletningen")
    erase.set_defaults(run=run_erase)

    access = commands.add_parser("access-export", help="indsigt: alt om et barn som PDF og JSON")
    add_credentials(access)
    access.add_argument("--child", required=True)
    access.add_argument("--out", type=Path, required=True, help="mappen til filerne")
    access.set_defaults(run=run_access)

    due = commands.add_parser("due-for-erasure", help="børn, hvis slettefrist er passeret (JSON)")
    add_credentials(due)
    due.set_defaults(run=run_due)


def run_erase(args: argparse.Namespace) -> int:
    from narrativ.services.erasure import erase_child

    if not args.yes:
        raise InvalidInput("Sletningen kan ikke gøres om. Tilføj --yes for at bekræfte.")
    workspace = unlock_from_args(args)
    try:
        erased = erase_child(workspace, args.child, confirmed=True)
    finally:
        workspace.lock()
    print(
        f"Barnet er slettet: {count(erased.narratives_deleted, 'narrativ', 'narrativer')} slettet, "
        f"navnet fjernet fra {count(erased.narratives_masked, 'anden', 'andre')}."
    )
    return 0


def run_access(args: argparse.Namespace) -> int:
    from narrativ.services.access import export_access

    workspace = unlock_from_args(args)
    try:
        made = export_access(workspace, args.child, args.out)
    finally:
        workspace.lock()
    print(made.pdf_path)
    print(made.json_path)
    return 0


def run_due(args: argparse.Namespace) -> int:
    from narrativ.services.erasure import due_for_erasure

    workspace = unlock_from_args(args)
    try:
        due = due_for_erasure(workspace)
    finally:
        workspace.lock()
    rows = [
        {"key": c.key, "name": c.display_name, "left": c.left.isoformat() if c.left else None}
        for c in due
    ]
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
