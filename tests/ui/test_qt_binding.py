"""The Qt binding must not leak references to None (PySide6 6.12.0 did on Python 3.11, and
the app died with "none_dealloc" after enough repaints)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("æøå")
    assert sys.getrefcount(None) >= before - 50
