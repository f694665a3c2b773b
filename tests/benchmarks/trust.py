"""Time the integrity checks, a backup and a restore on a large database, beside floors.

    python tests/benchmarks/trust.py --size 100000 --json trust-results.json

- ``integrity_open_100k``: ``check_at_open(ws)``, the check the app runs at open: every
  page compared with the record of the last full check; floor: reading the file in the
  same 1 MiB pieces, nothing else. Target ≤ 0.5 s.
- ``integrity_full_100k``: ``check_fully(ws)``, the full check the app runs right after,
  in the background (``PRAGMA quick_check`` and ``PRAGMA cipher_integrity_check``, then
  the record); floor: the same two PRAGMAs on a raw ``sqlcipher3`` connection.
- ``backup_100k``: ``backup_now`` into an empty folder; floor: ``shutil.copyfile`` of the
  database, a plain copy of a file of that size.
- ``restore_100k``: ``restore`` from that backup over the database; floor:
  ``shutil.copyfile`` of the backup.
- ``backup_100k_size``: the backup's size beside the database's.

Every run works on copies in a temporary folder. Targets are reported, never asserted.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from generate import BenchDatabase, cached
from run import default_cache, print_context, print_load, raw_connect
from team_view import Figure, prepared_copy, print_figures, size_label, write_figures

from narrativ.services.backups import (
    backup_now,
    check_at_open,
    check_fully,
    fingerprint,
    restore,
)
from narrativ.services.workspace import Workspace, unlock
from narrativ.store.integrity import CHUNK_PAGES, record_path
from narrativ.store.store import sidecar_files
from narrativ.vault.keyfile import keyfile_path
from narrativ.vault.vault import Vault

CHECK_RUNS = 5
COPY_RUNS = 3
CHECK_TARGET_S = 0.5

T = TypeVar("T")
U = TypeVar("U")


def seconds(call: Callable[[], T]) -> tuple[float, T]:
    """Seconds of one call, and its result."""
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def in_turns(index: int, service: Callable[[], T], floor: Callable[[], U]) -> tuple[T, U]:
    """Both calls, the service first on even runs: drift in the machine hits both alike."""
    if index % 2:
        floor_result = floor()
        return service(), floor_result
    service_result = service()
    return service_result, floor()


def remove_database(path: Path) -> None:
    """A database with everything that belongs to it: key file and SQLite's side files."""
    for file in (path, keyfile_path(path), *sidecar_files(path)):
        file.unlink(missing_ok=True)


# -- integrity checks ------------------------------------------------------------------------


def raw_check(connection: Any, parts: list[tuple[float, float]]) -> list[str]:
    """integrity_problems by hand; appends the time of each PRAGMA to ``parts``."""
    problems: list[str] = []
    quick_s, quick = seconds(lambda: [row[0] for row in connection.execute("PRAGMA quick_check")])
    if quick != ["ok"]:
        problems.extend(f"quick_check: {line}" for line in quick)
    cipher_s, cipher = seconds(
        lambda: [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
    )
    problems.extend(f"cipher_integrity_check: {line}" for line in cipher)
    parts.append((quick_s, cipher_s))
    return problems


def read_file(path: Path, page_size: int = 4096) -> int:
    """The floor of the check at open: every byte of the file read, 1 MiB at a time."""
    buffer = bytearray(page_size * CHUNK_PAGES)
    total = 0
    with open(path, "rb", buffering=0) as file:
        while got := file.readinto(buffer):
            total += got
    return total


def open_figure(ws: Workspace, database: BenchDatabase, runs: int) -> Figure:
    print("measuring the integrity check at open …", file=sys.stderr, flush=True)
    record_path(database.path).unlink(missing_ok=True)
    first_s, first = seconds(lambda: check_at_open(ws))
    assert first is not None
    check_fully(ws, first.marks)  # the record the next opens compare with
    service: list[float] = []
    floor: list[float] = []
    result = first
    for index in range(runs):
        (service_s, result), (floor_s, _) = in_turns(
            index,
            functools.partial(seconds, lambda: check_at_open(ws)),
            functools.partial(seconds, functools.partial(read_file, database.path)),
        )
        service.append(service_s)
        floor.append(floor_s)
    assert result is not None
    return Figure(
        f"integrity_open_{size_label(database.size)}",
        statistics.median(service),
        statistics.median(floor),
        "s",
        runs,
        target=CHECK_TARGET_S,
        note=(
            f"{result.unchanged_pages} of {result.unchanged_pages + result.changed_pages} "
            f"pages as the full check left them; without a record {first_s:.2f} s"
        ),
        equivalent=result.problems == [],
    )


def integrity_figure(ws: Workspace, database: BenchDatabase, runs: int) -> Figure:
    print("measuring the full integrity check …", file=sys.stderr, flush=True)
    raw = raw_connect(database.path, ws.store.database_key)
    parts: list[tuple[float, float]] = []
    try:
        # One untimed run each: the first connection of the pool and the file's pages in
        # the operating system's cache, for both alike.
        service_result = check_fully(ws)
        floor_result = raw_check(raw, [])
        service: list[float] = []
        floor: list[float] = []
        for index in range(runs):
            (service_s, _), (floor_s, _) = in_turns(
                index,
                functools.partial(seconds, functools.partial(check_fully, ws)),
                functools.partial(seconds, functools.partial(raw_check, raw, parts)),
            )
            service.append(service_s)
            floor.append(floor_s)
    finally:
        raw.close()
    quick = statistics.median(q for q, _ in parts)
    cipher = statistics.median(c for _, c in parts)
    megabytes = database.path.stat().st_size / 1e6
    return Figure(
        f"integrity_full_{size_label(database.size)}",
        statistics.median(service),
        statistics.median(floor),
        "s",
        runs,
        note=(
            f"in the background after the check at open; {megabytes:.0f} MB; in the floor "
            f"quick_check {quick:.2f} s, cipher_integrity_check {cipher:.2f} s"
        ),
        equivalent=service_result == floor_result,
    )


# -- backup and restore ----------------------------------------------------------------------


def plain_copy(source: Path, scratch: Path) -> float:
    """The floor: seconds of a plain copy of ``source`` (no fsync), removed again."""
    target = scratch / "plain-copy.db"
    elapsed, _ = seconds(lambda: shutil.copyfile(source, target))
    target.unlink()
    return elapsed


def copy_figures(database: BenchDatabase, scratch: Path, runs: int) -> list[Figure]:
    print("measuring backup and restore …", file=sys.stderr, flush=True)
    leader, password = database.leader, database.leader_password
    backup_s: list[float] = []
    backup_floor: list[float] = []
    restore_s: list[float] = []
    restore_floor: list[float] = []
    sizes: list[int] = []
    # Before the first restore puts a backup in its place.
    database_size = database.path.stat().st_size
    same = True
    for index in range(runs):
        folder = scratch / f"backups-{index}"
        ws = unlock(database.path, leader, password)
        try:
            (elapsed, backup), floor_s = in_turns(
                index,
                functools.partial(seconds, functools.partial(backup_now, ws, folder)),
                functools.partial(plain_copy, database.path, scratch),
            )
            backup_s.append(elapsed)
            backup_floor.append(floor_s)
            expected = fingerprint(ws.store)
        finally:
            ws.lock()
        sizes.append(backup.stat().st_size)
        (elapsed, restored), floor_s = in_turns(
            index,
            functools.partial(
                seconds, functools.partial(restore, database.path, backup, leader, password)
            ),
            functools.partial(plain_copy, backup, scratch),
        )
        restore_s.append(elapsed)
        restore_floor.append(floor_s)
        # The data restored is the data backed up (restore compares it too).
        same = same and restored.fingerprint == expected
        if restored.kept_copy is not None:
            remove_database(restored.kept_copy)
        shutil.rmtree(folder)
    parts = restore_parts(database)
    label = size_label(database.size)
    backup_mb, database_mb = statistics.median(sizes) / 1e6, database_size / 1e6
    return [
        Figure(
            f"backup_{label}",
            statistics.median(backup_s),
            statistics.median(backup_floor),
            "s",
            runs,
            note=(
                f"backup_now: sqlcipher_export into a new encrypted file "
                f"({backup_mb:.1f} MB) and the key file; floor: copyfile of the "
                f"{database_mb:.1f} MB database (no fsync)"
            ),
        ),
        Figure(
            f"restore_{label}",
            statistics.median(restore_s),
            statistics.median(restore_floor),
            "s",
            runs,
            note=f"restore from that backup: {parts}; floor: copyfile of the backup",
            equivalent=same,
        ),
        Figure(
            f"backup_{label}_size",
            backup_mb,
            database_mb,
            "MB",
            runs,
            note="the backup file; floor column: the database it was made from",
        ),
    ]


def restore_parts(database: BenchDatabase) -> str:
    """What restore does besides copying, timed once each, to read its figure by."""
    argon_s, opened = seconds(
        lambda: Vault(database.path).open_with_password(database.leader, database.leader_password)
    )
    del opened
    ws = unlock(database.path, database.leader, database.leader_password)
    try:
        check_s, _ = seconds(ws.store.check)
        print_s, _ = seconds(lambda: fingerprint(ws.store))
    finally:
        ws.lock()
    return (
        f"staged copy with fsync, Argon2id once ({argon_s:.2f} s), Store.check "
        f"{check_s:.2f} s, fingerprint {print_s:.2f} s, after the swap the row counts"
    )


# -- the run -----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="number of narratives")
    parser.add_argument("--json", type=Path, default=Path("trust-results.json"))
    parser.add_argument("--cache", type=Path, default=default_cache(), help="generated databases")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=CHECK_RUNS, help="timed integrity checks")
    parser.add_argument("--copies", type=int, default=COPY_RUNS, help="backups and restores")
    args = parser.parse_args(argv)
    database, reused = cached(args.cache, args.size, args.seed)
    with tempfile.TemporaryDirectory(prefix="narrativ-bench-") as folder:
        scratch = Path(folder)
        copy = prepared_copy(database, scratch)
        print_context(copy, reused)
        ws = unlock(copy.path, copy.leader, copy.leader_password)
        try:
            figures = [
                open_figure(ws, copy, max(args.runs, 10)),
                integrity_figure(ws, copy, args.runs),
            ]
        finally:
            ws.lock()
        figures += copy_figures(copy, scratch, args.copies)
    print_load("after", own=1.0)
    print()
    print_figures(figures)
    write_figures(figures, args.json)
    print(f"\nresults written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
