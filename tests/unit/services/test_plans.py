"""Action plans: written, followed up with evidence, listed when due, audited, and carried
through the interchange format (version 2; version-1 files still import)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from narrativ.errors import NotPermitted
from narrativ.services import interchange, plans
from narrativ.services.workspace import initialise
from tests.conftest import Institution
from tests.helpers.documents import LEADER, small_document


def make_plan(institution: Institution) -> str:
    rikke = institution.unlock("Rikke Sørensen")
    key = plans.create_plan(
        rikke,
        "Vi vil gerne se Emil tage initiativ til lege, hvor andre kan være med.",
        date(2026, 11, 15),
        child="Emil J.",
        what_we_do="En voksen sætter sig ved sandkassen, når Emil bygger.",
        who="Rikke",
        narratives=["n-sand"],
    )
    plans.add_follow_up(
        rikke, key, date(2026, 11, 16), "Emil inviterede Ali med i borgen.",
        narratives=["n-maaltid"], next_follow_up=date(2026, 12, 15),
    )  # fmt: skip
    rikke.lock()
    return key


def test_plan_with_follow_up_and_due_list(institution: Institution) -> None:
    key = make_plan(institution)
    leader = institution.unlock()
    [plan] = plans.list_plans(leader, child="c-emil")
    assert plan.key == key and plan.subject == "Emil J." and plan.narratives == ("n-sand",)
    assert plan.follow_ups[0].narratives == ("n-maaltid",)
    assert plan.follow_ups[0].author == "Rikke Sørensen"
    assert plans.plans_due(leader, today=date(2026, 12, 1)) == []
    assert [p.key for p in plans.plans_due(leader, today=date(2026, 12, 15))] == [key]
    community = plans.create_plan(
        leader, "Vi vil se flere lege på tværs af alder.", date(2026, 12, 1),
        group="Spurvene", community="hele gruppen",
    )  # fmt: skip
    assert plans.get_plan(leader, community).subject == "hele gruppen"
    leader.lock()
    bjoern = institution.unlock("Bjørn Ågård")
    assert plans.list_plans(bjoern) == []  # Musene's educator does not see Spurvene's plans
    with pytest.raises(NotPermitted):
        plans.get_plan(bjoern, key)
    bjoern.lock()


def test_plans_round_trip_through_the_interchange_format(
    institution: Institution, tmp_path: Path
) -> None:
    make_plan(institution)
    leader = institution.unlock()
    doc = interchange.export_document(leader)
    leader.lock()
    assert doc["version"] >= 2 and len(doc["plans"]) == 1
    fresh = initialise(tmp_path / "ny.db", "Børnehuset Mælkebøtten", LEADER, "en-ny-kode-123")
    interchange.import_document(fresh.workspace, doc)
    again = interchange.export_document(fresh.workspace)
    fresh.workspace.lock()
    first, second = doc["plans"][0], again["plans"][0]
    names = {s["key"]: s["name"] for s in doc["staff"]}
    names_again = {s["key"]: s["name"] for s in again["staff"]}
    assert names[first["author"]] == names_again[second["author"]] == "Rikke Sørensen"
    assert {k: v for k, v in first.items() if k not in ("author", "follow_ups")} == {
        k: v for k, v in second.items() if k not in ("author", "follow_ups")
    }
    assert first["follow_ups"][0]["what_happened"] == second["follow_ups"][0]["what_happened"]


def test_a_version_one_file_still_imports(tmp_path: Path) -> None:
    doc = small_document()
    assert doc["version"] == 1 and "plans" not in doc
    fresh = initialise(tmp_path / "v1.db", "Børnehuset Mælkebøtten", LEADER, "en-ny-kode-123")
    summary = interchange.import_document(fresh.workspace, doc)
    fresh.workspace.lock()
    assert summary.narratives == 5
