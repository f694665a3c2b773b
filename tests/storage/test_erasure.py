"""Erasing a child removes it everywhere, masks it elsewhere, and the text leaves the file."""

from __future__ import annotations

from datetime import date

import pytest

from narrativ.errors import InvalidInput, NotFound, NotPermitted
from narrativ.services import erasure, narratives, organisation, search
from narrativ.services.consents import add_consent
from narrativ.services.narrative_input import NarrativeInput
from narrativ.vault.vault import Vault
from tests.conftest import Institution
from tests.helpers.documents import LEADER, PASSWORDS
from tests.helpers.sqlcipher_pages import plaintext_pages

SNAIL = "snegl"  # a word only in Bo's own narrative


def test_pages_decrypt_to_real_content(institution: Institution) -> None:
    key = Vault(institution.path).open_with_password(LEADER, PASSWORDS[LEADER]).database_keys[0]
    pages = list(plaintext_pages(institution.path, key))
    assert pages[0].startswith(b"") and any(b"voldgraven" in p for p in pages)


def test_erase_child_everywhere_and_from_the_file(institution: Institution) -> None:
    leader = institution.unlock()
    due = erasure.due_for_erasure(leader, today=date(2031, 1, 1))
    assert [c.key for c in due] == ["c-bo"]  # left 31.7.2025; 60 months later is 2030
    assert erasure.due_for_erasure(leader, today=date(2026, 11, 1)) == []
    add_consent(leader, "c-bo", "mor", date(2025, 1, 1), ["PPR"])
    with pytest.raises(InvalidInput):
        erasure.erase_child(leader, "c-bo", confirmed=False)
    result = erasure.erase_child(leader, "c-bo", confirmed=True)
    assert (result.narratives_deleted, result.child) == (1, "c-bo")
    with pytest.raises(NotFound):
        narratives.get_narrative(leader, "n-tur")
    assert "Bo T." not in {
        c.display_name for c in organisation.list_children(leader, include_left=True)
    }
    leader.lock()
    rikke = institution.unlock("Rikke Sørensen")  # an educator's search is not audited
    assert search.search(rikke, SNAIL) == []
    rikke.lock()

    secret = Vault(institution.path).open_with_password(LEADER, PASSWORDS[LEADER]).database_keys[0]
    for page in plaintext_pages(institution.path, secret):
        assert SNAIL.encode() not in page
        assert b"Bo fandt" not in page


def test_a_child_named_in_others_narratives_is_masked_there(institution: Institution) -> None:
    rikke = institution.unlock("Rikke Sørensen")
    key = narratives.create_narrative(
        rikke,
        NarrativeInput(
            date(2026, 10, 3),
            "Spurvene",
            "Emil viste Åse og Åses bror sin borg.",
            focus=["c-emil"],
            present=["c-aase"],
        ),
    )
    narratives.share_narrative(rikke, key)
    rikke.lock()
    leader = institution.unlock()
    erasure.erase_child(leader, "c-aase", confirmed=True)
    story = narratives.get_narrative(leader, key).story
    assert story == "Emil viste en pige og en piges bror sin borg."
    assert narratives.get_narrative(leader, "n-sand").present == ()
    assert "Åse" not in narratives.get_narrative(leader, "n-sand").story
    leader.lock()


def test_only_leaders_erase(institution: Institution) -> None:
    rikke = institution.unlock("Rikke Sørensen")
    with pytest.raises(NotPermitted):
        erasure.erase_child(rikke, "c-bo", confirmed=True)
    rikke.lock()
