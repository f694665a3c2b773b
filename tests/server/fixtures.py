"""Fixtures for tests against a real PostgreSQL server (see :mod:`tests.server.cluster`).

Import them into a conftest: ``from tests.server.fixtures import *  # noqa: F403``.
A session-wide template database holds two institutions; each test gets its own copy
(``CREATE DATABASE … TEMPLATE``), so tests never see each other's writes.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import make_url

from narrativ.server.setup import add_staff, create_institution, setup_server
from narrativ.services.interchange import import_document
from narrativ.services.workspace import Workspace, acting_as, unlock_server
from tests.helpers.documents import (
    EDUCATOR_MUS,
    EDUCATOR_SPURVE,
    LEADER,
    LEADER_PASSWORD,
    PASSWORDS,
    small_document,
)
from tests.server.cluster import Cluster, shared_cluster, stop_shared_cluster

LOGINS = {LEADER: "hanne", EDUCATOR_SPURVE: "rikke", EDUCATOR_MUS: "bjoern"}
OTHER_HOUSE = "Vuggestuen Solsikken"
OTHER_LEADER = "Søren Solsikke"
OTHER_LOGIN = "soeren"
OTHER_PASSWORD = "sol-kode-12345"
_names = itertools.count()


def other_institution_document() -> dict[str, Any]:
    """The small document again with other keys and names: a second house on one server."""
    text = json.dumps(small_document(), ensure_ascii=False)
    for prefix in ('"g-', '"s-', '"c-', '"n-', '"p-'):
        text = text.replace(prefix, prefix + "sol-")
    doc = json.loads(text)
    for person in doc["staff"]:
        person["name"] = person["name"] + " Sol"
        person["initials"] = "S" + person["initials"]
    return copy.deepcopy(doc)


@dataclass
class ServerInstitution:
    """A copy of the template database; log in as any of the test staff."""

    cluster: Cluster
    database: str
    logins: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def address(self) -> str:
        """The address as staff type it: no user, no password."""
        return f"postgresql+psycopg://127.0.0.1:{self.cluster.port}/{self.database}"

    @property
    def admin_url(self) -> str:
        return self.cluster.url(self.database)

    def unlock(self, user: str = LEADER) -> Workspace:
        login, password = self.logins[user]
        return unlock_server(self.address, login, password)

    def conninfo(self, user: str) -> str:
        login, password = self.logins[user]
        return self.cluster.conninfo(self.database, login, password)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster, failure = shared_cluster()
    if cluster is None:
        pytest.skip(failure or "PostgreSQL is not available")
    yield cluster
    stop_shared_cluster()


def _logins() -> dict[str, tuple[str, str]]:
    logins = {name: (LOGINS[name], PASSWORDS[name]) for name in LOGINS}
    logins[OTHER_LEADER] = (OTHER_LOGIN, OTHER_PASSWORD)
    return logins


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> str:
    name = "narrativ_template"
    store = setup_server(make_url(pg_cluster.create_database(name)))
    try:
        first = create_institution(
            store, "Børnehuset Mælkebøtten", LEADER, "hanne", LEADER_PASSWORD
        )
        import_document(acting_as(store, first.staff_key), small_document())
        for person in (EDUCATOR_SPURVE, EDUCATOR_MUS):
            add_staff(store, person, LOGINS[person], PASSWORDS[person])
        second = create_institution(store, OTHER_HOUSE, OTHER_LEADER, OTHER_LOGIN, OTHER_PASSWORD)
        import_document(acting_as(store, second.staff_key), other_institution_document())
    finally:
        store.close()
    return name


@pytest.fixture
def server_institution(pg_cluster: Cluster, pg_template: str) -> ServerInstitution:
    return ServerInstitution(pg_cluster, _copy_database(pg_cluster, pg_template), _logins())


def ascii_login(initials: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
    return "demo_" + initials.lower().translate(table)


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster: Cluster) -> tuple[str, dict[str, tuple[str, str]]]:
    """The demo house (about 360 narratives) on the server, every staff member a login."""
    from narrativ.demo import build_demo_document
    from narrativ.services.demo import demo_password
    from tests.conftest import DEMO_TODAY

    document = build_demo_document(DEMO_TODAY)
    leader = next(s for s in document["staff"] if s["role"] == "leader")
    logins = {
        s["name"]: (ascii_login(s["initials"]), demo_password(s["initials"]))
        for s in document["staff"]
    }
    name = "narrativ_demo_template"
    store = setup_server(make_url(pg_cluster.create_database(name)))
    try:
        made = create_institution(
            store, document["institution"]["name"], leader["name"], *logins[leader["name"]]
        )
        import_document(acting_as(store, made.staff_key), document)
        for person in document["staff"]:
            if person is not leader:
                add_staff(store, person["name"], *logins[person["name"]])
    finally:
        store.close()
    return name, logins


def _copy_database(cluster: Cluster, template: str) -> str:
    import psycopg

    name = f"narrativ_test_{next(_names)}"
    admin = cluster.conninfo("postgres", "narrativ_admin", cluster.admin_password)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


@pytest.fixture
def server_demo(
    pg_cluster: Cluster, pg_demo_template: tuple[str, dict[str, tuple[str, str]]]
) -> ServerInstitution:
    template, logins = pg_demo_template
    return ServerInstitution(pg_cluster, _copy_database(pg_cluster, template), dict(logins))


@pytest.fixture
def server_leader(server_institution: ServerInstitution) -> Iterator[Workspace]:
    ws = server_institution.unlock(LEADER)
    yield ws
    ws.lock()
