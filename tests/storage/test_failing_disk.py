"""A full disk: the save says so clearly, and everything saved before is intact."""

from __future__ import annotations

import subprocess
import sys

from narrativ.services.narratives import get_narrative, list_for_group
from narrativ.vault.vault import Vault
from tests.conftest import Institution
from tests.helpers.documents import LEADER, PASSWORDS


def test_full_disk_fails_clearly_and_loses_nothing(institution: Institution) -> None:
    opened = Vault(institution.path).open_with_password(LEADER, PASSWORDS[LEADER])
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.full_disk_child"],
        input=f"{institution.path} {opened.slot_id} {opened.database_keys[0].hex()}\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = result.stdout.splitlines()
    saved = [line.split()[1] for line in lines if line.startswith("saved ")]
    assert lines and lines[-1].startswith("failed DiskFull:"), result.stdout + result.stderr
    assert "plads på disken" in lines[-1] and "i behold" in lines[-1]
    assert "Traceback" not in result.stderr
    ws = institution.unlock()
    try:
        assert ws.store.check() == []
        for key in saved:
            assert get_narrative(ws, key).story.startswith("Stor fortælling")
        assert len(list_for_group(ws, "Spurvene", limit=1000)) == 4 + len(saved)
    finally:
        ws.lock()
