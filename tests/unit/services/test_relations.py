"""The relation map: edges equal a direct count; isolated children are exactly those without
a barn–barn narrative with another child in the period."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import pytest

from narrativ.errors import NotPermitted
from narrativ.services import interchange
from narrativ.services.relations import relation_map
from tests.conftest import Institution

LEADER = "Hanne Østergaard"


def direct(doc: dict, group: str, since: date | None, until: date | None):  # type: ignore[no-untyped-def,type-arg]
    names = {c["key"]: f"{c['first_name']} {c['last_initial']}." for c in doc["children"]}
    group_key = next(g["key"] for g in doc["groups"] if g["name"] == group)
    edges: dict[tuple[str, str], int] = {}
    for n in doc["narratives"]:
        day = date.fromisoformat(n["date"])
        if (
            n["group"] != group_key
            or n["status"] == "draft"
            or "barn-barn" not in n["relations"]
            or (since and day < since)
            or (until and day > until)
        ):
            continue
        for a, b in combinations(sorted(names[k] for k in n["focus"] + n["present"]), 2):
            edges[(a, b)] = edges.get((a, b), 0) + 1
    members = {
        names[c["key"]] for c in doc["children"] if c["group"] == group_key and c["left"] is None
    }
    connected = {name for pair in edges for name in pair}
    return edges, sorted(members - connected, key=str.casefold)


@pytest.mark.parametrize(
    ("group", "since", "until"),
    [
        ("Egernene", None, None),
        ("Spurvene", date(2026, 3, 1), date(2026, 8, 31)),
        ("Myretuen", date(2026, 9, 1), None),
    ],
)
def test_edges_and_isolated_match_a_direct_count(
    demo: Institution, group: str, since: date | None, until: date | None
) -> None:
    ws = demo.unlock(LEADER)
    doc = interchange.export_document(ws)
    result = relation_map(ws, group, since, until)
    ws.lock()
    expected_edges, expected_isolated = direct(doc, group, since, until)
    assert {(a, b): n for a, b, n in result.edges} == expected_edges
    assert list(result.isolated) == expected_isolated
    assert result.edges, "the demo has children who play together"


def test_the_same_data_give_the_same_map(demo: Institution) -> None:
    ws = demo.unlock(LEADER)
    first = relation_map(ws, "Egernene").to_json()
    second = relation_map(ws, "Egernene").to_json()
    ws.lock()
    assert first == second


def test_educators_see_only_their_own_groups(demo: Institution) -> None:
    ws = demo.unlock("Louise Dahl")
    relation_map(ws, "Myretuen")
    with pytest.raises(NotPermitted):
        relation_map(ws, "Egernene")
    ws.lock()
