"""Two windows or two PCs on one database file: both can work, and a long lock is explained."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import text

from narrativ.errors import DatabaseLocked
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narratives import create_narrative, get_narrative
from tests.conftest import Institution


def test_two_writers_at_once_both_succeed(institution: Institution) -> None:
    first = institution.unlock("Rikke Sørensen")
    second = institution.unlock("Rikke Sørensen")
    keys: list[str] = []
    errors: list[Exception] = []

    def write(ws, tag: str) -> None:  # type: ignore[no-untyped-def]
        try:
            for number in range(15):
                keys.append(
                    create_narrative(
                        ws,
                        NarrativeInput(
                            date(2026, 10, 1), "Spurvene", f"{tag} {number}", focus=["c-ali"]
                        ),
                    )
                )
        except Exception as error:  # collected, asserted below
            errors.append(error)

    threads = [
        threading.Thread(target=write, args=(ws, tag)) for ws, tag in ((first, "a"), (second, "b"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert len(keys) == 30
    assert all(get_narrative(first, k).key == k for k in keys)
    first.lock()
    second.lock()


def test_a_lock_held_too_long_gives_a_clear_message(institution: Institution) -> None:
    holder = institution.unlock()
    waiter = institution.unlock("Rikke Sørensen")
    connection = holder.store.engine.connect()
    connection.execute(text("UPDATE institution SET name = name"))  # holds the write lock
    try:
        with pytest.raises(DatabaseLocked, match="bruges lige nu"):
            create_narrative(
                waiter, NarrativeInput(date(2026, 10, 1), "Spurvene", "Venter", focus=["c-ali"])
            )
    finally:
        connection.rollback()
        connection.close()
    create_narrative(waiter, NarrativeInput(date(2026, 10, 1), "Spurvene", "Nu", focus=["c-ali"]))
    holder.lock()
    waiter.lock()
