"""No text is cut off at 1366×768, neither in English nor with pseudo-localised texts.

Pseudo-localisation (``narrativ/ui/pseudo.py``) makes every Danish text about 40 % longer
and accented, the way a longer language would; the English run checks the real translation.
Each screen is shown with the app's style sheet. Every visible label, button, check box and
group box must have the room its text needs, the navigation list and the editor's scroll
area must not scroll sideways, and the window must not grow past 1366×768 to fit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from narrativ.services import narratives
from narrativ.ui.main_window import MainWindow
from narrativ.ui.pseudo import PseudoTranslator, install_pseudo_translator, pseudo_text
from narrativ.ui.quick_note import QuickNoteDialog
from narrativ.ui.recovery_dialog import RecoveryDialog
from narrativ.ui.settings_dialog import SettingsDialog
from narrativ.ui.style import STYLE_SHEET
from tests.conftest import Institution
from tests.helpers.documents import LEADER
from tests.ui.test_translations import english_translator, installed

WIDTH, HEIGHT = 1366, 768

# Cut-offs found and not yet fixed, as "mode | screen | widget type | text". The test fails
# when a new one appears and when one on this list is fixed (then delete its line).
KNOWN_CUT_OFFS: list[str] = []


@pytest.fixture(params=["pseudo", "english"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    translator: QTranslator = (
        PseudoTranslator() if request.param == "pseudo" else english_translator(tmp_path)
    )
    # The app's own look: its bigger titles and bold buttons take room too.
    qapp.setStyleSheet(STYLE_SHEET)
    try:
        with installed(translator):
            yield request.param
    finally:
        qapp.setStyleSheet("")


def _shown_text(widget: QLabel, text: str) -> str:
    """The text as drawn: a mnemonic "&" is not drawn, "&&" is drawn as one "&"."""
    if isinstance(widget, QLabel) and widget.buddy() is None:
        return text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText:
        return None
    room = label.contentsRect().width() - 2 * label.margin()
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height():
            return f"needs height {needed_height} px, has {label.height()}"
        if label.width() < label.minimumSizeHint().width():
            return f"needs width {label.minimumSizeHint().width()} px, has {label.width()}"
        return None
    metrics = label.fontMetrics()
    needed = max(metrics.horizontalAdvance(line) for line in _shown_text(label, text).split("\n"))
    if needed > room:
        return f"needs width {needed} px, has {room}"
    if label.width() < label.minimumSizeHint().width():
        return f"needs width {label.minimumSizeHint().width()} px, has {label.width()}"
    return None


def _problems(root: QWidget, mode: str, screen: str) -> list[tuple[str, str]]:
    """(identity, details) for each widget whose text does not fit."""
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        problem: str | None = None
        text = ""
        if isinstance(widget, QLabel):
            text = widget.text()
            problem = _label_problem(widget)
        elif isinstance(widget, QPushButton | QCheckBox):
            text = widget.text()
            if text and widget.width() < widget.sizeHint().width():
                problem = f"needs width {widget.sizeHint().width()} px, has {widget.width()}"
        elif isinstance(widget, QGroupBox):
            text = widget.title()
            if widget.width() < widget.minimumSizeHint().width():
                problem = f"needs width {widget.minimumSizeHint().width()} px, has {widget.width()}"
        elif isinstance(widget, QListWidget) and widget.horizontalScrollBar().isVisible():
            # A list (the navigation) too narrow for an item scrolls sideways instead.
            room = widget.viewport().width()
            model = widget.model()
            needs = {
                widget.item(row).text(): widget.sizeHintForIndex(model.index(row, 0)).width()
                + 2 * widget.spacing()
                for row in range(widget.count())
            }
            wide = {item: width for item, width in needs.items() if width > room}
            text = " / ".join(wide)
            problem = f"items need width {max(wide.values(), default=0)} px, the list has {room}"
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            text = "(scrolls sideways)"
            content = widget.widget().width()
            problem = f"content needs width {content} px, view has {widget.viewport().width()}"
        if problem is not None:
            short = text if len(text) <= 60 else text[:59] + "…"
            identity = f"{mode} | {screen} | {type(widget).__name__} | {short}"
            found.append((identity, problem))
    return found


class Survey:
    """Collects the cut-offs of every screen of one run."""

    def __init__(self, qtbot: QtBot, mode: str) -> None:
        self.qtbot = qtbot
        self.mode = mode
        self.found: list[tuple[str, str]] = []

    def show(self, widget: QWidget) -> None:
        self.qtbot.addWidget(widget)
        with self.qtbot.waitExposed(widget):
            widget.show()

    def check(self, root: QWidget, screen: str) -> None:
        self.found += _problems(root, self.mode, screen)

    def window_fits(self, window: QWidget, screen: str) -> None:
        QCoreApplication.processEvents()
        if (window.width(), window.height()) != (WIDTH, HEIGHT):
            identity = f"{self.mode} | {screen} | {type(window).__name__} | (window)"
            self.found.append(
                (identity, f"grows to {window.width()}×{window.height()} to fit its content")
            )

    def assert_known(self) -> None:
        identities = [identity for identity, _ in self.found]
        known = [k for k in KNOWN_CUT_OFFS if k.startswith(f"{self.mode} | ")]
        details = "\n".join(f"{identity}: {problem}" for identity, problem in self.found)
        assert sorted(set(identities)) == sorted(known), (
            f"Texts cut off at {WIDTH}×{HEIGHT} differ from KNOWN_CUT_OFFS:\n"
            + (details or "(none)")
        )


def _main_window(survey: Survey, database: Path) -> MainWindow:
    window = MainWindow(database)
    window.resize(WIDTH, HEIGHT)
    survey.show(window)
    return window


def test_screens_fit_at_1366x768(
    qtbot: QtBot, institution: Institution, tmp_path: Path, language: str
) -> None:
    survey = Survey(qtbot, language)

    # First run: each page of the wizard, creating a real database on the way.
    first = _main_window(survey, tmp_path / "new" / "narrativ.db")
    wizard = first.wizard
    assert wizard is not None
    survey.check(first, "first run 1")
    wizard.currentPage().name.setText("Børnehuset Mælkebøtten")
    wizard.next()
    survey.check(first, "first run 2")
    page = wizard.leader_page
    page.leader.setText("Hanne Østergaard")
    page.password.setText("en god kode 123")
    page.repeat.setText("en anden kode")
    wizard.next()  # refused: the message line appears under the form
    survey.check(first, "first run 2 (message)")
    page.repeat.setText("en god kode 123")
    wizard.next()
    assert page.created is not None
    survey.check(first, "first run 3")
    survey.window_fits(first, "first run")
    page.created.workspace.lock()

    # The lock screen and the forgotten-password dialog.
    window = _main_window(survey, institution.path)
    survey.check(window, "unlock")
    survey.window_fits(window, "unlock")
    recovery = RecoveryDialog(institution.path, LEADER, window)
    survey.show(recovery)
    survey.check(recovery, "recovery dialog")
    recovery.close()

    # The desk as a leader (the most buttons): the editor empty, then with a shared narrative.
    window.open_desk(institution.unlock(LEADER))
    desk = window.desk
    assert desk is not None
    survey.check(window, "editor")
    desk.editor.load(narratives.get_narrative(desk.ws, "n-sand"))
    survey.check(window, "editor (shared narrative)")
    survey.window_fits(window, "desk")
    desk.show_page("mine")
    survey.check(window, "mine narrativer")
    desk.show_page("children")
    desk.children_page.show_child("c-emil")
    survey.check(window, "child page")
    team = desk.team  # leaders only
    assert team is not None
    desk.show_page("team")
    qtbot.waitUntil(lambda: not team.busy, timeout=10_000)
    survey.check(window, "team overview")
    dialogs: list[tuple[QDialog, str]] = [
        (QuickNoteDialog(desk.ws, window), "quick note"),
        (SettingsDialog(desk.ws, window), "settings"),
    ]
    for dialog, screen in dialogs:
        survey.show(dialog)
        survey.check(dialog, screen)
        dialog.close()
    window.lock(manual=False)

    survey.assert_known()


# -- the pseudo-localisation itself ------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("Gem &nu", ["&n"]),
        ("Narrativ fra %1", ["%1"]),
        ("Antal narrativer: %n (nyeste først)", ["%n"]),
        ("PDF-filer (*.pdf)", ["(*.pdf)"]),
        ("Ost && brød", ["&&"]),
        ("<b>Fokusbarn</b>", ["<b>", "</b>"]),
    ],
)
def test_pseudo_text_keeps_what_the_app_needs(source: str, kept: list[str]) -> None:
    text = pseudo_text(source)
    assert text.startswith("[") and text.endswith("]")
    for part in kept:
        assert part in text
    assert text.count("&") == source.count("&")


def test_pseudo_text_is_longer_and_accented() -> None:
    source = "Vælg dig selv på listen, og skriv din adgangskode."
    text = pseudo_text(source)
    assert len(text) >= 1.4 * len(source)
    assert not set("aeiou") & set(text)  # every plain vowel carries an accent


def test_pseudo_translator_stretches_the_chosen_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    english = english_translator(tmp_path)
    pseudo = PseudoTranslator([english])
    assert pseudo.translate("Desk", "&Lås") == pseudo_text("&Lock")
    assert pseudo.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == ""
    with installed(pseudo):
        assert QCoreApplication.translate("UnlockScreen", "Lås op") == pseudo_text("Unlock")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_pseudo_translator_only_when_asked(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NARRATIV_PSEUDO", raising=False)
    assert install_pseudo_translator(qapp) == []
    monkeypatch.setenv("NARRATIV_PSEUDO", "1")
    [translator] = install_pseudo_translator(qapp)
    try:
        assert QCoreApplication.translate("Desk", "&Lås") == pseudo_text("&Lås")
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Desk", "&Lås") == "&Lås"
