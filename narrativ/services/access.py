"""Right of access (indsigtsret): everything recorded about one child, as JSON and PDF.

Included: the child's record and group history; every narrative in which the child is focus
or present, with comments (other children's names masked, as in handouts); consents; the
disclosure log (handouts made about the child); and the audit entries that concern the child
or its narratives (who looked, when, and what for).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from narrativ.language.masking import Person, mask, plan_replacements
from narrativ.services import audit
from narrativ.services.consents import list_consents
from narrativ.services.handouts import disclosure_log
from narrativ.services.lookup import find_child
from narrativ.services.narrative_views import narrative_view, narratives_with_details
from narrativ.services.permissions import require_leader
from narrativ.services.plans import list_plans
from narrativ.services.views import NarrativeView
from narrativ.services.workspace import Workspace
from narrativ.store.models import AuditEvent, Child, Institution, Narrative, NarrativeChild, Staff
from narrativ.vault.keyfile import write_private_file

AUDIT_PURPOSES = {
    "child.view": "læst barnets side",
    "narrative.read": "læst en fortælling",
    "handout.print": "lavet materiale",
    "consent.add": "registreret samtykke",
    "consent.withdraw": "samtykke trukket tilbage",
    "child.add": "barnet oprettet",
    "child.move": "barnet flyttet til en anden gruppe",
    "child.left": "barnet registreret som stoppet",
    "narrative.create": "narrativ oprettet",
    "narrative.update": "narrativ ændret",
    "narrative.share": "narrativ delt",
    "narrative.review": "narrativ set af leder",
    "comment.add": "kommentar skrevet",
    "access.export": "indsigt udleveret",
}


@dataclass(frozen=True)
class AccessExport:
    json_path: Path
    pdf_path: Path
    narratives: int


def collect(ws: Workspace, child: str) -> dict[str, Any]:
    require_leader(ws.user, "lave en indsigtsudskrift")
    with ws.reading() as session:
        record = find_child(session, child)
        others = [
            Person(c.key, c.first_name, c.gender)
            for c in session.scalars(select(Child).where(Child.id != record.id))
        ]
        staff_names = sorted({s.name.split()[0] for s in session.scalars(select(Staff))})
        keep = [record.first_name, *staff_names]
        institution = session.scalars(select(Institution)).first()
        tagged = select(NarrativeChild.narrative_id).where(NarrativeChild.child_id == record.id)
        name = record.first_name
        # Also narratives that name the child without tagging it: they are about it too.
        named = or_(
            Narrative.story.contains(name, autoescape=True),
            Narrative.reflection.contains(name, autoescape=True),
            Narrative.next_steps.contains(name, autoescape=True),
        )
        word = re.compile(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])")
        views = [
            narrative_view(n)
            for n in session.scalars(
                narratives_with_details()
                .where(or_(Narrative.id.in_(tagged), named))
                .order_by(Narrative.occurred_on, Narrative.id)
            )
        ]
        tagged_keys = {
            v.key for v in views if any(c.key == record.key for c in (*v.focus, *v.present))
        }
        views = [
            v
            for v in views
            if v.key in tagged_keys
            or any(word.search(t) for t in (v.story, v.reflection, v.next_steps))
        ]
        texts = [t for v in views for t in (v.story, v.reflection, v.next_steps)]
        texts += [c.body for v in views for c in v.comments]
        plan = plan_replacements(texts, others, keep)

        def masked(value: str) -> str:
            return mask(value, others, plan, keep).text

        narrative_keys = [v.key for v in views]
        events = session.scalars(
            select(AuditEvent)
            .where(
                or_(
                    (AuditEvent.object_type == "child") & (AuditEvent.object_key == record.key),
                    (AuditEvent.object_type == "narrative")
                    & AuditEvent.object_key.in_(narrative_keys),
                )
            )
            .order_by(AuditEvent.at)
        )
        audit_rows = [
            {
                "at": e.at.isoformat(timespec="seconds"),
                "who": e.actor_name,
                "action": e.action,
                "purpose": AUDIT_PURPOSES.get(e.action, e.action),
                "object": e.object_key,
            }
            for e in events
        ]
        memberships = [
            {
                "group": m.group.name,
                "from": m.from_date.isoformat(),
                "to": m.to_date.isoformat() if m.to_date else None,
            }
            for m in record.memberships
        ]
        child_record = {
            "key": record.key,
            "first_name": record.first_name,
            "last_initial": record.last_initial,
            "birth_month": record.birth_month,
            "gender": record.gender,
            "started": record.started.isoformat() if record.started else None,
            "left": record.left.isoformat() if record.left else None,
            "groups": memberships,
        }
        child_key = record.key
        institution_name = institution.name if institution else ""

    def role(view: NarrativeView) -> str:
        if any(c.key == child_key for c in view.focus):
            return "focus"
        if any(c.key == child_key for c in view.present):
            return "present"
        return "mentioned"

    role_of = {v.key: role(v) for v in views}
    return {
        "format": "narrativ-access-export",
        "version": 1,
        "made": date.today().isoformat(),
        "made_by": ws.user.name,
        "institution": institution_name,
        "child": child_record,
        "narratives": [
            {
                "key": v.key,
                "date": v.occurred_on.isoformat(),
                "part_of_day": v.part_of_day,
                "context": v.context,
                "group": v.group.name,
                "author": v.author_name,
                "role": role_of[v.key],
                "status": v.status,
                "themes": list(v.themes),
                "relations": list(v.relations),
                "story": masked(v.story),
                "reflection": masked(v.reflection),
                "next_steps": masked(v.next_steps),
                "comments": [
                    {
                        "by": c.author,
                        "at": c.created_at.isoformat(timespec="seconds"),
                        "text": masked(c.body),
                    }
                    for c in v.comments
                ],
            }
            for v in views
        ],
        "consents": [
            {
                "given_by": c.given_by,
                "given_on": c.given_on.isoformat(),
                "recipients": list(c.recipients),
                "scope": c.scope,
                "expires_on": c.expires_on.isoformat() if c.expires_on else None,
                "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
            }
            for c in list_consents(ws, child_key)
        ],
        "disclosures": [
            {
                "at": d.created_at.isoformat(timespec="seconds"),  # type: ignore[attr-defined]
                "by": d.created_by,
                "kind": d.kind,
                "mode": d.mode,
                "recipient": d.recipient,
                "narratives": list(d.narrative_keys),
            }
            for d in disclosure_log(ws, child_key)
        ],
        "plans": [
            {
                "want_more_of": plan.want_more_of,
                "what_we_do": plan.what_we_do,
                "who": plan.who,
                "follow_up_on": plan.follow_up_on.isoformat(),
                "status": plan.status,
                "follow_ups": [
                    {"date": f.on.isoformat(), "what_happened": f.what_happened, "by": f.author}
                    for f in plan.follow_ups
                ],
            }
            for plan in list_plans(ws, child=child_key)
        ],
        "audit": audit_rows,
    }


def export_access(ws: Workspace, child: str, folder: Path) -> AccessExport:
    from narrativ.reports.access_report import render_access_report

    data = collect(ws, child)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = f"indsigt-{data['child']['first_name']}-{data['made']}"
    json_path = folder / f"{stem}.json"
    pdf_path = folder / f"{stem}.pdf"
    write_private_file(json_path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    write_private_file(pdf_path, render_access_report(data))
    with ws.session() as session:
        audit.record(
            session, ws.user, "access.export", "child", data["child"]["key"],
            narratives=len(data["narratives"]),
        )  # fmt: skip
    return AccessExport(json_path, pdf_path, len(data["narratives"]))
