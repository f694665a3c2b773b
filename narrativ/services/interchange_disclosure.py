"""Consents and handout records in the interchange format (version 3).

Together they are what a parent may ask to see: who agreed to what, and what was handed to
whom. A consent keeps its key; a handout record names its child, consent and narratives by
key. The narratives a handout named are kept as they were written down, even when a
narrative is no longer in the file (erased with a child): the log tells what left the house.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from narrativ.services.interchange_format import Checker, moment_text
from narrativ.services.narrative_input import clean_text
from narrativ.store.models import Child, Consent, HandoutRecord, Staff

HANDOUT_KINDS = ("parent", "meeting")
HANDOUT_MODES = ("named", "anonymous", "")


def check_consent(check: Checker, item: Any, path: str) -> dict[str, Any]:
    c = check.obj(item, path)
    given_on = check.day(c.get("given_on"), f"{path}.given_on")
    expires_on = check.day(c.get("expires_on"), f"{path}.expires_on", optional=True)
    recipients = [
        check.text(r, f"{path}.recipients[{i}]", max_len=120).strip()
        for i, r in enumerate(check.items(c.get("recipients"), f"{path}.recipients"))
    ]
    if not recipients:
        check.fail(f"{path}.recipients", "skal nævne mindst én modtager")
    if given_on and expires_on and expires_on < given_on:
        check.fail(f"{path}.expires_on", "ligger før given_on")
    return {
        "key": check.key(c.get("key"), f"{path}.key"),
        "child": check.key(c.get("child"), f"{path}.child"),
        "given_by": check.text(c.get("given_by"), f"{path}.given_by", max_len=120).strip(),
        "given_on": given_on,
        "scope": check.text(c.get("scope"), f"{path}.scope", required=False),
        "recipients": recipients,
        "expires_on": expires_on,
        "withdrawn_on": check.day(c.get("withdrawn_on"), f"{path}.withdrawn_on", optional=True),
        "recorded_by": check.key(c.get("recorded_by"), f"{path}.recorded_by"),
        "recorded_at": check.moment(c.get("recorded_at"), f"{path}.recorded_at"),
    }


def check_handout(check: Checker, item: Any, path: str) -> dict[str, Any]:
    h = check.obj(item, path)
    child, consent = h.get("child"), h.get("consent")
    return {
        # A handout about a community names no child.
        "child": check.key(child, f"{path}.child") if child is not None else None,
        "kind": check.choice(h.get("kind"), f"{path}.kind", HANDOUT_KINDS),
        "mode": check.choice(h.get("mode", ""), f"{path}.mode", HANDOUT_MODES),
        "recipient": check.text(h.get("recipient"), f"{path}.recipient", False, 120).strip(),
        "narratives": check.keys(h.get("narratives"), f"{path}.narratives"),
        "consent": check.key(consent, f"{path}.consent") if consent is not None else None,
        "author": check.key(h.get("author"), f"{path}.author"),
        "at": check.moment(h.get("at"), f"{path}.at"),
    }


def export_consents(session: Session, institution_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Consent, Child.key, Staff.key)
        .join(Child, Child.id == Consent.child_id)
        .join(Staff, Staff.id == Consent.recorded_by_id)
        .where(Child.institution_id == institution_id)
        .order_by(Consent.id)
    )
    return [
        {
            "key": c.key,
            "child": child,
            "given_by": c.given_by,
            "given_on": c.given_on.isoformat(),
            "scope": c.scope,
            "recipients": list(c.recipients),
            "expires_on": c.expires_on.isoformat() if c.expires_on else None,
            "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
            "recorded_by": staff,
            "recorded_at": moment_text(c.recorded_at),
        }
        for c, child, staff in rows
    ]


def export_handouts(session: Session, institution_id: int) -> list[dict[str, Any]]:
    # A community handout has no child: the institution is the author's.
    author = aliased(Staff)
    rows = session.execute(
        select(HandoutRecord, author.key, Child.key, Consent.key)
        .join(author, author.id == HandoutRecord.created_by_id)
        .outerjoin(Child, Child.id == HandoutRecord.child_id)
        .outerjoin(Consent, Consent.id == HandoutRecord.consent_id)
        .where(author.institution_id == institution_id)
        .order_by(HandoutRecord.id)
    )
    return [
        {
            "child": child,
            "kind": h.kind,
            "mode": h.mode,
            "recipient": h.recipient,
            "narratives": list(h.narrative_keys),
            "consent": consent,
            "author": staff,
            "at": moment_text(h.created_at),
        }
        for h, staff, child, consent in rows
    ]


def import_consents(importer: Any, consents: list[dict[str, Any]]) -> dict[str, Consent]:
    """The consents by key, for the handout records that name them."""
    session: Session = importer.session
    session.flush()
    made: dict[str, Consent] = {}
    for i, record in enumerate(consents):
        path = f"consents[{i}]"
        if record["key"] in made:
            importer.check.fail(f"{path}.key", f"«{record['key']}» står der to gange")
            continue
        if session.scalar(select(Consent.id).where(Consent.key == record["key"])):
            importer.check.fail(f"{path}.key", f"samtykket «{record['key']}» findes allerede")
            continue
        child = importer.child(record["child"], f"{path}.child")
        staff = importer.author(record["recorded_by"], f"{path}.recorded_by")
        if child is None or staff is None:
            continue
        consent = Consent(
            key=record["key"], child_id=child.id, given_by=clean_text(record["given_by"]),
            given_on=record["given_on"], scope=clean_text(record["scope"]),
            recipients=[clean_text(r) for r in record["recipients"]],
            expires_on=record["expires_on"], withdrawn_on=record["withdrawn_on"],
            recorded_by_id=staff.id, recorded_at=record["recorded_at"],
        )  # fmt: skip
        session.add(consent)
        made[record["key"]] = consent
    session.flush()
    return made


def import_handouts(
    importer: Any, handouts: list[dict[str, Any]], consents: dict[str, Consent]
) -> None:
    session: Session = importer.session
    for i, record in enumerate(handouts):
        path = f"handouts[{i}]"
        child = importer.child(record["child"], f"{path}.child") if record["child"] else None
        author = importer.author(record["author"], f"{path}.author")
        consent = None
        if record["consent"] is not None:
            consent = consents.get(record["consent"]) or session.scalar(
                select(Consent).where(Consent.key == record["consent"])
            )
            if consent is None:
                importer.check.fail(
                    f"{path}.consent",
                    f"samtykket «{record['consent']}» findes ikke i filen eller databasen",
                )
        if author is None or (record["child"] and child is None):
            continue
        session.add(
            HandoutRecord(
                child_id=child.id if child else None, kind=record["kind"], mode=record["mode"],
                recipient=clean_text(record["recipient"]),
                narrative_keys=list(record["narratives"]),
                consent_id=consent.id if consent else None, created_by_id=author.id,
                created_at=record["at"],
            )
        )  # fmt: skip
