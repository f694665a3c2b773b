"""Two PCs on one server edit the same narrative: the editor shows both texts, loses neither."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from narrativ.services import narratives
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.workspace import Workspace
from narrativ.ui.editor.form import NarrativeEditor
from tests.helpers.documents import EDUCATOR_SPURVE
from tests.server.fixtures import ServerInstitution


def shown_texts(editor: NarrativeEditor) -> tuple[str, str]:
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog.mine_text.toPlainText(), dialog.saved_text.toPlainText()


def other_pc_saves(server: ServerInstitution, key: str, story: str) -> None:
    other = server.unlock(EDUCATOR_SPURVE)
    try:
        view = narratives.get_narrative(other, key)
        data = NarrativeInput(view.occurred_on, view.group.key, story,
                              focus=[c.key for c in view.focus])  # fmt: skip
        narratives.update_narrative(other, key, data, expected_version=view.version)
    finally:
        other.lock()


def test_draft_conflict_keeps_both_texts(
    qtbot: QtBot, server_institution: ServerInstitution
) -> None:
    ws = server_institution.unlock(EDUCATOR_SPURVE)
    editor = NarrativeEditor(ws)
    qtbot.addWidget(editor)
    editor.load(narratives.get_narrative(ws, "n-kladde"))
    other_pc_saves(server_institution, "n-kladde", "Skrevet på den anden pc.")
    editor.story[2].setPlainText("Skrevet her, uden at vide det.")
    assert not editor.save_now()
    assert "Ikke gemt" in editor.state.text()
    mine, theirs = shown_texts(editor)
    assert mine.startswith("Skrevet her") and theirs.startswith("Skrevet på den anden pc.")
    editor.conflict_dialog.keep_both.click()  # type: ignore[union-attr]
    assert editor.conflict_dialog is None and not editor.dirty
    assert editor.key != "n-kladde"
    assert narratives.get_narrative(ws, "n-kladde").story == "Skrevet på den anden pc."
    assert narratives.get_narrative(ws, editor.key).story == "Skrevet her, uden at vide det."
    ws.lock()


def conflicting_edit(
    qtbot: QtBot, server_institution: ServerInstitution
) -> tuple[Workspace, NarrativeEditor]:
    """The shared «n-sand» open in an editor, saved meanwhile on another PC, then edited
    here: the save is refused and the conflict dialog is up."""
    ws = server_institution.unlock(EDUCATOR_SPURVE)
    editor = NarrativeEditor(ws)
    qtbot.addWidget(editor)
    editor.load(narratives.get_narrative(ws, "n-sand"))
    other_pc_saves(server_institution, "n-sand", "Den anden pc's udgave.")
    editor.story[2].setPlainText("Min udgave.")
    assert not editor.save_now()
    assert editor.conflict_dialog is not None
    return ws, editor


def test_shared_conflict_can_overwrite_and_keeps_the_other_in_history(
    qtbot: QtBot, server_institution: ServerInstitution
) -> None:
    ws, editor = conflicting_edit(qtbot, server_institution)
    editor.conflict_dialog.overwrite.click()
    assert not editor.dirty
    assert narratives.get_narrative(ws, "n-sand").story == "Min udgave."
    stories = [r.snapshot["story"] for r in narratives.history(ws, "n-sand")]
    assert "Den anden pc's udgave." in stories
    ws.lock()


def test_going_back_keeps_the_text_unsaved_in_the_editor(
    qtbot: QtBot, server_institution: ServerInstitution
) -> None:
    ws, editor = conflicting_edit(qtbot, server_institution)
    assert not editor.save_now()  # an autosave meanwhile asks nothing twice
    editor.conflict_dialog.back.click()
    assert editor.dirty and editor.story[2].toPlainText() == "Min udgave."
    assert narratives.get_narrative(ws, "n-sand").story == "Den anden pc's udgave."
    ws.lock()
