"""The light lists (newest first) agree with the full narratives, page by page."""

from __future__ import annotations

from datetime import date

from narrativ.services import listing, narratives
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.organisation import list_groups
from narrativ.services.views import NarrativeSummary, NarrativeView
from narrativ.services.workspace import Workspace
from tests.conftest import DEMO_TODAY, Institution

LEADER = "Hanne Østergaard"
EDUCATOR = "Rikke Sørensen"


def summary_of(view: NarrativeView) -> NarrativeSummary:
    """What a list row should say, worked out from the whole narrative."""
    return NarrativeSummary(
        key=view.key,
        occurred_on=view.occurred_on,
        group=view.group.name,
        author=view.author_name,
        status=view.status,
        focus=tuple(sorted((c.name for c in view.focus), key=lambda name: name.split()[0])),
        opening=" ".join(view.story[: listing.OPENING_CHARS].split()),
    )


def every_page(ws: Workspace, group: str, size: int) -> list[NarrativeSummary]:
    rows: list[NarrativeSummary] = []
    while page := listing.group_newest(ws, group, limit=size, offset=len(rows)):
        rows.extend(page)
    return rows


def test_group_list_pages_through_what_the_narratives_say(demo: Institution) -> None:
    ws = demo.unlock(LEADER)
    try:
        for group in list_groups(ws):
            expected = [summary_of(v) for v in narratives.list_for_group(ws, group.key, 10_000)]
            assert expected, group.name
            # Pages of 37 do not line up with anything: rows must neither repeat nor vanish
            # where a page ends, whatever number of focus children a narrative has.
            assert every_page(ws, group.key, 37) == expected
            assert listing.group_newest(ws, group.name, limit=5) == expected[:5]
    finally:
        ws.lock()


def test_community_narratives_without_a_focus_child_are_listed(demo: Institution) -> None:
    ws = demo.unlock(LEADER)
    try:
        everything = [s for g in list_groups(ws) for s in every_page(ws, g.key, 200)]
        assert any(not s.focus for s in everything)
        assert any(len(s.focus) > 1 for s in everything)
        assert sorted(s.key for s in listing.newest(ws, limit=100_000)) == sorted(
            s.key for s in everything
        )
    finally:
        ws.lock()


def test_an_educator_lists_shared_narratives_and_only_her_own_drafts(demo: Institution) -> None:
    educator = demo.unlock(EDUCATOR)
    leader = demo.unlock(LEADER)
    try:
        group = next(g for g in list_groups(educator))
        child = narratives.list_for_group(educator, group.key, 1)[0].focus[0]
        own = narratives.create_narrative(
            educator,
            NarrativeInput(DEMO_TODAY, group.key, "Min egen kladde.", focus=[child.key]),
            today=max(DEMO_TODAY, date.today()),
        )
        visible = {s.key for s in listing.newest(educator, limit=100_000)}
        everything = listing.newest(leader, limit=100_000)
        mine = {s.key for s in everything if s.status == "draft" and s.author == EDUCATOR}
        colleagues = {s.key for s in everything if s.status == "draft" and s.author != EDUCATOR}
        assert own in mine
        assert mine <= visible
        assert colleagues, "the demo has colleagues' drafts to hide"
        assert not colleagues & visible
        groups = {g.key for g in list_groups(educator)}
        assert all(narratives.get_narrative(leader, key).group.key in groups for key in visible)
        assert [s.key for s in listing.group_newest(educator, group.key, limit=1)] == [own]
    finally:
        leader.lock()
        educator.lock()
