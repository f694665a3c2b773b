"""Narratives about a community: shared without a focus child, never in a child's parent
handout, and carried by the interchange format."""

from __future__ import annotations

from datetime import date

import pytest

from narrativ.errors import InvalidInput
from narrativ.services import handouts, interchange, narratives
from narrativ.services.narrative_input import NarrativeInput
from tests.conftest import Institution


def test_a_community_narrative_is_shared_without_a_focus_child(institution: Institution) -> None:
    rikke = institution.unlock("Rikke Sørensen")
    lonely = narratives.create_narrative(
        rikke, NarrativeInput(date(2026, 10, 5), "Spurvene", "Alle byggede.", present=["c-emil"])
    )
    with pytest.raises(InvalidInput, match="fællesskab"):
        narratives.share_narrative(rikke, lonely)
    key = narratives.create_narrative(
        rikke,
        NarrativeInput(
            date(2026, 10, 5),
            "Spurvene",
            "De store drenge byggede en bro af klodser; Emil og Ali holdt den, og Åse lagde tag.",
            present=["c-emil", "c-ali", "c-aase"],
            relations=["barn-gruppe"],
            community="de store drenge ved klodserne",
        ),
    )
    narratives.share_narrative(rikke, key)
    view = narratives.get_narrative(rikke, key)
    assert view.community == "de store drenge ved klodserne" and view.focus == ()
    offered = handouts.candidates(rikke, "Emil J.", date(2026, 1, 1), date(2026, 11, 1))
    assert key not in [n.key for n in offered]
    rikke.lock()

    leader = institution.unlock()
    doc = interchange.export_document(leader)
    leader.lock()
    exported = next(n for n in doc["narratives"] if n["key"] == key)
    assert exported["community"] == "de store drenge ved klodserne"
    assert exported["focus"] == [] and exported["status"] == "shared"
