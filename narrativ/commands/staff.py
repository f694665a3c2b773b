"""staff, passwd, recover: accounts and passwords from the command line."""

from __future__ import annotations

import argparse
import json
import sys

from narrativ.commands.credentials import (
    add_credentials,
    database_path,
    read_secret,
    unlock_from_args,
)

NEW_PASSWORD_VARIABLE = "NARRATIV_NEW_PASSWORD"  # noqa: S105 (a variable name)
RECOVERY_VARIABLE = "NARRATIV_RECOVERY_CODE"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    staff = commands.add_parser("staff", help="medarbejdere (ledere)")
    actions = staff.add_subparsers(dest="action", required=True, metavar="HANDLING")

    listing = actions.add_parser("list", help="vis medarbejdere (JSON)")
    add_credentials(listing)
    listing.set_defaults(run=run_list)

    add = actions.add_parser("add", help="tilføj en medarbejder")
    add_credentials(add)
    add.add_argument("name")
    add.add_argument("--role", choices=("educator", "leader"), default="educator")
    add.add_argument("--initials")
    add.add_argument("--group", action="append", default=[], help="gruppe (kan gentages)")
    add.add_argument(
        "--with-password",
        action="store_true",
        help=f"giv adgangskoden fra {NEW_PASSWORD_VARIABLE}",
    )
    add.set_defaults(run=run_add)

    remove = actions.add_parser("remove", help="fjern en medarbejder (databasen får ny nøgle)")
    add_credentials(remove)
    remove.add_argument("name")
    remove.set_defaults(run=run_remove)

    password = actions.add_parser("password", help="sæt en medarbejders adgangskode")
    add_credentials(password)
    password.add_argument("name")
    password.set_defaults(run=run_set_password)

    passwd = commands.add_parser("passwd", help="skift din egen adgangskode")
    add_credentials(passwd)
    passwd.set_defaults(run=run_passwd)

    recover = commands.add_parser("recover", help="ny adgangskode med gendannelseskoden")
    add_credentials(recover)
    recover.set_defaults(run=run_recover)


def _new_password() -> str:
    return read_secret(NEW_PASSWORD_VARIABLE, "Ny adgangskode: ")


def run_list(args: argparse.Namespace) -> int:
    from narrativ.services.accounts import list_staff

    workspace = unlock_from_args(args)
    try:
        staff = list_staff(workspace, include_inactive=True)
    finally:
        workspace.lock()
    rows = [
        {
            "key": s.key,
            "name": s.name,
            "initials": s.initials,
            "role": s.role,
            "active": s.active,
            "has_password": s.has_password,
            "groups": list(s.groups),
        }
        for s in staff
    ]
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from narrativ.services.accounts import add_staff

    new_password = _new_password() if args.with_password else None
    workspace = unlock_from_args(args)
    try:
        key = add_staff(
            workspace, args.name, args.role, tuple(args.group), args.initials, new_password
        )
    finally:
        workspace.lock()
    print(f"Tilføjet: {args.name} ({key}).")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from narrativ.services.accounts import remove_staff

    workspace = unlock_from_args(args)
    try:
        remove_staff(workspace, args.name)
    finally:
        workspace.lock()
    print(f"{args.name} er fjernet, og databasen har fået en ny nøgle.")
    return 0


def run_set_password(args: argparse.Namespace) -> int:
    from narrativ.services.accounts import set_password
    from narrativ.services.lookup import find_staff

    new_password = _new_password()
    workspace = unlock_from_args(args)
    try:
        with workspace.session() as session:
            key = find_staff(session, args.name).key
        set_password(workspace, key, new_password)
    finally:
        workspace.lock()
    print(f"{args.name} har fået en ny adgangskode.")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    from narrativ.services.accounts import change_own_password

    new_password = _new_password()
    workspace = unlock_from_args(args)
    try:
        from narrativ.commands.credentials import password

        change_own_password(workspace, password(), new_password)
    finally:
        workspace.lock()
    print("Din adgangskode er skiftet.")
    return 0


def run_recover(args: argparse.Namespace) -> int:
    from narrativ.services.workspace import reset_password_with_recovery_code

    code = read_secret(RECOVERY_VARIABLE, "Gendannelseskode: ")
    workspace = reset_password_with_recovery_code(
        database_path(args), args.user, code, _new_password()
    )
    workspace.lock()
    print(f"{workspace.user.name} har fået en ny adgangskode.")
    return 0
