"""SQLite's and SQLCipher's own integrity checks."""

from __future__ import annotations

from sqlalchemy import Engine


def integrity_problems(engine: Engine) -> list[str]:
    """Empty when sound: ``quick_check`` says ok and every page's HMAC verifies."""
    problems: list[str] = []
    with engine.connect() as connection:
        quick = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
        if quick != ["ok"]:
            problems.extend(f"quick_check: {line}" for line in quick)
        cipher = [row[0] for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check")]
        problems.extend(f"cipher_integrity_check: {line}" for line in cipher)
    return problems
