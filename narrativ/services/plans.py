"""Action plans (handleplaner): for a child or a community, tied to everyday narratives.

A plan says what we want to see more of (written as a strength; the wording hints apply),
what we will do, who, and when to follow up. Follow-ups record what happened and link new
narratives as evidence. Leaders and the group's educators work with a group's plans; every
change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from narrativ.errors import InvalidInput, NotFound, NotPermitted
from narrativ.services import audit
from narrativ.services.lookup import find_child, find_narrative, group_by_key
from narrativ.services.narrative_input import clean_text
from narrativ.services.organisation import current_group
from narrativ.services.permissions import can_read
from narrativ.services.workspace import Workspace
from narrativ.store.models import (
    ActionPlan,
    Child,
    ChildGroup,
    FollowUp,
    Narrative,
    PlanNarrative,
    Staff,
    new_key,
    utcnow,
)


@dataclass(frozen=True)
class FollowUpView:
    on: date
    what_happened: str
    author: str
    narratives: tuple[str, ...]


@dataclass(frozen=True)
class PlanView:
    key: str
    group: str  # group key
    group_name: str
    child: str | None  # child key
    child_name: str | None
    community: str | None
    want_more_of: str
    what_we_do: str
    who: str
    follow_up_on: date
    status: str
    author: str
    narratives: tuple[str, ...]  # what the plan builds on
    follow_ups: tuple[FollowUpView, ...]

    @property
    def subject(self) -> str:
        return self.child_name or self.community or self.group_name


def _require_group(ws: Workspace, group_id: int) -> None:
    if not ws.user.is_leader and group_id not in ws.user.group_ids:
        raise NotPermitted("Du kan kun arbejde med handleplaner i dine egne grupper.")


def _narrative_ids(session, ws: Workspace, keys: list[str]) -> list[int]:  # type: ignore[no-untyped-def]
    ids = []
    for key in dict.fromkeys(keys):
        narrative = find_narrative(session, key)
        if not can_read(ws.user, narrative) or narrative.status == "draft":
            raise NotFound(f"Narrativen «{key}» findes ikke eller er ikke delt.")
        ids.append(narrative.id)
    return ids


def create_plan(
    ws: Workspace,
    want_more_of: str,
    follow_up_on: date,
    child: str | None = None,
    group: str | None = None,
    community: str | None = None,
    what_we_do: str = "",
    who: str = "",
    narratives: list[str] | None = None,
) -> str:
    want_more_of = clean_text(want_more_of)
    if not want_more_of:
        raise InvalidInput("Skriv, hvad I gerne vil se mere af.")
    if child is None and not (group and community):
        raise InvalidInput("En handleplan er for et barn eller for et fællesskab i en gruppe.")
    with ws.session() as session:
        child_row: Child | None = None
        if child is not None:
            child_row = find_child(session, child)
            group_row = current_group(child_row) if group is None else group_by_key(session, group)
            if group_row is None:
                raise InvalidInput("Barnet går ikke i nogen gruppe.")
        else:
            group_row = group_by_key(session, group or "")
        _require_group(ws, group_row.id)
        plan = ActionPlan(
            key=new_key("p"),
            institution_id=group_row.institution_id,
            group_id=group_row.id,
            child_id=child_row.id if child_row else None,
            community=clean_text(community or "")[:120] or None,
            want_more_of=want_more_of,
            what_we_do=clean_text(what_we_do),
            who=clean_text(who)[:200],
            follow_up_on=follow_up_on,
            created_by_id=ws.user.staff_id,
        )
        session.add(plan)
        session.flush()
        for narrative_id in _narrative_ids(session, ws, narratives or []):
            session.add(PlanNarrative(plan_id=plan.id, narrative_id=narrative_id))
        audit.record(session, ws.user, "plan.create", "plan", plan.key,
                     child=child_row.key if child_row else None)  # fmt: skip
        return plan.key


def _plan(session, ws: Workspace, key: str) -> ActionPlan:  # type: ignore[no-untyped-def]
    plan = session.scalar(select(ActionPlan).where(ActionPlan.key == key))
    if plan is None:
        raise NotFound(f"Handleplanen «{key}» findes ikke.")
    _require_group(ws, plan.group_id)
    return plan


def add_follow_up(
    ws: Workspace, key: str, on: date, what_happened: str, narratives: list[str] | None = None,
    next_follow_up: date | None = None, close: bool = False,
) -> None:  # fmt: skip
    what_happened = clean_text(what_happened)
    if not what_happened:
        raise InvalidInput("Skriv, hvad der er sket siden sidst.")
    with ws.session() as session:
        plan = _plan(session, ws, key)
        follow_up = FollowUp(
            plan_id=plan.id, on=on, what_happened=what_happened, author_id=ws.user.staff_id
        )
        session.add(follow_up)
        session.flush()
        existing = {
            pn.narrative_id
            for pn in session.scalars(select(PlanNarrative).where(PlanNarrative.plan_id == plan.id))
        }
        for narrative_id in _narrative_ids(session, ws, narratives or []):
            if narrative_id not in existing:
                session.add(
                    PlanNarrative(
                        plan_id=plan.id, narrative_id=narrative_id, follow_up_id=follow_up.id
                    )
                )
        if next_follow_up is not None:
            plan.follow_up_on = next_follow_up
        if close:
            plan.status = "closed"
        plan.updated_at = utcnow()
        audit.record(session, ws.user, "plan.follow_up", "plan", key, closed=close)


def update_plan(
    ws: Workspace, key: str, want_more_of: str, what_we_do: str, who: str, follow_up_on: date
) -> None:
    want_more_of = clean_text(want_more_of)
    if not want_more_of:
        raise InvalidInput("Skriv, hvad I gerne vil se mere af.")
    with ws.session() as session:
        plan = _plan(session, ws, key)
        plan.want_more_of = want_more_of
        plan.what_we_do = clean_text(what_we_do)
        plan.who = clean_text(who)[:200]
        plan.follow_up_on = follow_up_on
        plan.updated_at = utcnow()
        audit.record(session, ws.user, "plan.update", "plan", key)


def _views(session, plans: list[ActionPlan]) -> list[PlanView]:  # type: ignore[no-untyped-def]
    result = []
    for plan in plans:
        group = session.get(ChildGroup, plan.group_id)
        child = session.get(Child, plan.child_id) if plan.child_id else None
        author = session.get(Staff, plan.created_by_id)
        links = list(
            session.execute(
                select(Narrative.key, PlanNarrative.follow_up_id)
                .join(Narrative, Narrative.id == PlanNarrative.narrative_id)
                .where(PlanNarrative.plan_id == plan.id)
                .order_by(Narrative.occurred_on)
            )
        )
        follow_ups = tuple(
            FollowUpView(
                f.on,
                f.what_happened,
                session.get(Staff, f.author_id).name,  # type: ignore[union-attr]
                tuple(k for k, fid in links if fid == f.id),
            )
            for f in plan.follow_ups
        )
        result.append(
            PlanView(
                key=plan.key,
                group=group.key,
                group_name=group.name,
                child=child.key if child else None,
                child_name=child.display_name if child else None,
                community=plan.community,
                want_more_of=plan.want_more_of,
                what_we_do=plan.what_we_do,
                who=plan.who,
                follow_up_on=plan.follow_up_on,
                status=plan.status,
                author=author.name if author else "",
                narratives=tuple(k for k, fid in links if fid is None),
                follow_ups=follow_ups,
            )
        )
    return result


def list_plans(ws: Workspace, child: str | None = None, group: str | None = None) -> list[PlanView]:
    with ws.reading() as session:
        query = select(ActionPlan).order_by(ActionPlan.follow_up_on)
        if child is not None:
            query = query.where(ActionPlan.child_id == find_child(session, child).id)
        if group is not None:
            query = query.where(ActionPlan.group_id == group_by_key(session, group).id)
        plans = [
            p
            for p in session.scalars(query)
            if ws.user.is_leader or p.group_id in ws.user.group_ids
        ]
        return _views(session, plans)


def plans_due(ws: Workspace, today: date | None = None) -> list[PlanView]:
    """Open plans whose follow-up date has come: the start page lists them."""
    today = today or date.today()
    return [p for p in list_plans(ws) if p.status == "open" and p.follow_up_on <= today]


def get_plan(ws: Workspace, key: str) -> PlanView:
    with ws.reading() as session:
        return _views(session, [_plan(session, ws, key)])[0]
