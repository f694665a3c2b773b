"""Shared fixtures: every path in a temp folder, real encrypted databases on disk."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from narrativ.services.accounts import set_password
from narrativ.services.interchange import import_document
from narrativ.services.lookup import find_staff
from narrativ.services.workspace import Workspace, initialise, unlock
from narrativ.vault.keyfile import keyfile_path
from tests.helpers.documents import LEADER, LEADER_PASSWORD, PASSWORDS, small_document


def demo_password_of(name: str) -> str:
    from narrativ.services.demo import demo_password
    from narrativ.services.workspace import initials_for

    return demo_password(initials_for(name))


@pytest.fixture(autouse=True)
def _isolated_paths(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test ever touches the real user's data folder."""
    monkeypatch.setenv("NARRATIV_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("NARRATIV_PASSWORD", raising=False)


DEMO_TODAY = date(2026, 11, 2)  # fixed, so the demo data are the same in every run


# Qt's per-user settings (the language choice) go to a throwaway folder, never the real one.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="narrativ-test-config-")


@dataclass(frozen=True)
class Institution:
    """A populated database (db + key file) in a test's own folder."""

    path: Path
    recovery_code: str
    is_demo: bool = False

    def unlock(self, user: str = LEADER, password: str | None = None) -> Workspace:
        if password is None:
            password = demo_password_of(user) if self.is_demo else PASSWORDS[user]
        return unlock(self.path, user, password)


@pytest.fixture(scope="session")
def _institution_template(tmp_path_factory: pytest.TempPathFactory) -> Institution:
    folder = tmp_path_factory.mktemp("template")
    created = initialise(folder / "narrativ.db", "Børnehuset Mælkebøtten", LEADER, LEADER_PASSWORD)
    ws = created.workspace
    import_document(ws, small_document())
    for name, password in PASSWORDS.items():
        if name != LEADER:
            with ws.session() as session:
                key = find_staff(session, name).key
            set_password(ws, key, password)
    ws.lock()
    return Institution(folder / "narrativ.db", created.recovery_code)


@pytest.fixture
def institution(_institution_template: Institution, tmp_path: Path) -> Institution:
    """A fresh copy of the populated database for one test (closed cleanly, so no WAL)."""
    target = tmp_path / "narrativ.db"
    shutil.copy2(_institution_template.path, target)
    shutil.copy2(keyfile_path(_institution_template.path), keyfile_path(target))
    return Institution(target, _institution_template.recovery_code)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Institution:
    from narrativ.services.demo import create_demo

    folder = tmp_path_factory.mktemp("demo")
    demo = create_demo(folder / "demo.db", today=DEMO_TODAY)
    assert date.today() >= DEMO_TODAY
    return Institution(demo.path, demo.recovery_code, is_demo=True)


@pytest.fixture
def demo(_demo_template: Institution, tmp_path: Path) -> Institution:
    """The demo institution (about 360 narratives), a fresh copy per test.

    Log in with ``demo.unlock(name, demo_password(initials))``.
    """
    target = tmp_path / "demo.db"
    shutil.copy2(_demo_template.path, target)
    shutil.copy2(keyfile_path(_demo_template.path), keyfile_path(target))
    return Institution(target, _demo_template.recovery_code, is_demo=True)


@pytest.fixture
def leader(institution: Institution) -> Iterator[Workspace]:
    ws = institution.unlock(LEADER)
    yield ws
    ws.lock()
