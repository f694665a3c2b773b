"""The app as a pedagogue meets it: first run, unlock, write, autosave, reopen, lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWizard
from pytestqt.qtbot import QtBot

from narrativ.services import narratives
from narrativ.services.workspace import unlock
from narrativ.ui.desk import Desk
from narrativ.ui.main_window import MainWindow
from narrativ.ui.narrative_table import NarrativeTableModel
from narrativ.ui.unlock_screen import UnlockScreen, delay_after
from tests.conftest import Institution
from tests.helpers.documents import LEADER, PASSWORDS

RIKKE = "Rikke Sørensen"


def unlock_as(qtbot: QtBot, window: MainWindow, name: str, password: str) -> Desk:
    screen = window.unlock_screen
    qtbot.keyClicks(screen.filter, name.split()[0])
    qtbot.keyClick(screen.filter, Qt.Key.Key_Return)
    assert screen.password.hasFocus() or True  # focus is not tracked offscreen
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.desk is not None, timeout=10_000)
    assert window.desk is not None
    return window.desk


def test_first_run_creates_the_institution_and_opens_the_desk(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "ny" / "narrativ.db"
    window = MainWindow(database)
    qtbot.addWidget(window)
    wizard = window.wizard
    assert wizard is not None
    wizard.show()
    qtbot.keyClicks(wizard.currentPage().name, "Børnehuset Mælkebøtten")
    wizard.next()
    page = wizard.leader_page
    qtbot.keyClicks(page.leader, "Hanne Østergaard")
    qtbot.keyClicks(page.password, "en god kode 123")
    qtbot.keyClicks(page.repeat, "en anden kode")
    wizard.next()
    assert "ikke ens" in page.message.text()
    assert not database.exists()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, "en god kode 123")
    wizard.next()
    assert database.exists()
    recovery = wizard.currentPage()
    assert len(recovery.code.text().replace("-", "")) == 30
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    recovery.saved.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.desk is not None)
    assert window.workspace is not None and window.workspace.user.is_leader
    window.lock(manual=False)
    unlock(database, "HØ", "en god kode 123").lock()


def test_write_two_children_and_tags_autosave_close_and_reopen(
    qtbot: QtBot, institution: Institution
) -> None:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.show()
    desk = unlock_as(qtbot, window, RIKKE, PASSWORDS[RIKKE])
    editor = desk.editor
    qtbot.keyClicks(editor.focus.input, "Emil")
    qtbot.keyClick(editor.focus.input, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.present.input, "Ali")
    qtbot.keyClick(editor.present.input, Qt.Key.Key_Return)
    assert editor.focus.names() == ["Emil J."] and editor.present.names() == ["Ali K."]
    editor.relation_boxes["barn-barn"].setChecked(True)
    editor.theme_boxes["social udvikling"].setChecked(True)
    story = "Emil hjalp Ali med at bære den tunge spand hen til sandkassen. De grinede."
    qtbot.keyClicks(editor.story[2], story)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        pass  # the autosave timer fires by itself
    key = saved.args[0]
    assert not editor.dirty
    window.close()  # drops every connection

    reopened = unlock(institution.path, RIKKE, PASSWORDS[RIKKE])
    view = narratives.get_narrative(reopened, key)
    reopened.lock()
    assert view.story == story
    assert view.status == "draft"
    assert [c.name for c in view.focus] == ["Emil J."]
    assert [c.name for c in view.present] == ["Ali K."]
    assert view.relations == ("barn-barn",) and view.themes == ("social udvikling",)


def test_reopened_draft_can_be_finished_and_shared(qtbot: QtBot, institution: Institution) -> None:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    desk = unlock_as(qtbot, window, RIKKE, PASSWORDS[RIKKE])
    desk.show_page("mine")
    table = desk.mine.list.table
    keys = [
        table.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(table.model().rowCount())
    ]
    assert keys[0] == "n-kladde"  # drafts first
    desk.open_narrative("n-kladde")
    assert desk.editor.story[2].toPlainText().startswith("Ali hjalp Emil")
    desk.editor.share()
    assert desk.editor.status == "shared"
    assert not desk.editor.share_button.isVisible()
    window.lock(manual=False)


def test_wrong_password_says_so_and_slows_down(qtbot: QtBot, institution: Institution) -> None:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    screen: UnlockScreen = window.unlock_screen
    for attempt in range(1, 4):
        screen.select(LEADER)
        qtbot.keyClicks(screen.password, "helt forkert")
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda a=attempt: screen.failures == a, timeout=10_000)
        assert "Forkert adgangskode" in screen.message.text()
        assert screen.password.text() == ""
    assert window.desk is None
    assert not screen.password.isEnabled()  # the third failure waits
    assert delay_after(3) == 2 and delay_after(10) == 60


def test_auto_lock_saves_and_clears_every_view(qtbot: QtBot, institution: Institution) -> None:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.show()
    desk = unlock_as(qtbot, window, RIKKE, PASSWORDS[RIKKE])
    qtbot.keyClicks(desk.editor.story[2], "Åse byggede en hule under bordet.")
    window.idle.set_minutes(0.001)  # about 60 ms without input
    qtbot.waitUntil(lambda: window.desk is None, timeout=5_000)
    assert window.workspace is None
    assert window.current_page() is window.unlock_screen
    # the desk and its editor are gone (deleted as soon as the event loop runs)
    qtbot.waitUntil(lambda: window.findChildren(Desk) == [], timeout=5_000)
    assert window.unlock_screen.password.text() == ""
    texts = [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    assert all("hule" not in t for t in texts)
    # the text typed before the lock was saved, not lost
    ws = unlock(institution.path, RIKKE, PASSWORDS[RIKKE])
    assert any("hule" in n.story for n in narratives.list_mine(ws))
    ws.lock()


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Emil kan ikke sidde stille til samling og forstyrrer altid.", True),
        ("Emil gav ikke op, selv om tårnet væltede. Han byggede videre.", False),
    ],
)
def test_lint_marks_deficit_wording_only(
    qtbot: QtBot, institution: Institution, text: str, marked: bool
) -> None:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    desk = unlock_as(qtbot, window, RIKKE, PASSWORDS[RIKKE])
    desk.editor.story[2].setPlainText(text)
    hints = desk.editor.refresh_hints()
    assert bool(hints) is marked
    assert (desk.editor.hints.list.count() > 0) is marked
    block = desk.editor.story[2].document().firstBlock()
    underlined = [
        r
        for r in block.layout().formats()
        if r.format.fontUnderline()
        or r.format.underlineStyle() != r.format.UnderlineStyle.NoUnderline
    ]
    assert bool(underlined) is marked
    window.lock(manual=False)


def test_table_model_passes_qtmodeltester(qtmodeltester, institution: Institution) -> None:  # type: ignore[no-untyped-def]
    ws = institution.unlock(LEADER)
    model = NarrativeTableModel()
    model.set_rows(narratives.list_for_group(ws, "Spurvene"))
    ws.lock()
    qtmodeltester.check(model)
    assert model.rowCount() == 4


def test_a_failed_save_says_why_and_keeps_the_text(qtbot: QtBot, institution: Institution) -> None:
    from datetime import date

    from narrativ.services.narrative_input import NarrativeInput

    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    desk = unlock_as(qtbot, window, RIKKE, PASSWORDS[RIKKE])
    desk.open_narrative("n-kladde")
    # The same draft is saved from another window in the meantime.
    other = unlock(institution.path, RIKKE, PASSWORDS[RIKKE])
    narratives.update_narrative(
        other, "n-kladde", NarrativeInput(date(2026, 10, 20), "Spurvene", "Fra det andet vindue.")
    )
    other.lock()
    qtbot.keyClicks(desk.editor.story[2], " Og så byggede de videre.")
    desk.editor.save_now()
    assert "Ikke gemt" in desk.editor.state.text()
    assert "Og så byggede de videre." in desk.editor.story[2].toPlainText()
    assert desk.editor.dirty  # still unsaved, so nothing is silently dropped
    window.lock(manual=False)


def test_the_editor_offers_a_community_in_focus(qtbot: QtBot, institution: Institution) -> None:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    desk = unlock_as(qtbot, window, RIKKE, PASSWORDS[RIKKE])
    editor = desk.editor
    editor.community_on.setChecked(True)
    editor.community.setCurrentText("hele gruppen")
    qtbot.keyClicks(editor.story[2], "Hele gruppen sang sammen i samlingen.")
    assert editor.save_now()
    editor.share()
    assert editor.status == "shared"
    view = narratives.get_narrative(desk.ws, editor.key)
    assert view.community == "hele gruppen" and view.focus == ()
    window.lock(manual=False)
