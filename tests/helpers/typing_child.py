"""A child process for the kill test: the real editor, typing one word every 100 ms.

Prints "typed N" after word N is in the editor, so the parent knows how far typing got.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from narrativ.services.workspace import unlock
from narrativ.ui.main_window import MainWindow

WORD_INTERVAL_MS = 100


def main() -> None:
    database, user, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    window = MainWindow(database)
    window.open_desk(unlock(database, user, password))
    window.show()
    editor = window.desk.editor  # type: ignore[union-attr]
    edit = editor.story[2]
    edit.setFocus()
    count = 0

    def type_word() -> None:
        nonlocal count
        count += 1
        QTest.keyClicks(edit, f"ord{count} ")
        print(f"typed {count}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_word)
    timer.start(WORD_INTERVAL_MS)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
