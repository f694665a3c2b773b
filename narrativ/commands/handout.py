"""handout and consent: PDFs for meetings, and the consents that allow named ones."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from narrativ.commands.credentials import add_credentials, unlock_from_args
from narrativ.commands.wording import count
from narrativ.errors import InvalidInput


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato ÅÅÅÅ-MM-DD") from None


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    handout = commands.add_parser("handout", help="lav PDF til forældresamtale eller møde")
    kinds = handout.add_subparsers(dest="kind", required=True, metavar="SLAGS")

    parent = kinds.add_parser("parent", help="til forældresamtalen")
    _common(parent)
    parent.add_argument("--with-reflection", action="store_true", help="tag refleksionen med")
    parent.add_argument("--with-next-steps", action="store_true", help="tag næste skridt med")
    parent.set_defaults(run=run_parent)

    meeting = kinds.add_parser("meeting", help="til tværfagligt møde (PPR m.fl.)")
    _common(meeting)
    mode = meeting.add_mutually_exclusive_group(required=True)
    mode.add_argument("--anonymous", action="store_true", help="anonym sparring")
    mode.add_argument("--recipient", help="modtager med samtykke, fx PPR")
    meeting.add_argument("--pseudonym", default="Barnet", help="navn i anonym sparring")
    meeting.add_argument("--question", action="append", default=[], help="spørgsmål til mødet")
    meeting.set_defaults(run=run_meeting)

    consent = commands.add_parser("consent", help="forældres samtykke til deling")
    actions = consent.add_subparsers(dest="action", required=True, metavar="HANDLING")
    add = actions.add_parser("add", help="registrér et samtykke")
    add_credentials(add)
    add.add_argument("--child", required=True)
    add.add_argument("--given-by", required=True, help="hvem gav samtykket, fx mor")
    add.add_argument("--given-on", type=iso_date, default=date.today())
    add.add_argument("--recipient", action="append", required=True, help="modtager (gentag)")
    add.add_argument("--scope", default="", help="hvad samtykket dækker")
    add.add_argument("--expires", type=iso_date, default=None)
    add.set_defaults(run=run_consent_add)
    withdraw = actions.add_parser("withdraw", help="træk et samtykke tilbage")
    add_credentials(withdraw)
    withdraw.add_argument("key")
    withdraw.set_defaults(run=run_consent_withdraw)
    listing = actions.add_parser("list", help="vis et barns samtykker (JSON)")
    add_credentials(listing)
    listing.add_argument("--child", required=True)
    listing.set_defaults(run=run_consent_list)


def _common(parser: argparse.ArgumentParser) -> None:
    add_credentials(parser)
    parser.add_argument("--child", required=True, help='nøgle eller navn, fx "Emil J."')
    parser.add_argument("--from", dest="date_from", type=iso_date, required=True)
    parser.add_argument("--to", dest="date_to", type=iso_date, required=True)
    parser.add_argument("--out", type=Path, required=True, help="PDF-filen")


def _write_pdf(target: Path, pdf: bytes) -> None:
    from narrativ.vault.keyfile import write_private_file

    if target.is_dir():
        raise InvalidInput(f"{target} er en mappe; angiv et filnavn.")
    write_private_file(target, pdf)


def _make(args: argparse.Namespace, prepare) -> int:  # type: ignore[no-untyped-def]
    from narrativ.services.handouts import HandoutRequest, record_handout, render

    workspace = unlock_from_args(args)
    try:
        request = HandoutRequest(
            child=args.child,
            date_from=args.date_from,
            date_to=args.date_to,
            with_reflection=getattr(args, "with_reflection", False),
            with_next_steps=getattr(args, "with_next_steps", False),
        )
        prepared = prepare(workspace, request)
        pdf = render(prepared)
        _write_pdf(args.out, pdf)
        record_handout(workspace, prepared)
    finally:
        workspace.lock()
    print(f"Gemt: {args.out} ({count(len(prepared.narrative_keys), 'narrativ', 'narrativer')}).")
    return 0


def run_parent(args: argparse.Namespace) -> int:
    from narrativ.services.handouts import prepare_parent_handout

    return _make(args, prepare_parent_handout)


def run_meeting(args: argparse.Namespace) -> int:
    from narrativ.services.handouts import prepare_meeting_handout

    def prepare(workspace, request):  # type: ignore[no-untyped-def]
        return prepare_meeting_handout(
            workspace,
            request,
            recipient=args.recipient or "Anonym sparring",
            anonymous=args.anonymous,
            pseudonym=args.pseudonym,
            questions=tuple(args.question),
        )

    return _make(args, prepare)


def run_consent_add(args: argparse.Namespace) -> int:
    from narrativ.services.consents import add_consent

    workspace = unlock_from_args(args)
    try:
        key = add_consent(
            workspace,
            args.child,
            args.given_by,
            args.given_on,
            args.recipient,
            args.scope,
            args.expires,
        )
    finally:
        workspace.lock()
    print(f"Samtykket er registreret ({key}).")
    return 0


def run_consent_withdraw(args: argparse.Namespace) -> int:
    from narrativ.services.consents import withdraw_consent

    workspace = unlock_from_args(args)
    try:
        withdraw_consent(workspace, args.key)
    finally:
        workspace.lock()
    print("Samtykket er trukket tilbage.")
    return 0


def run_consent_list(args: argparse.Namespace) -> int:
    from narrativ.services.consents import list_consents

    workspace = unlock_from_args(args)
    try:
        consents = list_consents(workspace, args.child)
    finally:
        workspace.lock()
    rows = [
        {
            "key": c.key,
            "child": c.child,
            "given_by": c.given_by,
            "given_on": c.given_on.isoformat(),
            "recipients": list(c.recipients),
            "scope": c.scope,
            "expires_on": c.expires_on.isoformat() if c.expires_on else None,
            "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
            "valid_today": any(c.valid_for(r, date.today()) for r in c.recipients),
        }
        for c in consents
    ]
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
