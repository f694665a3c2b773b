"""init, demo, check: creating and checking a database."""

from __future__ import annotations

import argparse
import sys

from narrativ.commands.credentials import (
    add_credentials,
    add_database_argument,
    database_path,
    password,
    unlock_from_args,
)


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = commands.add_parser("init", help="opret en ny krypteret database")
    add_database_argument(init)
    init.add_argument("--institution", required=True, help="institutionens navn")
    init.add_argument("--leader", required=True, help="lederens fulde navn")
    init.set_defaults(run=run_init)

    demo = commands.add_parser("demo", help="opret en database med et opdigtet børnehus")
    add_database_argument(demo)
    demo.set_defaults(run=run_demo)

    check = commands.add_parser("check", help="kontrollér databasens integritet")
    add_credentials(check)
    check.set_defaults(run=run_check)


def run_init(args: argparse.Namespace) -> int:
    from narrativ.services.workspace import initialise

    created = initialise(database_path(args), args.institution, args.leader, password())
    created.workspace.lock()
    print(f"Databasen er oprettet: {created.workspace.path}")
    print(f"Leder: {created.workspace.user.name} ({created.workspace.user.initials})")
    print()
    print("GENDANNELSESKODE — skriv den ned, og læg den i institutionens pengeskab.")
    print("Den vises kun denne ene gang og er den eneste vej ind, hvis alle glemmer")
    print("deres adgangskode:")
    print()
    print(f"    {created.recovery_code}")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from narrativ.services.demo import create_demo

    demo = create_demo(database_path(args))
    print(f"Demodatabasen er oprettet: {demo.path}")
    print(
        f"{demo.institution}: {demo.groups} grupper, {demo.children} børn, "
        f"{demo.narratives} narrativer."
    )
    print()
    print("Log ind med et af disse navne og adgangskoder (kun til demo):")
    for account in demo.accounts:
        role = "leder" if account.role == "leader" else "pædagog"
        print(f"  {account.name:<24} {account.initials:<4} {role:<8} {account.password}")
    print()
    print(f"Gendannelseskode: {demo.recovery_code}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    workspace = unlock_from_args(args)
    try:
        problems = workspace.store.check()
        on_server = workspace.on_server
    finally:
        workspace.lock()
    if on_server:
        from narrativ.store.server_store import ServerStore

        # PostgreSQL keeps its own pages whole; what Narrativ checks there is its own setup.
        if problems:
            print("Databasen på serveren er ikke sat rigtigt op:", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            print("Brug ikke serveren, før administratoren har rettet det.", file=sys.stderr)
            return 1
        print(f"Databasen på serveren er i orden: {ServerStore.checked()}.")
        return 0
    if problems:
        print("Databasen er beskadiget:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("Databasen er i orden (quick_check og cipher_integrity_check).")
    return 0
