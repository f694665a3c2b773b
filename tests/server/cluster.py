"""A throwaway PostgreSQL cluster for the tests: initdb in a temp folder, loopback only.

The cluster runs as an unprivileged user (``nobody`` when the tests run as root, since
PostgreSQL refuses to run as root), listens on 127.0.0.1 on a free port and is removed
when the test session ends. Without the server binaries the tests that need it skip with
:data:`HOW_TO_RUN`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.server.tls import TlsFiles, server_files

HOW_TO_RUN = (
    "PostgreSQL's server programs (initdb, pg_ctl) are not installed, so the tests against "
    "a PostgreSQL server are skipped. Install them (Debian/Ubuntu: apt-get install "
    "postgresql) or run `python3 packaging/bootstrap.py test`, which installs them; "
    "NARRATIV_PG_BINDIR may point at another bin folder."
)
ADMIN = "narrativ_admin"
UNPRIVILEGED_USER = "nobody"


def server_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    candidates: list[str] = []
    if os.environ.get("NARRATIV_PG_BINDIR"):
        candidates.append(os.environ["NARRATIV_PG_BINDIR"])
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    # Debian keeps the server programs out of PATH, one folder per major version.
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running cluster; :meth:`url` gives SQLAlchemy URLs for its databases."""

    bindir: Path
    folder: Path
    port: int
    admin_password: str
    run_as: str | None
    tls: TlsFiles | None = None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(
        self, database: str = "postgres", user: str = ADMIN, password: str | None = None
    ) -> str:
        secret = self.admin_password if password is None and user == ADMIN else password
        credentials = f"{user}:{secret}" if secret else user
        return f"postgresql+psycopg://{credentials}@127.0.0.1:{self.port}/{database}"

    def conninfo(self, database: str, user: str, password: str) -> str:
        """A plain libpq connection string, for tests that use psycopg directly."""
        return f"host=127.0.0.1 port={self.port} dbname={database} user={user} password={password}"

    def _command(self, *args: str | Path) -> list[str]:
        command = [str(a) for a in args]
        if self.run_as is None:
            return command
        return ["runuser", "-u", self.run_as, "--", *command]

    def _run(self, *args: str | Path) -> None:
        subprocess.run(self._command(*args), check=True, capture_output=True, cwd=self.folder)

    def start(self) -> None:
        password_file = self.folder / "pw"
        password_file.write_text(self.admin_password)
        self._own(password_file)
        self._run(
            self.bindir / "initdb",
            "-D", self.data, "-U", ADMIN, "--pwfile", password_file,
            "--auth-local=scram-sha-256", "--auth-host=scram-sha-256",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        password_file.unlink()
        # TLS on, with a certificate from a throwaway CA: clients that ask for
        # sslmode=verify-full and trust that CA get a verified, encrypted connection.
        self.tls = server_files(self.folder)
        for path in (self.tls.certificate, self.tls.key):
            self._own(path)
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
            "-c fsync=off -c full_page_writes=off -c max_connections=60 "
            f"-c ssl=on -c ssl_cert_file={self.tls.certificate} -c ssl_key_file={self.tls.key}"
        )
        self._run(
            self.bindir / "pg_ctl", "-D", self.data, "-l", self.folder / "log", "-w",
            "-o", options, "start",
        )  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def _own(self, path: Path) -> None:
        if self.run_as is not None:
            user = pwd.getpwnam(self.run_as)
            os.chown(path, user.pw_uid, user.pw_gid)

    def create_database(self, name: str) -> str:
        """A new empty database; returns its admin URL."""
        import psycopg

        with psycopg.connect(self.conninfo("postgres", ADMIN, self.admin_password)) as admin:
            admin.autocommit = True
            admin.execute(f'CREATE DATABASE "{name}"')  # test-made name, not user input
        return self.url(name)


def start_cluster() -> Cluster:
    bindir = server_bindir()
    if bindir is None:
        raise FileNotFoundError(HOW_TO_RUN)
    run_as = UNPRIVILEGED_USER if os.geteuid() == 0 else None
    # Not pytest's tmp folder: it is private to the test user, and the server runs as
    # another user.
    folder = Path(tempfile.mkdtemp(prefix="narrativ-pg-"))
    cluster = Cluster(bindir, folder, _free_port(), secrets.token_urlsafe(18), run_as)
    cluster._own(folder)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster


class _Shared:
    """One cluster per test run, however many conftests ask for it."""

    cluster: Cluster | None = None
    failure: str | None = None

    @classmethod
    def get(cls) -> Cluster | None:
        if cls.cluster is None and cls.failure is None:
            try:
                cls.cluster = start_cluster()
            except FileNotFoundError as error:
                cls.failure = str(error)
            except subprocess.CalledProcessError as error:
                cls.failure = f"PostgreSQL did not start: {error.stderr!r}"
        return cls.cluster

    @classmethod
    def stop(cls) -> None:
        if cls.cluster is not None:
            cls.cluster.stop()
            cls.cluster = None


def shared_cluster() -> tuple[Cluster | None, str | None]:
    return _Shared.get(), _Shared.failure


def stop_shared_cluster() -> None:
    _Shared.stop()
