"""Import and export of a whole institution in the interchange format (see README).

Import is one transaction: every field is checked first, and any problem means nothing is
written. Staff and groups already in the database with the same name are the same ones;
children and narratives must be new keys.

The sections beside the house's people and narratives (version 3) have modules of their
own: comments, history and read marks (interchange_records), consents and handout records
(interchange_disclosure), the house's tags and settings (interchange_house). The audit log
is not exported: it belongs to the database it was written in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from narrativ.errors import NotFound
from narrativ.services import audit
from narrativ.services.interchange_disclosure import (
    check_consent,
    check_handout,
    export_consents,
    export_handouts,
    import_consents,
    import_handouts,
)
from narrativ.services.interchange_format import (
    FORMAT,
    VERSION,
    Checker,
    InterchangeError,
    check_child,
    check_group,
    check_header,
    check_narrative,
    check_staff,
    moment_text,
    optional_moment_text,
)
from narrativ.services.interchange_house import (
    check_settings,
    check_theme,
    export_settings,
    export_themes,
    import_settings,
    import_themes,
)
from narrativ.services.interchange_plans import check_plan, export_plans, import_plans
from narrativ.services.interchange_records import (
    check_comment,
    check_revision,
    check_seen,
    export_narrative_records,
    import_narrative_records,
)
from narrativ.services.narrative_input import clean_text
from narrativ.services.narrative_views import narrative_view, narratives_with_details
from narrativ.services.organisation import current_group
from narrativ.services.permissions import require_leader
from narrativ.services.tags import house_themes
from narrativ.services.workspace import Workspace
from narrativ.store.models import (
    Child,
    ChildGroup,
    GroupMembership,
    Institution,
    Narrative,
    NarrativeChild,
    RelationTag,
    Staff,
    Theme,
    utcnow,
)


@dataclass(frozen=True)
class ImportSummary:
    groups: int
    staff: int
    children: int
    narratives: int
    plans: int = 0
    comments: int = 0
    revisions: int = 0
    consents: int = 0
    handouts: int = 0


def export_document(ws: Workspace) -> dict[str, Any]:
    require_leader(ws.user, "eksportere hele institutionen")
    with ws.session() as session:
        # Only the user's own institution: a server may hold several.
        home = _home_institution(session, ws)
        institution = session.get(Institution, home)
        groups = list(
            session.scalars(
                select(ChildGroup).where(ChildGroup.institution_id == home).order_by(ChildGroup.id)
            )
        )
        staff = list(
            session.scalars(select(Staff).where(Staff.institution_id == home).order_by(Staff.id))
        )
        children = list(
            session.scalars(select(Child).where(Child.institution_id == home).order_by(Child.id))
        )
        rows = list(
            session.scalars(
                narratives_with_details()
                .where(Narrative.institution_id == home)
                .order_by(Narrative.id)
            )
        )
        narratives = [narrative_view(n, with_comments=False) for n in rows]
        reviewed = {n.key: n.reviewed_at for n in rows}
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "institution": {"name": institution.name if institution else ""},
            "groups": [{"key": g.key, "name": g.name, "age_band": g.age_band} for g in groups],
            "staff": [
                {
                    "key": s.key,
                    "name": s.name,
                    "initials": s.initials,
                    "role": s.role,
                    "groups": [g.key for g in s.groups],
                    "active": s.active,
                }
                for s in staff
            ],
            "children": [_child_json(c) for c in children],
            "narratives": [
                {
                    "key": n.key,
                    "date": n.occurred_on.isoformat(),
                    "part_of_day": n.part_of_day,
                    "context": n.context,
                    "group": n.group.key,
                    "author": n.author_key,
                    "focus": [c.key for c in n.focus],
                    "present": [c.key for c in n.present],
                    "relations": list(n.relations),
                    "themes": list(n.themes),
                    "story": n.story,
                    "reflection": n.reflection,
                    "next_steps": n.next_steps,
                    "status": n.status,
                    "story_type": n.story_type,
                    "community": n.community,
                    "created_at": moment_text(n.created_at),
                    "updated_at": moment_text(n.updated_at),
                    "reviewed_at": optional_moment_text(reviewed[n.key]),
                    "version": n.version,
                }
                for n in narratives
            ],
            "plans": export_plans(session, home),
            **export_narrative_records(session, home),
            "consents": export_consents(session, home),
            "handouts": export_handouts(session, home),
            "themes": export_themes(session, home),
            "settings": export_settings(session, home),
        }
        audit.record(
            session,
            ws.user,
            "export",
            "institution",
            "",
            narratives=len(narratives),
            children=len(children),
        )
    return doc


def _home_institution(session: Session, ws: Workspace) -> int:
    home = session.get(Staff, ws.user.staff_id)
    if home is None:
        raise NotFound("Din konto findes ikke længere.")
    return home.institution_id


def _child_json(child: Child) -> dict[str, Any]:
    group = current_group(child)
    if group is None and child.memberships:
        group = child.memberships[-1].group
    return {
        "key": child.key,
        "first_name": child.first_name,
        "last_initial": child.last_initial,
        "birth_month": child.birth_month,
        "gender": child.gender,
        "group": group.key if group else None,
        "started": child.started.isoformat() if child.started else None,
        "left": child.left.isoformat() if child.left else None,
        "memberships": [
            {
                "group": m.group.key,
                "from": m.from_date.isoformat(),
                "to": m.to_date.isoformat() if m.to_date else None,
            }
            for m in child.memberships
        ],
    }


def import_document(ws: Workspace, doc: Any) -> ImportSummary:
    require_leader(ws.user, "indlæse data")
    check = Checker([])
    doc = check_header(doc, check)
    groups = [
        check_group(check, g, f"groups[{i}]")
        for i, g in enumerate(check.items(doc.get("groups"), "groups"))
    ]
    staff = [
        check_staff(check, s, f"staff[{i}]")
        for i, s in enumerate(check.items(doc.get("staff"), "staff"))
    ]
    children = [
        check_child(check, c, f"children[{i}]")
        for i, c in enumerate(check.items(doc.get("children"), "children"))
    ]
    narratives = [
        check_narrative(check, n, f"narratives[{i}]")
        for i, n in enumerate(check.items(doc.get("narratives"), "narratives"))
    ]
    plans = [
        check_plan(check, p, f"plans[{i}]")
        for i, p in enumerate(check.items(doc.get("plans"), "plans"))
    ]
    records = {
        name: [
            checker(check, r, f"{name}[{i}]")
            for i, r in enumerate(check.items(doc.get(name), name))
        ]
        for name, checker in RECORD_SECTIONS.items()
    }
    settings = check_settings(check, doc.get("settings"))
    if check.problems:
        raise InterchangeError(check.problems)
    with ws.session() as session:
        importer = _Importer(session, ws, check)
        importer.run(groups, staff, children, narratives)
        if not check.problems:
            import_plans(importer, plans)
        if not check.problems:
            import_narrative_records(
                importer, records["comments"], records["revisions"], records["seen"]
            )
            consents = import_consents(importer, records["consents"])
            import_handouts(importer, records["handouts"], consents)
            import_themes(importer, records["themes"])
            import_settings(importer, settings)
        if check.problems:
            raise InterchangeError(check.problems)  # rolls the whole transaction back
        audit.record(
            session,
            ws.user,
            "import",
            "institution",
            "",
            groups=len(groups),
            staff=len(staff),
            children=len(children),
            narratives=len(narratives),
            plans=len(plans),
            **{name: len(r) for name, r in records.items()},
            settings=len(settings),
        )
    return ImportSummary(
        len(groups), len(staff), len(children), len(narratives), len(plans),
        *(len(records[n]) for n in ("comments", "revisions", "consents", "handouts")),
    )  # fmt: skip


# The version-3 sections that are lists of records, each with its field checker.
RECORD_SECTIONS = {
    "comments": check_comment,
    "revisions": check_revision,
    "seen": check_seen,
    "consents": check_consent,
    "handouts": check_handout,
    "themes": check_theme,
}


class _Importer:
    """Resolves the file's keys against the database and writes the rows."""

    def __init__(self, session: Session, ws: Workspace, check: Checker) -> None:
        self.session = session
        self.check = check
        home = session.get(Staff, ws.user.staff_id)
        assert home is not None
        self.institution_id = home.institution_id
        self.groups: dict[str, ChildGroup] = {}
        self.staff: dict[str, Staff] = {}
        self.children: dict[str, Child] = {}
        self.narratives: dict[str, Narrative] = {}

    def unique(self, records: list[dict[str, Any]], section: str) -> None:
        seen: set[str] = set()
        for i, record in enumerate(records):
            if record["key"] in seen:
                self.check.fail(f"{section}[{i}].key", f"«{record['key']}» står der to gange")
            seen.add(record["key"])

    def run(self, groups: list, staff: list, children: list, narratives: list) -> None:
        for section, records in (
            ("groups", groups),
            ("staff", staff),
            ("children", children),
            ("narratives", narratives),
        ):
            self.unique(records, section)
        self.import_groups(groups)
        self.import_staff(staff)
        self.import_children(children)
        self.import_narratives(narratives)

    def import_groups(self, groups: list[dict[str, Any]]) -> None:
        existing = list(
            self.session.scalars(
                select(ChildGroup).where(ChildGroup.institution_id == self.institution_id)
            )
        )
        elsewhere = set(
            self.session.scalars(
                select(ChildGroup.key).where(ChildGroup.institution_id != self.institution_id)
            )
        )
        for i, record in enumerate(groups):
            if record["key"] in elsewhere:
                self.check.fail(f"groups[{i}].key", f"«{record['key']}» bruges af en anden gruppe")
                continue
            match = next(
                (
                    g
                    for g in existing
                    if g.key == record["key"] or g.name.casefold() == record["name"].casefold()
                ),
                None,
            )
            if match is None:
                match = ChildGroup(
                    key=record["key"],
                    institution_id=self.institution_id,
                    name=record["name"],
                    age_band=record["age_band"],
                )
                self.session.add(match)
                existing.append(match)
            self.groups[record["key"]] = match

    def group(self, key: str, path: str) -> ChildGroup | None:
        found = self.groups.get(key) or self.session.scalar(
            select(ChildGroup).where(ChildGroup.key == key)
        )
        if found is None:
            self.check.fail(path, f"gruppen «{key}» findes ikke i filen eller databasen")
        return found

    def import_staff(self, staff: list[dict[str, Any]]) -> None:
        existing = list(
            self.session.scalars(select(Staff).where(Staff.institution_id == self.institution_id))
        )
        elsewhere = set(
            self.session.scalars(
                select(Staff.key).where(Staff.institution_id != self.institution_id)
            )
        )
        for i, record in enumerate(staff):
            if record["key"] in elsewhere:
                self.check.fail(
                    f"staff[{i}].key", f"«{record['key']}» bruges af en anden medarbejder"
                )
                continue
            match = next(
                (s for s in existing if s.name.casefold() == record["name"].casefold()), None
            )
            if match is None:
                if any(s.key == record["key"] for s in existing):
                    self.check.fail(
                        f"staff[{i}].key", f"«{record['key']}» bruges af en anden medarbejder"
                    )
                    continue
                if any(s.initials.casefold() == record["initials"].casefold() for s in existing):
                    self.check.fail(
                        f"staff[{i}].initials",
                        f"initialerne «{record['initials']}» bruges allerede",
                    )
                    continue
                match = Staff(
                    key=record["key"],
                    institution_id=self.institution_id,
                    name=record["name"],
                    initials=record["initials"],
                    role=record["role"],
                    active=record["active"],
                )
                self.session.add(match)
                existing.append(match)
            groups = [self.group(g, f"staff[{i}].groups") for g in record["groups"]]
            for group in groups:
                if group is not None and group not in match.groups:
                    match.groups.append(group)
            self.staff[record["key"]] = match

    def import_children(self, children: list[dict[str, Any]]) -> None:
        for i, record in enumerate(children):
            if self.session.scalar(select(Child.id).where(Child.key == record["key"])):
                self.check.fail(
                    f"children[{i}].key", f"barnet «{record['key']}» findes allerede i databasen"
                )
                continue
            group = self.group(record["group"], f"children[{i}].group")
            child = Child(
                key=record["key"],
                institution_id=self.institution_id,
                first_name=clean_text(record["first_name"]),
                last_initial=record["last_initial"],
                birth_month=record["birth_month"],
                gender=record["gender"],
                started=record["started"],
                left=record["left"],
            )
            for stay_group, since, until in self.stays(record, group, f"children[{i}]"):
                child.memberships.append(
                    GroupMembership(group=stay_group, from_date=since, to_date=until)
                )
            self.session.add(child)
            self.children[record["key"]] = child

    def stays(
        self, record: dict[str, Any], group: ChildGroup | None, path: str
    ) -> list[tuple[ChildGroup, date, date | None]]:
        """The child's group history: as the file gives it, or one stay in ``group``."""
        if not record["memberships"]:
            birth = record["birth_month"]
            since = record["started"] or date(int(birth[:4]), int(birth[5:]), 1)
            return [(group, since, record["left"])] if group is not None else []
        stays = []
        for j, stay in enumerate(record["memberships"]):
            found = self.group(stay["group"], f"{path}.memberships[{j}].group")
            if found is not None:
                stays.append((found, stay["from"], stay["to"]))
        return stays

    def child(self, key: str, path: str) -> Child | None:
        found = self.children.get(key) or self.session.scalar(select(Child).where(Child.key == key))
        if found is None:
            self.check.fail(path, f"barnet «{key}» findes ikke i filen eller databasen")
        return found

    def author(self, key: str, path: str) -> Staff | None:
        found = self.staff.get(key) or self.session.scalar(select(Staff).where(Staff.key == key))
        if found is None:
            self.check.fail(path, f"medarbejderen «{key}» findes ikke i filen eller databasen")
        return found

    def import_narratives(self, narratives: list[dict[str, Any]]) -> None:
        relations = {r.code: r for r in self.session.scalars(select(RelationTag))}
        themes = {
            t.name.casefold(): t
            for t in self.session.scalars(select(Theme).where(house_themes(self.institution_id)))
        }
        self.session.flush()
        for i, record in enumerate(narratives):
            path = f"narratives[{i}]"
            if self.session.scalar(select(Narrative.id).where(Narrative.key == record["key"])):
                self.check.fail(
                    f"{path}.key", f"narrativen «{record['key']}» findes allerede i databasen"
                )
                continue
            group = self.group(record["group"], f"{path}.group")
            author = self.author(record["author"], f"{path}.author")
            links = [(self.child(k, f"{path}.focus"), "focus") for k in record["focus"]]
            links += [(self.child(k, f"{path}.present"), "present") for k in record["present"]]
            tags = []
            for code in record["relations"]:
                if code not in relations:
                    self.check.fail(
                        f"{path}.relations",
                        f"ukendt relation «{code}»; brug " + ", ".join(relations),
                    )
                else:
                    tags.append(relations[code])
            narrative_themes = []
            for name in record["themes"]:
                theme = themes.get(name.casefold())
                if theme is None:
                    # The institution's own themes travel with the file.
                    theme = Theme(name=name, curriculum=False, institution_id=self.institution_id)
                    self.session.add(theme)
                    themes[name.casefold()] = theme
                narrative_themes.append(theme)
            if group is None or author is None or any(c is None for c, _ in links):
                continue
            narrative = Narrative(
                key=record["key"],
                institution_id=self.institution_id,
                occurred_on=record["date"],
                part_of_day=record["part_of_day"],
                context=clean_text(record["context"]),
                group=group,
                author=author,
                story=clean_text(record["story"]),
                reflection=clean_text(record["reflection"]),
                next_steps=clean_text(record["next_steps"]),
                story_type=record["story_type"],
                community=record["community"],
                status=record["status"],
                relations=tags,
                themes=narrative_themes,
                created_at=record["created_at"] or utcnow(),
                updated_at=record["updated_at"] or record["created_at"] or utcnow(),
                reviewed_at=record["reviewed_at"],
                version=record["version"],
            )
            narrative.children = [NarrativeChild(child=c, role=role) for c, role in links]
            self.session.add(narrative)
            self.narratives[record["key"]] = narrative
