"""server setup, server add-staff, migrate-to-server: the institution server from the shell.

Passwords are never arguments (they would show in the process list and shell history):
the administrator's comes from the URL, ``NARRATIV_ADMIN_PASSWORD`` or a prompt; a new
login's from ``NARRATIV_NEW_PASSWORD`` or a prompt.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import URL

from narrativ.commands.credentials import database_path, password, read_secret

ADMIN_PASSWORD_VARIABLE = "NARRATIV_ADMIN_PASSWORD"  # noqa: S105 (a variable name)
NEW_PASSWORD_VARIABLE = "NARRATIV_NEW_PASSWORD"  # noqa: S105 (a variable name)


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    server = commands.add_parser("server", help="institutionsserver (PostgreSQL)")
    actions = server.add_subparsers(dest="action", required=True, metavar="HANDLING")

    setup = actions.add_parser(
        "setup", help="opret eller opdatér skema, roller og regler på serveren"
    )
    _admin_argument(setup)
    setup.add_argument("--institution", help="opret også denne institution")
    setup.add_argument("--leader", help="institutionens første leder (fulde navn)")
    setup.add_argument("--leader-login", help="lederens login på serveren")
    setup.set_defaults(run=run_setup)

    add = actions.add_parser("add-staff", help="giv en medarbejder sit eget login på serveren")
    _admin_argument(add)
    add.add_argument("--staff", required=True, help="medarbejderens navn, initialer eller nøgle")
    add.add_argument("--login", required=True, help="login-navn, fx rikke_s")
    add.add_argument("--institution", help="institutionen (kræves for en ny medarbejder)")
    add.add_argument("--role", choices=("educator", "leader"), help="for en ny medarbejder")
    add.add_argument("--group", action="append", default=[], help="gruppe (kan gentages)")
    add.set_defaults(run=run_add_staff)

    move = commands.add_parser(
        "migrate-to-server", help="flyt institutionen fra databasefilen til serveren"
    )
    move.add_argument("--db", type=Path, default=None, help="databasefilen")
    move.add_argument("--user", required=True, help="en leders navn eller initialer i filen")
    move.add_argument(
        "--server", required=True, help="serverens adresse med administratorens login"
    )
    move.add_argument("--leader-login", help="giv også lederen et login på serveren")
    move.set_defaults(run=run_migrate)


def _admin_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--admin-url",
        required=True,
        help="postgresql://administrator@server/database (evt. ?sslmode=verify-full)",
    )


def admin_url(address: str) -> URL:
    from narrativ.store.server_url import parse_server_url

    url = parse_server_url(address)
    if url.password is None:
        url = url.set(
            password=read_secret(ADMIN_PASSWORD_VARIABLE, "Administratorens adgangskode: ")
        )
    return url


def new_password() -> str:
    return read_secret(NEW_PASSWORD_VARIABLE, "Adgangskode til det nye login: ")


def run_setup(args: argparse.Namespace) -> int:
    from narrativ.errors import InvalidInput
    from narrativ.server.setup import create_institution, setup_server
    from narrativ.store.server_url import display

    wanted = (args.institution, args.leader, args.leader_login)
    if any(wanted) and not all(wanted):
        raise InvalidInput("Angiv både --institution, --leader og --leader-login, eller ingen.")
    url = admin_url(args.admin_url)
    store = setup_server(url)
    try:
        print(f"Serveren er klar til Narrativ: {display(url)}")
        if all(wanted):
            made = create_institution(store, args.institution, args.leader, args.leader_login,
                                      new_password())  # fmt: skip
            print(f"Institutionen «{args.institution.strip()}» er oprettet.")
            print(f"Leder: {made.name}, login: {made.login}")
    finally:
        store.close()
    return 0


def run_add_staff(args: argparse.Namespace) -> int:
    from narrativ.server.setup import add_staff
    from narrativ.store.server_store import open_server_store

    url = admin_url(args.admin_url)
    store = open_server_store(url)
    try:
        made = add_staff(
            store,
            args.staff,
            args.login,
            new_password(),
            institution=args.institution,
            role=args.role,
            groups=tuple(args.group),
        )
    finally:
        store.close()
    role = "leder" if made.role == "leader" else "pædagog"
    print(f"{made.name} ({role}) kan nu logge ind på serveren som «{made.login}».")
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    from narrativ.server.move import move_to_server

    url = admin_url(args.server)
    login = (args.leader_login, new_password) if args.leader_login else None
    report = move_to_server(database_path(args), args.user, password(), url, login)
    print(f"«{report.institution}» er flyttet til serveren og kontrolleret:")
    for section in report.sections:
        print(f"  {section.name:<11} {section.count:>6}  sha256 {section.digest[:16]}…")
    print("Databasefilen er uændret.")
    audit = report.file_audit
    if audit.entries:
        span = (
            f" fra {audit.first:%d.%m.%Y} til {audit.last:%d.%m.%Y}"
            if audit.first and audit.last
            else ""
        )
        print(
            f"Logningen ({audit.entries} poster{span}) bliver i filen: gem den, så længe "
            "logningen skal gemmes. Serverens logning har en post om flytningen med "
            f"filens sha256 {report.file_sha256[:16]}…"
        )
    return 0
