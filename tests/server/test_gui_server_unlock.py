"""The app on the institution server: choose it, sign in with your login, lock, come back.

Real widgets, a real PostgreSQL cluster (see :mod:`tests.server.fixtures`), real QSettings
in the tests' throwaway config folder.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from narrativ.services import settings
from narrativ.services.server_probe import Probe, probe_server
from narrativ.ui import connection_settings
from narrativ.ui.desk import Desk
from narrativ.ui.main_window import MainWindow
from narrativ.ui.settings_dialog import SettingsDialog
from tests.conftest import Institution
from tests.helpers.documents import EDUCATOR_SPURVE, LEADER, PASSWORDS
from tests.server.fixtures import ServerInstitution
from tests.ui.test_connection_choice import open_dialog

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _no_remembered_choice() -> Iterator[None]:
    """The per-PC choice lives in the session's config folder: each test starts without."""
    connection_settings.forget()
    yield
    connection_settings.forget()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_window(qtbot: QtBot, target: object) -> MainWindow:
    window = MainWindow(target)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def sign_in(qtbot: QtBot, window: MainWindow, login: str, password: str) -> None:
    screen = window.unlock_screen
    qtbot.keyClicks(screen.login, login)
    qtbot.keyClick(screen.login, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def wait_for_answer(qtbot: QtBot, window: MainWindow) -> str:
    """The screen is disabled while the server is asked; then it says what happened."""
    screen = window.unlock_screen
    qtbot.waitUntil(lambda: screen.isEnabled() and not window.runner.busy, timeout=20_000)
    return screen.message.text()


def test_signing_in_opens_the_desk_and_locking_comes_back_to_the_server(
    qtbot: QtBot, server_institution: ServerInstitution
) -> None:
    window = server_window(qtbot, server_institution.address)
    screen = window.unlock_screen
    assert window.current_page() is screen and window.database is None
    # No staff list from a key file: a login field, and which server it is.
    assert screen.login.isVisible() and not screen.list.isVisible()
    port = server_institution.cluster.port
    assert screen.place.text() == f"Server: 127.0.0.1:{port}/{server_institution.database}"

    sign_in(qtbot, window, " Rikke", PASSWORDS[EDUCATOR_SPURVE])  # case and blanks forgiven
    qtbot.waitUntil(lambda: window.desk is not None, timeout=20_000)
    desk = window.desk
    assert isinstance(desk, Desk)
    assert desk.ws.on_server and desk.ws.user.name == EDUCATOR_SPURVE
    assert window.windowTitle() == f"Narrativ – {EDUCATOR_SPURVE}"
    # The start page names who keeps the backups, not a folder on this PC.
    assert "it-afdeling tager sikkerhedskopierne" in desk.start_page.backup_label.text()

    qtbot.mouseClick(desk.lock_button, Qt.MouseButton.LeftButton)
    assert window.desk is None and window.workspace is None
    assert window.current_page() is screen and screen.on_server
    # A shared PC: neither the login nor the password stays for the next person.
    assert screen.login.text() == "" and screen.password.text() == ""
    assert "Server:" in screen.place.text()


def test_wrong_password_or_unknown_login_says_so_and_changes_nothing(
    qtbot: QtBot, server_institution: ServerInstitution
) -> None:
    window = server_window(qtbot, server_institution.address)
    screen = window.unlock_screen

    sign_in(qtbot, window, "rikke", "helt-forkert-kode")
    assert "afviste brugernavn eller adgangskode" in wait_for_answer(qtbot, window)
    assert window.desk is None and screen.failures == 1
    assert screen.password.text() == ""

    screen.login.clear()
    sign_in(qtbot, window, "ukendt_person", "helt-forkert-kode")
    assert "afviste brugernavn eller adgangskode" in wait_for_answer(qtbot, window)
    assert window.desk is None and screen.failures == 2

    # Not a login at all (æ, a space): said before anything connects.
    screen.login.clear()
    sign_in(qtbot, window, "søren s", "kode-kode-kode")
    assert "små bogstaver" in wait_for_answer(qtbot, window)
    assert window.desk is None

    # Nothing was changed by the failures: the right password still opens.
    screen.login.clear()
    sign_in(qtbot, window, "rikke", PASSWORDS[EDUCATOR_SPURVE])
    qtbot.waitUntil(lambda: window.desk is not None, timeout=20_000)


def test_forgotten_password_on_the_server_says_whom_to_ask(
    qtbot: QtBot, server_institution: ServerInstitution
) -> None:
    window = server_window(qtbot, server_institution.address)
    screen = window.unlock_screen
    qtbot.mouseClick(screen.forgot, Qt.MouseButton.LeftButton)
    # No recovery-code dialog (there is no key file): a sentence on the screen instead.
    assert "kommunens it-afdeling" in screen.message.text()
    assert window.current_page() is screen


def test_unreachable_server_and_refused_tls_are_said_in_danish(
    qtbot: QtBot, server_institution: ServerInstitution
) -> None:
    window = server_window(qtbot, f"postgresql+psycopg://127.0.0.1:{closed_port()}/narrativ")
    sign_in(qtbot, window, "rikke", PASSWORDS[EDUCATOR_SPURVE])
    assert "Serveren kan ikke nås" in wait_for_answer(qtbot, window)
    assert window.desk is None

    # The test cluster's certificate comes from a CA this PC does not trust.
    window = server_window(qtbot, server_institution.address + "?sslmode=verify-full")
    sign_in(qtbot, window, "rikke", PASSWORDS[EDUCATOR_SPURVE])
    answer = wait_for_answer(qtbot, window)
    assert "certifikat" in answer and "sslmode" in answer
    assert window.desk is None


def test_a_leader_on_the_server_meets_no_file_only_feature(
    qtbot: QtBot, server_institution: ServerInstitution, tmp_path: Path
) -> None:
    window = server_window(qtbot, server_institution.address)
    login, password = server_institution.logins[LEADER]
    sign_in(qtbot, window, login, password)
    qtbot.waitUntil(lambda: window.desk is not None, timeout=20_000)
    desk = window.desk
    assert desk is not None
    # A backup folder set (by a file-era habit): locking must not try to copy the server.
    folder = tmp_path / "kopier"
    settings.set_setting(desk.ws, "backup_folder", str(folder))

    desk.show_page("data_protection")
    page = desk.data_protection
    assert page is not None
    page.show_tab(page.backup)
    backup = page.backup
    assert not backup.backup_button.isVisibleTo(backup)
    assert not backup.drill_button.isVisibleTo(backup)
    assert any("pg_dump" in label.text() for label in backup.findChildren(type(backup.status)))

    dialog = SettingsDialog(desk.ws, desk)
    qtbot.addWidget(dialog)
    assert not dialog.backup_folder.isVisibleTo(dialog)
    assert not dialog.backup_keep.isVisibleTo(dialog)

    qtbot.mouseClick(desk.lock_button, Qt.MouseButton.LeftButton)
    assert window.workspace is None and window.current_page() is window.unlock_screen
    assert not folder.exists()


def test_the_server_chosen_on_the_lock_screen_is_remembered_without_password(
    qtbot: QtBot, server_institution: ServerInstitution, institution: Institution
) -> None:
    window = server_window(qtbot, institution.path)
    assert not window.unlock_screen.on_server

    dialog = open_dialog(qtbot, window)
    dialog.server_choice.click()
    with_password = server_institution.address.replace("//", "//rikke:hemmelig-kode@")
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, with_password)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    # Refused: said, taken out of the field, nothing remembered, the dialog stays.
    assert "adgangskoden" in dialog.message.text()
    assert "hemmelig" not in dialog.address.text()
    assert dialog.isVisible() and not window.unlock_screen.on_server
    assert not connection_settings.remembered_connection().on_server

    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.connection_dialog is None
    assert window.unlock_screen.on_server
    remembered = connection_settings.remembered_connection()
    assert remembered.server == server_institution.address
    assert "hemmelig" not in str(connection_settings.language_settings().allKeys())
    window.close()

    # A restart: no command-line option, so the remembered server opens.
    again = server_window(qtbot, connection_settings.startup_connection(None, None))
    assert again.unlock_screen.on_server and again.database is None
    sign_in(qtbot, again, "rikke", PASSWORDS[EDUCATOR_SPURVE])
    qtbot.waitUntil(lambda: again.desk is not None, timeout=20_000)
    qtbot.mouseClick(again.desk.lock_button, Qt.MouseButton.LeftButton)

    # And back to the file, by the same button.
    dialog = open_dialog(qtbot, again)
    assert dialog.wants_server and dialog.address.text() == server_institution.address
    dialog.file_choice.click()
    dialog.file_path.clear()
    qtbot.keyClicks(dialog.file_path, str(institution.path))
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    screen = again.unlock_screen
    assert not screen.on_server and again.database == institution.path
    assert screen.names.stringList()  # the staff list from the key file again
    assert connection_settings.startup_connection(None, None).database == institution.path


def test_trying_the_connection_before_choosing_it(
    qtbot: QtBot, server_institution: ServerInstitution, institution: Institution
) -> None:
    window = server_window(qtbot, institution.path)
    dialog = open_dialog(qtbot, window)
    dialog.server_choice.click()
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, server_institution.address)
    qtbot.mouseClick(dialog.probe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "svarer" in dialog.probe_status.text(), timeout=20_000)
    assert "✓" in dialog.probe_status.text()

    dialog.address.clear()
    qtbot.keyClicks(dialog.address, f"postgresql://127.0.0.1:{closed_port()}/narrativ")
    qtbot.mouseClick(dialog.probe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kan ikke nås" in dialog.probe_status.text(), timeout=20_000)
    # Trying changes nothing: the file is still what this PC opens.
    assert not window.unlock_screen.on_server
    assert not connection_settings.remembered_connection().on_server


def test_the_probe_tells_tls_trouble_from_an_answer(server_institution: ServerInstitution) -> None:
    tls = server_institution.cluster.tls
    assert tls is not None
    address = server_institution.address
    assert probe_server(f"{address}?sslmode=verify-full&sslrootcert={tls.ca}") is Probe.ANSWERS
    assert probe_server(f"{address}?sslmode=verify-full") is Probe.TLS_REFUSED
    assert probe_server(address.replace("127.0.0.1", "nosuchhost.invalid")) is Probe.UNREACHABLE
