"""The server itself enforces who sees what: plain psycopg as a staff login, no Narrativ code.

These are the guarantees that hold even if someone connects with another client than
Narrativ (psql, a spreadsheet's ODBC link) using their own login.
"""

from __future__ import annotations

import psycopg
import pytest

from tests.helpers.documents import EDUCATOR_MUS, EDUCATOR_SPURVE, LEADER
from tests.server.fixtures import OTHER_LEADER, ServerInstitution


def _keys(server: ServerInstitution, user: str, sql: str) -> set[str]:
    with psycopg.connect(server.conninfo(user)) as connection:
        return {row[0] for row in connection.execute(sql)}


def test_educator_sees_shared_narratives_of_own_groups_and_own_drafts_only(
    server_institution: ServerInstitution,
) -> None:
    spurve = _keys(server_institution, EDUCATOR_SPURVE, "SELECT key FROM narrative")
    mus = _keys(server_institution, EDUCATOR_MUS, "SELECT key FROM narrative")
    assert spurve == {"n-sand", "n-maaltid", "n-kladde", "n-tur"}  # n-kladde is her draft
    assert mus == {"n-mus"}
    # Not even by asking for it by key, nor through a child table.
    assert (
        _keys(server_institution, EDUCATOR_MUS, "SELECT key FROM narrative WHERE key = 'n-sand'")
        == set()
    )
    with psycopg.connect(server_institution.conninfo(EDUCATOR_MUS)) as connection:
        seen = connection.execute(
            "SELECT count(*) FROM narrative_child nc JOIN child c ON c.id = nc.child_id "
            "WHERE c.key = 'c-emil'"
        ).fetchone()
    assert seen == (0,)


def test_leader_sees_the_institution_and_no_other(server_institution: ServerInstitution) -> None:
    mine = _keys(server_institution, LEADER, "SELECT key FROM narrative")
    theirs = _keys(server_institution, OTHER_LEADER, "SELECT key FROM narrative")
    assert mine == {"n-sand", "n-maaltid", "n-kladde", "n-mus", "n-tur"}
    assert theirs == {f"n-sol-{k[2:]}" for k in mine}
    assert _keys(server_institution, OTHER_LEADER, "SELECT name FROM institution") == {
        "Vuggestuen Solsikken"
    }
    assert "Emil" not in _keys(
        server_institution,
        OTHER_LEADER,
        "SELECT first_name FROM child WHERE key NOT LIKE 'c-sol-%'",
    )
    assert (
        _keys(
            server_institution,
            OTHER_LEADER,
            "SELECT key FROM staff WHERE key NOT LIKE 's-sol-%' AND role <> 'leader'",
        )
        == set()
    )


def test_educator_cannot_change_or_delete_another_groups_narrative(
    server_institution: ServerInstitution,
) -> None:
    with psycopg.connect(server_institution.conninfo(EDUCATOR_MUS)) as connection:
        updated = connection.execute("UPDATE narrative SET story = 'x' WHERE key = 'n-sand'")
        deleted = connection.execute("DELETE FROM narrative WHERE key = 'n-sand'")
        assert (updated.rowcount, deleted.rowcount) == (0, 0)
    assert _keys(
        server_institution, LEADER, "SELECT story FROM narrative WHERE key = 'n-sand'"
    ) != {"x"}


def test_educator_cannot_make_herself_leader_or_join_a_group(
    server_institution: ServerInstitution,
) -> None:
    with psycopg.connect(server_institution.conninfo(EDUCATOR_MUS)) as connection:
        promoted = connection.execute("UPDATE staff SET role = 'leader' WHERE key = 's-bå'")
        assert promoted.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO staff_group (staff_id, group_id) SELECT s.id, g.id FROM staff s, "
                "child_group g WHERE s.key = 's-bå' AND g.key = 'g-spurv'"
            )


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_event SET action = 'nothing'",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event",
    ],
)
@pytest.mark.parametrize("user", [EDUCATOR_SPURVE, LEADER])
def test_audit_log_refuses_update_and_delete(
    server_institution: ServerInstitution, user: str, statement: str
) -> None:
    with (
        psycopg.connect(server_institution.conninfo(user)) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(statement)


def test_audit_log_refuses_update_even_from_the_owner(
    server_institution: ServerInstitution,
) -> None:
    admin = server_institution.cluster.conninfo(
        server_institution.database, "narrativ_admin", server_institution.cluster.admin_password
    )
    with (
        psycopg.connect(admin) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"),
    ):
        connection.execute("UPDATE audit_event SET action = 'nothing'")


def test_educator_may_append_own_audit_entries_only(server_institution: ServerInstitution) -> None:
    with psycopg.connect(server_institution.conninfo(EDUCATOR_SPURVE)) as connection:
        connection.execute(
            "INSERT INTO audit_event (at, actor_id, actor_name, action, object_type, object_key, "
            "detail) VALUES (now(), narrativ_staff_id(), 'RS', 'test', '', '', '{}')"
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO audit_event (at, actor_id, actor_name, action, object_type, "
                "object_key, detail) SELECT now(), id, name, 'forged', '', '', '{}' FROM staff "
                "WHERE role = 'leader'"
            )
