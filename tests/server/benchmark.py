"""Benchmarks against a real PostgreSQL server (run on demand, never in the test suite).

    .venv/bin/python -m tests.server.benchmark --narratives 1000000 --institutions 20 \\
        --writers 20 --seconds 60

Starts a throwaway cluster (as the tests do), fills it with generated narratives spread
over the institutions (server-side generate_series, so filling is not what is measured),
then measures, as a leader's own login through Narrativ's search service:

- search, newest 200 for a common word and for a rare one (median of repeated runs);
- ``writers`` threads saving the same few narratives for ``seconds`` seconds from the
  version each last read: every save must either win with a version nobody else got or
  be told EditConflict, and each narrative's final text must be its last winner's.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import threading
import time
from collections import Counter
from datetime import date

from sqlalchemy import make_url, text

from narrativ.server.setup import add_staff, create_institution, setup_server
from narrativ.services import narratives
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narratives import EditConflict
from narrativ.services.search import search
from narrativ.services.workspace import Workspace, unlock_server
from tests.server.cluster import start_cluster

WORDS = [
    "sammen",
    "leg",
    "legede",
    "sandkassen",
    "borg",
    "vand",
    "byggede",
    "hjalp",
    "grinede",
    "sang",
    "samling",
    "maden",
    "frokost",
    "garderoben",
    "skoven",
    "turen",
    "snegl",
    "luppen",
    "puderne",
    "toppen",
    "kravlede",
    "hentede",
    "fandt",
    "delte",
    "viste",
    "fortalte",
    "spurgte",
    "lyttede",
    "ventede",
    "trøstede",
    "inviterede",
    "gyngen",
    "bolden",
    "tegnede",
    "malede",
    "klippede",
    "perler",
    "puslespil",
    "dukkerne",
    "bilerne",
    "togbanen",
    "regnvejr",
    "sne",
]
RARE = "vandpyt"
PASSWORD = "bench-kode-12345"


def fill(url: str, institutions: int, total: int) -> dict[str, float]:
    store = setup_server(make_url(url))
    timings: dict[str, float] = {}
    try:
        started = time.perf_counter()
        for i in range(institutions):
            create_institution(store, f"Hus {i:02d}", f"Leder {i:02d}", f"leder_{i:02d}", PASSWORD)
        with store.session() as session:
            session.execute(text(
                "INSERT INTO child_group (key, institution_id, name, age_band, active) "
                "SELECT 'g-' || i.id || '-' || n, i.id, 'Gruppe ' || n, 'børnehave', true "
                "FROM institution i, generate_series(1, 4) n"
            ))  # fmt: skip
            session.execute(text(
                "INSERT INTO staff (key, institution_id, name, initials, role, active, created_at) "
                "SELECT 's-' || i.id || '-e', i.id, 'Pædagog ' || i.id, 'P' || i.id, "
                "'educator', true, now() FROM institution i"
            ))  # fmt: skip
            session.execute(text(
                "INSERT INTO staff_group (staff_id, group_id) SELECT s.id, g.id FROM staff s "
                "JOIN child_group g ON g.institution_id = s.institution_id "
                "WHERE s.role = 'educator' AND g.name = 'Gruppe 1'"
            ))  # fmt: skip
            # Constants of this file only; nothing here comes from input.
            words = "ARRAY[" + ",".join(f"'{w}'" for w in WORDS) + "]"
            # Every story has ten words drawn at random; one in 2,000 mentions the rare word.
            session.execute(text(
                "INSERT INTO narrative (key, institution_id, occurred_on, part_of_day, context, "  # noqa: S608
                "group_id, author_id, story, reflection, next_steps, status, created_at, "
                "updated_at, version) "
                "SELECT 'n-' || n, g.institution_id, date '2020-01-01' + (n % 2500), "
                "'formiddag', 'leg', g.id, s.id, "
                f"(SELECT string_agg(({words})[1 + floor(random() * {len(WORDS)})::int], ' ') "
                f"FROM generate_series(1, 10) WHERE n > 0) "
                f"|| CASE WHEN n % 2000 = 0 THEN ' {RARE}' ELSE '' END, '', '', "
                "CASE WHEN n % 10 = 0 THEN 'draft' ELSE 'shared' END, now(), now(), 1 "
                "FROM generate_series(1, :total) n "
                "JOIN child_group g ON g.key = 'g-' || (1 + n % :inst) || '-' || (1 + n % 4) "
                "JOIN staff s ON s.key = 's-' || (1 + n % :inst) || '-e'"
            ), {"total": total, "inst": institutions})  # fmt: skip
        timings["fill_seconds"] = time.perf_counter() - started
        vacuum = store.engine.execution_options(isolation_level="AUTOCOMMIT")
        with vacuum.connect() as connection:
            connection.execute(text("VACUUM ANALYZE"))
        add_staff(store, "s-1-e", "paed_01", PASSWORD)
    finally:
        store.close()
    return timings


def median_ms(run, repeats: int = 15) -> float:  # type: ignore[no-untyped-def]
    run()  # warm
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def measure_search(address: str) -> dict[str, float]:
    leader = unlock_server(address, "leder_00", PASSWORD)
    educator = unlock_server(address, "paed_01", PASSWORD)
    try:
        hits = len(search(leader, "sammen", limit=200))
        return {
            "search_common_leader_ms": median_ms(lambda: search(leader, "sammen", limit=200)),
            "search_common_hits": hits,
            "search_rare_leader_ms": median_ms(lambda: search(leader, RARE, limit=200)),
            "search_two_words_educator_ms": median_ms(
                lambda: search(educator, "sand borg", limit=200)
            ),
        }
    finally:
        leader.lock()
        educator.lock()


def concurrent_writers(address: str, writers: int, seconds: float) -> dict[str, float]:
    owner = unlock_server(address, "paed_01", PASSWORD)
    keys = []
    for i in range(4):
        data = NarrativeInput(date(2025, 1, 2), "Gruppe 1", f"Start {i}.")
        keys.append(narratives.create_narrative(owner, data))
    owner.lock()
    workspaces: list[Workspace] = [
        unlock_server(address, "paed_01", PASSWORD) for _ in range(writers)
    ]
    start = threading.Barrier(writers)
    saved: dict[str, list[tuple[int, str]]] = {k: [] for k in keys}
    conflicts = Counter[str]()
    errors: list[str] = []
    lock = threading.Lock()
    deadline = [0.0]

    def write(index: int) -> None:
        ws, rng = workspaces[index], random.Random(index)
        start.wait()
        if index == 0:
            deadline[0] = time.monotonic() + seconds
        n = 0
        while deadline[0] == 0.0 or time.monotonic() < deadline[0]:
            key = rng.choice(keys)
            try:
                version = narratives.get_narrative(ws, key).version
                story = f"pc {index} gem {n}"
                new = narratives.update_narrative(
                    ws, key, NarrativeInput(date(2025, 1, 2), "Gruppe 1", story),
                    expected_version=version,
                )  # fmt: skip
            except EditConflict:
                with lock:
                    conflicts[key] += 1
            except Exception as error:  # counted and reported
                with lock:
                    errors.append(type(error).__name__)
            else:
                with lock:
                    saved[key].append((new, story))
            n += 1

    threads = [threading.Thread(target=write, args=(i,)) for i in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lost = 0
    for key in keys:
        final = narratives.get_narrative(workspaces[0], key)
        versions = [v for v, _ in saved[key]]
        if len(versions) != len(set(versions)):
            lost += len(versions) - len(set(versions))
        if saved[key] and (final.version, final.story) != max(saved[key]):
            lost += 1
        if final.version != 1 + len(saved[key]):
            lost += abs(final.version - 1 - len(saved[key]))
    for ws in workspaces:
        ws.lock()
    return {
        "writers": writers,
        "seconds": seconds,
        "saves": sum(len(v) for v in saved.values()),
        "conflicts_reported": sum(conflicts.values()),
        "errors": len(errors),
        "lost_updates": lost,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--narratives", type=int, default=100_000)
    parser.add_argument("--institutions", type=int, default=20)
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    cluster = start_cluster()
    try:
        url = cluster.create_database("narrativ_bench")
        address = f"postgresql+psycopg://127.0.0.1:{cluster.port}/narrativ_bench"
        results: dict[str, float] = {"narratives": args.narratives}
        results |= fill(url, args.institutions, args.narratives)
        results |= measure_search(address)
        results |= concurrent_writers(address, args.writers, args.seconds)
        print(json.dumps(results, indent=1))
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
