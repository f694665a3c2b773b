"""Choosing where the data are, without a server: the start options, the remembered choice,
the connection dialog's checks and the first-run wizard's way to a server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from narrativ.cli import main
from narrativ.errors import InvalidInput
from narrativ.paths import default_database_path
from narrativ.services.connection_choice import file_connection, server_connection
from narrativ.ui import connection_settings
from narrativ.ui.connection_dialog import ConnectionDialog
from narrativ.ui.main_window import MainWindow
from narrativ.vault.keyfile import keyfile_path
from tests.conftest import Institution

ADDRESS = "postgresql+psycopg://db.kommune.dk/narrativ?sslmode=verify-full"


@pytest.fixture(autouse=True)
def _no_remembered_choice() -> Iterator[None]:
    connection_settings.forget()
    yield
    connection_settings.forget()


def open_dialog(qtbot: QtBot, window: MainWindow) -> ConnectionDialog:
    qtbot.mouseClick(window.unlock_screen.change_button, Qt.MouseButton.LeftButton)
    dialog = window.connection_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_start_options_refuse_a_password_and_both_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--server", "postgresql://pia_p:hemmelig@db.kommune.dk/narrativ"]) == 2
    error = capsys.readouterr().err
    assert "Skriv ikke adgangskoden i serveradressen" in error and "hemmelig" not in error
    assert main(["--db", str(tmp_path / "x.db"), "--server", ADDRESS]) == 2
    assert "enten --db eller --server" in capsys.readouterr().err
    assert main(["--server", "postgresql://db.kommune.dk"]) == 2
    assert "databasen" in capsys.readouterr().err
    assert not connection_settings.remembered_connection().on_server


def test_a_start_option_wins_over_the_remembered_choice_for_that_start_only(
    tmp_path: Path,
) -> None:
    connection_settings.remember(server_connection(ADDRESS))
    chosen = connection_settings.startup_connection(tmp_path / "x.db", None)
    assert chosen.database == tmp_path / "x.db"
    connection_settings.remember(file_connection(None))
    on_server = connection_settings.startup_connection(None, "postgresql://pia_p@db.kommune.dk/n")
    assert on_server.server == "postgresql+psycopg://db.kommune.dk/n"  # the login is dropped
    assert not connection_settings.remembered_connection().on_server  # not remembered
    assert connection_settings.startup_connection(None, None).database == default_database_path()


def test_a_password_written_into_the_settings_by_hand_is_never_used() -> None:
    store = connection_settings.language_settings()
    store.setValue(connection_settings.KIND_KEY, "server")
    store.setValue(connection_settings.SERVER_KEY, "postgresql://pia_p:hemmelig@db.kommune.dk/n")
    remembered = connection_settings.remembered_connection()
    assert remembered.server == "postgresql+psycopg://db.kommune.dk/n"
    store.setValue(connection_settings.SERVER_KEY, "ikke en adresse")
    assert not connection_settings.remembered_connection().on_server  # back to the file


def test_another_file_is_chosen_remembered_and_a_missing_one_refused(
    qtbot: QtBot, institution: Institution, tmp_path: Path
) -> None:
    other = tmp_path / "kopi" / "narrativ.db"
    other.parent.mkdir()
    for source in (institution.path, keyfile_path(institution.path)):
        shutil.copy2(source, other.parent / source.name)
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.show()
    assert "Databasefil:" in window.unlock_screen.place.text()
    dialog = open_dialog(qtbot, window)
    assert not dialog.wants_server
    dialog.file_path.clear()
    qtbot.keyClicks(dialog.file_path, str(tmp_path / "findes-ikke.db"))
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    # A typo must not start a new, empty institution.
    assert "Der findes ingen Narrativ-database" in dialog.message.text()
    assert dialog.isVisible() and window.database == institution.path

    dialog.file_path.clear()
    qtbot.keyClicks(dialog.file_path, str(other))
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert window.database == other
    assert str(other) in window.unlock_screen.place.text()
    window.close()

    again = MainWindow(connection_settings.startup_connection(None, None))
    qtbot.addWidget(again)
    assert again.database == other and again.wizard is None
    assert again.unlock_screen.names.stringList()


def test_a_bad_address_is_refused_in_the_dialog(qtbot: QtBot, institution: Institution) -> None:
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.show()
    dialog = open_dialog(qtbot, window)
    dialog.server_choice.click()
    assert dialog.address.isEnabled() and not dialog.file_path.isEnabled()
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "db.kommune.dk/narrativ")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert "postgresql://" in dialog.message.text() and dialog.isVisible()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert window.connection_dialog is None and not window.unlock_screen.on_server


def test_a_new_pc_can_go_to_the_server_instead_of_making_a_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(tmp_path / "narrativ.db")
    qtbot.addWidget(window)
    window.show()
    wizard = window.wizard
    assert wizard is not None
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert button.isVisible() and button.text() == "Brug en server …"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.connection_dialog
    assert dialog is not None and dialog.wants_server
    qtbot.keyClicks(dialog.address, ADDRESS)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert window.wizard is None and window.current_page() is window.unlock_screen
    assert window.unlock_screen.on_server
    assert window.unlock_screen.place.text() == "Server: db.kommune.dk/narrativ"
    assert not (tmp_path / "narrativ.db").exists()


def test_a_login_in_the_address_is_not_kept_and_a_password_is_refused() -> None:
    assert server_connection("postgres://pia_p@db.kommune.dk:5433/n").describe() == (
        "db.kommune.dk:5433/n"
    )
    with pytest.raises(InvalidInput, match="adgangskoden"):
        server_connection("postgresql://pia_p:hemmelig@db.kommune.dk/n")
