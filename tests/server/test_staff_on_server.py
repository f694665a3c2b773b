"""The staff list and the team view's filters on the institution server, where logins are
the server's roles rather than key slots in a file."""

from __future__ import annotations

from narrativ.services import accounts
from narrativ.services.workspace import Workspace
from narrativ.ui.team.view import filter_choices
from tests.helpers.documents import LEADER


def test_a_leader_lists_the_staff_without_the_files_key_slots(server_leader: Workspace) -> None:
    staff = accounts.list_staff(server_leader, include_inactive=True)
    assert LEADER in {s.name for s in staff}
    # Whether a colleague has a login only the server's administrator can see.
    assert {s.has_password for s in staff} == {None}


def test_the_team_views_filters_load_on_the_server(server_leader: Workspace) -> None:
    choices = filter_choices(server_leader)
    assert LEADER in {c.label for c in choices.authors}
    assert choices.groups and choices.children and choices.themes
