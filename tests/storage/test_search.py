"""Full-text search: Danish letters, prefixes, newest first, any string, permissions."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narratives import create_narrative, share_narrative, update_narrative
from narrativ.services.search import search
from narrativ.services.workspace import Workspace
from tests.conftest import Institution

NASTY = [
    '"',
    '""',
    "'",
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "NEAR(a b",
    "*",
    "**",
    ":",
    "story:",
    "-",
    "^",
    "(",
    ")",
    "{",
    "}",
    "[]",
    "a OR",
    "\\",
    "%",
    "_",
    "' OR 1=1 --",
    "\x00",
    "😀",
    "æ*",
    "å:ø",
    "NEAR/3",
    '"sand',
    'sand"',
    "col:sand",
    "+",
    "\u200b",
    " " * 100,
]


def keys(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.key for h in hits]


def test_prefix_search_newest_first(leader: Workspace) -> None:
    assert keys(search(leader, "sand")) == ["n-sand"]
    assert keys(search(leader, "Emil")) == ["n-kladde", "n-sand"]
    # "i" is a word in four stories: 20/10, 2/10, 14/9 and 10/6 2025
    assert keys(search(leader, "i")) == ["n-kladde", "n-maaltid", "n-sand", "n-tur"]


def test_danish_letters_are_distinct(leader: Workspace) -> None:
    assert keys(search(leader, "ålen")) == ["n-maaltid"]
    assert keys(search(leader, "alen")) == []
    assert keys(search(leader, "æble")) == ["n-maaltid"]
    assert keys(search(leader, "aeble")) == []
    assert keys(search(leader, "ÅSE")) == ["n-maaltid", "n-sand"]
    assert keys(search(leader, "ase")) == []


def test_search_hits_have_group_focus_and_snippet(leader: Workspace) -> None:
    [hit] = search(leader, "voldgraven")
    assert hit.group == "Spurvene"
    assert hit.focus == ("Emil J.",)
    assert "voldgraven" in hit.snippet
    assert hit.date == date(2026, 9, 14)


@pytest.mark.parametrize("query", NASTY)
def test_nasty_strings_never_raise(leader: Workspace, query: str) -> None:
    assert isinstance(search(leader, query), list)


@settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(query=st.text(max_size=80))
def test_any_string_is_a_valid_search(leader: Workspace, query: str) -> None:
    for hit in search(leader, query, limit=5):
        assert hit.key.startswith("n-")


def test_educator_search_sees_own_groups_and_own_drafts_only(institution: Institution) -> None:
    rikke = institution.unlock("Rikke Sørensen")
    bjoern = institution.unlock("Bjørn Ågård")
    assert keys(search(rikke, "Søren")) == []  # n-mus is in Musene
    assert keys(search(bjoern, "Søren")) == ["n-mus"]
    assert "n-kladde" in keys(search(rikke, "lynlåsen"))  # her own draft
    assert keys(search(bjoern, "lynlåsen")) == []
    rikke.lock()
    bjoern.lock()


def test_edits_and_date_changes_reach_the_index(institution: Institution) -> None:
    rikke = institution.unlock("Rikke Sørensen")
    data = NarrativeInput(
        date(2026, 11, 1), "Spurvene", "Ali klatrede i æbletræet.", focus=["c-ali"]
    )
    key = create_narrative(rikke, data)
    share_narrative(rikke, key)
    assert keys(search(rikke, "klatrede"))[0] == key
    data.story = "Ali balancerede på stammen."
    data.occurred_on = date(2024, 1, 1)
    update_narrative(rikke, key, data)
    assert keys(search(rikke, "klatrede")) == []
    assert keys(search(rikke, "balancerede")) == [key]
    assert keys(search(rikke, "ali"))[-1] == key  # oldest now
    rikke.lock()
