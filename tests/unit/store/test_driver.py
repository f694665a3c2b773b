"""Nothing is opened unless the driver really encrypts."""

from __future__ import annotations

import sqlite3

from narrativ.store.driver import encrypts, sqlcipher_module


def test_plain_sqlite_is_recognised_as_not_encrypting() -> None:
    plain = sqlite3.connect(":memory:")
    plain.execute("PRAGMA key = 'ignored by plain SQLite'")
    assert encrypts(plain) is False
    plain.close()


def test_the_installed_driver_is_sqlcipher() -> None:
    module = sqlcipher_module()
    connection = module.connect(":memory:")
    assert encrypts(connection) is True
    connection.close()
