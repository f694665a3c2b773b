""" "Relationer på stuen": who is written about together, child with child.

An edge joins two children for every shared narrative, tagged barn–barn, in which both
appear (as focus or present) in the period. Children of the group with no such narrative
with another child are listed as *isolated*: the relational counterpart of the children
nobody writes about. Leaders and the group's educators may see it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from sqlalchemy import select

from narrativ.errors import NotPermitted
from narrativ.services.lookup import group_by_key
from narrativ.services.permissions import visible_narratives
from narrativ.services.workspace import Workspace
from narrativ.store.models import (
    Child,
    GroupMembership,
    Narrative,
    NarrativeChild,
    RelationTag,
)

CHILD_TO_CHILD = "barn-barn"


@dataclass(frozen=True)
class RelationMap:
    group: str
    date_from: date | None
    date_to: date | None
    nodes: tuple[tuple[str, int], ...]  # (child as shown, narratives in the period)
    edges: tuple[tuple[str, str, int], ...]  # (a, b, count), a < b
    isolated: tuple[str, ...]
    narrative_keys: dict[tuple[str, str], tuple[str, ...]]  # behind each edge

    def to_json(self) -> dict[str, object]:
        return {
            "nodes": [{"child": name, "narratives": count} for name, count in self.nodes],
            "edges": [{"a": a, "b": b, "count": count} for a, b, count in self.edges],
            "isolated": list(self.isolated),
        }


def shown(first: str, initial: str) -> str:
    return f"{first} {initial}." if initial else first


def relation_map(
    ws: Workspace, group: str, date_from: date | None = None, date_to: date | None = None
) -> RelationMap:
    with ws.reading() as session:
        record = group_by_key(session, group)
        if not ws.user.is_leader and record.id not in ws.user.group_ids:
            raise NotPermitted("Du kan kun se relationer i dine egne grupper.")
        members = {
            child_id: shown(first, initial)
            for child_id, first, initial in session.execute(
                select(Child.id, Child.first_name, Child.last_initial)
                .join(GroupMembership, GroupMembership.child_id == Child.id)
                .where(
                    GroupMembership.group_id == record.id,
                    GroupMembership.to_date.is_(None),
                    Child.left.is_(None),
                )
            )
        }
        conditions = [
            Narrative.group_id == record.id,
            Narrative.status != "draft",
            Narrative.relations.any(RelationTag.code == CHILD_TO_CHILD),
            visible_narratives(ws.user),
        ]
        if date_from:
            conditions.append(Narrative.occurred_on >= date_from)
        if date_to:
            conditions.append(Narrative.occurred_on <= date_to)
        children_of: dict[str, set[int]] = defaultdict(set)
        names = dict(members)
        for key, child_id, first, initial in session.execute(
            select(Narrative.key, NarrativeChild.child_id, Child.first_name, Child.last_initial)
            .join(NarrativeChild, NarrativeChild.narrative_id == Narrative.id)
            .join(Child, Child.id == NarrativeChild.child_id)
            .where(*conditions)
        ):
            children_of[key].add(child_id)
            names.setdefault(child_id, shown(first, initial))
    edge_counts: Counter[tuple[str, str]] = Counter()
    behind: dict[tuple[str, str], list[str]] = defaultdict(list)
    per_child: Counter[int] = Counter()
    for key, ids in sorted(children_of.items()):
        for child_id in ids:
            per_child[child_id] += 1
        for a, b in combinations(sorted(names[i] for i in ids), 2):
            edge_counts[(a, b)] += 1
            behind[(a, b)].append(key)
    connected = {name for pair in edge_counts for name in pair}
    nodes = sorted(
        ((names[i], per_child.get(i, 0)) for i in set(members) | set(per_child)),
        key=lambda node: node[0].casefold(),
    )
    return RelationMap(
        group=record.name,
        date_from=date_from,
        date_to=date_to,
        nodes=tuple(nodes),
        edges=tuple(
            sorted(
                ((a, b, n) for (a, b), n in edge_counts.items()),
                key=lambda e: (e[0].casefold(), e[1].casefold()),
            )
        ),
        isolated=tuple(
            sorted((name for name in members.values() if name not in connected), key=str.casefold)
        ),
        narrative_keys={pair: tuple(keys) for pair, keys in behind.items()},
    )


def record_export(ws: Workspace, group: str, kind: str) -> None:
    """Saving or printing the map is logged: it names children."""
    from narrativ.services import audit

    with ws.session() as session:
        record = group_by_key(session, group)
        audit.record(session, ws.user, "relations.export", "group", record.key, kind=kind)
