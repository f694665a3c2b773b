"""Action plans on paper and community narratives out of the house, read back from real PDFs:
the same masking and consent as the narratives, and never in a single child's handout."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from narrativ.errors import InvalidInput, NotPermitted
from narrativ.services import handouts, narratives, plan_print, plans
from narrativ.services.audit_log import audit_rows
from narrativ.services.group_handouts import (
    GroupHandoutRequest,
    community_plan_candidates,
    group_candidates,
    prepare_group_handout,
)
from narrativ.services.handouts import HandoutRequest
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.workspace import Workspace
from tests.conftest import Institution

YEAR = HandoutRequest("Emil J.", date(2025, 1, 1), date(2026, 11, 1))
TODAY = date(2026, 11, 2)
COMMUNITY = "De store drenge ved klodserne"


def pdf_text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.fixture
def rikke(institution: Institution):  # type: ignore[no-untyped-def]
    ws = institution.unlock("Rikke Sørensen")
    yield ws
    ws.lock()


def emil_plan(ws: Workspace) -> str:
    key = plans.create_plan(
        ws,
        "Emil inviterer Åse og Ali med, når han bygger.",
        date(2026, 12, 1),
        child="Emil J.",
        what_we_do="Vi sætter byggekassen frem om formiddagen og spørger Ali, om han vil være med.",
        who="Rikke",
        narratives=["n-sand"],
    )
    plans.add_follow_up(ws, key, date(2026, 10, 25), "Emil og Ali byggede en bro sammen i dag.")
    return key


def community_narrative(ws: Workspace, story: str, community: str = COMMUNITY) -> str:
    key = narratives.create_narrative(
        ws,
        NarrativeInput(
            date(2026, 10, 21),
            "Spurvene",
            story,
            present=["c-emil", "c-ali"],
            community=community,
            reflection="Drengene løser selv uenigheder, når de har et fælles mål.",
            next_steps="Vi inviterer Åse med ind i byggeriet.",
        ),
    )
    narratives.share_narrative(ws, key)
    return key


def test_a_named_meeting_handout_carries_the_chosen_plan(rikke: Workspace) -> None:
    key = emil_plan(rikke)
    assert [p.key for p in handouts.plan_candidates(rikke, "Emil J.")] == [key]
    from narrativ.services import consents

    consents.add_consent(
        rikke, "Emil J.", "mor og far", date(2026, 9, 1), ["PPR"], "sprog", date(2027, 9, 1)
    )
    prepared = handouts.prepare_meeting_handout(
        rikke, HandoutRequest(**{**YEAR.__dict__, "plan_keys": (key,)}), "PPR", anonymous=False,
        today=TODAY,
    )  # fmt: skip
    text = pdf_text(handouts.render(prepared))
    assert prepared.plan_keys == (key,)
    assert "Handleplaner" in text and "Handleplan for Emil" in text
    assert "Vi sætter byggekassen frem" in text and "byggede en bro sammen" in text
    # Other children are masked in the plan as in the narratives.
    assert "Åse" not in text and "Ali" not in text
    without = handouts.prepare_meeting_handout(rikke, YEAR, "PPR", anonymous=False, today=TODAY)
    assert "Handleplan" not in pdf_text(handouts.render(without))


def test_an_anonymous_handout_masks_the_plan_with_the_pseudonym(rikke: Workspace) -> None:
    key = emil_plan(rikke)
    prepared = handouts.prepare_meeting_handout(
        rikke, HandoutRequest(**{**YEAR.__dict__, "plan_keys": (key,)}), "PPR", anonymous=True,
        pseudonym="Drengen",
    )  # fmt: skip
    text = pdf_text(handouts.render(prepared))
    assert "Handleplan for Drengen" in text and "Drengen inviterer" in text
    for word in ("Emil", "Åse", "Ali", "Mælkebøtten"):
        assert word not in text


def test_a_plan_must_be_the_childs_own(rikke: Workspace) -> None:
    other = plans.create_plan(
        rikke, "Åse fortæller ved samling.", date(2026, 12, 1), child="Åse B."
    )
    with pytest.raises(InvalidInput, match=other):
        handouts.prepare_meeting_handout(
            rikke, HandoutRequest(**{**YEAR.__dict__, "plan_keys": (other,)}), "PPR", True
        )


def test_a_named_handout_with_a_plan_still_needs_consent(rikke: Workspace) -> None:
    key = emil_plan(rikke)
    with pytest.raises(NotPermitted, match="samtykke"):
        handouts.prepare_meeting_handout(
            rikke, HandoutRequest(**{**YEAR.__dict__, "plan_keys": (key,)}), "PPR", False
        )


def test_a_community_narrative_goes_out_only_in_the_anonymous_group_handout(
    institution: Institution, rikke: Workspace
) -> None:
    key = community_narrative(
        rikke, "Emil og Ali byggede en kuglebane gennem hele rummet og fordelte opgaverne selv."
    )
    # Never in a child's handout, though Emil is in it.
    assert key not in [
        n.key for n in handouts.candidates(rikke, "Emil J.", YEAR.date_from, YEAR.date_to)
    ]
    parent = handouts.prepare_parent_handout(rikke, YEAR)
    assert "kuglebane" not in pdf_text(handouts.render(parent))
    # The group's community handout takes it, and names no one.
    offered = group_candidates(rikke, "Spurvene", YEAR.date_from, YEAR.date_to)
    assert [n.key for n in offered] == [key]
    prepared = prepare_group_handout(
        rikke,
        GroupHandoutRequest("Spurvene", YEAR.date_from, YEAR.date_to, community=COMMUNITY.upper()),
        "PPR",
        questions=("Hvordan får vi flere med i legen?",),
        today=TODAY,
    )
    text = pdf_text(handouts.render(prepared))
    assert "kuglebane" in text and "fællesskabet «De store drenge ved klodserne»" in text
    assert "Hvordan får vi flere med i legen?" in text and "FORTROLIGT" in text
    for word in ("Emil", "Ali", "Åse", "Mælkebøtten", "Spurvene"):
        assert word not in text
    assert prepared.mode == "anonymous" and prepared.child_key == ""
    handouts.record_handout(rikke, prepared)
    leader = institution.unlock()
    try:
        log = handouts.disclosure_log(leader)
        assert [e.child for e in log] == [handouts.GROUP_HANDOUT_LABEL]
        assert handouts.disclosure_log(leader, "Emil J.") == []
        [event] = audit_rows(leader, action="handout.print")
        assert event.object_type == "group" and event.detail["mode"] == "anonymous"
    finally:
        leader.lock()


def test_a_community_name_holding_a_childs_name_is_masked(rikke: Workspace) -> None:
    community_narrative(rikke, "Emil og Ali legede.", community="Emil og Ali")
    prepared = prepare_group_handout(
        rikke,
        GroupHandoutRequest("Spurvene", YEAR.date_from, YEAR.date_to, community="Emil og Ali"),
        "PPR",
    )
    text = pdf_text(handouts.render(prepared))
    assert "Emil" not in text and "Ali" not in text
    assert "fællesskabet «en dreng og en anden dreng»" in text.casefold()


def test_community_plans_go_with_the_group_handout(rikke: Workspace) -> None:
    community_narrative(rikke, "Emil og Ali byggede sammen.")
    child_plan = emil_plan(rikke)
    group_plan = plans.create_plan(
        rikke,
        "Drengene inviterer Åse med i byggeriet.",
        date(2026, 12, 1),
        group="Spurvene",
        community=COMMUNITY,
        what_we_do="Vi sætter en ekstra kasse klodser frem.",
    )
    offered = community_plan_candidates(rikke, "Spurvene", COMMUNITY)
    assert [p.key for p in offered] == [group_plan]
    request = GroupHandoutRequest(
        "Spurvene", YEAR.date_from, YEAR.date_to, COMMUNITY, plan_keys=(group_plan,)
    )
    text = pdf_text(handouts.render(prepare_group_handout(rikke, request, "PPR")))
    assert "Handleplaner" in text and "en ekstra kasse klodser" in text and "Åse" not in text
    with pytest.raises(InvalidInput, match=child_plan):
        prepare_group_handout(
            rikke,
            GroupHandoutRequest("Spurvene", YEAR.date_from, YEAR.date_to, plan_keys=(child_plan,)),
            "PPR",
        )


def test_a_plan_prints_for_the_staff_with_its_narratives(
    institution: Institution, rikke: Workspace
) -> None:
    key = emil_plan(rikke)
    pdf = plan_print.render(plan_print.prepare_plan_sheet(rikke, key, today=TODAY))
    text = pdf_text(pdf)
    assert "INTERNT ARBEJDSPAPIR" in text and "Handleplan for Emil J." in text
    assert "Det vil vi gerne se mere af" in text and "Emil inviterer Åse og Ali med" in text
    assert "Sådan er det gået" in text and "byggede en bro" in text
    assert "Fortællinger, planen bygger på" in text and "borg i sandkassen" in text
    assert "Side 1 af" in text
    plan_print.record_plan_print(rikke, key)
    leader = institution.unlock()
    try:
        [event] = audit_rows(leader, action="plan.print")
        assert event.object_key == key and event.who == "Rikke Sørensen"
    finally:
        leader.lock()


def test_twenty_boys_each_get_their_own_phrase() -> None:
    from narrativ.language.masking import Person, mask, plan_replacements

    boys = [Person(f"c{i}", f"Dreng{chr(65 + i)}", "dreng") for i in range(21)]
    text = " ".join(f"{b.first_name} byggede." for b in boys)
    plan = plan_replacements([text], boys)
    assert plan["c6"] == "en syvende dreng" and plan["c19"] == "en tyvende dreng"
    assert plan["c20"] == "D."  # past twenty: the first letter
    assert len(set(plan.values())) == 21
    assert "DrengA" not in mask(text, boys, plan).text
