"""backup and restore from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from narrativ.commands.credentials import add_credentials, database_path, password, unlock_from_args


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser("backup", help="tag en krypteret sikkerhedskopi")
    add_credentials(backup)
    backup.add_argument("--to", type=Path, required=True, help="mappen til sikkerhedskopier")
    backup.add_argument("--keep", type=int, default=14, help="hvor mange der gemmes (14)")
    backup.set_defaults(run=run_backup)

    restore = commands.add_parser("restore", help="gendan fra en sikkerhedskopi")
    add_credentials(restore)
    restore.add_argument("--from", dest="source", type=Path, required=True, help="kopiens .db-fil")
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from narrativ.services.backups import backup_now

    workspace = unlock_from_args(args)
    try:
        target = backup_now(workspace, args.to, keep=args.keep)
    finally:
        workspace.lock()
    print(target)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from narrativ.services.backups import restore

    restored = restore(database_path(args), args.source, args.user, password())
    print(f"Gendannet fra {args.source}: {restored.fingerprint.narratives} narrativer.")
    if restored.kept_copy is not None:
        print(f"Den tidligere database ligger i {restored.kept_copy}.")
    return 0
