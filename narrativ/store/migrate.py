"""Bring a database to the program's schema on open, after a backup copy.

A database made by a newer Narrativ is refused rather than touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text

from narrativ.errors import SchemaTooNew

# The newest revision this program knows. Checking it against the database is one query;
# Alembic itself is loaded only when the database is behind. A test keeps this equal to
# the head of the migration scripts.
HEAD_REVISION = "0012"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite changes a constraint by rebuilding the table, which drops the old one
            # first; with foreign keys enforced that fails for a table others point at
            # (theme). SQLite's own recipe: enforcement off for the migration (it can only
            # be switched outside a transaction), and a foreign_key_check before commit.
            _driver(connection).execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), target)  # type: ignore[arg-type]
                if sqlite:
                    _refuse_dangling_references(connection)
        finally:
            if sqlite:
                _driver(connection).execute("PRAGMA foreign_keys = ON")


def _driver(connection: Connection) -> Any:
    """The driver's own connection: its statements start no transaction of SQLAlchemy's."""
    return connection.connection.driver_connection


def _refuse_dangling_references(connection: Connection) -> None:
    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    if dangling is not None:
        # Rolls the whole upgrade back: the file stays as it was before.
        raise RuntimeError(f"migration left a dangling reference in table {dangling[0]}")


def needs_upgrade(engine: Engine) -> str | None:
    """The database's revision if it must be upgraded, "" for a new empty file, else None."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return None
    if revision is None:
        return ""
    if revision not in known_revisions():
        raise SchemaTooNew(
            "Databasen er lavet af en nyere udgave af Narrativ end denne. "
            "Opdatér Narrativ på denne pc; databasen er ikke ændret."
        )
    return revision
