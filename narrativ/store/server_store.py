"""One open PostgreSQL database: the same sessions as the file store, over the network.

Write units of work run in READ COMMITTED: every write that must not be lost is a
compare-and-set (the narrative version) or guarded by a unique key, and PostgreSQL
re-checks a concurrent UPDATE's WHERE clause after the other writer commits, so of two
saves from the same version exactly one wins. Read units of work are REPEATABLE READ and
read-only: one consistent snapshot, as on the file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from narrativ.errors import NotPermitted
from narrativ.store import migrate
from narrativ.store.models import Base
from narrativ.store.server_errors import ServerNotReady, translate_server_errors
from narrativ.store.server_url import display, local_folder
from narrativ.store.store import StoreClosed

CONNECT_TIMEOUT_SECONDS = 10
# A save that waits longer than this for a colleague's lock is refused rather than hanging.
LOCK_TIMEOUT = "10s"
# The one table every house in the database shares: the method's four relations. All
# others hold one institution's rows (theme also the six common themes) and must be behind
# row policies (migrations 0008 and 0009).
SHARED_TABLES = frozenset({"relation_tag"})
AUDIT_TRIGGERS = ("audit_event_no_update", "audit_event_no_delete", "audit_event_no_truncate")
# What ``check`` looks at, for the person who asked (``narrativ check --server``).
CHECKED = (
    "skemaet er på nyeste version ({head}), rækkereglerne er slået til på alle {tables} "
    "tabeller med institutionsdata, og logningen afviser UPDATE, DELETE og TRUNCATE"
)


def staff_with_login(session: Session) -> frozenset[int] | None:
    """The staff ids of the signed-in leader's house that have a login on the server
    (migration 0010); None for anyone else, who may not know."""
    if not session.scalar(text("SELECT narrativ_is_leader()")):
        return None
    return frozenset(session.scalars(text("SELECT narrativ_staff_with_login()")))


def protected_tables() -> list[str]:
    return sorted((set(Base.metadata.tables) - SHARED_TABLES) | {"staff_login"})


class ServerStore:
    """The open server database. Build it with :func:`open_server_store`."""

    dialect = "postgresql"

    def __init__(self, url: URL) -> None:
        self.url = url
        self.path: Path = local_folder(url) / "server.narrativ"
        self._closed = False
        self.engine: Engine = create_engine(
            url,
            pool_size=4,
            max_overflow=4,
            pool_pre_ping=True,
            connect_args={
                "connect_timeout": CONNECT_TIMEOUT_SECONDS,
                "application_name": "narrativ",
                "options": f"-c lock_timeout={LOCK_TIMEOUT}",
            },
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        reader = self.engine.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        self._readers = sessionmaker(reader, expire_on_commit=False)

    @property
    def address(self) -> str:
        return display(self.url)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        self._require_open()
        with translate_server_errors(), self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        self._require_open()
        with translate_server_errors(), self._readers.begin() as session:
            yield session

    def _require_open(self) -> None:
        if self._closed:
            raise StoreClosed("Narrativ er låst. Lås op igen for at fortsætte.")

    def check(self) -> list[str]:
        """What the server promises beyond keeping its pages whole (PostgreSQL's own job):
        the schema is current, every table with a house's rows is behind row policies, and
        the audit log's triggers that refuse UPDATE, DELETE and TRUNCATE are in place and on.

        Read from the catalogs only, which any staff login may read; nothing is written.
        """
        self._require_open()
        with translate_server_errors(), self.engine.connect() as connection:
            revision = migrate.current_revision(connection)
            if revision != migrate.HEAD_REVISION:
                return [f"skemaversion {revision}, forventet {migrate.HEAD_REVISION}"]
            return _row_policy_problems(connection) + _audit_problems(connection)

    @staticmethod
    def checked() -> str:
        return CHECKED.format(head=migrate.HEAD_REVISION, tables=len(protected_tables()))

    def copy_to(self, target: Path) -> Path:
        raise NotPermitted(
            "Databasen ligger på institutionsserveren; sikkerhedskopier tages dér af "
            "kommunens it-afdeling (fx med pg_dump)."
        )

    def rekey(self, new_key: bytes) -> None:
        raise NotPermitted("Databasen på serveren har ingen nøglefil at skifte.")

    @property
    def database_key(self) -> bytes:
        raise NotPermitted("Databasen på serveren har ingen nøglefil.")

    def close(self) -> None:
        self._closed = True
        self.engine.dispose()


def _row_policy_problems(connection: Connection) -> list[str]:
    tables = protected_tables()
    rows = connection.execute(
        text(
            "SELECT c.relname, c.relrowsecurity, "
            "(SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY(:t)"
        ),
        {"t": tables},
    )
    found = {name: (bool(on), int(policies)) for name, on, policies in rows}
    problems = []
    for table in tables:
        on, policies = found.get(table, (False, 0))
        if table not in found:
            problems.append(f"tabellen {table} findes ikke")
        elif not on:
            problems.append(f"rækkereglerne er slået fra på tabellen {table}")
        elif not policies:
            problems.append(f"tabellen {table} har ingen rækkeregler")
    return problems


def _audit_problems(connection: Connection) -> list[str]:
    # tgenabled 'D' is a disabled trigger; 'O', 'A' and 'R' fire.
    rows = connection.execute(
        text(
            "SELECT t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE c.relname = 'audit_event' AND NOT t.tgisinternal"
        )
    )
    enabled = {name: state != "D" for name, state in rows}
    problems = []
    for trigger in AUDIT_TRIGGERS:
        if trigger not in enabled:
            problems.append(f"logningen mangler udløseren {trigger}")
        elif not enabled[trigger]:
            problems.append(f"udløseren {trigger} på logningen er slået fra")
    return problems


def open_server_store(url: URL, *, upgrade: bool = False) -> ServerStore:
    """Connect and check the schema; with ``upgrade`` (the administrator) migrate it.

    Staff roles may not change the schema, so an outdated server is refused with a message
    for the administrator instead of being half-migrated by whoever opens it first.
    """
    store = ServerStore(url)
    try:
        with translate_server_errors():
            with store.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            behind = migrate.needs_upgrade(store.engine)
            if behind is not None:
                if not upgrade:
                    raise ServerNotReady(
                        "Databasen på serveren er ikke sat op til denne udgave af Narrativ. "
                        "Bed administratoren køre: narrativ server setup"
                    )
                migrate.upgrade(store.engine)
    except BaseException:
        store.close()
        raise
    return store
