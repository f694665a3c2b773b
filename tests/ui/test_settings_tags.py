"""A leader manages the house's own tags in Indstillinger; the editor and the team view follow.

Real dialog, real widgets (offscreen), over a real encrypted database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from narrativ.services import narratives, tags
from narrativ.ui.main_window import MainWindow
from narrativ.ui.settings_dialog import SettingsDialog
from tests.conftest import Institution
from tests.helpers.documents import LEADER

AUTHOR = "Rikke Sørensen"  # wrote n-tur, which carries the house's tag "Vores egne"


def open_as(qtbot: QtBot, institution: Institution, name: str) -> MainWindow:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.open_desk(institution.unlock(name))
    return window


def settings_of(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    assert window.desk is not None
    dialog = SettingsDialog(window.desk.ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    return dialog


def listed(dialog: SettingsDialog) -> list[str]:
    return [dialog.tag_list.item(i).text() for i in range(dialog.tag_list.count())]


def select(dialog: SettingsDialog, text: str) -> None:
    dialog.tag_list.setCurrentRow(listed(dialog).index(text))


def click_save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def type_name(qtbot: QtBot, dialog: SettingsDialog, name: str) -> None:
    dialog.tag_name.clear()
    qtbot.keyClicks(dialog.tag_name, name)


def test_leader_adds_renames_and_retires_tags(qtbot: QtBot, institution: Institution) -> None:
    window = open_as(qtbot, institution, LEADER)
    dialog = settings_of(qtbot, window)
    assert listed(dialog) == ["Vores egne"]
    assert "1 narrativ" in dialog.tag_list.item(0).toolTip()

    type_name(qtbot, dialog, "Overgang til skole")
    qtbot.keyClick(dialog.tag_name, Qt.Key.Key_Return)  # Enter adds the tag …
    assert dialog.isVisible() and dialog.result() == 0  # … and does not press Save
    type_name(qtbot, dialog, "  Sprog   og rim ")
    qtbot.mouseClick(dialog.add_tag_button, Qt.MouseButton.LeftButton)
    assert listed(dialog) == ["Vores egne", "Overgang til skole (nyt)", "Sprog og rim (nyt)"]
    assert dialog.tag_name.text() == ""

    select(dialog, "Vores egne")
    assert dialog.tag_name.text() == "Vores egne"  # choosing a tag puts its name to edit
    assert not dialog.rename_tag_button.isEnabled()  # nothing to rename to yet
    type_name(qtbot, dialog, "Venskaber")
    qtbot.mouseClick(dialog.rename_tag_button, Qt.MouseButton.LeftButton)
    assert listed(dialog)[0] == "Venskaber (hed før Vores egne)"
    qtbot.mouseClick(dialog.retire_tag_button, Qt.MouseButton.LeftButton)
    assert listed(dialog)[0] == "Venskaber (hed før Vores egne) – sat ud af brug"
    assert dialog.retire_tag_button.text() == "B&rug igen"
    assert dialog.tag_list.item(0).font().italic()

    select(dialog, "Sprog og rim (nyt)")
    assert dialog.retire_tag_button.text() == "&Fjern"  # a tag not saved yet just goes
    qtbot.mouseClick(dialog.retire_tag_button, Qt.MouseButton.LeftButton)
    assert "Sprog og rim (nyt)" not in listed(dialog)

    click_save(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    ws = window.desk.ws  # type: ignore[union-attr]
    assert tags.own_tags(ws) == [
        tags.OwnTag("Overgang til skole", retired=False, uses=0),
        tags.OwnTag("Venskaber", retired=True, uses=1),
    ]
    # The old narrative keeps its tag under the new name.
    assert "Venskaber" in narratives.get_narrative(ws, "n-tur").themes
    window.lock(manual=False)


def test_bad_names_get_a_danish_message_and_change_nothing(
    qtbot: QtBot, institution: Institution
) -> None:
    window = open_as(qtbot, institution, LEADER)
    dialog = settings_of(qtbot, window)
    for name, message in [
        ("#tema", "Tegnet »#« kan ikke bruges i et tag."),
        ("vores EGNE", "Tagget »vores EGNE« findes allerede."),
        ("Kommunikation og sprog", "er et af de seks læreplanstemaer"),
        ("x" * 41, "Et tag må højst være 40 tegn langt."),
    ]:
        type_name(qtbot, dialog, name)
        qtbot.mouseClick(dialog.add_tag_button, Qt.MouseButton.LeftButton)
        assert message in dialog.message.text()
        assert listed(dialog) == ["Vores egne"]
        assert dialog.tag_name.text() == name  # kept, to correct
    type_name(qtbot, dialog, "   ")
    assert not dialog.add_tag_button.isEnabled()
    # A good name clears the message.
    type_name(qtbot, dialog, "Venskaber")
    qtbot.mouseClick(dialog.add_tag_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ""
    dialog.reject()  # Cancel: nothing of it is saved
    assert [t.name for t in tags.own_tags(window.desk.ws)] == ["Vores egne"]  # type: ignore[union-attr]
    window.lock(manual=False)


def test_editor_offers_new_tags_and_keeps_retired_ones(
    qtbot: QtBot, institution: Institution
) -> None:
    window = open_as(qtbot, institution, LEADER)
    dialog = settings_of(qtbot, window)
    type_name(qtbot, dialog, "Overgang til skole")
    qtbot.mouseClick(dialog.add_tag_button, Qt.MouseButton.LeftButton)
    select(dialog, "Vores egne")
    qtbot.mouseClick(dialog.retire_tag_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    window.lock(manual=False)

    # The author opens the editor the next time: the new tag is there to tick.
    window = open_as(qtbot, institution, AUTHOR)
    desk = window.desk
    assert desk is not None
    assert "Overgang til skole" in desk.editor.theme_boxes
    # Her old narrative still shows the retired tag, and saving it keeps it.
    desk.open_narrative("n-tur")
    assert desk.editor.theme_boxes["Vores egne"].isChecked()
    desk.editor.theme_boxes["Overgang til skole"].setChecked(True)
    assert desk.editor.save_now()
    themes = narratives.get_narrative(desk.ws, "n-tur").themes
    assert set(themes) == {"natur, udeliv og science", "Vores egne", "Overgang til skole"}
    window.lock(manual=False)

    # A leader can still find the old narratives by the retired tag in the team view.
    window = open_as(qtbot, institution, LEADER)
    assert window.desk is not None and window.desk.team is not None
    team = window.desk.team
    team.activate()
    choices = [team.filters.theme.itemData(i) for i in range(team.filters.theme.count())]
    assert "Vores egne" in choices and "Overgang til skole" in choices
    window.lock(manual=False)


def test_editor_hides_retired_tags_except_on_narratives_that_have_them(
    qtbot: QtBot, institution: Institution
) -> None:
    leader = institution.unlock(LEADER)
    tags.retire_tag(leader, "Vores egne")
    leader.lock()
    window = open_as(qtbot, institution, AUTHOR)
    editor = window.desk.editor  # type: ignore[union-attr]
    try:
        editor.start_new()
        assert editor.theme_boxes["social udvikling"].isVisibleTo(editor)
        assert not editor.theme_boxes["Vores egne"].isVisibleTo(editor)
        window.desk.open_narrative("n-tur")  # type: ignore[union-attr]
        assert editor.theme_boxes["Vores egne"].isVisibleTo(editor)
        assert editor.theme_boxes["Vores egne"].isChecked()
    finally:
        window.lock(manual=False)
