"""Action plans in the interchange format (version 2).

A version-1 file has no plans; it is read as a version-2 file with an empty list, which is
all the migration an old file needs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from narrativ.services.interchange_format import Checker
from narrativ.services.narrative_input import clean_text
from narrativ.store.models import (
    ActionPlan,
    Child,
    ChildGroup,
    FollowUp,
    Narrative,
    PlanNarrative,
    Staff,
)


def check_plan(check: Checker, item: Any, path: str) -> dict[str, Any]:
    p = check.obj(item, path)
    follow_ups = []
    for i, f in enumerate(check.items(p.get("follow_ups"), f"{path}.follow_ups")):
        f_path = f"{path}.follow_ups[{i}]"
        f = check.obj(f, f_path)
        follow_ups.append(
            {
                "date": check.day(f.get("date"), f"{f_path}.date"),
                "what_happened": check.text(f.get("what_happened"), f"{f_path}.what_happened"),
                "author": check.key(f.get("author"), f"{f_path}.author"),
                "narratives": check.keys(f.get("narratives"), f"{f_path}.narratives"),
            }
        )
    child = p.get("child")
    community = p.get("community")
    record = {
        "key": check.key(p.get("key"), f"{path}.key"),
        "child": check.key(child, f"{path}.child") if child is not None else None,
        "group": check.key(p.get("group"), f"{path}.group"),
        "community": check.text(community, f"{path}.community", required=False, max_len=120)
        or None,
        "want_more_of": check.text(p.get("want_more_of"), f"{path}.want_more_of"),
        "what_we_do": check.text(p.get("what_we_do"), f"{path}.what_we_do", required=False),
        "who": check.text(p.get("who"), f"{path}.who", required=False, max_len=200),
        "follow_up_on": check.day(p.get("follow_up_on"), f"{path}.follow_up_on"),
        "status": check.choice(p.get("status", "open"), f"{path}.status", ("open", "closed")),
        "author": check.key(p.get("author"), f"{path}.author"),
        "narratives": check.keys(p.get("narratives"), f"{path}.narratives"),
        "follow_ups": follow_ups,
    }
    if record["child"] is None and not record["community"]:
        check.fail(f"{path}.child", "en handleplan er for et barn eller for et fællesskab")
    return record


def export_plans(session: Session, institution_id: int) -> list[dict[str, Any]]:
    plans = []
    mine = select(ActionPlan).where(ActionPlan.institution_id == institution_id)
    for plan in session.scalars(mine.order_by(ActionPlan.id)):
        links = list(
            session.execute(
                select(Narrative.key, PlanNarrative.follow_up_id)
                .join(Narrative, Narrative.id == PlanNarrative.narrative_id)
                .where(PlanNarrative.plan_id == plan.id)
                .order_by(Narrative.key)
            )
        )
        plans.append(
            {
                "key": plan.key,
                "child": session.get(Child, plan.child_id).key if plan.child_id else None,  # type: ignore[union-attr]
                "group": session.get(ChildGroup, plan.group_id).key,  # type: ignore[union-attr]
                "community": plan.community,
                "want_more_of": plan.want_more_of,
                "what_we_do": plan.what_we_do,
                "who": plan.who,
                "follow_up_on": plan.follow_up_on.isoformat(),
                "status": plan.status,
                "author": session.get(Staff, plan.created_by_id).key,  # type: ignore[union-attr]
                "narratives": [k for k, fid in links if fid is None],
                "follow_ups": [
                    {
                        "date": f.on.isoformat(),
                        "what_happened": f.what_happened,
                        "author": session.get(Staff, f.author_id).key,  # type: ignore[union-attr]
                        "narratives": [k for k, fid in links if fid == f.id],
                    }
                    for f in plan.follow_ups
                ],
            }
        )
    return plans


def import_plans(importer: Any, plans: list[dict[str, Any]]) -> None:
    """``importer`` is the interchange importer: it resolves keys and collects problems."""
    session: Session = importer.session
    session.flush()
    for i, record in enumerate(plans):
        path = f"plans[{i}]"
        if session.scalar(select(ActionPlan.id).where(ActionPlan.key == record["key"])):
            importer.check.fail(f"{path}.key", f"handleplanen «{record['key']}» findes allerede")
            continue
        group = importer.group(record["group"], f"{path}.group")
        child = importer.child(record["child"], f"{path}.child") if record["child"] else None
        author = importer.author(record["author"], f"{path}.author")
        if group is None or author is None or (record["child"] and child is None):
            continue
        plan = ActionPlan(
            key=record["key"], institution_id=importer.institution_id, group_id=group.id,
            child_id=child.id if child else None, community=record["community"],
            want_more_of=clean_text(record["want_more_of"]),
            what_we_do=clean_text(record["what_we_do"]),
            who=clean_text(record["who"]), follow_up_on=record["follow_up_on"],
            status=record["status"], created_by_id=author.id,
        )  # fmt: skip
        session.add(plan)
        session.flush()
        linked: set[int] = set()
        for key in record["narratives"]:
            narrative = _narrative(importer, key, f"{path}.narratives")
            if narrative is not None and narrative.id not in linked:
                session.add(PlanNarrative(plan_id=plan.id, narrative_id=narrative.id))
                linked.add(narrative.id)
        for j, f in enumerate(record["follow_ups"]):
            f_author = importer.author(f["author"], f"{path}.follow_ups[{j}].author")
            if f_author is None:
                continue
            follow_up = FollowUp(
                plan_id=plan.id, on=f["date"], what_happened=clean_text(f["what_happened"]),
                author_id=f_author.id,
            )  # fmt: skip
            session.add(follow_up)
            session.flush()
            for key in f["narratives"]:
                narrative = _narrative(importer, key, f"{path}.follow_ups[{j}].narratives")
                if narrative is not None and narrative.id not in linked:
                    session.add(
                        PlanNarrative(
                            plan_id=plan.id, narrative_id=narrative.id, follow_up_id=follow_up.id
                        )
                    )
                    linked.add(narrative.id)


def _narrative(importer: Any, key: str, path: str) -> Narrative | None:
    narrative = importer.session.scalar(select(Narrative).where(Narrative.key == key))
    if narrative is None:
        importer.check.fail(path, f"narrativen «{key}» findes ikke i filen eller databasen")
    return narrative
