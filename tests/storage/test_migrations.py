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
