"""Every save the program reported as done survives SIGKILL at a random moment.

The normal suite kills 30 times; a soak run kills more:

    NARRATIV_KILLS=100 .venv/bin/pytest tests/storage/test_crash_kill.py
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys

from narrativ.services.narratives import get_narrative
from narrativ.vault.vault import Vault
from tests.conftest import Institution
from tests.helpers.documents import LEADER, PASSWORDS

KILLS = int(os.environ.get("NARRATIV_KILLS", "30"))


def run_until_killed(
    institution: Institution, slot: str, key: bytes, saves_before_kill: int
) -> list[str]:
    saved: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.saving_child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdin and child.stdout and child.stderr
        child.stdin.write(f"{institution.path} {slot} {key.hex()}\n")
        child.stdin.flush()
        try:
            for line in child.stdout:
                if line.startswith("saved "):
                    saved.append(line.split()[1])
                    if len(saved) >= saves_before_kill:
                        break
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    return saved


def test_saves_reported_done_survive_sigkill(institution: Institution) -> None:
    opened = Vault(institution.path).open_with_password(LEADER, PASSWORDS[LEADER])
    key = opened.database_keys[0]
    chance = random.Random(2026)
    reported: list[str] = []
    for _ in range(KILLS):
        # Kill after a random number of saves; the next save is usually half-way then.
        reported += run_until_killed(institution, opened.slot_id, key, chance.randint(1, 6))
    ws = institution.unlock()
    try:
        missing = [k for k in reported if get_narrative(ws, k).key != k]
        assert ws.store.check() == []
    finally:
        ws.lock()
    assert missing == []
    assert len(reported) >= KILLS
    print(f"{KILLS} kills, {len(reported)} saves reported, 0 lost")
