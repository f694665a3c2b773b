"""Writing, sharing, reviewing and commenting, with history kept for shared narratives."""

from __future__ import annotations

from datetime import date

import pytest

from narrativ.errors import InvalidInput
from narrativ.services import narratives
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narratives import EditConflict
from tests.conftest import Institution


def draft() -> NarrativeInput:
    return NarrativeInput(
        occurred_on=date(2026, 11, 3),
        group="Spurvene",
        story="Åse viste Ali, hvordan man binder en sløjfe.\x00",
        part_of_day="formiddag",
        context="garderobe",
        focus=["Åse B."],
        present=["c-ali"],
        relations=["barn-barn"],
        themes=["social udvikling", "alsidig personlig udvikling"],
        reflection="Åse deler gerne det, hun kan.",
        next_steps="Vi lader Åse vise flere kammerater det.",
        story_type="succeshistorie",
    )


def test_draft_to_shared_to_reviewed_with_history(institution: Institution) -> None:
    rikke = institution.unlock("Rikke Sørensen")
    key = narratives.create_narrative(rikke, draft())
    view = narratives.get_narrative(rikke, key)
    assert view.status == "draft"
    assert view.story == "Åse viste Ali, hvordan man binder en sløjfe."  # NUL stripped
    assert [c.name for c in view.focus] == ["Åse B."]
    assert [c.name for c in view.present] == ["Ali K."]
    assert view.themes == ("alsidig personlig udvikling", "social udvikling")
    version = narratives.update_narrative(rikke, key, draft(), expected_version=view.version)
    assert narratives.history(rikke, key) == []  # a draft's autosaves are not history
    narratives.share_narrative(rikke, key)  # sharing is no text edit: same version
    changed = draft()
    changed.story = "Åse viste Ali og Emil, hvordan man binder en sløjfe."
    assert narratives.update_narrative(rikke, key, changed, expected_version=version) == version + 1
    with pytest.raises(EditConflict):  # a second editor that started from the same version
        narratives.update_narrative(rikke, key, draft(), expected_version=version)
    assert narratives.get_narrative(rikke, key).story == changed.story
    revisions = narratives.history(rikke, key)
    # one editing session, one revision: autosaves refine it
    assert [r.snapshot["status"] for r in revisions] == ["shared"]
    assert revisions[-1].snapshot["story"] == changed.story
    assert revisions[-1].editor == "Rikke Sørensen"
    rikke.lock()

    leader = institution.unlock()
    narratives.add_comment(leader, key, "Uddyb gerne, hvad Emil gjorde.", kind="elaborate")
    narratives.mark_reviewed(leader, key)
    leader.lock()
    rikke = institution.unlock("Rikke Sørensen")
    view = narratives.get_narrative(rikke, key)
    assert view.status == "reviewed"
    assert [(c.author, c.kind) for c in view.comments] == [("Hanne Østergaard", "elaborate")]
    assert [(r.editor, r.snapshot["status"]) for r in narratives.history(rikke, key)] == [
        ("Rikke Sørensen", "shared"),
        ("Hanne Østergaard", "reviewed"),
    ]
    rikke.lock()


def test_bad_input_is_refused_clearly(institution: Institution) -> None:
    rikke = institution.unlock("Rikke Sørensen")
    future = draft()
    future.occurred_on = date(2999, 1, 1)
    with pytest.raises(InvalidInput, match="fremtiden"):
        narratives.create_narrative(rikke, future)
    both = draft()
    both.present = ["Åse B."]
    with pytest.raises(InvalidInput, match="både"):
        narratives.create_narrative(rikke, both)
    unknown = draft()
    unknown.relations = ["barn-kat"]
    with pytest.raises(InvalidInput, match="Ukendt relation"):
        narratives.create_narrative(rikke, unknown)
    empty = NarrativeInput(date(2026, 11, 1), "Spurvene")
    key = narratives.create_narrative(rikke, empty)  # an empty draft may be saved ...
    with pytest.raises(InvalidInput, match="Skriv fortællingen"):
        narratives.share_narrative(rikke, key)  # ... but not shared
    rikke.lock()


def test_mine_lists_drafts_first(institution: Institution) -> None:
    rikke = institution.unlock("Rikke Sørensen")
    mine = narratives.list_mine(rikke)
    assert mine[0].status == "draft"
    assert {m.key for m in mine} == {"n-kladde", "n-sand", "n-maaltid", "n-tur"}
    rikke.lock()
