"""Killing the process while someone types loses at most about five seconds of text."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

from narrativ.services import narratives
from tests.conftest import Institution
from tests.helpers.documents import PASSWORDS

RIKKE = "Rikke Sørensen"
WORDS_BEFORE_KILL = 80  # eight seconds of typing: at least one autosave must have happened
WORDS_PER_SECOND = 10
MAX_LOST_SECONDS = 5


def test_sigkill_while_typing_loses_at_most_five_seconds(institution: Institution) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "tests.helpers.typing_child"]
    command += [str(institution.path), RIKKE, PASSWORDS[RIKKE]]
    typed = 0
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        try:
            for line in child.stdout:
                if line.startswith("typed "):
                    typed = int(line.split()[1])
                    if typed >= WORDS_BEFORE_KILL:
                        break
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        errors = child.stderr.read()
    assert typed >= WORDS_BEFORE_KILL, errors

    ws = institution.unlock(RIKKE)
    try:
        drafts = [n for n in narratives.list_mine(ws) if "ord1 " in n.story]
        assert len(drafts) == 1
        saved_words = [int(n) for n in re.findall(r"ord(\d+)", drafts[0].story)]
        assert problems(ws) == []
    finally:
        ws.lock()
    assert saved_words == list(range(1, len(saved_words) + 1))  # no gaps, nothing garbled
    lost_seconds = (typed - len(saved_words)) / WORDS_PER_SECOND
    print(f"typed {typed} words, saved {len(saved_words)}: {lost_seconds:.1f} s lost")
    assert lost_seconds <= MAX_LOST_SECONDS, f"{typed=} saved={len(saved_words)}"


def problems(ws) -> list[str]:  # type: ignore[no-untyped-def]
    return ws.store.check()
