"""Time the everyday operations on a large database, each beside a hand-written floor.

    python tests/benchmarks/run.py --size 100000 --json bench-results.json

Every operation runs through the real services; its *floor* does the same work with the raw
``sqlcipher3`` driver and hand-written SQL (same statements, same columns, same Python result
objects, same audit rows and commits). The ratio service/floor is what the layers above the
driver cost. Targets are reported, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from generate import BenchDatabase, cached

from narrativ.services.listing import OPENING_CHARS, group_newest
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narratives import create_narrative, get_narrative
from narrativ.services.permissions import require_write_in_group
from narrativ.services.search import search
from narrativ.services.snippets import snippet
from narrativ.services.views import CurrentUser, NarrativeSummary, SearchHit
from narrativ.services.workspace import Workspace, open_workspace, unlock
from narrativ.store.driver import raw_key_literal
from narrativ.store.engine import BUSY_TIMEOUT_SECONDS, CONNECTION_PRAGMAS
from narrativ.store.fts_query import fts5_query
from narrativ.store.models import new_key
from narrativ.store.search import ID_MASK
from narrativ.vault.keyfile import keyfile_path
from narrativ.vault.vault import OpenedSlot, Vault

DEFAULT_RUNS = 30
WARMUP_RUNS = 3
# Operations slower than this get fewer runs, so a whole run stays within minutes.
SLOW_MS = 100.0
SLOW_RUNS = 10
SEARCH_LIMIT = 200
LIST_LIMIT = 200
# Indexes into the generated groups: one to save into, another to list.
SAVE_GROUP = 3
LIST_GROUP = 4

Connection = sqlcipher3.Connection
Timed = Callable[[], tuple[float, Any]]


# -- the raw floor: the driver, the pragmas and hand-written SQL ----------------------------


def raw_connect(path: Path, key: bytes) -> Connection:
    """A connection prepared exactly as narrativ.store.engine prepares one."""
    connection = sqlcipher3.connect(
        str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False, isolation_level=None
    )
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma).fetchall()
    return connection


def utc_text() -> str:
    """A timestamp as SQLAlchemy stores a UTC datetime in SQLite."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw_audit(
    connection: Connection, user: CurrentUser, action: str, kind: str, key: str, **detail: object
) -> None:
    connection.execute(
        "INSERT INTO audit_event (at, actor_id, actor_name, action, object_type, object_key, "
        "detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (utc_text(), user.staff_id, user.name, action, kind, key, json.dumps(detail)),
    )


def one(connection: Connection, sql: str, *args: object) -> Any:
    row = connection.execute(sql, args).fetchone()
    if row is None:
        raise LookupError(sql)
    return row[0]


def raw_unlock(path: Path, key: bytes, slot_id: str) -> tuple[Connection, CurrentUser]:
    """Open, check the schema version, find the person, write the unlock audit row."""
    connection = raw_connect(path, key)
    connection.execute("BEGIN")
    one(connection, "SELECT version_num FROM alembic_version")
    staff_id, name, initials, role = connection.execute(
        "SELECT id, name, initials, role FROM staff WHERE key = ? AND active", (slot_id,)
    ).fetchone()
    groups = connection.execute("SELECT group_id FROM staff_group WHERE staff_id = ?", (staff_id,))
    user = CurrentUser(staff_id, slot_id, name, initials, role, frozenset(g for (g,) in groups))
    raw_audit(connection, user, "unlock", "staff", slot_id)
    connection.execute("COMMIT")
    return connection, user


NARRATIVE_INSERT = (
    "INSERT INTO narrative (key, institution_id, occurred_on, part_of_day, context, group_id, "
    "author_id, story, reflection, next_steps, story_type, status, created_at, updated_at, "
    "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, 1)"
)


def raw_save(connection: Connection, user: CurrentUser, data: NarrativeInput) -> str:
    """create_narrative by hand: the same checks, look-ups, inserts and audit row."""
    data = data.cleaned(date.today())
    connection.execute("BEGIN")
    try:
        group_id = one(connection, "SELECT id FROM child_group WHERE key = ?", data.group)
        require_write_in_group(user, group_id)
        institution_id = one(
            connection, "SELECT institution_id FROM staff WHERE id = ?", user.staff_id
        )
        relations = [
            one(connection, "SELECT id FROM relation_tag WHERE code = ?", c) for c in data.relations
        ]
        themes = [one(connection, "SELECT id FROM theme WHERE name = ?", t) for t in data.themes]
        roles = {
            one(connection, "SELECT id FROM child WHERE key = ?", k): "focus" for k in data.focus
        }
        roles |= {
            one(connection, "SELECT id FROM child WHERE key = ?", k): "present"
            for k in data.present
        }
        key, now = new_key("n"), utc_text()
        narrative_id = connection.execute(
            NARRATIVE_INSERT,
            (
                key, institution_id, data.occurred_on.isoformat(), data.part_of_day, data.context,
                group_id, user.staff_id, data.story, data.reflection, data.next_steps,
                data.story_type, now, now,
            ),
        ).lastrowid  # fmt: skip
        connection.executemany(
            "INSERT INTO narrative_child (narrative_id, child_id, role) VALUES (?, ?, ?)",
            [(narrative_id, child, role) for child, role in roles.items()],
        )
        connection.executemany(
            "INSERT INTO narrative_theme (narrative_id, theme_id) VALUES (?, ?)",
            [(narrative_id, theme) for theme in themes],
        )
        connection.executemany(
            "INSERT INTO narrative_relation (narrative_id, relation_id) VALUES (?, ?)",
            [(narrative_id, relation) for relation in relations],
        )
        raw_audit(connection, user, "narrative.create", "narrative", key)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return key


SEARCH_SQL = (
    "SELECT n.id, n.key, n.occurred_on, g.name, n.story, n.reflection, n.next_steps "  # noqa: S608
    "FROM narrative_fts f "
    f"JOIN narrative n ON n.id = (f.rowid & {ID_MASK}) "
    "JOIN child_group g ON g.id = n.group_id "
    "WHERE narrative_fts MATCH ? ORDER BY {order} LIMIT ?"
)
# FTS5 hands out rowids (days << 32 | id) in order: newest first without a sort.
INDEXED_ORDER = "f.rowid DESC"
# The obvious way: every match is joined and sorted before the first row comes out.
NAIVE_ORDER = "n.occurred_on DESC, n.id DESC"
FOCUS_SQL = (
    "SELECT nc.narrative_id, c.first_name, c.last_initial "
    "FROM narrative_child nc JOIN child c ON c.id = nc.child_id "
    "WHERE nc.narrative_id IN ({marks}) AND nc.role = 'focus' ORDER BY c.first_name"
)


def raw_focus_names(connection: Connection, ids: Sequence[int]) -> dict[int, list[str]]:
    focus: dict[int, list[str]] = defaultdict(list)
    if ids:
        marks = ", ".join("?" * len(ids))
        for narrative_id, first, initial in connection.execute(
            FOCUS_SQL.format(marks=marks), tuple(ids)
        ):
            focus[narrative_id].append(f"{first} {initial}." if initial else first)
    return focus


def raw_search(
    connection: Connection, user: CurrentUser, query: str, order: str = INDEXED_ORDER
) -> list[SearchHit]:
    """search() for a leader by hand: one joined FTS query, the focus names, the audit row."""
    match = fts5_query(query)
    connection.execute("BEGIN")
    rows = connection.execute(SEARCH_SQL.format(order=order), (match, SEARCH_LIMIT)).fetchall()
    raw_audit(connection, user, "search", "narrative", "", query=query, hits=len(rows))
    focus = raw_focus_names(connection, [row[0] for row in rows])
    connection.execute("COMMIT")
    return [
        SearchHit(
            key=key,
            date=date.fromisoformat(occurred_on),
            group=group,
            focus=tuple(focus[narrative_id]),
            snippet=snippet([story, reflection, next_steps], query),
        )
        for narrative_id, key, occurred_on, group, story, reflection, next_steps in rows
    ]


GROUP_NEWEST_SQL = (
    "SELECT n.id, n.key, n.occurred_on, g.name, s.name, n.status, substr(n.story, 1, ?) "
    "FROM narrative n JOIN child_group g ON g.id = n.group_id "
    "JOIN staff s ON s.id = n.author_id "
    "WHERE n.group_id = ? ORDER BY n.occurred_on DESC, n.id DESC LIMIT ?"
)


def raw_group_newest(connection: Connection, group_key: str) -> list[NarrativeSummary]:
    """group_newest() for a leader (who sees everything) by hand."""
    connection.execute("BEGIN")
    group_id = one(connection, "SELECT id FROM child_group WHERE key = ?", group_key)
    rows = connection.execute(GROUP_NEWEST_SQL, (OPENING_CHARS, group_id, LIST_LIMIT)).fetchall()
    focus = raw_focus_names(connection, [row[0] for row in rows])
    connection.execute("COMMIT")
    return [
        NarrativeSummary(
            key=key,
            occurred_on=date.fromisoformat(occurred_on),
            group=group,
            author=author,
            status=status,
            focus=tuple(focus[narrative_id]),
            opening=" ".join(opening.split()),
        )
        for narrative_id, key, occurred_on, group, author, status, opening in rows
    ]


# -- measuring ------------------------------------------------------------------------------


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    """Milliseconds of one call, and its result."""
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


@dataclass(frozen=True)
class Case:
    """One operation: the service and its floor, each returning (ms, result)."""

    name: str
    service: Timed
    floor: Timed
    target_ms: float | None = None
    max_ratio: float | None = None
    note: str = ""
    # Compares one service result with one floor result; None when they cannot be equal.
    same: Callable[[Any, Any], bool] | None = None


@dataclass(frozen=True)
class Outcome:
    case: Case
    value: float
    floor: float
    runs: int
    equivalent: bool | None

    @property
    def ratio(self) -> float:
        return self.value / self.floor

    @property
    def verdict(self) -> str:
        """PASS, FAIL with what was missed, or "-" for figures without a target."""
        target_ms, max_ratio = self.case.target_ms, self.case.max_ratio
        if target_ms is None and max_ratio is None:
            return "-"
        missed = [
            what
            for what, limit, figure in (
                ("time", target_ms, self.value),
                ("ratio", max_ratio, self.ratio),
            )
            if limit is not None and figure > limit
        ]
        return f"FAIL ({', '.join(missed)})" if missed else "PASS"


def measure(case: Case, runs: int) -> Outcome:
    """Median of ``runs`` calls each, service and floor taking turns to go first."""
    print(f"measuring {case.name} …", file=sys.stderr, flush=True)
    _, service_result = case.service()
    _, floor_result = case.floor()
    equivalent = None if case.same is None else case.same(service_result, floor_result)
    warm_ms = []
    for _ in range(WARMUP_RUNS):
        warm_ms.append(case.service()[0])
        case.floor()
    if statistics.median(warm_ms) > SLOW_MS:
        runs = min(runs, SLOW_RUNS)
    service_ms: list[float] = []
    floor_ms: list[float] = []
    for index in range(runs):
        pair = [(case.service, service_ms), (case.floor, floor_ms)]
        for call, samples in pair if index % 2 == 0 else reversed(pair):
            gc.collect()
            samples.append(call()[0])
    return Outcome(
        case, statistics.median(service_ms), statistics.median(floor_ms), runs, equivalent
    )


# -- the cases ------------------------------------------------------------------------------


@dataclass
class OpenDatabase:
    """Everything open for the cases after unlock: workspaces and the floor's connection."""

    database: BenchDatabase
    leader: Workspace
    educator: Workspace
    raw: Connection

    def close(self) -> None:
        self.raw.close()
        self.educator.lock()
        self.leader.lock()


def unlock_case(database: BenchDatabase) -> Case:
    """Everything of unlocking after Argon2id; the key derivation runs before either timer."""
    vault = Vault(database.path)

    def opened_slot() -> OpenedSlot:
        return vault.open_with_password(database.leader, database.leader_password)

    def service() -> tuple[float, Any]:
        opened = opened_slot()
        ms, ws = timed(lambda: open_workspace(vault, opened))
        ws.lock()
        return ms, ws.user

    def floor() -> tuple[float, Any]:
        opened = opened_slot()
        ms, (connection, user) = timed(
            lambda: raw_unlock(database.path, opened.database_keys[0], opened.slot_id)
        )
        connection.close()
        return ms, user

    return Case("unlock_open", service, floor, target_ms=50, same=lambda a, b: a == b)


def narrative_input(database: BenchDatabase) -> NarrativeInput:
    """What save_narrative stores: in SAVE_GROUP, not the listed group, and without the
    search word, so the saved rows change neither the search nor the listing results.
    """
    group = database.groups[SAVE_GROUP]
    return NarrativeInput(
        occurred_on=date.today(),
        group=group.key,
        part_of_day="formiddag",
        context="legeplads",
        story=(
            "Ida og Noah byggede en bane af brædder på legepladsen. Ida bar de tunge brædder, "
            "og Noah fandt på, hvor de skulle ligge. De byggede videre hele formiddagen."
        ),
        reflection="Ida tager ansvar og lader Noah bestemme med.",
        next_steps="Vi giver dem et fælles projekt i værkstedet.",
        focus=[group.child_keys[0]],
        present=[group.child_keys[1]],
        relations=["barn-barn"],
        themes=["social udvikling", "krop, sanser og bevægelse"],
    )


def same_narrative(live: OpenDatabase) -> Callable[[str, str], bool]:
    """The floor's row reads back like the service's one, apart from key and timestamps."""

    def same(service_key: str, floor_key: str) -> bool:
        views = [get_narrative(live.leader, key) for key in (service_key, floor_key)]
        at = datetime(2000, 1, 1, tzinfo=UTC)
        plain = [replace(v, key="", created_at=at, updated_at=at) for v in views]
        return plain[0] == plain[1]

    return same


def save_case(live: OpenDatabase) -> Case:
    data = narrative_input(live.database)
    user = live.educator.user
    return Case(
        "save_narrative",
        lambda: timed(lambda: create_narrative(live.educator, data)),
        lambda: timed(lambda: raw_save(live.raw, user, data)),
        target_ms=5,
        note="as an educator: 2 children, 2 themes, 1 relation",
        same=same_narrative(live),
    )


def search_case(live: OpenDatabase) -> Case:
    word, user = live.database.common_word, live.leader.user
    return Case(
        "search_common_200",
        lambda: timed(lambda: search(live.leader, word, limit=SEARCH_LIMIT)),
        lambda: timed(lambda: raw_search(live.raw, user, word)),
        target_ms=25,
        max_ratio=1.5,
        note=f'as the leader: "{word}"',
        same=lambda a, b: a == b,
    )


def naive_search_case(live: OpenDatabase) -> Case:
    """Not a service: the naive SQL against the indexed floor, for the design's claim."""
    word, user = live.database.common_word, live.leader.user
    return Case(
        "search_naive_join_200",
        lambda: timed(lambda: raw_search(live.raw, user, word, NAIVE_ORDER)),
        lambda: timed(lambda: raw_search(live.raw, user, word)),
        note="raw SQL, ORDER BY date after the join; floor = indexed order (claim: ≈5×)",
        same=lambda a, b: a == b,
    )


def group_case(live: OpenDatabase) -> Case:
    group = live.database.groups[LIST_GROUP]
    return Case(
        "group_newest_200",
        lambda: timed(lambda: group_newest(live.leader, group.key, limit=LIST_LIMIT)),
        lambda: timed(lambda: raw_group_newest(live.raw, group.key)),
        target_ms=5,
        note=f"as the leader: {group.name}",
        same=lambda a, b: a == b,
    )


def open_database(database: BenchDatabase) -> OpenDatabase:
    leader = unlock(database.path, database.leader, database.leader_password)
    educator_name = database.groups[SAVE_GROUP].educators[0]
    educator = unlock(database.path, educator_name, database.educator_password)
    return OpenDatabase(
        database, leader, educator, raw_connect(database.path, leader.store.database_key)
    )


# -- reporting ------------------------------------------------------------------------------


def target_text(case: Case) -> str:
    parts = []
    if case.target_ms is not None:
        parts.append(f"≤ {case.target_ms:g} ms")
    if case.max_ratio is not None:
        parts.append(f"ratio ≤ {case.max_ratio:g}")
    return ", ".join(parts) or "info"


def print_table(outcomes: Sequence[Outcome]) -> None:
    header = (
        f"{'operation':<24}{'median':>10}{'floor':>10}{'ratio':>8}  {'target':<24}"
        f"{'result':<20}runs"
    )
    print(header)
    print("-" * len(header))
    for o in outcomes:
        print(
            f"{o.case.name:<24}{o.value:>8.2f}ms{o.floor:>8.2f}ms{o.ratio:>8.2f}  "
            f"{target_text(o.case):<24}{o.verdict:<20}{o.runs}"
        )
    print()
    for o in outcomes:
        check = {True: "", False: "  [floor result DIFFERS from the service's]", None: ""}
        print(f"  {o.case.name}: {o.case.note or '-'}{check[o.equivalent]}")


def write_json(outcomes: Sequence[Outcome], target: Path) -> None:
    rows = [
        {
            "name": o.case.name,
            "value": round(o.value, 3),
            "unit": "ms",
            "floor": round(o.floor, 3),
            "ratio": round(o.ratio, 3),
        }
        for o in outcomes
    ]
    target.write_text(json.dumps(rows, indent=2) + "\n")


def print_context(database: BenchDatabase, reused: bool) -> None:
    opened = Vault(database.path).open_with_password(database.leader, database.leader_password)
    raw = raw_connect(database.path, opened.database_keys[0])
    try:
        narratives = one(raw, "SELECT count(*) FROM narrative")
        match = fts5_query(database.common_word)
        hits = one(raw, "SELECT count(*) FROM narrative_fts WHERE narrative_fts MATCH ?", match)
        versions = one(raw, "SELECT sqlite_version()"), one(raw, "PRAGMA cipher_version")
    finally:
        raw.close()
    megabytes = database.path.stat().st_size / 1e6
    origin = "reused from the cache" if reused else "built now"
    print(f"database: {narratives} narratives, {megabytes:.1f} MB on disk ({origin})")
    print(f"generation time: {database.generation_seconds:.1f} s")
    print(
        f'common word "{database.common_word}": {hits} matching narratives '
        f"({hits / narratives:.0%})"
    )
    print(f"SQLite {versions[0]}, SQLCipher {versions[1]}, Python {sys.version.split()[0]}")
    print_load("before")


def print_load(label: str, own: float = 0.0) -> None:
    """Timings on a busy machine are not comparable; say how busy it was.

    ``own`` is this run's share of the load average (about 1 after a minute of timing).
    """
    load, cpus = os.getloadavg()[0], os.cpu_count() or 1
    busy = load - own > cpus / 2
    warning = "  (other programs busy: figures are inflated)" if busy else ""
    print(f"{label}: load average {load:.2f} over 1 min on {cpus} CPUs{warning}")


# -- the run --------------------------------------------------------------------------------


def working_copy(database: BenchDatabase, folder: Path) -> BenchDatabase:
    """The cached database stays as generated: every run writes to its own copy."""
    target = folder / database.path.name
    shutil.copy2(database.path, target)
    shutil.copy2(keyfile_path(database.path), keyfile_path(target))
    return replace(database, path=target)


def run_all(database: BenchDatabase, runs: int) -> list[Outcome]:
    # Unlocking first, while no other connection holds the file open, as in the app.
    outcomes = [measure(unlock_case(database), runs)]
    live = open_database(database)
    try:
        for make in (save_case, search_case, naive_search_case, group_case):
            outcomes.append(measure(make(live), runs))
    finally:
        live.close()
    return outcomes


def default_cache() -> Path:
    return Path(tempfile.gettempdir()) / "narrativ-benchmarks"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="number of narratives")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--cache", type=Path, default=default_cache(), help="generated databases")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="timed runs per operation")
    args = parser.parse_args(argv)
    database, reused = cached(args.cache, args.size, args.seed)
    with tempfile.TemporaryDirectory(prefix="narrativ-bench-") as scratch:
        copy = working_copy(database, Path(scratch))
        print_context(copy, reused)
        outcomes = run_all(copy, args.runs)
    print_load("after", own=1.0)
    print()
    print_table(outcomes)
    write_json(outcomes, args.json)
    print(f"\nresults written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
