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


def colleague_is_noticed(
    qtbot: QtBot, house: Institution | ServerInstitution, poll_seconds: float
) -> bool:
    """A leader's window is told when Rikke shares a narrative; returns whether it was
    listening for the server's notifications (rather than polling)."""
    leader = house.unlock()
    live = LiveUpdates(leader, poll_seconds=poll_seconds)
    live.start()
    try:
        listening = live.listening
        rikke = house.unlock(EDUCATOR_SPURVE)
        with qtbot.waitSignal(live.changed, timeout=10_000):
            colleague_writes(rikke)
        rikke.lock()
    finally:
        live.stop()
        leader.lock()
    return listening


def test_a_colleagues_save_is_announced_at_once_on_the_server(
    qtbot: QtBot, server_institution: ServerInstitution
) -> None:
    # Polling far less often than the wait: only the notification can be in time.
    assert colleague_is_noticed(qtbot, server_institution, poll_seconds=60)


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
    assert not colleague_is_noticed(qtbot, institution, poll_seconds=0.2)
