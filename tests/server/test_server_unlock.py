"""Signing in to the institution server: who you are comes from your own login role."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import text

from narrativ.errors import InvalidInput, WrongPassword
from narrativ.services.audit_log import audit_rows
from narrativ.services.workspace import unlock_server, unlock_target
from narrativ.store.server_errors import ServerTlsFailed, ServerUnreachable
from tests.conftest import Institution
from tests.helpers.documents import EDUCATOR_SPURVE, LEADER
from tests.server.fixtures import ServerInstitution
from tests.server.tls import certificate_authority


def test_staff_login_opens_their_own_workspace(server_institution: ServerInstitution) -> None:
    ws = server_institution.unlock(EDUCATOR_SPURVE)
    try:
        assert ws.on_server
        assert (ws.user.name, ws.user.role) == (EDUCATOR_SPURVE, "educator")
        assert len(ws.user.group_ids) == 1
    finally:
        ws.lock()
    leader = server_institution.unlock(LEADER)
    try:
        # The unlock is in the audit log, as on the file.
        actions = [(r.who, r.action) for r in audit_rows(leader)]
        assert (EDUCATOR_SPURVE, "unlock") in actions
    finally:
        leader.lock()


def test_wrong_password_is_refused_in_danish(server_institution: ServerInstitution) -> None:
    with pytest.raises(WrongPassword, match="afviste brugernavn eller adgangskode"):
        unlock_server(server_institution.address, "rikke", "forkert-kode-123")
    with pytest.raises(WrongPassword):
        unlock_server(server_institution.address, "ukendt", "forkert-kode-123")


def test_unreachable_server_says_so(server_institution: ServerInstitution) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    address = f"postgresql+psycopg://127.0.0.1:{closed_port}/narrativ"
    with pytest.raises(ServerUnreachable, match="Serveren kan ikke nås"):
        unlock_server(address, "rikke", "spurve-kode-1234")


def test_tls_is_passed_through_and_a_refused_tls_changes_nothing(
    server_institution: ServerInstitution,
) -> None:
    # The test cluster has no certificate: demanding verified TLS must fail clearly.
    address = server_institution.address + "?sslmode=verify-full"
    with pytest.raises(ServerTlsFailed, match="sslmode"):
        unlock_server(address, "rikke", "spurve-kode-1234")


@pytest.mark.parametrize(
    "address",
    [
        "",
        "sqlite:///x.db",
        "postgresql://",
        "postgresql://server",
        "postgresql://h/db?sslmode=maybe",
    ],
)
def test_bad_addresses_are_refused_before_connecting(address: str) -> None:
    with pytest.raises(InvalidInput):
        unlock_server(address, "rikke", "spurve-kode-1234")


def test_verified_tls_with_the_institutions_certificate(
    server_institution: ServerInstitution,
) -> None:
    tls = server_institution.cluster.tls
    assert tls is not None
    address = f"{server_institution.address}?sslmode=verify-full&sslrootcert={tls.ca}"
    ws = unlock_server(address, "rikke", "spurve-kode-1234")
    try:
        with ws.reading() as session:
            encrypted = session.scalar(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            )
        assert encrypted is True
    finally:
        ws.lock()


def test_tls_with_a_foreign_certificate_or_another_host_name_is_refused(
    server_institution: ServerInstitution, tmp_path: Path
) -> None:
    tls = server_institution.cluster.tls
    assert tls is not None
    _key, _cert, foreign = certificate_authority(tmp_path, "someone-else")
    address = f"{server_institution.address}?sslmode=verify-full&sslrootcert={foreign}"
    with pytest.raises(ServerTlsFailed):
        unlock_server(address, "rikke", "spurve-kode-1234")
    # The certificate names 127.0.0.1; the same server reached as "localhost" is refused.
    by_name = server_institution.address.replace("127.0.0.1", "localhost")
    with pytest.raises(ServerTlsFailed):
        unlock_server(
            f"{by_name}?sslmode=verify-full&sslrootcert={tls.ca}", "rikke", "spurve-kode-1234"
        )


def test_one_call_opens_a_file_or_a_server(
    server_institution: ServerInstitution, institution: Institution
) -> None:
    on_server = unlock_target(server_institution.address, "rikke", "spurve-kode-1234")
    on_file = unlock_target(institution.path, EDUCATOR_SPURVE, "spurve-kode-1234")
    try:
        assert on_server.on_server and not on_file.on_server
        assert on_server.user.name == on_file.user.name == EDUCATOR_SPURVE
    finally:
        on_server.lock()
        on_file.lock()


def test_an_unknown_host_name_is_unreachable_not_a_bug() -> None:
    with pytest.raises(ServerUnreachable, match="kan ikke nås"):
        unlock_server("postgresql+psycopg://ingen-server.invalid/narrativ", "rikke", "kode-1234567")
