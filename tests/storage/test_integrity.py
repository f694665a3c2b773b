"""The integrity checks: the quick one at open finds damage since the last full check, the
full one finds it on every page, neither ever repairs anything."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from narrativ.errors import DamagedFile
from narrativ.services import backups, narratives
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.workspace import Workspace
from narrativ.store import integrity
from narrativ.store.engine import make_engine
from narrativ.store.store import StoreClosed
from tests.conftest import Institution
from tests.helpers.documents import LEADER, PASSWORDS

PAGE = 4096


def pages_of(path: Path) -> int:
    return path.stat().st_size // PAGE


def flip(path: Path, page: int, at: int = 1000) -> None:
    """Change one bit in the middle of ``page``: its IV and HMAC stay as they were."""
    raw = bytearray(path.read_bytes())
    raw[(page - 1) * PAGE + at] ^= 0x10
    path.write_bytes(bytes(raw))


@pytest.fixture
def checked(institution: Institution) -> Iterator[tuple[Institution, bytes]]:
    """The institution after a clean full check, closed; and its database key."""
    ws = institution.unlock()
    key = ws.store.database_key
    assert backups.check_fully(ws) == []
    ws.lock()
    yield institution, key


def open_check(path: Path, key: bytes) -> integrity.OpenCheck:
    # Only the schema is read to connect: a damaged data page cannot stop the check.
    engine = make_engine(path, key)
    try:
        return integrity.open_check(engine, path)
    finally:
        engine.dispose()


def test_clean_database_passes_both_checks_and_records_the_full_one(institution: Institution):
    ws = institution.unlock()
    try:
        first = backups.check_at_open(ws)
        assert first is not None and first.problems == []
        assert first.last_full_check is None and first.unchanged_pages == 0
        assert backups.check_fully(ws, first.marks) == []
        record = integrity.record_path(institution.path)
        assert stat.S_IMODE(record.stat().st_mode) == 0o600
        again = backups.check_at_open(ws)
        assert again is not None and again.problems == []
        assert again.last_full_check is not None
        assert again.unchanged_pages + again.changed_pages == pages_of(institution.path)
        assert again.unchanged_pages > 0
    finally:
        ws.lock()


def test_a_flipped_bit_since_the_full_check_is_found_at_open(
    checked: tuple[Institution, bytes],
) -> None:
    institution, key = checked
    page = pages_of(institution.path) // 2
    before = institution.path.read_bytes()
    flip(institution.path, page)
    result = open_check(institution.path, key)
    assert [p for p in result.problems if p.startswith(f"page {page}:")], result.problems
    assert len(result.problems) == 1
    # Found, never repaired: the file is exactly as damaged as before the check.
    assert institution.path.read_bytes()[:PAGE] == before[:PAGE]
    assert institution.path.read_bytes() != before
    engine = make_engine(institution.path, key)
    try:
        problems = integrity.integrity_problems(engine)
    finally:
        engine.dispose()
    assert f"cipher_integrity_check: HMAC verification failed for page {page}" in problems


def test_saves_since_the_full_check_are_not_damage(
    checked: tuple[Institution, bytes],
) -> None:
    institution, _key = checked
    ws = institution.unlock()
    try:
        for number in range(20):
            narratives.create_narrative(
                ws,
                NarrativeInput(
                    date(2026, 10, 1),
                    "Spurvene",
                    f"Fortælling nummer {number}: Emil byggede videre på tårnet. " * 3,
                    focus=["c-emil"],
                    present=["c-aase"],
                    themes=["social udvikling"],
                ),
            )
        ws.store.engine.dispose()  # fold the WAL into the file, as closing does
        result = backups.check_at_open(ws)
        assert result is not None and result.problems == []
        assert result.changed_pages > 0
        assert backups.check_fully(ws, result.marks) == []
    finally:
        ws.lock()


def test_a_file_cut_short_is_found_at_open(checked: tuple[Institution, bytes]) -> None:
    institution, key = checked
    raw = institution.path.read_bytes()
    institution.path.write_bytes(raw[: len(raw) - 2 * PAGE - 100])
    result = open_check(institution.path, key)
    assert any("not a whole number" in p for p in result.problems)
    # SQLite's own reading of the header may already call it malformed.
    assert any("cut short" in p or "malformed" in p for p in result.problems)


def test_damage_the_full_check_found_is_told_again_at_every_open(
    institution: Institution,
) -> None:
    ws = institution.unlock()
    key = ws.store.database_key
    ws.lock()
    page = pages_of(institution.path) // 2
    flip(institution.path, page)
    first = open_check(institution.path, key)
    assert first.problems == []  # nothing to compare with yet: the full check must find it
    engine = make_engine(institution.path, key)
    try:
        problems = integrity.full_check(engine, institution.path, first.marks)
    finally:
        engine.dispose()
    assert problems
    again = open_check(institution.path, key)
    assert again.problems and all(p.startswith("full check of ") for p in again.problems)
    assert again.unchanged_pages == 0  # a damaged file is never vouched for


def test_the_record_of_another_file_is_ignored(
    checked: tuple[Institution, bytes], tmp_path: Path
) -> None:
    """A restored backup has its own salt: the old record says nothing about it."""
    institution, key = checked
    ws = institution.unlock()
    try:
        backup = backups.backup_now(ws, tmp_path / "b")
    finally:
        ws.lock()
    record = integrity.record_path(institution.path)
    record.replace(integrity.record_path(backup))
    result = open_check(backup, key)
    assert result.problems == [] and result.last_full_check is None


def test_a_broken_page_the_pragmas_trip_over_is_a_problem_not_an_exception(
    checked: tuple[Institution, bytes],
) -> None:
    institution, key = checked
    flip(institution.path, 2)
    engine = make_engine(institution.path, key)
    try:
        problems = integrity.integrity_problems(engine)
    finally:
        engine.dispose()
    assert any(p.startswith("quick_check: ") for p in problems)
    assert "cipher_integrity_check: HMAC verification failed for page 2" in problems


def test_a_locked_store_is_never_checked_again(institution: Institution) -> None:
    ws = institution.unlock()
    ws.lock()
    with pytest.raises(StoreClosed):
        backups.check_fully(ws)
    with pytest.raises(StoreClosed):
        backups.check_at_open(ws)


def test_restore_leaves_no_record_of_the_old_file(
    checked: tuple[Institution, bytes], tmp_path: Path
) -> None:
    institution, _key = checked
    ws = institution.unlock()
    try:
        backup = backups.backup_now(ws, tmp_path / "b")
    finally:
        ws.lock()
    restored = backups.restore(institution.path, backup, LEADER, PASSWORDS[LEADER])
    assert not integrity.record_path(institution.path).exists()
    assert not [p for p in institution.path.parent.iterdir() if "gendannes" in p.name]
    assert restored.fingerprint.narratives > 0


# -- at open, in the window ------------------------------------------------------------------


def damaged_but_unlockable(institution: Institution) -> Workspace:
    """Flip a bit in a page that unlocking does not read (tried from the middle on)."""
    original = institution.path.read_bytes()
    for page in range(pages_of(institution.path) // 2, pages_of(institution.path)):
        flip(institution.path, page)
        try:
            return institution.unlock()
        except DamagedFile:
            institution.path.write_bytes(original)
    raise AssertionError("every page is read by unlocking")


def test_the_window_tells_about_damage_found_at_open(
    qtbot: QtBot, checked: tuple[Institution, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    from narrativ.ui import main_window
    from narrativ.ui.main_window import MainWindow

    institution, _key = checked
    told: list[str] = []
    monkeypatch.setattr(main_window, "INTEGRITY_DELAY_MS", 0)
    monkeypatch.setattr(
        main_window.QMessageBox, "critical", lambda _parent, title, _text: told.append(title)
    )
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.open_desk(damaged_but_unlockable(institution))
    qtbot.waitUntil(lambda: window.open_check is not None, timeout=20_000)
    assert window.open_check is not None and window.open_check.problems
    assert told == ["Databasen er beskadiget"]
    qtbot.waitUntil(lambda: window.integrity_problems is not None, timeout=20_000)
    assert window.integrity_problems
    assert told == ["Databasen er beskadiget"]  # once, not again for the full check
    window.lock(manual=False)


def test_the_window_stays_quiet_on_a_sound_database(
    qtbot: QtBot, checked: tuple[Institution, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    from narrativ.ui import main_window
    from narrativ.ui.main_window import MainWindow

    institution, _key = checked
    told: list[str] = []
    monkeypatch.setattr(main_window, "INTEGRITY_DELAY_MS", 0)
    monkeypatch.setattr(
        main_window.QMessageBox, "critical", lambda _parent, title, _text: told.append(title)
    )
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.open_desk(institution.unlock())
    qtbot.waitUntil(lambda: window.integrity_problems is not None, timeout=20_000)
    assert window.integrity_problems == [] and told == []
    assert window.open_check is not None and window.open_check.unchanged_pages > 0
    window.lock(manual=False)
