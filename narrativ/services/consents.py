"""Parents' consents to share named information with named recipients (samtykke)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from narrativ.errors import InvalidInput, NotFound, NotPermitted
from narrativ.services import audit
from narrativ.services.lookup import find_child
from narrativ.services.narrative_input import clean_text
from narrativ.services.organisation import current_group
from narrativ.services.permissions import can_see_child_in_group
from narrativ.services.workspace import Workspace
from narrativ.store.models import Child, Consent, Staff, new_key


@dataclass(frozen=True)
class ConsentView:
    key: str
    child: str
    given_by: str
    given_on: date
    scope: str
    recipients: tuple[str, ...]
    expires_on: date | None
    withdrawn_on: date | None
    recorded_by: str

    def valid_for(self, recipient: str, on: date) -> bool:
        return (
            self.withdrawn_on is None
            and (self.expires_on is None or self.expires_on >= on)
            and self.given_on <= on
            and recipient.strip().casefold() in {r.casefold() for r in self.recipients}
        )

    @property
    def reference(self) -> str:
        expiry = self.expires_on.strftime("%d.%m.%Y") if self.expires_on else "ingen udløbsdato"
        return (
            f"givet af {self.given_by} den {self.given_on.strftime('%d.%m.%Y')} "
            f"til {', '.join(self.recipients)}; gælder til {expiry} (ref. {self.key})"
        )


def require_child_access(ws: Workspace, session: Session, child: Child) -> None:
    group = current_group(child)
    if not can_see_child_in_group(ws.user, group.id if group else None):
        raise NotPermitted("Du kan kun arbejde med børn i dine egne grupper.")


def _view(consent: Consent, session: Session) -> ConsentView:
    child = session.get(Child, consent.child_id)
    staff = session.get(Staff, consent.recorded_by_id)
    assert child is not None and staff is not None
    return ConsentView(
        key=consent.key,
        child=child.display_name,
        given_by=consent.given_by,
        given_on=consent.given_on,
        scope=consent.scope,
        recipients=tuple(consent.recipients),
        expires_on=consent.expires_on,
        withdrawn_on=consent.withdrawn_on,
        recorded_by=staff.name,
    )


def add_consent(
    ws: Workspace,
    child: str,
    given_by: str,
    given_on: date,
    recipients: list[str],
    scope: str = "",
    expires_on: date | None = None,
) -> str:
    given_by = clean_text(given_by)
    recipients = [clean_text(r) for r in recipients if clean_text(r)]
    if not given_by:
        raise InvalidInput("Skriv, hvem der har givet samtykket (fx barnets mor).")
    if not recipients:
        raise InvalidInput("Skriv mindst én modtager, fx PPR eller sundhedsplejersken.")
    if given_on > date.today():
        raise InvalidInput("Et samtykke kan ikke være givet i fremtiden.")
    if expires_on is not None and expires_on < given_on:
        raise InvalidInput("Udløbsdatoen ligger før datoen for samtykket.")
    with ws.session() as session:
        record = find_child(session, child)
        require_child_access(ws, session, record)
        consent = Consent(
            key=new_key("k"),
            child_id=record.id,
            given_by=given_by,
            given_on=given_on,
            scope=clean_text(scope),
            recipients=recipients,
            expires_on=expires_on,
            recorded_by_id=ws.user.staff_id,
        )
        session.add(consent)
        audit.record(session, ws.user, "consent.add", "child", record.key, consent=consent.key)
        return consent.key


def withdraw_consent(ws: Workspace, key: str, on: date | None = None) -> None:
    with ws.session() as session:
        consent = session.scalar(select(Consent).where(Consent.key == key))
        if consent is None:
            raise NotFound(f"Samtykket «{key}» findes ikke.")
        child = session.get(Child, consent.child_id)
        assert child is not None
        require_child_access(ws, session, child)
        consent.withdrawn_on = on or date.today()
        audit.record(session, ws.user, "consent.withdraw", "child", child.key, consent=key)


def list_consents(ws: Workspace, child: str) -> list[ConsentView]:
    with ws.reading() as session:
        record = find_child(session, child)
        require_child_access(ws, session, record)
        rows = session.scalars(
            select(Consent).where(Consent.child_id == record.id).order_by(Consent.given_on)
        )
        return [_view(c, session) for c in rows]


def valid_consent(ws: Workspace, child: str, recipient: str, on: date) -> ConsentView | None:
    return next((c for c in reversed(list_consents(ws, child)) if c.valid_for(recipient, on)), None)
