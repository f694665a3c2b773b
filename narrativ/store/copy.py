"""Encrypted copies of an open database (before a migration; later, backups)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine

from narrativ.store.driver import raw_key_literal


def export_copy(engine: Engine, target: Path, key: bytes) -> Path:
    """Write a consistent, encrypted copy of the database (WAL included) to ``target``.

    ``sqlcipher_export`` copies through SQL, so the copy never exists unencrypted and
    pending WAL frames are part of it; copying the file alone would miss them.
    """
    if target.exists():
        raise FileExistsError(target)
    # Create the file owner-only before SQLCipher writes to it.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        literal = raw_key_literal(key)
        cursor.execute(f'ATTACH DATABASE ? AS narrativ_copy KEY "{literal}"', (str(target),))
        try:
            cursor.execute("SELECT sqlcipher_export('narrativ_copy')").fetchall()
        finally:
            cursor.execute("DETACH DATABASE narrativ_copy")
        cursor.close()
    finally:
        raw.close()
    return target
