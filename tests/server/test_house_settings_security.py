"""Each house's settings and own tags are its own on a server that hosts several houses.

Plain psycopg as a staff login of house A (Mælkebøtten) against house B (Solsikken), no
Narrativ code between: the server itself keeps the rows apart (migration 0009). The six
curriculum themes are common and read-only. Then the services on top, and an upgrade of a
server made at revision 0008 whose shared rows are given to their houses.
"""

from __future__ import annotations

import itertools
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, make_url, text

from narrativ.server.setup import setup_server
from narrativ.services import narratives, settings, tags
from narrativ.services.narrative_input import NarrativeInput
from narrativ.store import migrate
from tests.helpers.documents import EDUCATOR_SPURVE, LEADER
from tests.server.cluster import Cluster
from tests.server.fixtures import OTHER_LEADER, ServerInstitution

_numbers = itertools.count()
TAG = "Sprogstimulering"  # both houses have an own tag of this name; B has retired it


def _give_each_house_its_own(server: ServerInstitution) -> None:
    for person, retention, retired in ((LEADER, 24, False), (OTHER_LEADER, 36, True)):
        ws = server.unlock(person)
        try:
            settings.set_setting(ws, "retention_months", retention)
            tags.add_tag(ws, TAG)
            if retired:
                tags.retire_tag(ws, TAG)
        finally:
            ws.lock()


def _admin(server: ServerInstitution) -> str:
    cluster = server.cluster
    return cluster.conninfo(server.database, "narrativ_admin", cluster.admin_password)


def _ids(server: ServerInstitution) -> dict[str, Any]:
    """The two houses' ids and their own TAG rows, as the owner (who sees everything)."""
    with psycopg.connect(_admin(server)) as connection:
        houses = dict(connection.execute("SELECT name, id FROM institution").fetchall())
        home, other = houses["Børnehuset Mælkebøtten"], houses["Vuggestuen Solsikken"]
        tag_of = dict(
            connection.execute(
                "SELECT institution_id, id FROM theme WHERE name = %s", (TAG,)
            ).fetchall()
        )
    return {"home": home, "other": other, "home_tag": tag_of[home], "other_tag": tag_of[other]}


def _rows(server: ServerInstitution, user: str, sql: str, *params: object) -> list[tuple]:
    with psycopg.connect(server.conninfo(user)) as connection:
        return connection.execute(sql, params).fetchall()  # type: ignore[arg-type]


@pytest.mark.parametrize("user", [EDUCATOR_SPURVE, LEADER])
def test_a_house_reads_only_its_own_settings_and_tags_and_the_common_themes(
    server_institution: ServerInstitution, user: str
) -> None:
    _give_each_house_its_own(server_institution)
    ids = _ids(server_institution)
    houses = _rows(server_institution, user, "SELECT DISTINCT institution_id FROM setting")
    assert houses == [(ids["home"],)]
    assert _rows(
        server_institution, user, "SELECT value FROM setting WHERE name = 'retention_months'"
    ) == [(24,)]
    retired = _rows(
        server_institution, user, "SELECT value FROM setting WHERE name = %s", "retired_tags"
    )
    assert retired == [([],)]  # B's retirement of its own TAG is not A's
    # Not even when asked for by the other house's id.
    asked = "SELECT count(*) FROM setting WHERE institution_id = %s"
    assert _rows(server_institution, user, asked, ids["other"]) == [(0,)]
    themes = _rows(server_institution, user, "SELECT id, institution_id, curriculum FROM theme")
    assert sum(1 for _, house, common in themes if common and house is None) == 6
    assert {house for _, house, common in themes if not common} == {ids["home"]}
    assert (ids["home_tag"], ids["home"], False) in themes
    assert ids["other_tag"] not in {theme_id for theme_id, *_ in themes}


def test_the_other_house_sees_its_own(server_institution: ServerInstitution) -> None:
    _give_each_house_its_own(server_institution)
    ids = _ids(server_institution)
    mine = _rows(
        server_institution,
        OTHER_LEADER,
        "SELECT name, value FROM setting WHERE name IN ('retention_months', 'retired_tags')",
    )
    assert sorted(mine) == [("retention_months", 36), ("retired_tags", [TAG])]
    own = _rows(server_institution, OTHER_LEADER, "SELECT id FROM theme WHERE NOT curriculum")
    assert (ids["other_tag"],) in own and (ids["home_tag"],) not in own


def test_only_a_leader_changes_settings_and_only_her_own_house(
    server_institution: ServerInstitution,
) -> None:
    _give_each_house_its_own(server_institution)
    ids = _ids(server_institution)
    insert = (
        "INSERT INTO setting (institution_id, name, value, updated_at) "
        "VALUES (%s, 'not_seen_weeks', '2', now())"
    )
    with psycopg.connect(server_institution.conninfo(EDUCATOR_SPURVE)) as connection:
        changed = connection.execute("UPDATE setting SET value = '1'::json")
        assert changed.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(insert, (ids["home"],))
    with psycopg.connect(server_institution.conninfo(LEADER)) as connection:
        changed = connection.execute(
            "UPDATE setting SET value = '12'::json WHERE name = 'retention_months'"
        )
        assert changed.rowcount == 1  # her house's row, not the other's
        connection.commit()
        deleted = connection.execute(
            "DELETE FROM setting WHERE institution_id = %s", (ids["other"],)
        )
        assert deleted.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(insert, (ids["other"],))
    for person, expected in ((LEADER, 12), (OTHER_LEADER, 36)):
        ws = server_institution.unlock(person)
        try:
            assert settings.get_setting(ws, "retention_months") == expected
        finally:
            ws.lock()


def test_the_common_themes_are_read_only_and_the_other_house_tags_out_of_reach(
    server_institution: ServerInstitution,
) -> None:
    _give_each_house_its_own(server_institution)
    ids = _ids(server_institution)
    new_tag = (
        "INSERT INTO theme (name, curriculum, position, institution_id) VALUES (%s, %s, 100, %s)"
    )
    with psycopg.connect(server_institution.conninfo(LEADER)) as connection:
        assert connection.execute("UPDATE theme SET position = 0 WHERE curriculum").rowcount == 0
        assert connection.execute("DELETE FROM theme WHERE curriculum").rowcount == 0
        renamed = connection.execute(
            "UPDATE theme SET name = 'Overtaget' WHERE id = %s", (ids["other_tag"],)
        )
        assert renamed.rowcount == 0
        for name, common, house in (("Nyt", False, ids["other"]), ("Nyt", True, None)):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(new_tag, (name, common, house))
            connection.rollback()
        # A narrative of the house carries its own tag, but not the other house's.
        link = (
            "INSERT INTO narrative_theme (narrative_id, theme_id) "
            "SELECT id, %s FROM narrative WHERE key = 'n-sand'"
        )
        assert connection.execute(link, (ids["home_tag"],)).rowcount == 1
        connection.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(link, (ids["other_tag"],))
    with (
        psycopg.connect(server_institution.conninfo(EDUCATOR_SPURVE)) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(new_tag, ("Mit eget", False, ids["home"]))  # leaders add tags
    with psycopg.connect(_admin(server_institution)) as connection:
        names = connection.execute("SELECT count(*) FROM theme WHERE name = 'Overtaget'")
        assert names.fetchone() == (0,)


def test_the_services_keep_each_houses_settings_and_tags(
    server_institution: ServerInstitution,
) -> None:
    _give_each_house_its_own(server_institution)
    ids = _ids(server_institution)
    home = server_institution.unlock(LEADER)
    try:
        assert {t.name: t.retired for t in tags.own_tags(home)}[TAG] is False
        offered = {t.code for t in tags.offered_themes(home)}
        assert TAG in offered
        tags.rename_tag(home, TAG, "Sprog og samtale")
    finally:
        home.lock()
    author = server_institution.unlock(EDUCATOR_SPURVE)  # saving under her own login
    try:
        story = narratives.get_narrative(author, "n-sand")
        narratives.update_narrative(
            author,
            "n-sand",
            NarrativeInput(
                occurred_on=story.occurred_on,
                group="g-spurv",
                story=story.story,
                focus=["c-emil"],
                themes=[*story.themes, "Sprog og samtale"],
            ),
            expected_version=story.version,
        )
    finally:
        author.lock()
    other = server_institution.unlock(OTHER_LEADER)
    try:
        own = {t.name: t.retired for t in tags.own_tags(other)}
        assert own[TAG] is True and "Sprog og samtale" not in own
        assert TAG not in {t.code for t in tags.offered_themes(other)}
        assert settings.get_setting(other, "retention_months") == 36
    finally:
        other.lock()
    with psycopg.connect(_admin(server_institution)) as connection:
        carried = connection.execute(
            "SELECT t.id FROM narrative_theme nt JOIN theme t ON t.id = nt.theme_id "
            "JOIN narrative n ON n.id = nt.narrative_id "
            "WHERE n.key = 'n-sand' AND NOT t.curriculum"
        ).fetchall()
    assert (ids["home_tag"],) in carried  # the renamed row of the house itself


SCHEMA_0008_DATA = """
INSERT INTO institution (id, name, created_at) VALUES
    (1, 'Hus A', '2025-01-01'), (2, 'Hus B', '2025-01-01');
INSERT INTO staff (id, key, institution_id, name, initials, role, active, created_at) VALUES
    (1, 's-a', 1, 'Anne A', 'AA', 'leader', true, '2025-01-01'),
    (2, 's-b', 2, 'Bente B', 'BB', 'leader', true, '2025-01-01');
INSERT INTO child_group (id, key, institution_id, name, age_band, active) VALUES
    (1, 'g-a', 1, 'Spurvene', 'børnehave', true), (2, 'g-b', 2, 'Musene', 'børnehave', true);
INSERT INTO narrative (id, key, institution_id, occurred_on, part_of_day, context, group_id,
    author_id, story, reflection, next_steps, status, created_at, updated_at, version) VALUES
    (1, 'n-a', 1, '2025-03-04', '', 'leg', 1, 1, 'Vand i sandkassen', '', '', 'shared',
     '2025-03-04', '2025-03-04', 1),
    (2, 'n-b', 2, '2025-03-04', '', 'leg', 2, 2, 'Første skoledag', '', '', 'shared',
     '2025-03-04', '2025-03-04', 1);
INSERT INTO theme (id, name, curriculum, position) VALUES
    (101, 'Vand', false, 100), (102, 'Skolestart', false, 100),
    (103, 'Venskaber', false, 100), (104, 'Gammelt', false, 100);
INSERT INTO narrative_theme (narrative_id, theme_id) VALUES (1, 101), (1, 102), (2, 102), (2, 1);
INSERT INTO audit_event (at, actor_id, actor_name, action, object_type, object_key, detail)
    VALUES ('2025-02-01', 2, 'Bente B', 'tag.add', 'theme', 'Venskaber', '{}');
UPDATE setting SET value = '24' WHERE name = 'retention_months';
INSERT INTO setting (name, value, updated_at) VALUES
    ('retired_tags', '["Gammelt", "Vand", "Venskaber"]', '2025-02-01');
"""


def test_a_server_made_at_0008_gives_the_shared_rows_to_their_houses(
    pg_cluster: Cluster,
) -> None:
    """Own tags go where narratives or the audit log place them (else to every house, as
    before); every house keeps the settings it had, its retired tags its own only."""
    name = f"narrativ_at_0008_{next(_numbers)}"
    admin_url = pg_cluster.create_database(name)
    engine = create_engine(admin_url)
    try:
        migrate.upgrade(engine, "0008")
        with engine.begin() as connection:
            for statement in SCHEMA_0008_DATA.split(";"):
                if statement.strip():
                    connection.execute(text(statement))
    finally:
        engine.dispose()

    setup_server(make_url(admin_url)).close()  # how a server is upgraded

    admin = pg_cluster.conninfo(name, "narrativ_admin", pg_cluster.admin_password)
    with psycopg.connect(admin) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.HEAD_REVISION,
        )
        own = connection.execute(
            "SELECT institution_id, name FROM theme WHERE NOT curriculum ORDER BY 1, 2"
        ).fetchall()
        common = connection.execute(
            "SELECT count(*) FROM theme WHERE curriculum AND institution_id IS NULL"
        ).fetchone()
        links = connection.execute(
            "SELECT n.key, t.name, t.institution_id FROM narrative_theme nt "
            "JOIN narrative n ON n.id = nt.narrative_id JOIN theme t ON t.id = nt.theme_id "
            "WHERE NOT t.curriculum ORDER BY 1, 2"
        ).fetchall()
        stored = connection.execute(
            "SELECT institution_id, name, value FROM setting ORDER BY 1, 2"
        ).fetchall()
        secured = connection.execute(
            "SELECT relname FROM pg_class WHERE relname IN ('setting', 'theme') "
            "AND relrowsecurity ORDER BY 1"
        ).fetchall()
    assert own == [
        (1, "Gammelt"), (1, "Skolestart"), (1, "Vand"),
        (2, "Gammelt"), (2, "Skolestart"), (2, "Venskaber"),
    ]  # fmt: skip
    assert common == (6,)
    assert links == [("n-a", "Skolestart", 1), ("n-a", "Vand", 1), ("n-b", "Skolestart", 2)]
    for house, retired in ((1, ["Gammelt", "Vand"]), (2, ["Gammelt", "Venskaber"])):
        mine = {setting: value for home, setting, value in stored if home == house}
        assert mine == {
            "auto_lock_minutes": 5,
            "not_seen_weeks": 6,
            "retention_months": 24,
            "retired_tags": retired,
        }
    assert secured == [("setting",), ("theme",)]

    from alembic import command

    engine = create_engine(admin_url)
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0008")  # type: ignore[arg-type]
        with engine.connect() as connection:
            tags_back = connection.execute(
                text("SELECT name FROM theme WHERE NOT curriculum ORDER BY name")
            ).all()
            linked = connection.execute(
                text("SELECT count(*) FROM narrative_theme WHERE theme_id > 6")
            ).scalar()
            retention = connection.execute(
                text("SELECT value FROM setting WHERE name = 'retention_months'")
            ).all()
    finally:
        engine.dispose()
    assert tags_back == [("Gammelt",), ("Skolestart",), ("Vand",), ("Venskaber",)]
    assert linked == 3 and retention == [(24,)]
