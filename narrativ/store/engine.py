"""Build the SQLAlchemy engine over an SQLCipher file: key first, then the safety pragmas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from narrativ.store.driver import raw_key_literal, sqlcipher_module

BUSY_TIMEOUT_SECONDS = 5

# Applied to every new connection, after the key. WAL with synchronous=FULL makes every
# committed save survive a power cut; secure_delete overwrites deleted text; temp tables
# and sorts stay in memory so no plaintext spills into temp files.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}",
)


def make_engine(path: Path, key: bytes) -> Engine:
    """An engine whose connections are keyed; it opens nothing until first used."""
    sqlcipher_module()  # refuses to go on unless the driver encrypts
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(key), database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_SECONDS},
    )
    event.listen(engine, "connect", _prepare_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _prepare_connection(dbapi_connection: Any, _record: object) -> None:
    # The dialect's own connect hook has already sent PRAGMA key. Reading the schema is
    # the first moment a wrong key or a damaged file shows; do it before changing anything.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma).fetchall()
    finally:
        cursor.close()
    # Let SQLAlchemy's "begin" event decide when a transaction starts (see _begin).
    dbapi_connection.isolation_level = None


WRITE_OPTION = "narrativ_write"


def _begin(connection: Any) -> None:
    # The driver's own implicit BEGIN skips SELECTs and savepoints; an explicit BEGIN makes
    # a session's reads and writes one consistent transaction. A unit of work that may write
    # takes the write lock at once (IMMEDIATE): in WAL mode a reader that later tries to
    # write after someone else committed fails at once instead of waiting its turn.
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
