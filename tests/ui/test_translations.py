"""The English translation is complete, keeps placeholders and accelerators, and is used."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from narrativ.paths import resource_path
from narrativ.services import narratives
from narrativ.services.workspace import Workspace
from narrativ.ui.editor import hint_panel
from narrativ.ui.main_window import MainWindow
from narrativ.ui.narrative_table import COLUMNS, column_title, status_label
from narrativ.ui.reading import narrative_html
from tests.conftest import Institution
from tests.helpers.documents import EDUCATOR_SPURVE

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "narrativ_en.ts"
UPDATE_COMMAND = ".venv/bin/python packaging/update_translations.py"


def load_update_translations() -> ModuleType:
    """``packaging/update_translations.py`` as a module (``packaging`` is also a PyPI name)."""
    path = ROOT / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("narrativ_update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def english_qm(folder: Path) -> Path:
    """The compiled English translation: the set-up's when up to date, else built here."""
    built = resource_path("translations", "narrativ_en.qm")
    if built.exists() and built.stat().st_mtime >= TS_FILE.stat().st_mtime:
        return built
    target = folder / "narrativ_en.qm"
    lrelease = load_update_translations().tool("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS_FILE), "-qm", str(target)], check=True)
    return target


@contextmanager
def installed(translator: QTranslator) -> Iterator[QTranslator]:
    """Install for the block only, so every other test keeps seeing Danish."""
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)


def english_translator(folder: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(english_qm(folder))), "narrativ_en.qm did not load"
    return translator


@pytest.fixture
def english(qapp: object, tmp_path: Path) -> Iterator[QTranslator]:
    with installed(english_translator(tmp_path)) as translator:
        yield translator


# -- the .ts file ------------------------------------------------------------------------


def test_translation_file_covers_every_text_of_the_code(tmp_path: Path) -> None:
    tools = load_update_translations()
    files = tools.translation_files()
    assert TS_FILE in files
    for ts_file in files:
        updated = tools.read_messages(tools.updated_copy(ts_file, tmp_path))
        unfinished = [m.describe() for m in updated if not m.finished]
        assert not unfinished, (
            f"{ts_file.name} lacks translations for {len(unfinished)} text(s). Run "
            f"`{UPDATE_COMMAND}` and translate them:\n" + "\n".join(unfinished)
        )
        now = {(m.context, m.source) for m in updated}
        old = tools.read_messages(ts_file)
        stale = [m.describe() for m in old if (m.context, m.source) not in now]
        assert not stale, (
            f"{ts_file.name} still has texts the code no longer uses. Run `{UPDATE_COMMAND}`:\n"
            + "\n".join(stale)
        )


_PLACEHOLDER = re.compile(r"%L?\d+|%n")
_ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def _pairs() -> Iterator[tuple[str, str, str]]:
    """(context, source, translation) for every form of every message."""
    # The project's own file: no untrusted XML.
    for context in ET.parse(TS_FILE).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is not None:
                continue  # unfinished: the completeness test reports it
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                yield name, source, text


def test_translations_keep_placeholders_and_accelerators() -> None:
    wrong = []
    for context, source, text in _pairs():
        if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
            wrong.append(f"[{context}] {source!r} -> {text!r}: placeholders differ")
        if len(_ACCELERATOR.findall(source)) != len(_ACCELERATOR.findall(text)):
            wrong.append(f"[{context}] {source!r} -> {text!r}: accelerator missing or extra")
    assert not wrong, "\n".join(wrong)


def test_numerus_messages_have_both_english_forms(qapp: object, english: QTranslator) -> None:
    def count(n: int) -> str:
        return QCoreApplication.translate("ChildPage", "Antal narrativer: %n (nyeste først)", "", n)

    assert count(1) == "1 narrative (newest first)"
    assert count(3) == "3 narratives (newest first)"


# -- the running app ---------------------------------------------------------------------


def test_unlock_screen_speaks_english(
    qtbot: QtBot, institution: Institution, english: QTranslator
) -> None:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    screen = window.unlock_screen
    labels = {label.text() for label in screen.findChildren(QLabel)}
    assert {"Narrativ is locked", "&Password:"} <= labels
    assert screen.unlock_button.text() == "Unlock"
    assert screen.forgot.text() == "Forgotten your password?"
    assert screen.filter.placeholderText() == "Type to find your name"
    assert screen.password.accessibleName() == "Password"


def test_desk_speaks_english(qtbot: QtBot, institution: Institution, english: QTranslator) -> None:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.open_desk(institution.unlock(EDUCATOR_SPURVE))
    desk = window.desk
    assert desk is not None
    assert desk.lock_button.text() == "&Lock"
    assert desk.switch_button.text() == "Switch &user"
    assert desk.new_button.text() == "&New narrative"
    assert desk.quick_button.text() == "&Quick note"
    pages = {desk.nav.item(i).text() for i in range(desk.nav.count())}
    assert {"Write", "My narratives", "Children"} <= pages
    assert any(label.text().endswith("· educator") for label in desk.findChildren(QLabel))
    editor = desk.editor
    assert editor.heading.text() == "New narrative"
    assert editor.share_button.text() == "S&hare with colleagues"
    assert editor.state.text() == "The draft saves itself as you write."
    assert [editor.story[0].text(), editor.reflection[0].text(), editor.next_steps[0].text()] == [
        "Story",
        "Reflection",
        "Next steps",
    ]
    desk.show_page("children")
    desk.children_page.show_child("c-emil")
    assert re.fullmatch(r"\d+ narratives? \(newest first\)", desk.children_page.count.text())
    window.lock(manual=False)


# Texts that stay Danish in the English UI because lupdate cannot see them: the module-level
# ``tr()`` helpers pass a variable to ``QCoreApplication.translate("Context", text)``, so
# lupdate files their literals under the empty context (and cannot read a ``tr()`` inside
# an f-string at all), while the app asks for "NarrativeTable", "HintPanel" and "Reading".
# Shrink this list as the helpers are fixed; the test fails until it matches.
KNOWN_UNTRANSLATED: list[str] = []

# Texts that are spelt the same in both languages, so "unchanged" says nothing.
_SAME_IN_ENGLISH = {"Status", "Balance"}


def _helper_texts(ws: Workspace) -> list[tuple[str, str]]:
    """(context, text) for what the module-level helpers show, always in the same order."""
    shown = [("NarrativeTable", status_label(s)) for s in ("draft", "shared", "reviewed")]
    shown += [("NarrativeTable", column_title(c)) for c in COLUMNS]
    kinds = ("cannot", "totalising", "label", "deficit")
    shown += [("HintPanel", hint_panel.kind_label(k)) for k in kinds]
    leanings = ("empty", "strengths", "mixed", "deficits")
    shown += [("HintPanel", hint_panel.leaning_text(b)) for b in leanings]
    panel = hint_panel.HintPanel()
    shown += [("HintPanel", label.text()) for label in panel.findChildren(QLabel) if label.text()]
    shown += [("HintPanel", panel.list.accessibleName())]
    panel.deleteLater()
    html = narrative_html(narratives.get_narrative(ws, "n-sand"))
    shown += [("Reading", a or b) for a, b in re.findall(r"<b>([^<]+):</b>|<h4>([^<]+)</h4>", html)]
    return shown


def test_module_level_texts_reach_the_translator(
    qapp: object, institution: Institution, tmp_path: Path
) -> None:
    ws = institution.unlock(EDUCATOR_SPURVE)
    try:
        danish = _helper_texts(ws)
        with installed(english_translator(tmp_path)):
            english = _helper_texts(ws)
    finally:
        ws.lock()
    assert len(danish) == len(english)
    untranslated = [
        f"{context}: {text}"
        for (context, text), (_, shown) in zip(danish, english, strict=True)
        if shown == text and text not in _SAME_IN_ENGLISH
    ]
    assert untranslated == KNOWN_UNTRANSLATED, (
        "Texts shown in Danish in the English UI changed; fix the new ones, or remove the "
        "fixed ones from KNOWN_UNTRANSLATED."
    )
