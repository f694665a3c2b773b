"""Handouts for parent meetings and cross-professional meetings: choosing, masking, recording.

Only narratives in which the child is a *focus* child go into the child's handout: a
narrative where the child was merely present is about someone else. Drafts never go out.
Other children's names are masked (see ``narrativ.language.masking``); the educator sees
the plan in the preview and can change a phrase before printing. Every printed handout is
recorded (who, when, which child, kind, mode, narratives, recipient) and audited.

A cross-professional handout may carry the child's action plans too, masked by the same
plan as the narratives and under the same consent (a plan is about the same child). Parent
handouts carry none: the plan is talked through at the meeting, not handed over.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select

from narrativ.errors import InvalidInput, NotPermitted
from narrativ.language.masking import Person, mask, plan_replacements
from narrativ.reports.handout_data import (
    HandoutItem,
    MeetingHandout,
    ParentHandout,
    PlanFollowUp,
    PlanItem,
)
from narrativ.services import audit
from narrativ.services.consents import list_consents, require_child_access
from narrativ.services.lookup import find_child
from narrativ.services.narrative_views import narrative_view, narratives_with_details
from narrativ.services.organisation import current_group
from narrativ.services.permissions import require_leader, visible_narratives
from narrativ.services.plans import PlanView, list_plans
from narrativ.services.views import NarrativeView
from narrativ.services.workspace import Workspace
from narrativ.store.models import (
    Child,
    Consent,
    HandoutRecord,
    Institution,
    Narrative,
    NarrativeChild,
    Staff,
)

DEFAULT_PSEUDONYM = "Barnet"
GROUP_HANDOUT_LABEL = "(anonymt om et fællesskab)"


@dataclass(frozen=True)
class HandoutRequest:
    child: str  # key or name as shown
    date_from: date
    date_to: date
    narrative_keys: tuple[str, ...] | None = None  # None: every candidate in the period
    with_reflection: bool = False
    with_next_steps: bool = False
    replacements: Mapping[str, str] = field(default_factory=dict)  # child key → phrase
    plan_keys: tuple[str, ...] = ()  # action plans for a cross-professional handout


@dataclass(frozen=True)
class PreparedHandout:
    kind: str  # "parent" or "meeting"
    mode: str  # "named" or "anonymous"
    recipient: str
    child_key: str
    narrative_keys: tuple[str, ...]
    plan: dict[str, str]  # other child's key → the phrase that replaces the name
    names: dict[str, str]  # other child's key → name as shown, for the preview
    data: ParentHandout | MeetingHandout
    consent_key: str | None = None
    plan_keys: tuple[str, ...] = ()
    group_key: str | None = None  # a handout about a community or a whole group


@dataclass(frozen=True)
class DisclosureView:
    created_at: object
    created_by: str
    child: str
    kind: str
    mode: str
    recipient: str
    narrative_keys: tuple[str, ...]


def candidates(ws: Workspace, child: str, date_from: date, date_to: date) -> list[NarrativeView]:
    """Shared narratives in the period with the child as focus, oldest first."""
    if date_to < date_from:
        raise InvalidInput("Perioden slutter, før den begynder.")
    with ws.reading() as session:
        record = find_child(session, child)
        require_child_access(ws, session, record)
        rows = session.scalars(
            narratives_with_details()
            .join(NarrativeChild, NarrativeChild.narrative_id == Narrative.id)
            .where(
                NarrativeChild.child_id == record.id,
                NarrativeChild.role == "focus",
                Narrative.status != "draft",
                Narrative.occurred_on >= date_from,
                Narrative.occurred_on <= date_to,
                visible_narratives(ws.user),
            )
            .order_by(Narrative.occurred_on, Narrative.id)
        )
        return [narrative_view(n, with_comments=False) for n in rows]


def _chosen(ws: Workspace, request: HandoutRequest) -> list[NarrativeView]:
    offered = candidates(ws, request.child, request.date_from, request.date_to)
    if request.narrative_keys is None:
        return offered
    by_key = {n.key: n for n in offered}
    missing = [k for k in request.narrative_keys if k not in by_key]
    if missing:
        raise InvalidInput(
            "Disse narrativer kan ikke komme med, fordi barnet ikke er fokusbarn i dem, de "
            "ligger uden for perioden eller ikke er delt: " + ", ".join(missing)
        )
    return [by_key[k] for k in request.narrative_keys]


def _people(ws: Workspace, focus_key: str) -> tuple[list[Person], list[str], Child]:
    with ws.reading() as session:
        children = list(session.scalars(select(Child)))
        staff = list(session.scalars(select(Staff)))
        focus = next(c for c in children if c.key == focus_key)
        session.expunge(focus)
    others = [Person(c.key, c.first_name, c.gender) for c in children if c.key != focus_key]
    staff_names = sorted({s.name.split()[0] for s in staff if s.name.split()})
    return others, staff_names, focus


def texts_of(views: list[NarrativeView], plans: Sequence[PlanView] = ()) -> list[str]:
    texts = [t for v in views for t in (v.story, v.reflection, v.next_steps)]
    for plan in plans:
        texts += [plan.want_more_of, plan.what_we_do, plan.who]
        texts += [f.what_happened for f in plan.follow_ups]
    return texts


def plan_candidates(ws: Workspace, child: str) -> list[PlanView]:
    """The child's action plans the user may work with, open ones first."""
    plans = list_plans(ws, child=child)
    return sorted(plans, key=lambda p: (p.status != "open", p.follow_up_on))


def chosen_plans(offered: list[PlanView], keys: tuple[str, ...]) -> list[PlanView]:
    by_key = {p.key: p for p in offered}
    missing = [k for k in keys if k not in by_key]
    if missing:
        raise InvalidInput(
            "Disse handleplaner hører ikke til materialets emne: " + ", ".join(missing)
        )
    return [by_key[k] for k in dict.fromkeys(keys)]


def plan_items(
    plans: list[PlanView],
    subject: str,
    others: list[Person],
    plan: Mapping[str, str],
    keep: list[str],
) -> tuple[PlanItem, ...]:
    """Plans as printed in a handout: every text masked as the narratives are."""

    def masked(value: str) -> str:
        return mask(value, others, plan, keep).text

    return tuple(
        PlanItem(
            subject=subject,
            want_more_of=masked(p.want_more_of),
            what_we_do=masked(p.what_we_do),
            who=masked(p.who),
            follow_up_on=p.follow_up_on,
            closed=p.status == "closed",
            follow_ups=tuple(
                PlanFollowUp(f.on, masked(f.what_happened), f.author) for f in p.follow_ups
            ),
        )
        for p in plans
    )


def masked_items(
    views: list[NarrativeView], others: list[Person], plan: Mapping[str, str], keep: list[str]
) -> tuple[HandoutItem, ...]:
    def masked(value: str) -> str:
        return mask(value, others, plan, keep).text

    return tuple(
        HandoutItem(
            occurred_on=v.occurred_on,
            part_of_day=v.part_of_day,
            context=v.context,
            story=masked(v.story),
            reflection=masked(v.reflection),
            next_steps=masked(v.next_steps),
            themes=tuple(t for t in v.themes),
        )
        for v in views
    )


def _institution_name(ws: Workspace) -> str:
    with ws.reading() as session:
        institution = session.scalars(select(Institution)).first()
        return institution.name if institution else ""


def prepare_parent_handout(
    ws: Workspace, request: HandoutRequest, today: date | None = None
) -> PreparedHandout:
    views = _chosen(ws, request)
    with ws.session() as session:
        record = find_child(session, request.child)
        group = current_group(record)
        child_key, first_name, gender = record.key, record.first_name, record.gender
        group_name = group.name if group else ""
    others, staff_names, _focus = _people(ws, child_key)
    keep = [first_name, *staff_names]
    plan = plan_replacements(texts_of(views), others, keep) | {
        k: v.strip() for k, v in request.replacements.items() if v.strip()
    }
    pronoun = {"pige": "hun", "dreng": "han"}.get(gender or "", first_name)
    data = ParentHandout(
        institution=_institution_name(ws),
        group=group_name,
        child_first_name=first_name,
        child_pronoun=pronoun,
        educator=ws.user.name,
        period_from=request.date_from,
        period_to=request.date_to,
        created_on=today or date.today(),
        items=masked_items(views, others, plan, keep),
        with_reflection=request.with_reflection,
        with_next_steps=request.with_next_steps,
    )
    names = {p.key: p.first_name for p in others if p.key in plan}
    return PreparedHandout(
        "parent", "named", "forældre", child_key, tuple(v.key for v in views), plan, names, data
    )


def consent_problem(ws: Workspace, child: str, recipient: str, on: date) -> str | None:
    """Why a named handout to ``recipient`` is not allowed today, or None when it is."""
    consents = list_consents(ws, child)
    if any(c.valid_for(recipient, on) for c in consents):
        return None
    wanted = recipient.strip().casefold()
    covering = [c for c in consents if wanted in {r.casefold() for r in c.recipients}]
    if not consents:
        return "Der er ikke registreret noget samtykke for barnet."
    if not covering:
        return f"Intet samtykke omfatter modtageren «{recipient}»."
    if all(c.withdrawn_on is not None for c in covering):
        return f"Samtykket til «{recipient}» er trukket tilbage."
    return f"Samtykket til «{recipient}» er udløbet."


def prepare_meeting_handout(
    ws: Workspace,
    request: HandoutRequest,
    recipient: str,
    anonymous: bool,
    pseudonym: str = DEFAULT_PSEUDONYM,
    questions: tuple[str, ...] = (),
    today: date | None = None,
) -> PreparedHandout:
    today = today or date.today()
    recipient = " ".join(recipient.split())
    if not recipient:
        raise InvalidInput("Skriv, hvem materialet er til (fx PPR).")
    pseudonym = " ".join(pseudonym.split()) or DEFAULT_PSEUDONYM
    views = _chosen(ws, replace(request, with_reflection=True, with_next_steps=True))
    with ws.session() as session:
        record = find_child(session, request.child)
        child_key, first_name, birth_month = record.key, record.first_name, record.birth_month
    plans = (
        chosen_plans(plan_candidates(ws, child_key), request.plan_keys) if request.plan_keys else []
    )
    consent = None
    if not anonymous:
        problem = consent_problem(ws, child_key, recipient, today)
        if problem is not None:
            raise NotPermitted(
                f"Materialet med navn kan ikke laves: {problem} Brug anonym sparring, eller "
                "registrér forældrenes samtykke først."
            )
        consent = next(
            c for c in reversed(list_consents(ws, child_key)) if c.valid_for(recipient, today)
        )
    others, staff_names, focus = _people(ws, child_key)
    if anonymous:
        # The child itself becomes the pseudonym; every other child is masked as usual.
        others = [Person(child_key, first_name, focus.gender), *others]
        keep = list(staff_names)
        plan = plan_replacements(texts_of(views, plans), others[1:], keep)
        plan[child_key] = pseudonym
    else:
        keep = [first_name, *staff_names]
        plan = plan_replacements(texts_of(views, plans), others, keep)
    plan |= {k: v.strip() for k, v in request.replacements.items() if v.strip() and k != child_key}
    data = MeetingHandout(
        child_label=pseudonym if anonymous else f"{first_name}",
        anonymous=anonymous,
        recipient=recipient,
        educator=ws.user.name,
        period_from=request.date_from,
        period_to=request.date_to,
        created_on=today,
        items=masked_items(views, others, plan, keep),
        questions=tuple(q.strip() for q in questions if q.strip()),
        institution=None if anonymous else _institution_name(ws),
        birth_month=None if anonymous else birth_month,
        consent_reference=consent.reference if consent else None,
        plans=plan_items(plans, pseudonym if anonymous else first_name, others, plan, keep),
    )
    names = {p.key: p.first_name for p in others if p.key in plan and p.key != child_key}
    return PreparedHandout(
        "meeting",
        "anonymous" if anonymous else "named",
        recipient,
        child_key,
        tuple(v.key for v in views),
        {k: v for k, v in plan.items() if k != child_key},
        names,
        data,
        consent.key if consent else None,
        tuple(p.key for p in plans),
    )


def render(prepared: PreparedHandout) -> bytes:
    if isinstance(prepared.data, ParentHandout):
        from narrativ.reports.parent_handout import render_parent_handout

        return render_parent_handout(prepared.data)
    from narrativ.reports.meeting_handout import render_meeting_handout

    return render_meeting_handout(prepared.data)


def record_handout(ws: Workspace, prepared: PreparedHandout) -> None:
    """Call when the PDF is printed or saved: the disclosure log a parent can see.

    A handout about a community or a group names no child (every name is masked), so it
    is in no child's disclosure log; the house's log lists it, and the audit log has it.
    """
    with ws.session() as session:
        child = find_child(session, prepared.child_key) if prepared.child_key else None
        consent_id = None
        if prepared.consent_key:
            consent_id = session.scalar(
                select(Consent.id).where(Consent.key == prepared.consent_key)
            )
        session.add(
            HandoutRecord(
                child_id=child.id if child else None,
                kind=prepared.kind,
                mode=prepared.mode,
                recipient=prepared.recipient,
                narrative_keys=list(prepared.narrative_keys),
                consent_id=consent_id,
                created_by_id=ws.user.staff_id,
            )
        )
        audit.record(
            session,
            ws.user,
            "handout.print",
            "child" if child else "group",
            child.key if child else prepared.group_key or "",
            kind=prepared.kind,
            mode=prepared.mode,
            recipient=prepared.recipient,
            narratives=len(prepared.narrative_keys),
            plans=len(prepared.plan_keys),
        )


def disclosure_log(ws: Workspace, child: str | None = None) -> list[DisclosureView]:
    require_leader(ws.user, "se udleveringsloggen")
    with ws.session() as session:
        query = (
            select(HandoutRecord, Staff.name, Child)
            .join(Staff, Staff.id == HandoutRecord.created_by_id)
            .outerjoin(Child, Child.id == HandoutRecord.child_id)
            .order_by(HandoutRecord.created_at.desc())
        )
        if child is not None:
            query = query.where(HandoutRecord.child_id == find_child(session, child).id)
        return [
            DisclosureView(
                created_at=record.created_at,
                created_by=name,
                child=record_child.display_name if record_child else GROUP_HANDOUT_LABEL,
                kind=record.kind,
                mode=record.mode,
                recipient=record.recipient,
                narrative_keys=tuple(record.narrative_keys),
            )
            for record, name, record_child in session.execute(query)
        ]
