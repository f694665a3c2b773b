"""relations: the relation map of a group as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from narrativ.commands.credentials import add_credentials, unlock_from_args
from narrativ.commands.handout import iso_date


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    relations = commands.add_parser("relations", help="relationer på stuen (JSON)")
    add_credentials(relations)
    relations.add_argument("--group", required=True, help="gruppens nøgle eller navn")
    relations.add_argument("--from", dest="date_from", type=iso_date, default=None)
    relations.add_argument("--to", dest="date_to", type=iso_date, default=None)
    relations.set_defaults(run=run_relations)


def run_relations(args: argparse.Namespace) -> int:
    from narrativ.services.relations import relation_map

    workspace = unlock_from_args(args)
    try:
        result = relation_map(workspace, args.group, args.date_from, args.date_to)
    finally:
        workspace.lock()
    json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
