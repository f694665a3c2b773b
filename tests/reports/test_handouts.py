"""Handouts read back from the real PDFs: masking, consent, escaping, layout of big ones."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from narrativ.errors import InvalidInput, NotPermitted
from narrativ.reports.handout_data import HandoutItem, ParentHandout
from narrativ.reports.parent_handout import render_parent_handout
from narrativ.services import consents, handouts, narratives
from narrativ.services.handouts import HandoutRequest
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.workspace import Workspace
from tests.conftest import Institution

YEAR = HandoutRequest("Emil J.", date(2025, 1, 1), date(2026, 11, 1))


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def rikke(institution: Institution):  # type: ignore[no-untyped-def]
    ws = institution.unlock("Rikke Sørensen")
    yield ws
    ws.lock()


def write(ws: Workspace, story: str, focus: list[str], present: list[str], day: int = 20) -> str:
    key = narratives.create_narrative(
        ws,
        NarrativeInput(
            date(2026, 10, day),
            "Spurvene",
            story,
            focus=focus,
            present=present,
            reflection="Emil viser omsorg for Alis idéer.",
            next_steps="Vi inviterer Åse og Emil til at bygge igen.",
        ),
    )
    narratives.share_narrative(ws, key)
    return key


def test_only_narratives_with_the_child_as_focus_are_offered(rikke: Workspace) -> None:
    about_ali = write(rikke, "Ali byggede et tårn, mens Emil så på.", ["c-ali"], ["c-emil"])
    offered = [n.key for n in handouts.candidates(rikke, "Emil J.", YEAR.date_from, YEAR.date_to)]
    assert "n-sand" in offered
    assert about_ali not in offered
    assert "n-kladde" not in offered  # drafts never go out
    with pytest.raises(InvalidInput, match=about_ali):
        handouts.prepare_parent_handout(
            rikke, HandoutRequest(**{**YEAR.__dict__, "narrative_keys": (about_ali,)})
        )


def test_other_childrens_names_are_masked_in_every_form(rikke: Workspace) -> None:
    story = (
        "Emil og Åse B. byggede. Åses spand var fuld, og Alis skovl lå i solen. "
        "Ali sagde: »Vi bor her!« Bo var der ikke. Søren kiggede. Rikke Sørensen hjalp."
    )
    write(rikke, story, ["c-emil"], ["c-aase", "c-ali"])
    prepared = handouts.prepare_parent_handout(
        rikke, HandoutRequest(**{**YEAR.__dict__, "with_reflection": True, "with_next_steps": True})
    )
    text = flat(pdf_text(handouts.render(prepared)))
    for name in ("Åse", "Åses", "Ali", "Alis", "Søren", "Bo"):
        assert not re.search(rf"(?<!\w){name}(?!\w)", text), name
    assert "Emil" in text and "Rikke" in text  # the focus child and staff stay
    assert "solen" in text and "Vi bor her" in text  # words that look like names stay
    assert "en pige" in text.lower() and "en drengs" in text.lower()
    assert "æ" in text and "ø" in text and "å" in text
    assert "Det ser vi derhjemme" in text and "Det vil vi arbejde videre med" in text


def test_the_educator_can_change_a_replacement(rikke: Workspace) -> None:
    write(rikke, "Emil gav Åse en kage.", ["c-emil"], ["c-aase"])
    plan = handouts.prepare_parent_handout(rikke, YEAR).plan
    assert plan["c-aase"] == "en pige"
    request = HandoutRequest(**{**YEAR.__dict__, "replacements": {"c-aase": "hans veninde"}})
    text = flat(pdf_text(handouts.render(handouts.prepare_parent_handout(rikke, request))))
    assert "Emil gav hans veninde en kage" in text


def test_markup_in_user_text_prints_literally() -> None:
    item = HandoutItem(date(2026, 5, 1), "", "leg", "Emil skrev <b>fed</b> & 3 > 2 <br/> </para>")
    pdf = render_parent_handout(
        ParentHandout(
            "Hus & Co",
            "Spurvene",
            "Emil",
            "han",
            "R",
            date(2026, 1, 1),
            date(2026, 6, 1),
            date(2026, 6, 2),
            (item,),
        )
    )
    assert "Emil skrev <b>fed</b> & 3 > 2 <br/> </para>" in flat(pdf_text(pdf))


def test_two_hundred_narratives_with_very_long_words_lay_out() -> None:
    long_word = "Sandkassebyggeprojektsamarbejdsevne" * 8
    items = tuple(
        HandoutItem(
            date(2026, 1, 1) + timedelta(days=i), "formiddag", "leg", f"Historie {i}. {long_word}"
        )
        for i in range(200)
    )
    pdf = render_parent_handout(
        ParentHandout(
            "Hus",
            "Spurvene",
            "Emil",
            "han",
            "R",
            date(2026, 1, 1),
            date(2026, 12, 31),
            date(2026, 12, 31),
            items,
        )
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 10
    text = pdf_text(pdf)
    assert "Historie 0." in text and "Historie 199." in text
    assert f"Side {len(reader.pages)} af {len(reader.pages)}" in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=400))
def test_any_story_text_renders(story: str) -> None:
    item = HandoutItem(date(2026, 5, 1), "", "", story)
    pdf = render_parent_handout(
        ParentHandout(
            "Hus",
            "G",
            "Emil",
            "han",
            "R",
            date(2026, 1, 1),
            date(2026, 6, 1),
            date(2026, 6, 2),
            (item,),
        )
    )
    assert pdf.startswith(b"%PDF")


def test_named_meeting_handout_needs_a_valid_consent(rikke: Workspace) -> None:
    def named() -> handouts.PreparedHandout:
        return handouts.prepare_meeting_handout(
            rikke, YEAR, "PPR", anonymous=False, today=date(2026, 11, 2)
        )

    with pytest.raises(NotPermitted, match="ikke registreret noget samtykke"):
        named()
    other = consents.add_consent(rikke, "Emil J.", "mor", date(2026, 9, 1), ["sundhedsplejerske"])
    with pytest.raises(NotPermitted, match="omfatter modtageren"):
        named()
    consents.withdraw_consent(rikke, other)
    key = consents.add_consent(
        rikke, "Emil J.", "mor og far", date(2026, 9, 1), ["PPR"], "sprog", date(2026, 10, 1)
    )
    with pytest.raises(NotPermitted, match="udløbet"):
        named()
    consents.withdraw_consent(rikke, key)
    valid = consents.add_consent(
        rikke, "Emil J.", "mor og far", date(2026, 9, 1), ["ppr"], "sprog", date(2027, 9, 1)
    )
    prepared = named()
    assert prepared.consent_key == valid
    text = flat(pdf_text(handouts.render(prepared)))
    assert "FORTROLIGT" in text and "Emil" in text and "Børnehuset Mælkebøtten" in text
    assert "2021-05" in text and valid in text  # birth month and the consent's reference
    assert "Åse" not in text


def test_anonymous_meeting_handout_names_no_one(rikke: Workspace) -> None:
    prepared = handouts.prepare_meeting_handout(
        rikke,
        YEAR,
        "PPR",
        anonymous=True,
        pseudonym="Drengen",
        questions=("Hvordan støtter vi legen?",),
    )
    text = flat(pdf_text(handouts.render(prepared)))
    for word in ("Emil", "Åse", "Mælkebøtten", "2021-05"):
        assert word not in text
    assert "Drengen byggede en borg" in text and "FORTROLIGT" in text
    assert "Hvordan støtter vi legen?" in text


def test_printing_is_recorded_in_the_disclosure_log(
    institution: Institution, rikke: Workspace
) -> None:
    prepared = handouts.prepare_parent_handout(rikke, YEAR)
    handouts.record_handout(rikke, prepared)
    leader = institution.unlock()
    [entry] = handouts.disclosure_log(leader, "Emil J.")
    leader.lock()
    assert (entry.created_by, entry.kind, entry.mode) == ("Rikke Sørensen", "parent", "named")
    assert entry.narrative_keys == ("n-sand",)
    with pytest.raises(NotPermitted):
        handouts.disclosure_log(rikke)
