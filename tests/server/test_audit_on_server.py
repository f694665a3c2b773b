"""The audit log on the server: read, export and trim as on the file; nobody rewrites it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import psycopg
import pytest

from narrativ.errors import NotPermitted
from narrativ.services import audit_log
from narrativ.services.workspace import Workspace
from tests.helpers.documents import EDUCATOR_SPURVE
from tests.server.fixtures import OTHER_LEADER, ServerInstitution
from tests.storage.test_audit import (
    test_leader_reads_and_searches_are_logged_without_narrative_text as logged_without_text,
)
from tests.storage.test_audit_log import test_filters_and_export as filters_and_export


@pytest.fixture
def institution(server_institution: ServerInstitution) -> ServerInstitution:
    return server_institution


@pytest.fixture
def leader(server_institution: ServerInstitution) -> Iterator[Workspace]:
    ws = server_institution.unlock()
    yield ws
    ws.lock()


test_filters_and_export_on_server = filters_and_export
test_reads_and_searches_are_logged_without_narrative_text_on_server = logged_without_text


def test_trim_removes_only_this_institutions_old_entries(
    server_institution: ServerInstitution,
) -> None:
    other = server_institution.unlock(OTHER_LEADER)
    theirs = len(audit_log.audit_rows(other))
    other.lock()
    leader = server_institution.unlock()
    total = len(audit_log.audit_rows(leader))
    assert audit_log.trim_audit_log(leader, today=date(2026, 11, 1)) == 0
    removed = audit_log.trim_audit_log(leader, today=date(2036, 11, 1))
    assert removed == total + 1
    assert [r.action for r in audit_log.audit_rows(leader)] == ["audit.trim"]
    leader.lock()
    other = server_institution.unlock(OTHER_LEADER)
    assert len(audit_log.audit_rows(other)) == theirs + 1  # their unlock just now
    other.lock()


def test_only_leaders_may_call_the_trim(server_institution: ServerInstitution) -> None:
    rikke = server_institution.unlock(EDUCATOR_SPURVE)
    with pytest.raises(NotPermitted):
        audit_log.trim_audit_log(rikke, today=date(2036, 11, 1))
    rikke.lock()
    with (
        psycopg.connect(server_institution.conninfo(EDUCATOR_SPURVE)) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("SELECT narrativ_trim_audit('2036-01-01')")
