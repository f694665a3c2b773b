"""Leaders change auto-lock and situations; a shared narrative's history is shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from narrativ.services import narratives, settings
from narrativ.ui.history_dialog import HistoryDialog
from narrativ.ui.main_window import MainWindow
from narrativ.ui.settings_dialog import SettingsDialog
from tests.conftest import Institution
from tests.helpers.documents import LEADER


def open_as(qtbot: QtBot, institution: Institution, name: str) -> MainWindow:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.open_desk(institution.unlock(name))
    return window


def test_leader_changes_auto_lock_and_situations(qtbot: QtBot, institution: Institution) -> None:
    window = open_as(qtbot, institution, LEADER)
    assert window.desk is not None
    assert not window.desk.settings_button.isHidden()
    dialog = SettingsDialog(window.desk.ws, window)
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(12)
    dialog.contexts.setPlainText("leg\nskovtur\n\nleg\nbadning")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    window.desk.settings_changed.emit()
    assert window.idle._timer.interval() == 12 * 60_000
    assert settings.contexts(window.desk.ws) == ["leg", "skovtur", "badning"]
    window.lock(manual=False)


def test_educators_have_no_settings_button(qtbot: QtBot, institution: Institution) -> None:
    window = open_as(qtbot, institution, "Rikke Sørensen")
    assert window.desk is not None and window.desk.settings_button.isHidden()
    window.lock(manual=False)


def test_history_of_a_shared_narrative(qtbot: QtBot, institution: Institution) -> None:
    window = open_as(qtbot, institution, "Rikke Sørensen")
    desk = window.desk
    assert desk is not None
    desk.open_narrative("n-kladde")
    assert desk.editor.history_button.isHidden()  # a draft has no history
    desk.editor.share()
    assert not desk.editor.history_button.isHidden()
    dialog = HistoryDialog(narratives.history(desk.ws, "n-kladde"), window)
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "Rikke Sørensen" in text and "Ali hjalp Emil" in text
    window.lock(manual=False)


def test_leader_sets_backups_and_retention(
    qtbot: QtBot, institution: Institution, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_as(qtbot, institution, LEADER)
    assert window.desk is not None
    dialog = SettingsDialog(window.desk.ws, window)
    qtbot.addWidget(dialog)
    dialog.backup_folder.setText(str(tmp_path / "usb"))
    dialog.backup_keep.setValue(7)
    dialog.retention.setValue(36)
    dialog.save()
    ws = window.desk.ws
    assert settings.get_setting(ws, "backup_folder") == str(tmp_path / "usb")
    assert settings.get_setting(ws, "retention_months") == 36
    window.lock(manual=False)  # locking makes the day's backup
    assert len(list((tmp_path / "usb").glob("narrativ-*.db"))) == 1


def test_language_choice_is_kept_for_this_pc_user(qtbot: QtBot, institution: Institution) -> None:
    from narrativ.ui.i18n import LANGUAGE_KEY, chosen_language, language_settings

    window = open_as(qtbot, institution, LEADER)
    assert window.desk is not None
    dialog = SettingsDialog(window.desk.ws, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    try:
        assert chosen_language() == "en"
    finally:
        language_settings().remove(LANGUAGE_KEY)
    assert chosen_language() == "da"
    window.lock(manual=False)
