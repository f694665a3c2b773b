"""The server commands as an administrator types them, against a real PostgreSQL server."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import psycopg

from narrativ.services.search import search
from narrativ.services.workspace import unlock_server
from narrativ.vault.keyfile import keyfile_path
from tests.cli.test_cli import narrativ
from tests.conftest import Institution
from tests.helpers.documents import LEADER
from tests.server.cluster import Cluster

_numbers = itertools.count()
NEW_PASSWORD = "ny-server-kode-123"


def fresh_database(cluster: Cluster) -> tuple[str, str]:
    """(admin URL without password, the address staff use) of a new empty database."""
    name = f"narrativ_cli_{next(_numbers)}"
    cluster.create_database(name)
    admin = f"postgresql+psycopg://narrativ_admin@127.0.0.1:{cluster.port}/{name}"
    return admin, f"postgresql+psycopg://127.0.0.1:{cluster.port}/{name}"


def login_name(stem: str) -> str:
    return f"{stem}_{next(_numbers)}"  # login roles belong to the whole cluster


def fingerprint(database: Path) -> tuple[str, ...]:
    files = [database, keyfile_path(database), database.with_name(database.name + "-wal")]
    digests = [hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else "-" for f in files]
    return (*digests, str(database.stat().st_mtime_ns))


def test_setup_add_staff_and_work_on_the_server(pg_cluster: Cluster, tmp_path: Path) -> None:
    admin, address = fresh_database(pg_cluster)
    admin_env = {"NARRATIV_ADMIN_PASSWORD": pg_cluster.admin_password}
    leader, educator = login_name("leder"), login_name("paed")
    made = narrativ(
        "server", "setup", "--admin-url", admin, "--institution", "Børnehuset Kastanjen",
        "--leader", "Lone Leder", "--leader-login", leader,
        password=None, NARRATIV_NEW_PASSWORD=NEW_PASSWORD, **admin_env,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "Institutionen «Børnehuset Kastanjen» er oprettet." in made.stdout
    assert pg_cluster.admin_password not in made.stdout + made.stderr
    again = narrativ("server", "setup", "--admin-url", admin, password=None, **admin_env)
    assert again.returncode == 0, again.stderr  # running setup twice is safe

    added = narrativ(
        "server", "add-staff", "--admin-url", admin, "--staff", "Pia Pædagog",
        "--institution", "Børnehuset Kastanjen", "--role", "educator", "--login", educator,
        password=None, NARRATIV_NEW_PASSWORD=NEW_PASSWORD, **admin_env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert f"som «{educator}»" in added.stdout
    twice = narrativ(
        "server", "add-staff", "--admin-url", admin, "--staff", "Pia Pædagog",
        "--login", login_name("pia"),
        password=None, NARRATIV_NEW_PASSWORD=NEW_PASSWORD, **admin_env,
    )  # fmt: skip
    assert twice.returncode == 2 and "har allerede et login" in twice.stderr
    weak = narrativ(
        "server", "add-staff", "--admin-url", admin, "--staff", "Lone Leder",
        "--login", "Ikke Gyldig", password=None, NARRATIV_NEW_PASSWORD="kort", **admin_env,
    )  # fmt: skip
    assert weak.returncode == 2 and "Traceback" not in weak.stderr

    exported = narrativ(
        "export", "--server", address, "--user", leader, tmp_path / "ud.json",
        password=NEW_PASSWORD,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    document = json.loads((tmp_path / "ud.json").read_text(encoding="utf-8"))
    assert {s["name"] for s in document["staff"]} == {"Lone Leder", "Pia Pædagog"}
    found = narrativ(
        "search", "--server", address, "--user", educator, "sand", password=NEW_PASSWORD
    )
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout) == []


def test_bad_server_input_is_refused_in_danish(pg_cluster: Cluster) -> None:
    admin, address = fresh_database(pg_cluster)
    wrong = narrativ("server", "setup", "--admin-url", admin, password=None,
                     NARRATIV_ADMIN_PASSWORD="forkert")  # fmt: skip
    assert wrong.returncode == 2
    assert "afviste brugernavn eller adgangskode" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    not_ready = narrativ("search", "--server", address, "--user", "nogen", "sand",
                         password="en-kode-12345")  # fmt: skip
    assert not_ready.returncode == 2 and "Traceback" not in not_ready.stderr
    both = narrativ("search", "--server", address, "--db", "x.db", "--user", "a", "b")
    assert both.returncode == 2 and "enten --db eller --server" in both.stderr


def test_migrate_to_server_moves_verifies_and_leaves_the_file_as_it_was(
    pg_cluster: Cluster, institution: Institution
) -> None:
    admin, address = fresh_database(pg_cluster)
    before = fingerprint(institution.path)
    leader = login_name("hanne")
    moved = narrativ(
        "migrate-to-server", "--db", institution.path, "--user", LEADER, "--server", admin,
        "--leader-login", leader,
        NARRATIV_ADMIN_PASSWORD=pg_cluster.admin_password, NARRATIV_NEW_PASSWORD=NEW_PASSWORD,
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert "narratives       5" in moved.stdout
    assert "Databasefilen er uændret." in moved.stdout
    assert fingerprint(institution.path) == before

    on_file = institution.unlock()
    on_server = unlock_server(address, leader, NEW_PASSWORD)
    try:
        for query in ("Emil", "Åse", "snegl", "voldgraven"):
            assert [h.key for h in search(on_server, query)] == [
                h.key for h in search(on_file, query)
            ]
    finally:
        on_file.lock()
        on_server.lock()
    before = fingerprint(institution.path)  # unlocking the file above wrote to its log

    twice = narrativ(
        "migrate-to-server", "--db", institution.path, "--user", LEADER, "--server", admin,
        NARRATIV_ADMIN_PASSWORD=pg_cluster.admin_password,
    )  # fmt: skip
    assert twice.returncode == 2
    assert "findes allerede" in twice.stderr
    assert fingerprint(institution.path) == before


def test_migrate_with_a_wrong_password_changes_nothing(
    pg_cluster: Cluster, institution: Institution
) -> None:
    admin, _address = fresh_database(pg_cluster)
    before = fingerprint(institution.path)
    refused = narrativ(
        "migrate-to-server", "--db", institution.path, "--user", LEADER, "--server", admin,
        password="forkert-kode-1234", NARRATIV_ADMIN_PASSWORD=pg_cluster.admin_password,
    )  # fmt: skip
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert fingerprint(institution.path) == before
    database = admin.rsplit("/", 1)[1]
    with psycopg.connect(
        pg_cluster.conninfo(database, "narrativ_admin", pg_cluster.admin_password)
    ) as c:
        tables = c.execute(
            "SELECT count(*) FROM pg_tables WHERE tablename = 'narrative'"
        ).fetchone()
    assert tables == (0,)  # the server was not even set up
