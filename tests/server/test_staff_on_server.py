"""The staff list and the team view's filters on the institution server, where logins are
the server's roles rather than key slots in a file."""

from __future__ import annotations

from narrativ.services import accounts
from narrativ.services.workspace import Workspace
from narrativ.ui.team.view import filter_choices
from tests.helpers.documents import EDUCATOR_SPURVE, LEADER
from tests.server.fixtures import ServerInstitution


def test_a_leader_sees_who_has_a_login_and_an_educator_does_not(
    server_institution: ServerInstitution, server_leader: Workspace
) -> None:
    accounts.add_staff(server_leader, "Sofie Vikar")  # no login on the server yet
    staff = {s.name: s for s in accounts.list_staff(server_leader, include_inactive=True)}
    with_login = {name for name, s in staff.items() if s.has_password}
    assert with_login == set(server_institution.logins) & set(staff)
    assert LEADER in with_login and staff["Sofie Vikar"].has_password is False
    educator = server_institution.unlock(EDUCATOR_SPURVE)
    try:
        # The row policies keep logins to the server's administrator and the house's leaders.
        assert {s.has_password for s in accounts.list_staff(educator)} == {None}
    finally:
        educator.lock()


def test_the_team_views_filters_load_on_the_server(server_leader: Workspace) -> None:
    choices = filter_choices(server_leader)
    assert LEADER in {c.label for c in choices.authors}
    assert choices.groups and choices.children and choices.themes
