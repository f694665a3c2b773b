"""The team view's filters, checked against a plain Python filter of the same data."""

from __future__ import annotations

from datetime import date

import pytest

from narrativ.errors import NotPermitted
from narrativ.services import interchange, narratives, seen, team
from narrativ.services.team import TeamFilter
from narrativ.services.workspace import Workspace
from tests.conftest import Institution
from tests.storage.test_search import NASTY

LEADER = "Hanne Østergaard"


@pytest.fixture
def boss(demo: Institution):  # type: ignore[no-untyped-def]
    ws = demo.unlock(LEADER)
    yield ws
    ws.lock()


def everything(ws: Workspace) -> list[dict]:  # type: ignore[type-arg]
    doc = interchange.export_document(ws)
    children = {c["key"]: f"{c['first_name']} {c['last_initial']}." for c in doc["children"]}
    groups = {g["key"]: g["name"] for g in doc["groups"]}
    staff = {s["key"]: s["name"] for s in doc["staff"]}
    rows = []
    for n in doc["narratives"]:
        rows.append(
            dict(
                n,
                group_name=groups[n["group"]],
                author_name=staff[n["author"]],
                names={children[k] for k in n["focus"] + n["present"]},
                day=date.fromisoformat(n["date"]),
            )
        )
    return rows


def all_keys(ws: Workspace, flt: TeamFilter) -> list[str]:
    keys: list[str] = []
    while True:
        batch = team.team_rows(ws, flt, offset=len(keys), limit=50)
        keys += [r.key for r in batch]
        if len(batch) < 50:
            return keys


FILTERS = [
    TeamFilter(group="Spurvene"),
    TeamFilter(group="Myretuen", status="reviewed"),
    TeamFilter(theme="social udvikling", relation="barn-barn"),
    TeamFilter(author="Louise Dahl", date_from=date(2026, 3, 1), date_to=date(2026, 8, 31)),
    TeamFilter(status="draft"),
    TeamFilter(group="Egernene", theme="kommunikation og sprog", status="shared"),
]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: repr(f)[11:60])
def test_filters_combine_like_a_plain_python_filter(boss: Workspace, flt: TeamFilter) -> None:
    expected = [
        n
        for n in everything(boss)
        if (flt.group is None or n["group_name"] == flt.group)
        and (flt.status is None or n["status"] == flt.status)
        and (flt.theme is None or flt.theme in n["themes"])
        and (flt.relation is None or flt.relation in n["relations"])
        and (flt.author is None or n["author_name"] == flt.author)
        and (flt.date_from is None or n["day"] >= flt.date_from)
        and (flt.date_to is None or n["day"] <= flt.date_to)
    ]
    expected.sort(key=lambda n: n["day"], reverse=True)
    keys = all_keys(boss, flt)
    assert sorted(keys) == sorted(n["key"] for n in expected)
    assert expected, "the filter should match something in the demo"
    days = [n["day"] for n in sorted(expected, key=lambda n: keys.index(n["key"]))]
    assert days == sorted(days, reverse=True)  # newest first
    assert team.team_count(boss, flt) == len(expected)


def test_child_and_text_filters(boss: Workspace) -> None:
    rows = everything(boss)
    child = next(iter(rows[0]["names"]))
    flt = TeamFilter(child=child)
    assert sorted(all_keys(boss, flt)) == sorted(n["key"] for n in rows if child in n["names"])
    word = "sandkassen"
    with_word = {
        n["key"]
        for n in rows
        if any(
            word in (n[f] or "").lower().split() or f" {word}" in (n[f] or "").lower()
            for f in ("story", "reflection", "next_steps")
        )
    }
    found = set(all_keys(boss, TeamFilter(text="Sandkasse")))
    assert with_word and with_word <= found


@pytest.mark.parametrize("query", NASTY)
def test_nasty_search_strings_work(boss: Workspace, query: str) -> None:
    assert isinstance(team.team_rows(boss, TeamFilter(text=query, group="Spurvene")), list)


def test_educators_are_refused_the_team_view(demo: Institution) -> None:
    ws = demo.unlock("Louise Dahl")
    for call in (
        lambda: team.open_team_view(ws),
        lambda: team.team_rows(ws, TeamFilter()),
        lambda: seen.seen_grid(ws, "Myretuen"),
        lambda: seen.group_spread(ws, "Myretuen", date(2026, 1, 1)),
    ):
        with pytest.raises(NotPermitted, match="Kun en leder"):
            call()
    ws.lock()


def test_seen_grid_counts_equal_a_direct_count(boss: Workspace) -> None:
    today = date(2026, 11, 2)
    grid = seen.seen_grid(boss, "Spurvene", weeks=26, not_seen_weeks=6, today=today)
    assert len(grid.weeks) == 26 and grid.weeks[-1] == seen.week_start(today)
    rows = everything(boss)
    doc_children = {
        f"{c['first_name']} {c['last_initial']}.": c["key"]
        for c in interchange.export_document(boss)["children"]
    }
    for row in grid.rows:
        key = doc_children[row.child.name]
        for week, count in zip(grid.weeks, row.counts, strict=True):
            direct = sum(
                1
                for n in rows
                if key in n["focus"]
                and n["status"] in ("shared", "reviewed")
                and week <= n["day"] < week.fromordinal(week.toordinal() + 7)
                and n["day"] <= today
            )
            assert count == direct, (row.child.name, week)
    flags = [r.not_seen for r in grid.rows]
    assert flags == sorted(flags, reverse=True)  # not seen first
    assert any(flags), "the demo has children nobody writes about"


def test_spread_counts_themes_relations_and_authors(boss: Workspace) -> None:
    since = date(2026, 5, 1)
    spread = seen.group_spread(boss, "Egernene", since, date(2026, 11, 2))
    rows = [
        n
        for n in everything(boss)
        if n["group_name"] == "Egernene"
        and n["status"] in ("shared", "reviewed")
        and since <= n["day"] <= date(2026, 11, 2)
    ]
    assert spread.narratives == len(rows)
    assert dict(spread.themes)["social udvikling"] == sum(
        "social udvikling" in n["themes"] for n in rows
    )
    assert dict(spread.relations)["barn-forælder"] == sum(
        "barn-forælder" in n["relations"] for n in rows
    )
    assert sum(count for _, count in spread.authors) == len(rows)
    assert len(spread.themes) >= 6 and len(spread.relations) == 4


def expected_row(ws: Workspace, key: str) -> team.TeamRow:
    """A team row worked out from the whole narrative, as the reading pane shows it."""
    view = narratives.get_narrative(ws, key)
    return team.TeamRow(
        key=view.key,
        occurred_on=view.occurred_on,
        group=view.group.name,
        focus=tuple(sorted((c.name for c in view.focus), key=lambda n: n.split()[0])),
        author=view.author_name,
        themes=view.themes,
        relations=view.relations,
        status=view.status,
        comments=len(view.comments),
    )


@pytest.mark.parametrize("flt", [TeamFilter(), TeamFilter(text="sammen")], ids=["all", "search"])
def test_each_row_says_what_its_narrative_says(boss: Workspace, flt: TeamFilter) -> None:
    first = team.team_rows(boss, flt, limit=1)[0]
    narratives.add_comment(boss, first.key, "Fin iagttagelse.")
    narratives.add_comment(boss, first.key, "Fortæl mere om legen.", kind="elaborate")
    rows = team.team_rows(boss, flt, limit=1000)
    assert len(rows) > 100 and rows[0].comments == 2
    assert any(len(r.focus) > 1 for r in rows)
    assert any(len(r.themes) > 1 for r in rows) and any(not r.focus for r in rows)
    assert rows == [expected_row(boss, r.key) for r in rows]
