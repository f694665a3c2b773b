"""Colleagues' saves reach an open window without a restart: notified on the server,
polled on the file."""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from narrativ.services import narratives
from narrativ.services.changes import change_mark
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.workspace import Workspace
from narrativ.ui.live_updates import LiveUpdates
from tests.conftest import Institution
from tests.helpers.documents import EDUCATOR_SPURVE
from tests.server.fixtures import OTHER_LEADER, ServerInstitution


def colleague_writes(ws: Workspace) -> str:
    key = narratives.create_narrative(
        ws, NarrativeInput(date(2025, 11, 3), "Spurvene", "Emil hjalp Åse op.", focus=["c-emil"])
    )
    narratives.share_narrative(ws, key)
    return key


def test_a_colleagues_save_is_announced_at_once_on_the_server(
    qtbot: QtBot, server_institution: ServerInstitution
) -> None:
    leader = server_institution.unlock()
    live = LiveUpdates(leader, poll_seconds=60)  # far longer than the wait below
    live.start()
    try:
        assert live.listening
        rikke = server_institution.unlock(EDUCATOR_SPURVE)
        with qtbot.waitSignal(live.changed, timeout=10_000):
            colleague_writes(rikke)
        rikke.lock()
    finally:
        live.stop()
        leader.lock()


def test_another_institutions_save_changes_nothing_anyone_else_sees(
    server_institution: ServerInstitution,
) -> None:
    leader = server_institution.unlock()
    before = change_mark(leader)
    other = server_institution.unlock(OTHER_LEADER)
    key = narratives.create_narrative(
        other, NarrativeInput(date(2025, 11, 3), "Spurvene", "Bo løb.", focus=["c-sol-bo"])
    )
    other.lock()
    assert key
    assert change_mark(leader) == before
    leader.lock()


def test_on_the_file_another_window_save_is_found_by_polling(
    qtbot: QtBot, institution: Institution
) -> None:
    leader = institution.unlock()
    live = LiveUpdates(leader, poll_seconds=0.2)
    live.start()
    try:
        assert not live.listening
        rikke = institution.unlock(EDUCATOR_SPURVE)
        with qtbot.waitSignal(live.changed, timeout=10_000):
            colleague_writes(rikke)
        rikke.lock()
    finally:
        live.stop()
        leader.lock()
