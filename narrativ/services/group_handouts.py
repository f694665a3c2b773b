"""The cross-professional handout about a community: the whole group or a constellation.

Always anonymous. The method aims the effort at the community, and a PPR consultant can
spar about "de store drenge ved klodserne" without knowing who they are: every child's
name is masked (as other children are in a child's handout), and neither institution nor
group is named. A community narrative never enters a single child's handout (that takes
narratives with the child as focus only); here is where it goes out of the house.
Community action plans of the group can go with it, masked the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select

from narrativ.errors import InvalidInput
from narrativ.language.masking import Person, mask, plan_replacements
from narrativ.reports.handout_data import MeetingHandout
from narrativ.services.handouts import (
    PreparedHandout,
    chosen_plans,
    masked_items,
    plan_items,
    texts_of,
)
from narrativ.services.lookup import group_by_key
from narrativ.services.narrative_views import narrative_view, narratives_with_details
from narrativ.services.permissions import visible_narratives
from narrativ.services.plans import PlanView, list_plans
from narrativ.services.seen import community_key
from narrativ.services.views import NarrativeView
from narrativ.services.workspace import Workspace
from narrativ.store.models import Child, Narrative, Staff

#: What the handout calls its subject when no one community is chosen.
WHOLE_GROUP = "børnegruppen"


@dataclass(frozen=True)
class GroupHandoutRequest:
    group: str  # group key
    date_from: date
    date_to: date
    community: str | None = None  # None: every community narrative of the group
    narrative_keys: tuple[str, ...] | None = None  # None: every candidate in the period
    plan_keys: tuple[str, ...] = ()
    replacements: Mapping[str, str] = field(default_factory=dict)  # child key → phrase


def group_candidates(
    ws: Workspace, group: str, date_from: date, date_to: date, community: str | None = None
) -> list[NarrativeView]:
    """Shared community narratives of the group in the period, oldest first."""
    if date_to < date_from:
        raise InvalidInput("Perioden slutter, før den begynder.")
    with ws.reading() as session:
        record = group_by_key(session, group)
        rows = session.scalars(
            narratives_with_details()
            .where(
                Narrative.group_id == record.id,
                Narrative.community.is_not(None),
                Narrative.status != "draft",
                Narrative.occurred_on >= date_from,
                Narrative.occurred_on <= date_to,
                visible_narratives(ws.user),
            )
            .order_by(Narrative.occurred_on, Narrative.id)
        )
        views = [narrative_view(n, with_comments=False) for n in rows]
    if community is None:
        return views
    wanted = community_key(community)
    return [v for v in views if v.community and community_key(v.community) == wanted]


def community_plan_candidates(
    ws: Workspace, group: str, community: str | None = None
) -> list[PlanView]:
    """The group's plans for a community (not for one child), open ones first."""
    plans = [p for p in list_plans(ws, group=group) if p.child is None]
    if community is not None:
        wanted = community_key(community)
        plans = [p for p in plans if p.community and community_key(p.community) == wanted]
    return sorted(plans, key=lambda p: (p.status != "open", p.follow_up_on))


def prepare_group_handout(
    ws: Workspace,
    request: GroupHandoutRequest,
    recipient: str,
    questions: tuple[str, ...] = (),
    today: date | None = None,
) -> PreparedHandout:
    recipient = " ".join(recipient.split())
    if not recipient:
        raise InvalidInput("Skriv, hvem materialet er til (fx PPR).")
    offered = group_candidates(
        ws, request.group, request.date_from, request.date_to, request.community
    )
    if request.narrative_keys is None:
        views = offered
    else:
        by_key = {v.key: v for v in offered}
        missing = [k for k in request.narrative_keys if k not in by_key]
        if missing:
            raise InvalidInput(
                "Disse narrativer kan ikke komme med, fordi de ikke handler om fællesskabet, "
                "ligger uden for perioden eller ikke er delt: " + ", ".join(missing)
            )
        views = [by_key[k] for k in request.narrative_keys]
    plans = (
        chosen_plans(community_plan_candidates(ws, request.group, request.community),
                     request.plan_keys)
        if request.plan_keys
        else []
    )  # fmt: skip
    with ws.reading() as session:
        group_key = group_by_key(session, request.group).key
        children = [Person(c.key, c.first_name, c.gender) for c in session.scalars(select(Child))]
        staff = sorted(
            {s.name.split()[0] for s in session.scalars(select(Staff)) if s.name.split()}
        )
    # Every child is "another child" here: no one is named.
    texts = [*texts_of(views, plans), request.community or ""]
    plan = plan_replacements(texts, children, staff)
    plan |= {k: v.strip() for k, v in request.replacements.items() if v.strip()}
    # Named as the staff wrote it in the narratives, not as typed in the request.
    spelled = next((v.community for v in offered if v.community), request.community)
    subject = _subject(spelled if request.community else None, children, plan, staff)
    data = MeetingHandout(
        child_label=subject,
        anonymous=True,
        recipient=recipient,
        educator=ws.user.name,
        period_from=request.date_from,
        period_to=request.date_to,
        created_on=today or date.today(),
        items=tuple(
            replace(item, community=mask(view.community or "", children, plan, staff).text)
            for item, view in zip(masked_items(views, children, plan, staff), views, strict=True)
        ),
        questions=tuple(q.strip() for q in questions if q.strip()),
        plans=plan_items(plans, subject, children, plan, staff),
        about_group=True,
    )
    names = {c.key: c.first_name for c in children if c.key in plan}
    return PreparedHandout(
        kind="meeting",
        mode="anonymous",
        recipient=recipient,
        child_key="",
        narrative_keys=tuple(v.key for v in views),
        plan=plan,
        names=names,
        data=data,
        plan_keys=tuple(p.key for p in plans),
        group_key=group_key,
    )


def _subject(
    community: str | None, children: list[Person], plan: Mapping[str, str], keep: list[str]
) -> str:
    """ "fællesskabet «de store drenge ved klodserne»": a community's name is the staff's
    own words and may hold a child's name, so it is masked like the text."""
    if community is None:
        return WHOLE_GROUP
    return f"fællesskabet «{mask(' '.join(community.split()), children, plan, keep).text}»"


def known_communities(ws: Workspace, group: str) -> tuple[str, ...]:
    """The communities the group's staff have written about or made plans for, as most
    often spelled, in alphabetical order: offered where a community is chosen."""
    with ws.reading() as session:
        record = group_by_key(session, group)
        written = session.scalars(
            select(Narrative.community).where(
                Narrative.group_id == record.id,
                Narrative.community.is_not(None),
                visible_narratives(ws.user),
            )
        ).all()
    planned = [p.community for p in list_plans(ws, group=group) if p.community]
    spellings: dict[str, dict[str, int]] = {}
    for name in [*written, *planned]:
        cleaned = " ".join(name.split())
        if cleaned:
            counts = spellings.setdefault(community_key(cleaned), {})
            counts[cleaned] = counts.get(cleaned, 0) + 1
    chosen = [min(c.items(), key=lambda item: (-item[1], item[0]))[0] for c in spellings.values()]
    return tuple(sorted(chosen, key=str.casefold))
