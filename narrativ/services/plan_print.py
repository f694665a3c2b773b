"""An action plan printed for the staff's own use, with the narratives it builds on.

Named (the house's own working paper; what goes to other professionals goes through the
cross-professional handout, which masks). Every print is audited.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from narrativ.reports.handout_data import HandoutItem, PlanFollowUp, PlanItem, PlanSheet
from narrativ.services import audit
from narrativ.services.narrative_views import narrative_view, narratives_with_details
from narrativ.services.permissions import visible_narratives
from narrativ.services.plans import get_plan
from narrativ.services.workspace import Workspace
from narrativ.store.models import Institution, Narrative


def prepare_plan_sheet(ws: Workspace, key: str, today: date | None = None) -> PlanSheet:
    plan = get_plan(ws, key)  # checks that the user works with the plan's group
    linked = (*plan.narratives, *(k for f in plan.follow_ups for k in f.narratives))
    with ws.reading() as session:
        institution = session.scalars(select(Institution)).first()
        rows = session.scalars(
            narratives_with_details()
            .where(Narrative.key.in_(linked), visible_narratives(ws.user))
            .order_by(Narrative.occurred_on, Narrative.id)
        )
        views = [narrative_view(n, with_comments=False) for n in rows]
    return PlanSheet(
        institution=institution.name if institution else "",
        group=plan.group_name,
        author=plan.author,
        printed_by=ws.user.name,
        created_on=today or date.today(),
        plan=PlanItem(
            subject=plan.subject,
            want_more_of=plan.want_more_of,
            what_we_do=plan.what_we_do,
            who=plan.who,
            follow_up_on=plan.follow_up_on,
            closed=plan.status == "closed",
            follow_ups=tuple(
                PlanFollowUp(f.on, f.what_happened, f.author) for f in plan.follow_ups
            ),
        ),
        builds_on=tuple(
            HandoutItem(v.occurred_on, v.part_of_day, v.context, v.story, themes=v.themes)
            for v in views
        ),
    )


def render(sheet: PlanSheet) -> bytes:
    from narrativ.reports.plan_sheet import render_plan_sheet

    return render_plan_sheet(sheet)


def record_plan_print(ws: Workspace, key: str) -> None:
    """Call when the sheet is printed or saved."""
    get_plan(ws, key)
    with ws.session() as session:
        audit.record(session, ws.user, "plan.print", "plan", key)
