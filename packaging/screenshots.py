#!/usr/bin/env python3
"""Take the README's screenshots of the real app on a demo database.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py OUT_DIR

Works offscreen too (QT_QPA_PLATFORM=offscreen), but under Xvfb it is a real window.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from narrativ.services.demo import create_demo, demo_password
from narrativ.ui.i18n import chosen_language, install_translators
from narrativ.ui.main_window import MainWindow
from narrativ.ui.style import STYLE_SHEET

SIZE = (1366, 768)


def settle(milliseconds: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(window: MainWindow, target: Path) -> None:
    settle()
    window.grab().save(str(target))
    print(target)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    translators = install_translators(app, chosen_language())  # noqa: F841
    app.setStyleSheet(STYLE_SHEET)
    with tempfile.TemporaryDirectory() as folder:
        demo = create_demo(Path(folder) / "demo.db")
        educator = next(a for a in demo.accounts if a.role == "educator")
        window = MainWindow(demo.path)
        # The whole screen, in logical pixels: at 150 % scaling 1366×768 is 911×512.
        available = app.primaryScreen().availableGeometry()
        window.resize(min(SIZE[0], available.width()), min(SIZE[1], available.height()))
        window.show()
        screen = window.unlock_screen
        screen.filter.setText(educator.name.split()[0])
        screen.password.setText("x" * 12)
        shoot(window, out / "unlock.png")

        screen.password.setText(demo_password(educator.initials))
        screen.try_unlock()
        while window.desk is None:
            settle(100)
        desk = window.desk
        shoot(window, out / "start-page.png")
        desk.show_page("editor")
        editor = desk.editor
        children = sorted(editor.focus._options)
        editor.focus._add_name(children[0])
        editor.present._add_name(children[1])
        editor.relation_boxes["barn-barn"].setChecked(True)
        editor.theme_boxes["social udvikling"].setChecked(True)
        first = children[0].split()[0]
        editor.story[2].setPlainText(
            f"{first} kan ikke vente på tur ved rutsjebanen og skubber altid de andre. "
            f"I dag stillede {first} sig bagerst i køen og ventede, til {children[1].split()[0]} "
            "var kommet ned."
        )
        editor.reflection[2].setPlainText(
            f"{first} er ved at lære at vente, når en voksen står ved siden af."
        )
        editor.refresh_hints()
        shoot(window, out / "editor.png")
        editor.save_now()

        desk.show_page("children")
        page = desk.children_page
        page.child.setCurrentIndex(min(3, page.child.count() - 1))
        page.refresh()
        shoot(window, out / "child-page.png")
        window.lock(manual=False)
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
