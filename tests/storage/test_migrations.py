"""Migrations: shipped in the package, run on open after a backup, never on a newer file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from narrativ.errors import SchemaTooNew
from narrativ.store import open_store
from narrativ.store.engine import make_engine
from narrativ.store.migrate import HEAD_REVISION, MIGRATIONS_DIR, alembic_config

KEY = bytes(range(32))


def scalar(connection: Connection, sql: str) -> object:
    return connection.execute(text(sql)).scalar()


def test_head_constant_matches_the_scripts() -> None:
    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION


def test_models_and_migrations_do_not_drift(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.db", KEY, create=True)
    try:
        with store.engine.begin() as connection:
            command.check(alembic_config(connection))  # raises on any difference
    finally:
        store.close()


def test_database_at_first_revision_with_data_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path, KEY)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO institution (name, created_at) VALUES ('Hus', '2025-01-01')")
        )
        connection.execute(
            text(
                "INSERT INTO child_group (key, institution_id, name, age_band, active) "
                "VALUES ('g1', 1, 'Spurvene', 'børnehave', 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO staff (key, institution_id, name, initials, role, active, created_at) "
                "VALUES ('s1', 1, 'Rikke Sørensen', 'RS', 'educator', 1, '2025-01-01')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO narrative (key, institution_id, occurred_on, part_of_day, context, "
                "group_id, author_id, story, reflection, next_steps, status, created_at, "
                "updated_at, version) VALUES ('n1', 1, '2025-03-04', 'formiddag', 'leg', 1, 1, "
                "'Åse byggede et tårn', '', '', 'shared', '2025-03-04', '2025-03-04', 1)"
            )
        )
    engine.dispose()

    store = open_store(path, KEY)
    try:
        with store.engine.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == HEAD_REVISION
            assert (
                connection.execute(
                    text("SELECT value FROM setting WHERE name='auto_lock_minutes'")
                ).scalar()
                == 5
            )
            assert (
                connection.execute(text("SELECT story FROM narrative")).scalar()
                == "Åse byggede et tårn"
            )
    finally:
        store.close()
    backups = list(tmp_path.glob("old.db.før-opdatering-0001-*"))
    assert len(backups) == 1
    backup = make_engine(backups[0], KEY)  # the copy is encrypted with the same key ...
    try:
        with backup.connect() as connection:
            # ... and is the database as it was before the upgrade
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == "0001"
            )
            assert connection.execute(text("SELECT count(*) FROM narrative")).scalar() == 1
    finally:
        backup.dispose()


AT_0008 = (
    "INSERT INTO institution (name, created_at) VALUES ('Hus', '2025-01-01')",
    "INSERT INTO child_group (key, institution_id, name, age_band, active) "
    "VALUES ('g1', 1, 'Spurvene', 'børnehave', 1)",
    "INSERT INTO staff (key, institution_id, name, initials, role, active, created_at) "
    "VALUES ('s1', 1, 'Lone Leder', 'LL', 'leader', 1, '2025-01-01')",
    "INSERT INTO narrative (key, institution_id, occurred_on, part_of_day, context, group_id, "
    "author_id, story, reflection, next_steps, status, created_at, updated_at, version) "
    "VALUES ('n1', 1, '2025-03-04', 'formiddag', 'leg', 1, 1, 'Vand i sandkassen', '', '', "
    "'shared', '2025-03-04', '2025-03-04', 1)",
    "INSERT INTO theme (id, name, curriculum, position) VALUES (101, 'Vand', 0, 100), "
    "(102, 'Ubrugt', 0, 100)",
    "INSERT INTO narrative_theme (narrative_id, theme_id) VALUES (1, 101), (1, 1)",
    "UPDATE setting SET value = '24' WHERE name = 'retention_months'",
    "INSERT INTO setting (name, value, updated_at) VALUES "
    "('retired_tags', '[\"Ubrugt\"]', '2025-02-01')",
)


def _at_0008(path: Path, statements: tuple[str, ...]) -> None:
    engine = make_engine(path, KEY)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0008")
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_a_file_at_0008_gives_its_settings_and_own_tags_to_its_one_house(tmp_path: Path) -> None:
    path = tmp_path / "hus.db"
    _at_0008(path, AT_0008)

    store = open_store(path, KEY)
    try:
        with store.engine.connect() as connection:
            assert scalar(connection, "SELECT version_num FROM alembic_version") == HEAD_REVISION
            settings = connection.execute(
                text("SELECT institution_id, name, value FROM setting ORDER BY name")
            ).all()
            own = connection.execute(
                text("SELECT id, institution_id, name FROM theme WHERE NOT curriculum ORDER BY id")
            ).all()
            links = connection.execute(text("SELECT theme_id FROM narrative_theme")).all()
            # Foreign keys are enforced again once the upgrade is done.
            assert scalar(connection, "PRAGMA foreign_keys") == 1
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            assert (
                scalar(connection, "SELECT count(*) FROM theme WHERE institution_id IS NULL") == 6
            )
    finally:
        store.close()
    assert settings == [
        (1, "auto_lock_minutes", 5),
        (1, "not_seen_weeks", 6),
        (1, "retention_months", 24),
        (1, "retired_tags", '["Ubrugt"]'),
    ]
    assert own == [(101, 1, "Vand"), (102, 1, "Ubrugt")]
    assert sorted(links) == [(1,), (101,)]
    assert len(list(tmp_path.glob("hus.db.før-opdatering-0008-*"))) == 1


def test_a_new_file_at_0008_keeps_no_settings_without_a_house(tmp_path: Path) -> None:
    """Before its first house there is no one to give revision 0002's defaults to; the
    program knows the same defaults."""
    path = tmp_path / "ny.db"
    _at_0008(path, ())
    store = open_store(path, KEY)
    try:
        with store.engine.connect() as connection:
            assert scalar(connection, "SELECT count(*) FROM setting") == 0
            assert scalar(connection, "SELECT version_num FROM alembic_version") == HEAD_REVISION
    finally:
        store.close()


def test_0009_downgrades_to_one_row_per_name(tmp_path: Path) -> None:
    path = tmp_path / "tilbage.db"
    _at_0008(path, AT_0008)
    open_store(path, KEY).close()
    engine = make_engine(path, KEY)
    try:
        with engine.connect() as connection:
            # As narrativ.store.migrate does for an upgrade: SQLite rebuilds the theme table.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
            with connection.begin():
                command.downgrade(alembic_config(connection), "0008")
            assert scalar(connection, "SELECT version_num FROM alembic_version") == "0008"
            assert (
                scalar(connection, "SELECT value FROM setting WHERE name = 'retention_months'")
                == 24
            )
            names = connection.execute(text("SELECT name FROM theme WHERE NOT curriculum")).all()
            assert sorted(names) == [("Ubrugt",), ("Vand",)]
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        engine.dispose()


def test_database_newer_than_the_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    store = open_store(path, KEY, create=True)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNew, match="nyere udgave"):
        open_store(path, KEY)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db"]
