""" "Hvem ser vi?": which children the house writes about, week by week, and which not.

Counted: shared and reviewed narratives with the child as focus (drafts are unfinished
and not yet part of the house's shared picture). Community narratives (the whole group or a
named constellation in focus) get rows of their own beside the children's: the method aims
at the community as much as at the single child, so a leader should see both at once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from narrativ.services import audit
from narrativ.services.lookup import group_by_key
from narrativ.services.organisation import group_view
from narrativ.services.permissions import require_leader
from narrativ.services.tags import relations as list_relations
from narrativ.services.tags import themes as list_themes
from narrativ.services.views import ChildRef, GroupView
from narrativ.services.workspace import Workspace
from narrativ.store.models import (
    Child,
    GroupMembership,
    Narrative,
    NarrativeChild,
    RelationTag,
    Staff,
    Theme,
    narrative_relation,
    narrative_theme,
)

COUNTED = ("shared", "reviewed")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class SeenRow:
    child: ChildRef
    counts: tuple[int, ...]  # one per week, oldest first
    total: int
    last_focus: date | None
    not_seen: bool  # no narrative as focus in the last ``not_seen_weeks`` weeks


@dataclass(frozen=True)
class CommunityRow:
    """One community of the group ("Hele gruppen", "de store drenge ved klodserne")."""

    name: str  # as most often written; communities differing only in case are one
    counts: tuple[int, ...]  # one per week, oldest first
    total: int
    last: date | None


@dataclass(frozen=True)
class SeenGrid:
    group: GroupView
    weeks: tuple[date, ...]  # the Monday of each week, oldest first
    rows: tuple[SeenRow, ...]  # children not seen first, then by name
    not_seen_weeks: int
    communities: tuple[CommunityRow, ...] = ()  # most written about first


def community_key(name: str) -> str:
    """Communities are free text: "Hele gruppen" and "hele  gruppen" are the same one."""
    return " ".join(name.split()).casefold()


def _community_rows(
    session: Session, group_id: int, first_week: date, today: date, weeks: int
) -> tuple[CommunityRow, ...]:
    per_week: Counter[tuple[str, int]] = Counter()
    spellings: dict[str, Counter[str]] = {}
    last: dict[str, date] = {}
    for community, occurred_on in session.execute(
        select(Narrative.community, Narrative.occurred_on).where(
            Narrative.group_id == group_id,
            Narrative.community.is_not(None),
            Narrative.status.in_(COUNTED),
            Narrative.occurred_on >= first_week,
            Narrative.occurred_on <= today,
        )
    ):
        key = community_key(community)
        if not key:
            continue
        per_week[(key, (occurred_on - first_week).days // 7)] += 1
        spellings.setdefault(key, Counter())[" ".join(community.split())] += 1
        if occurred_on > last.get(key, occurred_on.min):
            last[key] = occurred_on
    rows = []
    for key, names in spellings.items():
        counts = tuple(per_week[(key, w)] for w in range(weeks))
        # The spelling most used names the row; ties go to the first in alphabetical order.
        name = min(names.items(), key=lambda item: (-item[1], item[0]))[0]
        rows.append(CommunityRow(name, counts, sum(counts), last.get(key)))
    rows.sort(key=lambda r: (-r.total, r.name.casefold()))
    return tuple(rows)


@dataclass(frozen=True)
class Spread:
    """How a group's narratives in the period spread over themes, relations and writers."""

    themes: tuple[tuple[str, int], ...]
    relations: tuple[tuple[str, int], ...]
    authors: tuple[tuple[str, int], ...]
    narratives: int


def seen_grid(
    ws: Workspace,
    group: str,
    weeks: int = 26,
    not_seen_weeks: int = 6,
    today: date | None = None,
) -> SeenGrid:
    require_leader(ws.user, "se, hvem der bliver skrevet om")
    today = today or date.today()
    first_week = week_start(today) - timedelta(weeks=weeks - 1)
    week_list = tuple(first_week + timedelta(weeks=i) for i in range(weeks))
    not_seen_since = today - timedelta(weeks=not_seen_weeks)
    with ws.session() as session:
        record = group_by_key(session, group)
        children = list(
            session.execute(
                select(Child.id, Child.key, Child.first_name, Child.last_initial)
                .join(GroupMembership, GroupMembership.child_id == Child.id)
                .where(
                    GroupMembership.group_id == record.id,
                    GroupMembership.to_date.is_(None),
                    Child.left.is_(None),
                )
                .order_by(Child.first_name, Child.last_initial)
            )
        )
        ids = [c.id for c in children]
        per_week: Counter[tuple[int, int]] = Counter()
        last: dict[int, date] = {}
        for child_id, occurred_on in session.execute(
            select(NarrativeChild.child_id, Narrative.occurred_on)
            .join(Narrative, Narrative.id == NarrativeChild.narrative_id)
            .where(
                # "+ 0" keeps SQLite off the child index: walking the weeks through the
                # (date, status) index and joining by primary key reads no story pages.
                (NarrativeChild.child_id + 0).in_(ids),
                NarrativeChild.role == "focus",
                Narrative.status.in_(COUNTED),
                Narrative.occurred_on >= first_week,
                Narrative.occurred_on <= today,
            )
        ):
            per_week[(child_id, (occurred_on - first_week).days // 7)] += 1
            if occurred_on > last.get(child_id, occurred_on.min):
                last[child_id] = occurred_on
        # Only children not seen in the window need a look further back.
        unseen = [i for i in ids if i not in last]
        if unseen:
            last |= dict(
                session.execute(
                    select(NarrativeChild.child_id, func.max(Narrative.occurred_on))
                    .join(Narrative, Narrative.id == NarrativeChild.narrative_id)
                    .where(
                        NarrativeChild.child_id.in_(unseen),
                        NarrativeChild.role == "focus",
                        Narrative.status.in_(COUNTED),
                        Narrative.occurred_on <= today,
                    )
                    .group_by(NarrativeChild.child_id)
                ).all()
            )
        communities = _community_rows(session, record.id, first_week, today, weeks)
        audit.record(session, ws.user, "seen.view", "group", record.key)
        view = group_view(record)
    rows = []
    for child in children:
        counts = tuple(per_week[(child.id, w)] for w in range(weeks))
        last_focus = last.get(child.id)
        name = (
            f"{child.first_name} {child.last_initial}." if child.last_initial else child.first_name
        )
        rows.append(
            SeenRow(
                child=ChildRef(child.key, name),
                counts=counts,
                total=sum(counts),
                last_focus=last_focus,
                not_seen=last_focus is None or last_focus < not_seen_since,
            )
        )
    rows.sort(key=lambda r: (not r.not_seen, r.child.name.casefold()))
    return SeenGrid(view, week_list, tuple(rows), not_seen_weeks, communities)


def group_spread(ws: Workspace, group: str, since: date, until: date | None = None) -> Spread:
    require_leader(ws.user, "se fordelingen af narrativer")
    until = until or date.today()
    with ws.session() as session:
        record = group_by_key(session, group)
        in_period = (
            select(Narrative.id)
            .where(
                Narrative.group_id == record.id,
                Narrative.status.in_(COUNTED),
                Narrative.occurred_on >= since,
                Narrative.occurred_on <= until,
            )
            .scalar_subquery()
        )
        themes = session.execute(
            select(Theme.name, func.count())
            .join(narrative_theme, narrative_theme.c.theme_id == Theme.id)
            .where(narrative_theme.c.narrative_id.in_(in_period))
            .group_by(Theme.id)
            .order_by(Theme.position, Theme.name)
        ).all()
        relations = session.execute(
            select(RelationTag.code, func.count())
            .join(narrative_relation, narrative_relation.c.relation_id == RelationTag.id)
            .where(narrative_relation.c.narrative_id.in_(in_period))
            .group_by(RelationTag.id)
            .order_by(RelationTag.position)
        ).all()
        authors = session.execute(
            select(Staff.name, func.count())
            .join(Narrative, Narrative.author_id == Staff.id)
            .where(Narrative.id.in_(in_period))
            .group_by(Staff.id)
            .order_by(func.count().desc(), Staff.name)
        ).all()
        total = session.scalar(select(func.count(Narrative.id)).where(Narrative.id.in_(in_period)))
    all_themes = {t.label: 0 for t in list_themes(ws) if t.curriculum}
    all_themes.update(dict(themes))
    return Spread(
        themes=tuple(all_themes.items()),
        relations=tuple({**{t.code: 0 for t in list_relations(ws)}, **dict(relations)}.items()),
        authors=tuple((name, count) for name, count in authors),
        narratives=total or 0,
    )


def record_export(ws: Workspace, group: str) -> None:
    """Every export is logged: the picture names children."""
    require_leader(ws.user, "gemme oversigten")
    with ws.session() as session:
        audit.record(session, ws.user, "seen.export", "group", group_by_key(session, group).key)


@dataclass(frozen=True)
class CommunityNarrative:
    key: str
    occurred_on: date
    author: str
    status: str
    story: str


def community_narratives(
    ws: Workspace, group: str, community: str, since: date, until: date
) -> list[CommunityNarrative]:
    """The group's shared and reviewed narratives about ``community`` in the period, newest
    first: what a click on a community's row or week shows."""
    require_leader(ws.user, "se fællesskabernes narrativer")
    wanted = community_key(community)
    with ws.session() as session:
        record = group_by_key(session, group)
        rows = session.execute(
            select(
                Narrative.key,
                Narrative.occurred_on,
                Staff.name,
                Narrative.status,
                Narrative.story,
                Narrative.community,
            )
            .join(Staff, Staff.id == Narrative.author_id)
            .where(
                Narrative.group_id == record.id,
                Narrative.community.is_not(None),
                Narrative.status.in_(COUNTED),
                Narrative.occurred_on >= since,
                Narrative.occurred_on <= until,
            )
            .order_by(Narrative.occurred_on.desc(), Narrative.id.desc())
        ).all()
        # Matched here, not in SQL: SQLite's lower() leaves æ, ø and å as they are.
        found = [
            CommunityNarrative(key, on, author, status, story)
            for key, on, author, status, story, name in rows
            if community_key(name) == wanted
        ]
        audit.record(session, ws.user, "seen.community", "group", record.key, narratives=len(found))
    return found
