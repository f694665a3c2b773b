"""A demo database: the fictional børnehus from ``resources/demo``, with demo passwords."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from narrativ.services.accounts import set_password
from narrativ.services.interchange import import_document
from narrativ.services.lookup import find_staff
from narrativ.services.workspace import initialise


@dataclass(frozen=True)
class DemoAccount:
    name: str
    initials: str
    role: str
    password: str


@dataclass(frozen=True)
class DemoDatabase:
    path: Path
    institution: str
    groups: int
    children: int
    narratives: int
    accounts: tuple[DemoAccount, ...]
    recovery_code: str


def demo_password(initials: str) -> str:
    """Easy to type at a demonstration; printed by ``narrativ demo``, never used for real."""
    return f"demo-{initials.lower()}-2026"


def create_demo(database: Path, today: date | None = None) -> DemoDatabase:
    from narrativ.demo import build_demo_document

    document = build_demo_document(today or date.today())
    leader = next(s for s in document["staff"] if s["role"] == "leader")
    created = initialise(
        database,
        document["institution"]["name"],
        leader["name"],
        demo_password(leader["initials"]),
    )
    workspace = created.workspace
    try:
        import_document(workspace, document)
        accounts = []
        for person in document["staff"]:
            password = demo_password(person["initials"])
            if person is not leader:
                with workspace.session() as session:
                    key = find_staff(session, person["name"]).key
                set_password(workspace, key, password)
            accounts.append(
                DemoAccount(person["name"], person["initials"], person["role"], password)
            )
    finally:
        workspace.lock()
    return DemoDatabase(
        path=workspace.path,
        institution=document["institution"]["name"],
        groups=len(document["groups"]),
        children=len(document["children"]),
        narratives=len(document["narratives"]),
        accounts=tuple(accounts),
        recovery_code=created.recovery_code,
    )
