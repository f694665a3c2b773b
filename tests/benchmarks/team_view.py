"""Time the leaders' team view and "Hvem ser vi?" on a large database, beside raw floors.

    python tests/benchmarks/team_view.py --size 100000 --json team-view-results.json

- ``first_paint``: unlock (after Argon2id) to the team view's table painted with its first
  batch, in a fresh process each time; floor: a fresh process that only connects, keys and
  runs the first batch's SQL with ``sqlcipher3``. ``first_paint_from_start`` is the same
  paint counted from the start of the process (interpreter, imports, the lock screen;
  Argon2id left out), so lazy imports show.
- ``search_typing``: a word typed into the search box to the table painted with its hits,
  from the moment the typing pause ends (the filter bar waits ``SEARCH_DELAY_MS`` after the
  last key on purpose; that wait is not counted). Its floor is the raw FTS5 batch, run on
  the UI thread with ``sqlcipher3`` and shown in the same table, to the same paint: an
  updated table with nothing between the view and the driver, so the ratio is what the
  services, SQLAlchemy and the worker thread add. ``search_typing_hits`` goes on to the hit
  count (the view's ``searched`` signal), the moment the view's own tests call a search done.
  ``search_service_200`` is ``team_rows`` alone for the same words: the service's share.
- ``seen_grid_60x26``: ``seen_grid`` for a group of 60 children over 26 weeks.
- ``peak_memory``: the peak RSS of the ``first_paint`` processes after a search and the
  "Hvem ser vi?" page as well.

Targets are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

# Only the standard library at module level: this file also runs as the fresh processes of
# first_paint, whose import time and memory are what is measured. Everything else is
# imported where it is used.
if TYPE_CHECKING:
    import sqlcipher3
    from generate import BenchDatabase

    from narrativ.services.seen import SeenGrid
    from narrativ.services.team import TeamRow
    from narrativ.services.views import CurrentUser
    from narrativ.services.workspace import Workspace
    from narrativ.ui.main_window import MainWindow
    from narrativ.ui.team.view import TeamView

PROCESSES = 5
GRID_RUNS = 10
# The team table's first batch (narrativ.ui.team.model.FIRST_BATCH_SIZE): what the floors
# of the first paint and of typing load, as the table does.
FIRST_BATCH = 60
BATCH = 200  # a whole batch (narrativ.ui.team.model.BATCH_SIZE): search_service_200
GRID_GROUP = 4  # index into the generated groups, as run.py's LIST_GROUP
GRID_WEEKS = 26
WINDOW_SIZE = (1366, 768)
WAIT_SECONDS = 120.0
# What a leader types: common words and prefixes of the generated texts, from a few
# hundred to almost every narrative.
SEARCH_WORDS = (
    "sammen", "leg", "sand", "samling", "hjalp", "tårn", "klodser", "garderoben", "frokost",
    "skov", "snegl", "hule", "tegnede", "bold", "trøst", "vand", "perler", "puder", "fugle",
    "rutsjebanen", "initiativ", "omsorg", "nysgerrig", "fantasi", "forældrene", "modellervoks",
)  # fmt: skip
WARMUP_WORDS = ("kogler", "drage")
# The search and the group the first_paint processes also run before their memory is read.
CHILD_SEARCH = "sammen"

# -- the SQL of the floors (plain strings: the fresh floor process imports no more) ----------

# narrativ.services.team.team_rows by hand: one statement a batch, the lists folded into
# one string each (group_concat with ORDER BY), counted in correlated subqueries.
ROW_COLUMNS_SQL = (
    "n.key, n.occurred_on, g.name, "
    "(SELECT group_concat(c.first_name || char(30) || coalesce(c.last_initial, ''), char(31) "
    "ORDER BY c.first_name) FROM narrative_child nc JOIN child c ON c.id = nc.child_id "
    "WHERE nc.narrative_id = n.id AND nc.role = 'focus'), "
    "s.name, "
    "(SELECT group_concat(t.name, char(31) ORDER BY t.position, t.name) "
    "FROM narrative_theme nt JOIN theme t ON t.id = nt.theme_id WHERE nt.narrative_id = n.id), "
    "(SELECT group_concat(r.code, char(31) ORDER BY r.position) FROM narrative_relation nr "
    "JOIN relation_tag r ON r.id = nr.relation_id WHERE nr.narrative_id = n.id), "
    "n.status, "
    "(SELECT count(*) FROM comment m WHERE m.narrative_id = n.id)"
)
ROW_JOINS_SQL = "JOIN child_group g ON g.id = n.group_id JOIN staff s ON s.id = n.author_id"
NEWEST_ROWS_SQL = (
    f"SELECT {ROW_COLUMNS_SQL} FROM narrative n {ROW_JOINS_SQL} "  # noqa: S608
    "ORDER BY n.occurred_on DESC, n.id DESC LIMIT ? OFFSET ?"
)
# As narrativ.store.search.newest_matching_rows writes it: FTS5 hands out rowids
# (days << 32 | id) newest first, so no sort.
MATCHING_ROWS_SQL = (
    f"SELECT {ROW_COLUMNS_SQL} FROM narrative_fts "  # noqa: S608
    f"JOIN narrative n ON n.id = (narrative_fts.rowid & ?) {ROW_JOINS_SQL} "
    "WHERE narrative_fts MATCH ? ORDER BY narrative_fts.rowid DESC LIMIT ? OFFSET ?"
)
# Without other filters the index alone knows how many narratives match: the triggers keep
# one index row per narrative.
MATCHING_COUNT_SQL = "SELECT count(*) FROM narrative_fts WHERE narrative_fts MATCH ?"
GROUP_SQL = "SELECT id, key, name, age_band FROM child_group WHERE key = ?"
GROUP_CHILDREN_SQL = (
    "SELECT c.id, c.key, c.first_name, c.last_initial FROM child c "
    "JOIN group_membership m ON m.child_id = c.id "
    'WHERE m.group_id = ? AND m.to_date IS NULL AND c."left" IS NULL '
    "ORDER BY c.first_name, c.last_initial"
)
FOCUS_WEEKS_SQL = (
    "SELECT nc.child_id, n.occurred_on FROM narrative_child nc "
    "JOIN narrative n ON n.id = nc.narrative_id WHERE nc.child_id + 0 IN ({marks}) "
    "AND nc.role = 'focus' AND n.status IN ('shared', 'reviewed') "
    "AND n.occurred_on >= ? AND n.occurred_on <= ?"
)
LAST_FOCUS_SQL = (
    "SELECT nc.child_id, max(n.occurred_on) FROM narrative_child nc "
    "JOIN narrative n ON n.id = nc.narrative_id WHERE nc.child_id IN ({marks}) "
    "AND nc.role = 'focus' AND n.status IN ('shared', 'reviewed') AND n.occurred_on <= ? "
    "GROUP BY nc.child_id"
)

COMMUNITY_WEEKS_SQL = (
    "SELECT community, occurred_on FROM narrative WHERE group_id = ? AND community IS NOT NULL "
    "AND status IN ('shared', 'reviewed') AND occurred_on >= ? AND occurred_on <= ?"
)

# (key, occurred_on as stored, group, focus names, author, themes, relations, status, comments)
RawRow = tuple[str, str, str, tuple[str, ...], str, tuple[str, ...], tuple[str, ...], str, int]


def _split(joined: str | None) -> tuple[str, ...]:
    return tuple(joined.split("\x1f")) if joined else ()


def _name(joined: str) -> str:
    first, initial = joined.split("\x1e", 1)
    return f"{first} {initial}." if initial else first


def raw_rows(cursor: Any) -> list[RawRow]:
    """The rows of a batch statement as plain tuples, the lists split."""
    return [
        (
            key, occurred_on, group, tuple(_name(n) for n in _split(focus)), author,
            _split(themes), _split(relations), status, comments,
        )
        for key, occurred_on, group, focus, author, themes, relations, status, comments in cursor
    ]  # fmt: skip


def peak_rss_mib() -> float:
    """This process's peak resident memory so far.

    On Linux the kernel's high-water mark of this process's own memory (VmHWM):
    ``ru_maxrss`` also carries over the memory the process had before exec, which for a
    process started from this benchmark is the benchmark's own size.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Bytes on macOS, KiB elsewhere.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# -- waiting for Qt without sleeping ---------------------------------------------------------


def wait_until(condition: Callable[[], bool], timeout: float = WAIT_SECONDS) -> None:
    """Run the event loop until ``condition`` holds, as pytest-qt's waitUntil does."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(
        lambda: loop.quit() if condition() or time.perf_counter() > deadline else None
    )
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError(f"still waiting after {timeout:g} s")


class Watch(Protocol):
    """When a search's results reached the screen (perf_counter seconds, or None)."""

    started_at: float | None
    rows_at: float | None
    painted_at: float | None
    counted_at: float | None

    def arm(self, text: str, until_counted: bool) -> None: ...

    def wait(self) -> None: ...


def watch_team_view(view: TeamView) -> Watch:
    """A watcher on ``view``: the typing pause ending, the batch, its paint, the hit count.

    The end of the pause is the filter bar's debounce timer firing, seen by an event filter
    on that timer before the search starts. "Painted" is the first paint of the table's
    viewport after the batch arrived, taken when the event loop is back after it.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    from narrativ.ui.team.filters import SEARCH_DELAY_MS

    class TeamViewWatch(QObject):
        def __init__(self) -> None:
            super().__init__(view)
            self.loop = QEventLoop(self)
            self.deadline = QTimer(self)
            self.deadline.setSingleShot(True)
            self.deadline.timeout.connect(self.loop.quit)
            self.text = ""
            self.until_counted = False
            self.arm("", until_counted=False)
            view.table.viewport().installEventFilter(self)
            timers = view.filters.findChildren(QTimer)
            self.typing_pause = next(t for t in timers if t.interval() == SEARCH_DELAY_MS)
            self.typing_pause.installEventFilter(self)
            view.model.batch_loaded.connect(self._rows_arrived)
            view.searched.connect(self._counted)

        def arm(self, text: str, until_counted: bool) -> None:
            self.text = text
            self.until_counted = until_counted
            self.started_at: float | None = None
            self.rows_at: float | None = None
            self.painted_at: float | None = None
            self.counted_at: float | None = None
            self._paint_seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Timer and watched is self.typing_pause:
                self.started_at = time.perf_counter()
            elif kind == QEvent.Type.Paint and self.rows_at is not None and not self._paint_seen:
                self._paint_seen = True
                QTimer.singleShot(0, self._painted)
            return False

        def _painted(self) -> None:
            self.painted_at = time.perf_counter()
            self._maybe_done()

        def _rows_arrived(self, _loaded: int) -> None:
            if self.rows_at is None:
                self.rows_at = time.perf_counter()

        def _counted(self, flt: Any) -> None:
            if flt.text == self.text and self.counted_at is None:
                self.counted_at = time.perf_counter()
                self._maybe_done()

        def _done(self) -> bool:
            return self.painted_at is not None and (
                self.counted_at is not None or not self.until_counted
            )

        def _maybe_done(self) -> None:
            if self._done():
                self.loop.quit()

        def wait(self) -> None:
            if not self._done():
                self.deadline.start(int(WAIT_SECONDS * 1000))
                self.loop.exec()
                self.deadline.stop()
            if not self._done():
                raise TimeoutError(f"the team view showed nothing for {self.text!r}")

    return TeamViewWatch()


def type_search(view: TeamView, text: str) -> None:
    """Select what is in the box and type ``text`` over it, key by key."""
    from PySide6.QtTest import QTest

    view.filters.search.setFocus()
    view.filters.search.selectAll()
    QTest.keyClicks(view.filters.search, text)


# -- the fresh processes of first_paint ------------------------------------------------------


def child_floor(config: dict[str, Any]) -> dict[str, Any]:
    """Only the driver: connect, key, the connection pragmas, the first batch."""
    import sqlcipher3

    begun = time.perf_counter()
    connection = sqlcipher3.connect(
        config["database"],
        timeout=config["timeout"],
        check_same_thread=False,
        isolation_level=None,
    )
    connection.execute(f"PRAGMA key = \"x'{config['key']}'\"")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in config["pragmas"]:
        connection.execute(pragma).fetchall()
    connection.execute("BEGIN")
    rows = raw_rows(connection.execute(NEWEST_ROWS_SQL, (FIRST_BATCH, 0)))
    connection.execute("COMMIT")
    done = time.perf_counter()
    connection.close()
    return {
        "unlock_ms": (done - begun) * 1000,
        "done_at": time.monotonic() - (time.perf_counter() - done),
        "keys": [row[0] for row in rows],
        "peak_mib": peak_rss_mib(),
    }


def child_paint(config: dict[str, Any]) -> dict[str, Any]:
    """The app as a leader starts it: the lock screen, unlock, the desk, the team page."""
    import importlib

    began = time.perf_counter()
    # What the `narrativ` entry point loads, then what it loads to start the GUI.
    importlib.import_module("narrativ.cli")
    importlib.import_module("narrativ.ui.app")
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from narrativ.services.workspace import open_workspace
    from narrativ.ui.i18n import chosen_language, install_translators
    from narrativ.ui.main_window import MainWindow
    from narrativ.ui.style import STYLE_SHEET
    from narrativ.vault.vault import Vault

    imported = time.perf_counter()
    # As narrativ.ui.app.run sets the application up, up to the lock screen on screen.
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Narrativ")
    translators = install_translators(app, chosen_language())
    app.setStyleSheet(STYLE_SHEET)
    database = Path(config["database"])
    window = MainWindow(database)
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()

    argon_began = time.perf_counter()
    vault = Vault(database)
    opened = vault.open_with_password(config["leader"], config["password"])
    unlocking = time.perf_counter()
    ws = open_workspace(vault, opened)
    window.open_desk(ws)
    desk = window.desk
    assert desk is not None and desk.team is not None
    view = desk.team
    watch = watch_team_view(view)
    desk_built = time.perf_counter()
    desk.show_page("team")
    page_opened = time.perf_counter()
    watch.wait()
    painted = watch.painted_at
    assert painted is not None
    rows_at = watch.rows_at or painted
    checked_by_then = getattr(window, "integrity_problems", None) is not None
    keys = view.model.keys()

    # The rest of a leader's first minute, for the memory: a search and the grid.
    wait_until(lambda: not view.busy)
    watch.arm(config["search"], until_counted=True)
    type_search(view, config["search"])
    watch.wait()
    wait_until(lambda: not view.busy)
    seen = desk.seen
    assert seen is not None
    loaded: list[bool] = []
    seen.loaded.connect(lambda: loaded.append(True))
    desk.show_page("seen")
    wait_until(lambda: bool(loaded))
    # The integrity checks that open_desk starts in the background (the quick one, then the
    # full one) are part of the process: wait until the full one has answered.
    wait_until(lambda: getattr(window, "integrity_problems", None) is not None)
    wait_until(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    app.processEvents()
    peak = peak_rss_mib()
    ws.lock()
    del translators  # kept alive until here, as narrativ.ui.app.run keeps them
    return {
        "unlock_ms": (painted - unlocking) * 1000,
        "rows_ms": (rows_at - unlocking) * 1000,
        "desk_ms": (desk_built - unlocking) * 1000,
        "page_ms": (page_opened - desk_built) * 1000,
        "imports_ms": (imported - began) * 1000,
        "argon2_ms": (unlocking - argon_began) * 1000,
        "done_at": time.monotonic() - (time.perf_counter() - painted),
        "checked_by_then": checked_by_then,
        "keys": keys,
        "peak_mib": peak,
    }


def child_main(mode: str) -> int:
    config = json.loads(sys.stdin.read())
    result = child_paint(config) if mode == "paint" else child_floor(config)
    print(json.dumps(result), flush=True)
    # Skip Qt's teardown at interpreter exit: it is no part of any figure, and the
    # workspace is locked already.
    os._exit(0)


def spawn(mode: str, config: dict[str, Any]) -> dict[str, Any]:
    """Run a fresh process of this file; its figures, with the time from its start."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # time.monotonic() is the system's monotonic clock: the child's readings and this one
    # share it, so the child can say when it painted on our time line.
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, __file__, "--child", mode],
        input=json.dumps(config),
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"the {mode} process failed:\n{completed.stderr}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    result["start_ms"] = (result["done_at"] - started) * 1000 - result.get("argon2_ms", 0.0)
    return result


# -- figures and the table (trust.py prints its own with these) ------------------------------


@dataclass(frozen=True)
class Figure:
    """One measured figure: a median beside its floor's median, in ``unit``."""

    name: str
    value: float
    floor: float
    unit: str
    runs: int
    target: float | None = None
    max_ratio: float | None = None
    note: str = ""
    # Whether the floor gave the same result as the service; None when not compared.
    equivalent: bool | None = None

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    @property
    def verdict(self) -> str:
        if self.target is None and self.max_ratio is None:
            return "-"
        missed = [
            what
            for what, limit, figure in (
                (self.unit, self.target, self.value),
                ("ratio", self.max_ratio, self.ratio),
            )
            if limit is not None and figure > limit
        ]
        return f"FAIL ({', '.join(missed)})" if missed else "PASS"

    def target_text(self) -> str:
        parts = []
        if self.target is not None:
            parts.append(f"≤ {self.target:g} {self.unit}")
        if self.max_ratio is not None:
            parts.append(f"ratio ≤ {self.max_ratio:g}")
        return ", ".join(parts) or "info"


def amount(value: float, unit: str) -> str:
    return f"{value:.3f} {unit}" if unit == "s" else f"{value:.1f} {unit}"


def print_figures(figures: Sequence[Figure]) -> None:
    header = (
        f"{'operation':<26}{'median':>13}{'floor':>13}{'ratio':>8}  {'target':<26}"
        f"{'result':<18}runs"
    )
    print(header)
    print("-" * len(header))
    for f in figures:
        print(
            f"{f.name:<26}{amount(f.value, f.unit):>13}{amount(f.floor, f.unit):>13}"
            f"{f.ratio:>8.2f}  {f.target_text():<26}{f.verdict:<18}{f.runs}"
        )
    print()
    for f in figures:
        check = "  [floor result DIFFERS from the service's]" if f.equivalent is False else ""
        print(f"  {f.name}: {f.note or '-'}{check}")


def write_figures(figures: Sequence[Figure], target: Path) -> None:
    rows = [
        {
            "name": f.name,
            "value": round(f.value, 3),
            "unit": f.unit,
            "floor": round(f.floor, 3),
            "ratio": round(f.ratio, 3),
        }
        for f in figures
    ]
    target.write_text(json.dumps(rows, indent=2) + "\n")


def size_label(size: int) -> str:
    """100000 → "100k": the figures' names say the size they were measured at."""
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


# -- the database ------------------------------------------------------------------------------


def prepared_copy(database: BenchDatabase, folder: Path) -> BenchDatabase:
    """A working copy of the cached database, brought to the program's schema.

    The cache keeps the schema of the day it was generated; unlocking an older file would
    first write a safety copy of all of it (seconds at 100k) inside the first timing. The
    cache is the safety copy here, so the migrations run directly, before any timer.
    """
    from run import working_copy

    from narrativ.store import migrate
    from narrativ.store.store import Store
    from narrativ.vault.vault import Vault

    copy = working_copy(database, folder)
    opened = Vault(copy.path).open_with_password(database.leader, database.leader_password)
    store = Store(copy.path, opened.database_keys[0])
    try:
        if migrate.needs_upgrade(store.engine):
            migrate.upgrade(store.engine)
    finally:
        store.close()
    return copy


# -- first_paint and peak_memory -----------------------------------------------------------


def first_paint(database: BenchDatabase, processes: int) -> list[Figure]:
    from narrativ.store.engine import BUSY_TIMEOUT_SECONDS, CONNECTION_PRAGMAS
    from narrativ.vault.vault import Vault

    opened = Vault(database.path).open_with_password(database.leader, database.leader_password)
    floor_config = {
        "database": str(database.path),
        "key": opened.database_keys[0].hex(),
        "pragmas": list(CONNECTION_PRAGMAS),
        "timeout": BUSY_TIMEOUT_SECONDS,
    }
    paint_config = {
        "database": str(database.path),
        "leader": database.leader,
        "password": database.leader_password,
        "search": CHILD_SEARCH,
    }
    apps: list[dict[str, Any]] = []
    floors: list[dict[str, Any]] = []
    for index in range(processes):
        print(f"measuring first_paint: process {index + 1} of {processes} …", file=sys.stderr)
        # Taking turns, as run.py does, so drift in the machine hits both alike.
        pair = [("paint", paint_config, apps), ("floor", floor_config, floors)]
        for mode, config, results in pair if index % 2 == 0 else reversed(pair):
            results.append(spawn(mode, config))

    def median(results: list[dict[str, Any]], field: str) -> float:
        return statistics.median(r[field] for r in results)

    same = all(a["keys"] == f["keys"] for a, f in zip(apps, floors, strict=True))
    checked = sum(a["checked_by_then"] for a in apps)
    paint_note = (
        f"fresh process, unlock after Argon2id to the table painted: workspace and desk "
        f"{median(apps, 'desk_ms'):.0f} ms, opening the page {median(apps, 'page_ms'):.0f} "
        f"ms, batch in the table at {median(apps, 'rows_ms'):.0f} ms; the background "
        f"integrity check finished before the paint in {checked} of {processes}"
    )
    start_note = (
        f"from process start, Argon2id ({median(apps, 'argon2_ms'):.0f} ms) left out; "
        f"app imports {median(apps, 'imports_ms'):.0f} ms"
    )
    memory_note = (
        f"peak RSS (VmHWM on Linux) after the first paint, a search and the grid; highest "
        f"{max(a['peak_mib'] for a in apps):.0f} MiB; floor: the floor process"
    )
    return [
        Figure("first_paint", median(apps, "unlock_ms"), median(floors, "unlock_ms"), "ms",
               processes, target=800, note=paint_note, equivalent=same),
        Figure("first_paint_from_start", median(apps, "start_ms"), median(floors, "start_ms"),
               "ms", processes, note=start_note, equivalent=same),
        Figure("peak_memory", median(apps, "peak_mib"), median(floors, "peak_mib"), "MiB",
               processes, target=250, note=memory_note),
    ]  # fmt: skip


# -- search_typing and seen_grid, in one warm process ------------------------------------------


@dataclass
class Warm:
    """The app open on the team page, and the floor's connection beside it."""

    window: MainWindow
    view: TeamView
    ws: Workspace
    raw: sqlcipher3.Connection
    watch: Watch


def open_warm(database: BenchDatabase) -> Warm:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from run import raw_connect

    from narrativ.services.workspace import open_workspace
    from narrativ.ui.main_window import MainWindow
    from narrativ.ui.style import STYLE_SHEET
    from narrativ.vault.vault import Vault

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyleSheet(STYLE_SHEET)  # the app's painting costs
    window = MainWindow(database.path)
    window.resize(*WINDOW_SIZE)
    window.show()
    vault = Vault(database.path)
    ws = open_workspace(vault, vault.open_with_password(database.leader, database.leader_password))
    window.open_desk(ws)
    desk = window.desk
    assert desk is not None and desk.team is not None
    view = desk.team
    watch = watch_team_view(view)
    desk.show_page("team")
    watch.wait()
    # The integrity check open_desk starts would otherwise share the CPU with the timings.
    wait_until(lambda: getattr(window, "integrity_problems", None) is not None)
    wait_until(lambda: not view.busy)
    return Warm(window, view, ws, raw_connect(database.path, ws.store.database_key), watch)


def team_row(raw: RawRow) -> TeamRow:
    from narrativ.services.team import TeamRow

    key, occurred_on, group, focus, author, themes, relations, status, comments = raw
    return TeamRow(
        key, date.fromisoformat(occurred_on), group, focus, author, themes, relations, status,
        comments,
    )  # fmt: skip


def raw_search_batch(
    connection: sqlcipher3.Connection, user: CurrentUser, text: str, limit: int = BATCH
) -> list[TeamRow]:
    """team_rows(ws, TeamFilter(text=text)) by hand: ids, audit row, row details, commit."""
    from run import raw_audit

    from narrativ.store.fts_query import fts5_query
    from narrativ.store.search import ID_MASK

    match = fts5_query(text)
    connection.execute("BEGIN IMMEDIATE")
    cursor = connection.execute(MATCHING_ROWS_SQL, (ID_MASK, match, limit, 0))
    rows = [team_row(row) for row in raw_rows(cursor)]
    raw_audit(connection, user, "search", "narrative", "", query=text, hits=len(rows))
    connection.execute("COMMIT")
    return rows


def raw_count(connection: sqlcipher3.Connection, text: str) -> int:
    """team_count(ws, TeamFilter(text=text)): one SELECT count(*) in a read transaction."""
    from narrativ.store.fts_query import fts5_query

    connection.execute("BEGIN")
    count: int = connection.execute(MATCHING_COUNT_SQL, (fts5_query(text),)).fetchone()[0]
    connection.execute("COMMIT")
    return count


@dataclass(frozen=True)
class Timing:
    """One search: to the table (or the floor's batch), and on to the hit count."""

    table_ms: float
    hits_ms: float
    rows: list[TeamRow]


def search_once(warm: Warm, word: str) -> Timing:
    from narrativ.ui.team.model import Role

    watch, view = warm.watch, warm.view
    watch.arm(word, until_counted=True)
    type_search(view, word)
    watch.wait()
    assert watch.started_at and watch.painted_at and watch.counted_at
    shown = [view.model.index(i, 0).data(Role.ROW) for i in range(view.model.rowCount())]
    wait_until(lambda: not view.busy)  # the reading pane of the first hit loads after
    return Timing(
        (watch.painted_at - watch.started_at) * 1000,
        (watch.counted_at - watch.started_at) * 1000,
        shown,
    )


def service_once(warm: Warm, word: str) -> float:
    """Milliseconds of team_rows alone, on this thread: no view, no worker thread."""
    from run import timed

    from narrativ.services.team import TeamFilter, team_rows

    return timed(lambda: team_rows(warm.ws, TeamFilter(text=word), limit=BATCH))[0]


def floor_once(warm: Warm, word: str, limit: int = FIRST_BATCH) -> Timing:
    begun = time.perf_counter()
    rows = raw_search_batch(warm.raw, warm.ws.user, word, limit)
    batch = time.perf_counter()
    raw_count(warm.raw, word)
    counted = time.perf_counter()
    return Timing((batch - begun) * 1000, (counted - begun) * 1000, rows)


def painted_floor_once(warm: Warm, word: str) -> float:
    """The raw FTS5 batch (with its audit row) run right here, shown in the same table and
    painted: what an updated table costs when nothing stands between the view and the
    driver (no services, no SQLAlchemy, no worker thread). Milliseconds to the paint."""
    watch, model = warm.watch, warm.view.model
    watch.arm(word, until_counted=False)
    runner = model._run  # the floor loads the batch itself, on this thread
    model._run = None
    try:
        watch.started_at = time.perf_counter()
        rows = raw_search_batch(warm.raw, warm.ws.user, word, FIRST_BATCH)
        model.set_fetch(lambda offset, limit: rows[offset : offset + limit], keep_rows=True)
        model.fetchMore()
        watch.wait()
    finally:
        model._run = runner
    assert watch.started_at and watch.painted_at
    wait_until(lambda: not warm.view.busy)  # the reading pane of the first row loads after
    return (watch.painted_at - watch.started_at) * 1000


def search_typing(warm: Warm) -> list[Figure]:
    from narrativ.ui.team.filters import SEARCH_DELAY_MS

    print("measuring search_typing …", file=sys.stderr, flush=True)
    for word in WARMUP_WORDS:
        search_once(warm, word)
        floor_once(warm, word)
        painted_floor_once(warm, word)
    shown: list[Timing] = []
    floors: list[Timing] = []
    painted_floors: list[float] = []
    for index, word in enumerate(SEARCH_WORDS):
        # Taking turns, as run.py does, so drift in the machine hits both alike.
        if index % 2:
            floors.append(floor_once(warm, word))
            painted_floors.append(painted_floor_once(warm, word))
            shown.append(search_once(warm, word))
        else:
            shown.append(search_once(warm, word))
            painted_floors.append(painted_floor_once(warm, word))
            floors.append(floor_once(warm, word))
    # The same searches through the service alone, called here: the service's share of
    # the figure above, the rest being the view's (threads, model, sorting, painting).
    direct: list[float] = []
    direct_floors: list[float] = []
    for index, word in enumerate(SEARCH_WORDS):
        if index % 2:
            direct_floors.append(floor_once(warm, word, BATCH).table_ms)
            direct.append(service_once(warm, word))
        else:
            direct.append(service_once(warm, word))
            direct_floors.append(floor_once(warm, word, BATCH).table_ms)
    matches = [raw_count(warm.raw, word) for word in SEARCH_WORDS]
    slowest = max(range(len(shown)), key=lambda i: shown[i].table_ms)
    same = all(s.rows == f.rows for s, f in zip(shown, floors, strict=True))
    runs = len(SEARCH_WORDS)
    table_note = (
        f"{runs} words ({min(matches)}–{max(matches)} matches), end of the typing pause to "
        f"the table painted; slowest {SEARCH_WORDS[slowest]!r} "
        f"{shown[slowest].table_ms:.0f} ms; the pause itself is {SEARCH_DELAY_MS} ms; "
        "floor: the raw FTS5 first batch with its audit row, shown in the same table and "
        "painted (no services, SQLAlchemy or worker thread)"
    )
    hits_note = (
        "on to the hit count shown (the view's `searched` signal); floor: the raw batch "
        "and one SELECT count(*) of the matches"
    )
    return [
        Figure("search_typing", median_of(s.table_ms for s in shown),
               median_of(painted_floors), "ms", runs, target=50, max_ratio=1.5,
               note=table_note, equivalent=same),
        Figure("search_typing_hits", median_of(s.hits_ms for s in shown),
               median_of(f.hits_ms for f in floors), "ms", runs, note=hits_note),
        Figure("search_service_200", median_of(direct), median_of(direct_floors), "ms", runs,
               note="team_rows for the same words, called directly: the service's share; "
               "floor: the raw FTS5 first batch with its audit row, not shown"),
    ]  # fmt: skip


def median_of(values: Iterable[float]) -> float:
    return statistics.median(values)


def raw_seen_grid(
    connection: sqlcipher3.Connection,
    user: CurrentUser,
    group: str,
    weeks: int,
    today: date,
    not_seen_weeks: int = 6,
) -> SeenGrid:
    """seen_grid by hand: the same queries (the weeks through the date index, the last date
    only for children not seen in the window, the group's communities), the audit row, the
    same result objects."""
    from collections import Counter

    from run import raw_audit

    from narrativ.services.seen import SeenGrid, SeenRow, week_start
    from narrativ.services.views import ChildRef, GroupView

    first_week = week_start(today) - timedelta(weeks=weeks - 1)
    week_list = tuple(first_week + timedelta(weeks=i) for i in range(weeks))
    not_seen_since = today - timedelta(weeks=not_seen_weeks)
    connection.execute("BEGIN IMMEDIATE")
    group_id, key, name, age_band = connection.execute(GROUP_SQL, (group,)).fetchone()
    children = connection.execute(GROUP_CHILDREN_SQL, (group_id,)).fetchall()
    ids = [child[0] for child in children]
    marks = ", ".join("?" * len(ids))
    per_week: Counter[tuple[int, int]] = Counter()
    last: dict[int, date] = {}
    for child_id, occurred_on in connection.execute(
        FOCUS_WEEKS_SQL.format(marks=marks), (*ids, first_week.isoformat(), today.isoformat())
    ):
        day = date.fromisoformat(occurred_on)
        per_week[(child_id, (day - first_week).days // 7)] += 1
        last[child_id] = max(day, last.get(child_id, day))
    # As the service: only children not seen in the window need a look further back.
    unseen = [i for i in ids if i not in last]
    if unseen:
        unseen_marks = ", ".join("?" * len(unseen))
        last |= {
            child_id: date.fromisoformat(day)
            for child_id, day in connection.execute(
                LAST_FOCUS_SQL.format(marks=unseen_marks), (*unseen, today.isoformat())
            )
        }
    community_rows = connection.execute(
        COMMUNITY_WEEKS_SQL, (group_id, first_week.isoformat(), today.isoformat())
    ).fetchall()
    raw_audit(connection, user, "seen.view", "group", key)
    connection.execute("COMMIT")
    rows = []
    for child_id, child_key, first, initial in children:
        counts = tuple(per_week[(child_id, w)] for w in range(weeks))
        last_focus = last.get(child_id)
        rows.append(
            SeenRow(
                child=ChildRef(child_key, f"{first} {initial}." if initial else first),
                counts=counts,
                total=sum(counts),
                last_focus=last_focus,
                not_seen=last_focus is None or last_focus < not_seen_since,
            )
        )
    rows.sort(key=lambda r: (not r.not_seen, r.child.name.casefold()))
    # The generated house writes no community narratives; the query's cost is measured all
    # the same, and a grid with communities would differ from the service's here.
    assert not community_rows, "the benchmark data hold community narratives"
    return SeenGrid(GroupView(key, name, age_band), week_list, tuple(rows), not_seen_weeks)


def seen_grid_figure(warm: Warm, database: BenchDatabase, runs: int) -> Figure:
    from generate import LAST_DAY
    from run import Case, measure, timed

    from narrativ.services.seen import seen_grid

    group = database.groups[GRID_GROUP]
    # The generated narratives end on LAST_DAY: counting back from the real today would
    # leave most of the 26 weeks empty once that day is past.
    today = LAST_DAY
    user = warm.ws.user

    def service() -> tuple[float, Any]:
        return timed(lambda: seen_grid(warm.ws, group.key, weeks=GRID_WEEKS, today=today))

    def floor() -> tuple[float, Any]:
        return timed(lambda: raw_seen_grid(warm.raw, user, group.key, GRID_WEEKS, today))

    outcome = measure(Case("seen_grid_60x26", service, floor, same=lambda a, b: a == b), runs=runs)
    grid = seen_grid(warm.ws, group.key, weeks=GRID_WEEKS, today=today)
    counted = sum(row.total for row in grid.rows)
    return Figure(
        "seen_grid_60x26", outcome.value, outcome.floor, "ms", outcome.runs, target=100,
        note=(f"{group.name}: {len(grid.rows)} children × {GRID_WEEKS} weeks to "
              f"{today.isoformat()}, {counted} focus narratives counted"),
        equivalent=outcome.equivalent,
    )  # fmt: skip


def close_warm(warm: Warm) -> None:
    wait_until(lambda: not warm.view.busy)
    warm.raw.close()
    warm.ws.lock()
    warm.window.hide()


# -- the run -----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="number of narratives")
    parser.add_argument("--json", type=Path, default=Path("team-view-results.json"))
    parser.add_argument("--cache", type=Path, default=None, help="generated databases")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--processes", type=int, default=PROCESSES, help="fresh processes")
    parser.add_argument("--runs", type=int, default=GRID_RUNS, help="timed runs of the grid")
    parser.add_argument("--child", choices=("paint", "floor"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args.child)

    from generate import cached
    from run import default_cache, print_context, print_load

    database, reused = cached(args.cache or default_cache(), args.size, args.seed)
    with tempfile.TemporaryDirectory(prefix="narrativ-bench-") as scratch:
        copy = prepared_copy(database, Path(scratch))
        print_context(copy, reused)
        paint, from_start, memory = first_paint(copy, args.processes)
        warm = open_warm(copy)
        try:
            typing = search_typing(warm)
            grid = seen_grid_figure(warm, copy, args.runs)
        finally:
            close_warm(warm)
    figures = [paint, from_start, *typing, grid, memory]
    print_load("after", own=1.0)
    print()
    print_figures(figures)
    write_figures(figures, args.json)
    print(f"\nresults written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
