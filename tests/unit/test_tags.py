"""The house's own tags: added, renamed, retired and brought back by a leader, never lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from narrativ.errors import InvalidInput, NotPermitted
from narrativ.services import narratives, tags
from narrativ.services.tags import TagEdit
from narrativ.services.workspace import Workspace
from narrativ.store.models import AuditEvent
from tests.conftest import Institution
from tests.helpers.documents import LEADER

EDUCATOR = "Rikke Sørensen"
CURRICULUM = [
    "alsidig personlig udvikling",
    "social udvikling",
    "kommunikation og sprog",
    "krop, sanser og bevægelse",
    "natur, udeliv og science",
    "kultur, æstetik og fællesskab",
]


@pytest.fixture
def leader(institution: Institution) -> Iterator[Workspace]:
    ws = institution.unlock(LEADER)
    yield ws
    ws.lock()


def audit_actions(ws: Workspace) -> list[tuple[str, str, dict[str, object]]]:
    with ws.reading() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.action.like("tag.%")).order_by(AuditEvent.id)
        )
        return [(e.action, e.object_key, dict(e.detail)) for e in rows]


def test_the_six_themes_come_first_then_the_house_tags(leader: Workspace) -> None:
    themes = tags.themes(leader)
    assert [t.code for t in themes if t.curriculum] == CURRICULUM
    assert [t.code for t in themes[6:]] == ["Vores egne"]
    assert tags.own_tags(leader) == [tags.OwnTag("Vores egne", retired=False, uses=1)]


def test_leader_adds_a_tag_the_editor_then_offers(leader: Workspace) -> None:
    tags.add_tag(leader, "  Overgang   til skole ")
    assert [t.code for t in tags.offered_themes(leader)][6:] == [
        "Overgang til skole",
        "Vores egne",
    ]
    assert audit_actions(leader) == [("tag.add", "Overgang til skole", {})]


def test_rename_follows_the_narratives_that_carry_the_tag(leader: Workspace) -> None:
    tags.rename_tag(leader, "Vores egne", "Venskaber")
    assert narratives.get_narrative(leader, "n-tur").themes == (
        "natur, udeliv og science",
        "Venskaber",
    )
    assert audit_actions(leader) == [("tag.rename", "Venskaber", {"was": "Vores egne"})]
    # Only the case changes: allowed, it is the same tag.
    tags.rename_tag(leader, "Venskaber", "venskaber")
    assert [t.name for t in tags.own_tags(leader)] == ["venskaber"]


def test_a_retired_tag_stays_on_old_narratives_but_is_not_offered(leader: Workspace) -> None:
    tags.retire_tag(leader, "Vores egne")
    assert "Vores egne" in narratives.get_narrative(leader, "n-tur").themes
    assert "Vores egne" not in [t.code for t in tags.offered_themes(leader)]
    # Editing a narrative that has it: the editor is offered it, so saving keeps it.
    assert "Vores egne" in [t.code for t in tags.offered_themes(leader, ["Vores egne"])]
    listed = {t.code: t for t in tags.themes(leader)}
    assert listed["Vores egne"].retired  # and the team filter can still filter by it
    assert tags.own_tags(leader) == [tags.OwnTag("Vores egne", retired=True, uses=1)]
    tags.retire_tag(leader, "Vores egne", retired=False)
    assert "Vores egne" in [t.code for t in tags.offered_themes(leader)]
    assert [a[0] for a in audit_actions(leader)] == ["tag.retire", "tag.restore"]


def test_a_renamed_retired_tag_stays_retired(leader: Workspace) -> None:
    tags.retire_tag(leader, "Vores egne")
    tags.rename_tag(leader, "Vores egne", "Gammelt projekt")
    assert tags.own_tags(leader) == [tags.OwnTag("Gammelt projekt", retired=True, uses=1)]
    assert "Gammelt projekt" in narratives.get_narrative(leader, "n-tur").themes


def test_two_tags_can_swap_names_in_one_save(leader: Workspace) -> None:
    tags.add_tag(leader, "Sprog")
    changed = tags.save_own_tags(
        leader, [TagEdit("Sprog", "Vores egne"), TagEdit("Vores egne", "Sprog")]
    )
    assert changed == 2
    assert "Sprog" in narratives.get_narrative(leader, "n-tur").themes


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Skriv et navn til tagget."),
        ("   ", "Skriv et navn til tagget."),
        ("x" * 41, "Et tag må højst være 40 tegn langt."),
        ("#sprog", "Tegnet »#« kan ikke bruges i et tag."),
        ("sprog; drop", "Tegnet »;« kan ikke bruges i et tag."),
        ("leg 🎈", "Tegnet »🎈« kan ikke bruges i et tag."),
        ("a\u200bb", "Navnet indeholder et usynligt tegn, der ikke kan bruges i et tag."),
        ("2025", "Et tag skal indeholde mindst ét bogstav."),
        ("VORES EGNE", "Tagget »VORES EGNE« findes allerede."),
        ("Social udvikling", "»Social udvikling« er et af de seks læreplanstemaer."),
    ],
)
def test_a_bad_name_says_why_in_danish_and_changes_nothing(
    leader: Workspace, name: str, message: str
) -> None:
    before = tags.themes(leader)
    with pytest.raises(InvalidInput) as raised:
        tags.add_tag(leader, name)
    assert raised.value.message.startswith(message)
    if name != "VORES EGNE":  # a tag may change only its case
        with pytest.raises(InvalidInput):
            tags.rename_tag(leader, "Vores egne", name)
    assert tags.themes(leader) == before
    assert audit_actions(leader) == []


def test_danish_letters_and_a_few_marks_are_fine(leader: Workspace) -> None:
    tags.add_tag(leader, "Årets tema: vand & is (2026)")
    tags.add_tag(leader, "Børns medbestemmelse – 'vi' og 'jeg'")
    names = [t.name for t in tags.own_tags(leader)]
    assert "Årets tema: vand & is (2026)" in names


def test_a_name_of_a_retired_tag_points_to_bringing_it_back(leader: Workspace) -> None:
    tags.retire_tag(leader, "Vores egne")
    with pytest.raises(InvalidInput, match="sat ud af brug"):
        tags.add_tag(leader, "vores egne")


def test_the_six_themes_cannot_be_renamed_or_retired(leader: Workspace) -> None:
    with pytest.raises(InvalidInput, match="læreplanstemaer"):
        tags.rename_tag(leader, "social udvikling", "Sociale ting")
    with pytest.raises(InvalidInput, match="læreplanstemaer"):
        tags.retire_tag(leader, "social udvikling")


def test_one_bad_edit_stops_the_whole_save(leader: Workspace) -> None:
    with pytest.raises(InvalidInput):
        tags.save_own_tags(leader, [TagEdit(None, "Godt navn"), TagEdit(None, "dårligt#")])
    assert [t.name for t in tags.own_tags(leader)] == ["Vores egne"]


def test_a_tag_changed_meanwhile_is_reported(leader: Workspace) -> None:
    with pytest.raises(InvalidInput, match="findes ikke"):
        tags.save_own_tags(leader, [TagEdit("Forsvundet", "Ny")])


def test_only_leaders_change_tags(institution: Institution) -> None:
    ws = institution.unlock(EDUCATOR)
    try:
        with pytest.raises(NotPermitted):
            tags.add_tag(ws, "Mit eget")
        assert [t.name for t in tags.own_tags(ws)] == ["Vores egne"]
    finally:
        ws.lock()
