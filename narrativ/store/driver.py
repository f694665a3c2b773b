"""Make sure the database driver really encrypts before any file is touched."""

from __future__ import annotations

import functools
from types import ModuleType
from typing import Any

from narrativ.errors import DriverNotSqlcipher


@functools.cache
def sqlcipher_module() -> ModuleType:
    """Return the ``sqlcipher3`` module after proving, in memory, that it is SQLCipher.

    The standard library's ``sqlite3`` accepts ``PRAGMA key`` and silently ignores it, which
    would write children's data in the clear; so nothing is opened unless
    ``PRAGMA cipher_version`` answers.
    """
    try:
        import sqlcipher3
    except ImportError as error:
        raise DriverNotSqlcipher(
            "Krypteringsmodulet sqlcipher3 mangler. Installér Narrativ igen."
        ) from error
    connection = sqlcipher3.connect(":memory:")
    try:
        if not encrypts(connection):
            raise DriverNotSqlcipher(
                "Databasemodulet krypterer ikke (SQLCipher mangler). Narrativ åbner ingen "
                "database uden kryptering."
            )
        # SQLCipher's own log would otherwise print to stderr on every wrong key.
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()
    return sqlcipher3


def encrypts(connection: Any) -> bool:
    """True when ``connection`` belongs to SQLCipher: plain SQLite answers nothing here."""
    row = connection.execute("PRAGMA cipher_version").fetchone()
    return bool(row and row[0])


def raw_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form: the hex key skips SQLCipher's own (slow) key derivation."""
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    return f"x'{key.hex()}'"
