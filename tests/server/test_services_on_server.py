"""The service tests, run again against the institution server.

The same test functions as for the database file (imported from the unit and storage
tests), with ``institution`` and ``leader`` fixtures that log in to a copy of the server
template instead. Only tests about something the server does not have (key files,
passwords in the vault, backups of the file) are left out, each with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from narrativ.errors import NotFound, NotPermitted
from narrativ.services import narratives
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.search import search
from narrativ.services.workspace import Workspace
from tests.server.fixtures import ServerInstitution
from tests.server.reuse import reused_tests
from tests.unit.services import (
    test_community,
    test_interchange,
    test_listing,
    test_narratives,
    test_permissions,
    test_plans,
    test_relations,
    test_review,
    test_team,
)
from tests.unit.services.test_permissions import bjoern, rikke
from tests.unit.services.test_team import boss

__all__ = ["bjoern", "boss", "rikke"]  # fixtures of the file tests, reused as they are

# Tests about the file alone, and why they do not apply on the server.
HIDDEN_BY_SERVER = (
    "the server hides another group's narrative altogether, so the service says «findes "
    "ikke» (NotFound) where the file says «ikke tilladt»; see test_hidden_rows_are_refused"
)
FILE_ONLY: dict[str, str] = {
    "test_permissions.test_other_groups_narratives_are_unreachable": HIDDEN_BY_SERVER,
    "test_permissions.test_educator_writes_only_in_own_groups_and_edits_only_own_text": (
        HIDDEN_BY_SERVER
    ),
}


@pytest.fixture
def institution(server_institution: ServerInstitution) -> ServerInstitution:
    return server_institution


@pytest.fixture
def demo(server_demo: ServerInstitution) -> ServerInstitution:
    return server_demo


@pytest.fixture
def leader(server_institution: ServerInstitution) -> Iterator[Workspace]:
    ws = server_institution.unlock()
    yield ws
    ws.lock()


for _module in (
    test_narratives,
    test_review,
    test_team,
    test_permissions,
    test_plans,
    test_community,
    test_relations,
    test_interchange,
    test_listing,
):
    _short = _module.__name__.rsplit(".", 1)[-1]
    _skip = {k.split(".", 1)[1]: v for k, v in FILE_ONLY.items() if k.startswith(_short + ".")}
    globals().update(reused_tests(_module, f"_{_short[5:]}_on_server", _skip))


def test_hidden_rows_are_refused(rikke: Workspace, bjoern: Workspace) -> None:
    """The file tests above, with the server's answer for a row it does not show."""
    with pytest.raises(NotFound):
        narratives.get_narrative(rikke, "n-mus")
    with pytest.raises(NotFound):
        narratives.history(rikke, "n-mus")
    with pytest.raises((NotFound, NotPermitted)):
        narratives.add_comment(rikke, "n-mus", "Flot iagttaget")
    assert narratives.list_for_group(rikke, "Musene") == []
    assert search(rikke, "kravlede") == []
    with pytest.raises(NotPermitted):
        narratives.create_narrative(
            rikke, NarrativeInput(date(2026, 11, 1), "Musene", "Maja legede.", focus=["c-maja"])
        )
    with pytest.raises((NotFound, NotPermitted)):
        narratives.update_narrative(
            bjoern,
            "n-sand",
            NarrativeInput(date(2026, 9, 14), "Spurvene", "Omskrevet", focus=["c-emil"]),
        )
    assert narratives.get_narrative(rikke, "n-sand").story.startswith("Emil byggede")
