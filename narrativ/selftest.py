"""``narrativ --self-test``: prove on this PC that an installation works, end to end.

IT runs it after installing (and the build runs it on the bundle it made): it exercises the
parts a broken installation loses first — the SQLCipher driver, the Alembic migration
scripts loaded from disk, the fonts and reportlab's C accelerator, Qt with its platform
plugin and QtPdf — on a fictional institution in a temporary folder that is removed
afterwards. It never opens the real database, and it prints no narrative text, password
or key: only what each step proved, in Danish and English.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from narrativ import __version__

if TYPE_CHECKING:
    from narrativ.services.workspace import Workspace

# Fictional data only; nothing here resembles a real child.
INSTITUTION = "Selvtest-huset"
LEADER = "Selvtest Leder"
GROUP = "Selvtestgruppen"
STORY = (
    "Ved sandkassen byggede Testa en høj borg sammen med to kammerater og viste dem, "
    "hvordan vandet kunne løbe rundt om tårnet."
)
SEARCH_WORD = "sandkassen"


class SelfTestFailure(Exception):
    """A step ran but found something wrong (the message says what, never any data)."""


@dataclass
class _State:
    folder: Path
    database: Path
    password: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    workspace: Workspace | None = None
    child_key: str = ""
    narrative_key: str = ""
    pdf: bytes = b""


@dataclass(frozen=True)
class _Step:
    label: str  # "Dansk / English", shown in the report
    run: Callable[[_State], str]  # returns a short detail line


def _driver(state: _State) -> str:
    from narrativ.store.driver import sqlcipher_module

    sqlcipher = sqlcipher_module()  # raises unless the driver really encrypts
    connection = sqlcipher.connect(":memory:")
    try:
        version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        connection.close()
    return f"SQLCipher {version}"


def _resources(state: _State) -> str:
    from narrativ.paths import resource_path
    from narrativ.store.migrate import HEAD_REVISION, MIGRATIONS_DIR, known_revisions

    required = [
        resource_path("fonts", "DejaVuSans.ttf"),
        resource_path("fonts", "DejaVuSans-Bold.ttf"),
        resource_path("language", "lexicon.json"),
        resource_path("demo", "institution.json"),
        MIGRATIONS_DIR / "env.py",
    ]
    missing = [str(path) for path in required if not path.is_file()]
    if missing:
        raise SelfTestFailure("mangler / missing: " + ", ".join(missing))
    # Alembic reads the migration scripts from disk by path, so a bundle without them
    # fails only when a database has to be created or upgraded: check them here.
    if HEAD_REVISION not in known_revisions():
        raise SelfTestFailure(f"migration {HEAD_REVISION} findes ikke / not found")
    folder = resource_path("translations")
    # An installed copy carries the .ts sources beside the compiled .qm files (a bundle
    # only the .qm): a source without its .qm means the English UI silently fell back
    # to Danish, because the package was built from a checkout that never compiled it.
    uncompiled = [p.name for p in folder.glob("*.ts") if not p.with_suffix(".qm").exists()]
    if uncompiled:
        raise SelfTestFailure(
            "oversættelser ikke kompileret / translations not compiled: " + ", ".join(uncompiled)
        )
    translations = sorted(p.stem for p in folder.glob("*.qm"))
    return f"migrations → {HEAD_REVISION}; translations: {', '.join(translations) or '-'}"


def _database(state: _State) -> str:
    from narrativ.services.organisation import add_child, add_group
    from narrativ.services.workspace import initialise

    created = initialise(state.database, INSTITUTION, LEADER, state.password)
    state.workspace = ws = created.workspace
    group = add_group(ws, GROUP, "børnehave")
    state.child_key = add_child(ws, "Testa", "S", "2021-05", group, date.today(), "pige")
    header = state.database.read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise SelfTestFailure("databasen er ikke krypteret / the database is not encrypted")
    return "oprettet og krypteret / created and encrypted"


def _workspace(state: _State) -> Workspace:
    if state.workspace is None:
        raise SelfTestFailure("ingen åben database / no open database")
    return state.workspace


def _narrative(state: _State) -> str:
    from narrativ.services.narrative_input import NarrativeInput
    from narrativ.services.narratives import create_narrative, get_narrative, share_narrative

    ws = _workspace(state)
    data = NarrativeInput(
        occurred_on=date.today(),
        group=GROUP,
        story=STORY,
        part_of_day="formiddag",
        context="sandkassen",
        focus=[state.child_key],
        relations=["barn-barn"],
        themes=["social udvikling"],
        reflection="Testa tager initiativ og deler sin idé.",
    )
    state.narrative_key = create_narrative(ws, data)
    share_narrative(ws, state.narrative_key)
    if get_narrative(ws, state.narrative_key).story != STORY:
        raise SelfTestFailure("teksten blev ikke gemt uændret / the text changed on saving")
    return "gemt og delt / saved and shared"


def _search(state: _State) -> str:
    from narrativ.services.search import search

    hits = search(_workspace(state), SEARCH_WORD)
    if [hit.key for hit in hits] != [state.narrative_key]:
        raise SelfTestFailure(f"{len(hits)} hits, forventet 1 / expected 1")
    return "fuldtekstsøgning fandt narrativen / full-text search found it"


def _handout(state: _State) -> str:
    from reportlab.lib import rl_accel

    from narrativ.services.handouts import HandoutRequest, prepare_parent_handout, render

    today = date.today()
    request = HandoutRequest(
        child=state.child_key,
        date_from=today - timedelta(days=30),
        date_to=today,
        with_reflection=True,
    )
    prepared = prepare_parent_handout(_workspace(state), request, today=today)
    if prepared.narrative_keys != (state.narrative_key,):
        raise SelfTestFailure("narrativen kom ikke med / the narrative was left out")
    state.pdf = render(prepared)  # in memory: a self-test writes no PDF anywhere
    if not state.pdf.startswith(b"%PDF-"):
        raise SelfTestFailure("ingen PDF / no PDF")
    # rl_accel is a declared dependency; reportlab silently falls back to slow Python
    # without it, so a bundle that lost the native module would otherwise go unnoticed.
    if rl_accel._py_funcs:
        raise SelfTestFailure("rl_accel mangler / rl_accel is missing")
    return f"{len(state.pdf) // 1024} KiB, rl_accel"


def _check(state: _State) -> str:
    problems = _workspace(state).store.check()
    if problems:
        raise SelfTestFailure(f"{len(problems)} fejl / problems")
    return "quick_check + cipher_integrity_check"


def _quiet_qt_messages(mode: object, context: object, message: str) -> None:
    # Without a screen the offscreen platform says what it cannot do (raise windows …);
    # that is expected here and would only worry whoever reads the report.
    if "This plugin does not support" not in message:
        print(f"    Qt: {message}", file=sys.stderr)


def _qt(state: _State) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import (
        QBuffer,
        QByteArray,
        QCoreApplication,
        QEvent,
        QIODevice,
        QThreadPool,
        qInstallMessageHandler,
        qVersion,
    )
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from narrativ.ui.i18n import chosen_language, install_translators
    from narrativ.ui.main_window import MainWindow
    from narrativ.ui.style import STYLE_SHEET

    # The window opens on the lock screen, which reads names from the key file only:
    # close the database first, as the app itself would find it.
    _workspace(state).lock()
    state.workspace = None
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    previous_handler = qInstallMessageHandler(_quiet_qt_messages)
    previous_style = app.styleSheet()
    translators = install_translators(app, chosen_language())
    window: MainWindow | None = None
    try:
        app.setStyleSheet(STYLE_SHEET)
        window = MainWindow(state.database)
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise SelfTestFailure("vinduet blev ikke vist / the window did not show")
        # The handout preview renders with QtPdf; load the PDF from memory as it does.
        buffer = QBuffer()
        buffer.setData(QByteArray(state.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        pages = document.pageCount()
        document.close()
        buffer.close()
        if pages < 1:
            raise SelfTestFailure("QtPdf kunne ikke læse PDF'en / QtPdf could not read the PDF")
        QPrinter()  # QtPrintSupport and its plugin
        platform = app.platformName()
    finally:
        # Leave the application as it was found: the self-test may run inside another
        # program's QApplication (the test suite's).
        QThreadPool.globalInstance().waitForDone(10_000)
        if window is not None:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for translator in translators:
            app.removeTranslator(translator)
        app.setStyleSheet(previous_style)
        qInstallMessageHandler(previous_handler)
    return f"Qt {qVersion()}, PySide6 {pyside_version}, {platform}, QtPdf {pages} side(r)"


STEPS = (
    _Step("Krypteringsmodul / encryption driver", _driver),
    _Step("Programfiler / program files", _resources),
    _Step("Database / database", _database),
    _Step("Narrativ / narrative", _narrative),
    _Step("Søgning / search", _search),
    _Step("Forældremateriale (PDF) / parent handout (PDF)", _handout),
    _Step("Databasetjek / integrity check", _check),
    _Step("Brugerflade (Qt) / user interface (Qt)", _qt),
)


@contextlib.contextmanager
def _temporary_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="narrativ-selvtest-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _describe(error: BaseException) -> str:
    # The first line only, shortened: enough to name the cause without echoing data.
    lines = str(error).strip().splitlines()
    text = lines[0] if lines else ""
    text = text if len(text) <= 200 else text[:197] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step; 0 when all pass, else 1 with the failing step named."""
    out = out or sys.stdout
    # No screen is needed (nor wanted): the check must also work over SSH or in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = " (PyInstaller)" if getattr(sys, "frozen", False) else ""
    print(f"Narrativ {__version__}{frozen} – selvtest / self-test", file=out)
    print(f"Python {sys.version.split()[0]}, {sys.platform}", file=out)
    failed: str | None = None
    with _temporary_folder() as folder:
        state = _State(folder=folder, database=folder / "narrativ.db")
        try:
            for step in STEPS:
                started = time.perf_counter()
                try:
                    detail = step.run(state)
                except Exception as error:
                    print(f"  FEJL / FAILED  {step.label}: {_describe(error)}", file=out)
                    failed = step.label
                    break
                elapsed = (time.perf_counter() - started) * 1000
                print(f"  OK  {step.label}: {detail} ({elapsed:.0f} ms)", file=out)
        finally:
            if state.workspace is not None:
                with contextlib.suppress(Exception):
                    _workspace(state).lock()
    if folder.exists():
        print(
            "  FEJL / FAILED  Oprydning / clean-up: den midlertidige mappe er der stadig", file=out
        )
        failed = failed or "Oprydning / clean-up"
    else:
        print(
            "  OK  Oprydning / clean-up: midlertidige filer slettet / temporary files removed",
            file=out,
        )
    if failed:
        print(f"Selvtest fejlede / self-test failed: {failed}", file=out)
        return 1
    print("Selvtest bestået / self-test passed", file=out)
    return 0


def main() -> int:
    return run_self_test()


if __name__ == "__main__":
    raise SystemExit(main())
