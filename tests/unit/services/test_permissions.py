"""An educator reaches another group's narratives through no service; drafts stay private."""

from __future__ import annotations

from datetime import date

import pytest

from narrativ.errors import NotFound, NotPermitted
from narrativ.services import accounts, interchange, listing, narratives, organisation
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.search import search
from tests.conftest import Institution

MUS_KEY = "n-mus"  # a shared narrative in Musene
DRAFT_KEY = "n-kladde"  # Rikke's draft in Spurvene


@pytest.fixture
def rikke(institution: Institution):  # type: ignore[no-untyped-def]
    ws = institution.unlock("Rikke Sørensen")
    yield ws
    ws.lock()


@pytest.fixture
def bjoern(institution: Institution):  # type: ignore[no-untyped-def]
    ws = institution.unlock("Bjørn Ågård")
    yield ws
    ws.lock()


def test_other_groups_narratives_are_unreachable(rikke) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        narratives.get_narrative(rikke, MUS_KEY)
    with pytest.raises(NotFound):
        narratives.history(rikke, MUS_KEY)
    with pytest.raises(NotPermitted):
        narratives.add_comment(rikke, MUS_KEY, "Flot iagttaget")
    assert narratives.list_for_child(rikke, "Søren M.") == []
    assert narratives.list_for_group(rikke, "Musene") == []
    assert listing.group_newest(rikke, "Musene") == []
    assert MUS_KEY not in {s.key for s in listing.newest(rikke)}
    assert search(rikke, "kravlede") == []
    assert {c.group_name for c in organisation.list_children(rikke)} == {"Spurvene"}
    assert [g.name for g in organisation.list_groups(rikke)] == ["Spurvene"]


def test_colleagues_drafts_are_private(bjoern, rikke) -> None:  # type: ignore[no-untyped-def]
    assert narratives.get_narrative(rikke, DRAFT_KEY).status == "draft"
    with pytest.raises(NotFound):
        narratives.get_narrative(bjoern, DRAFT_KEY)


def test_educator_writes_only_in_own_groups_and_edits_only_own_text(rikke, bjoern) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotPermitted):
        narratives.create_narrative(
            rikke, NarrativeInput(date(2026, 11, 1), "Musene", "Maja legede.", focus=["c-maja"])
        )
    with pytest.raises(NotPermitted):
        narratives.update_narrative(
            bjoern,
            "n-sand",
            NarrativeInput(date(2026, 9, 14), "Spurvene", "Omskrevet", focus=["c-emil"]),
        )
    assert narratives.get_narrative(rikke, "n-sand").story.startswith("Emil byggede")


def test_leader_only_use_cases_refuse_educators(rikke) -> None:  # type: ignore[no-untyped-def]
    for call in (
        lambda: accounts.add_staff(rikke, "Ny Kollega"),
        lambda: accounts.remove_staff(rikke, "s-bå"),
        lambda: accounts.set_password(rikke, "s-bå", "en ny kode 123"),
        lambda: organisation.add_group(rikke, "Egernene"),
        lambda: organisation.add_child(rikke, "Ida", "P", "2022-01", "Spurvene", date(2025, 1, 1)),
        lambda: interchange.export_document(rikke),
        lambda: interchange.import_document(rikke, {}),
        lambda: narratives.mark_reviewed(rikke, "n-sand"),
    ):
        with pytest.raises(NotPermitted, match="Kun en leder"):
            call()


def test_leader_sees_everything(leader) -> None:  # type: ignore[no-untyped-def]
    assert narratives.get_narrative(leader, MUS_KEY).focus[0].name == "Søren M."
    assert narratives.get_narrative(leader, DRAFT_KEY).status == "draft"
    assert len(listing.newest(leader)) == 5
