"""migrate-to-server moves everything of the house, against a real PostgreSQL server.

A real encrypted file gets comments, history, read marks, consents, handout records, own
tags and settings through the services; after the move they read back on the server, as
the leader's own login sees them, exactly as in the file.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy import make_url

from narrativ.server.move import file_fingerprint, move_to_server
from narrativ.services import consents, handouts, narratives, settings, tags
from narrativ.services.audit_log import audit_rows
from narrativ.services.interchange import export_document
from narrativ.services.interchange_sections import SECTIONS, section_checks
from narrativ.services.workspace import Workspace, unlock_server
from narrativ.store.migrate import HEAD_REVISION
from tests.cli.test_cli import narrativ
from tests.conftest import Institution, demo_password_of
from tests.helpers.documents import LEADER, LEADER_PASSWORD
from tests.helpers.records import CHANGED_SETTINGS, add_records
from tests.server.cluster import Cluster
from tests.server.fixtures import ServerInstitution

_numbers = itertools.count()
SERVER_PASSWORD = "server-kode-12345"


def read_back(ws: Workspace) -> dict[str, object]:
    """What a leader sees of the records, through the services."""
    n_sand = narratives.get_narrative(ws, "n-sand")
    n_tur = narratives.get_narrative(ws, "n-tur")
    return {
        "history": [
            (r.version, r.editor, r.edited_at, r.snapshot)
            for key in ("n-sand", "n-tur")
            for r in narratives.history(ws, key)
        ],
        "comments": [
            (c.author, c.kind, c.body, c.created_at) for c in n_sand.comments + n_tur.comments
        ],
        "versions": (n_sand.version, n_tur.version),
        "consents": consents.list_consents(ws, "c-emil"),
        "disclosures": handouts.disclosure_log(ws),
        "own_tags": [(t.name, t.retired, t.uses) for t in tags.own_tags(ws)],
        "settings": {name: settings.get_setting(ws, name) for name in CHANGED_SETTINGS},
    }


def test_the_move_carries_every_record_and_logs_where_the_old_log_is(
    pg_cluster: Cluster, institution: Institution
) -> None:
    add_records(institution)
    on_file = institution.unlock()
    try:
        expected = read_back(on_file)  # sets read marks, before the export and the move
        from_file = export_document(on_file)
    finally:
        on_file.lock()
    database = f"narrativ_records_{next(_numbers)}"
    admin = make_url(pg_cluster.create_database(database))
    login = f"hanne_{next(_numbers)}"
    before = file_fingerprint(institution.path)

    report = move_to_server(
        institution.path, LEADER, LEADER_PASSWORD, admin, (login, lambda: SERVER_PASSWORD)
    )

    assert report.file_unchanged and file_fingerprint(institution.path) == before
    counts = {s.name: s.count for s in report.sections}
    assert tuple(counts) == SECTIONS
    assert counts["comments"] == 2 and counts["consents"] == 1 and counts["handouts"] == 2
    assert report.file_audit.entries > 0 and report.file_sha256 == before
    address = f"postgresql+psycopg://127.0.0.1:{pg_cluster.port}/{database}"
    on_server = unlock_server(address, login, SERVER_PASSWORD)
    try:
        # Exported before reading: opening a narrative sets the reader's read mark.
        arrived = export_document(on_server)
        assert read_back(on_server) == expected
        moves = audit_rows(on_server, action="institution.move")
    finally:
        on_server.lock()
    # The leader's own login (under the row policies) sees the same house as the file.
    assert section_checks(arrived) == section_checks(from_file)
    [move] = moves
    assert move.detail["file_sha256"] == before
    assert move.detail["file_audit_entries"] == report.file_audit.entries
    assert move.detail["sections"] == counts


def test_onto_a_shared_server_the_house_brings_its_own_settings_and_tags(
    server_institution: ServerInstitution, demo: Institution
) -> None:
    leader_name = LEADER  # the demo house has a leader of the same name
    neighbour = server_institution.unlock(LEADER)
    try:
        # The neighbour has a tag of the same name as one the moving house has retired.
        tags.add_tag(neighbour, "Sprogstimulering")
        neighbour_before = export_document(neighbour)
    finally:
        neighbour.lock()
    on_file = demo.unlock(leader_name)
    try:
        settings.set_setting(on_file, "retention_months", 24)
        settings.set_setting(on_file, "contexts", ["leg", "skoven"])
        tags.add_tag(on_file, "Demohusets tag")
        tags.add_tag(on_file, "Sprogstimulering")
        tags.retire_tag(on_file, "Sprogstimulering")
        from_file = export_document(on_file)
    finally:
        on_file.lock()
    login = f"demo_leder_{next(_numbers)}"
    move_to_server(
        demo.path,
        leader_name,
        demo_password_of(leader_name),
        make_url(server_institution.admin_url),
        (login, lambda: SERVER_PASSWORD),
    )
    moved = unlock_server(server_institution.address, login, SERVER_PASSWORD)
    try:
        assert settings.get_setting(moved, "retention_months") == 24
        assert settings.contexts(moved) == ["leg", "skoven"]
        own = {t.name: t.retired for t in tags.own_tags(moved)}
        assert own["Demohusets tag"] is False and own["Sprogstimulering"] is True
        arrived = export_document(moved)
    finally:
        moved.lock()
    for section in ("themes", "settings"):
        assert arrived[section] == from_file[section], section
    neighbour = server_institution.unlock(LEADER)
    try:
        assert settings.get_setting(neighbour, "retention_months") == 60  # unchanged
        own = {t.name: t.retired for t in tags.own_tags(neighbour)}
        assert own["Sprogstimulering"] is False and "Demohusets tag" not in own
        neighbour_after = export_document(neighbour)
    finally:
        neighbour.lock()
    for section in ("themes", "settings"):
        assert neighbour_after[section] == neighbour_before[section], section


def test_check_on_the_server_says_what_it_checked(
    server_institution: ServerInstitution, tmp_path: Path
) -> None:
    login, password = server_institution.logins[LEADER]
    checked = narrativ(
        "check", "--server", server_institution.address, "--user", login, password=password
    )
    assert checked.returncode == 0, checked.stderr
    assert "quick_check" not in checked.stdout
    assert f"nyeste version ({HEAD_REVISION})" in checked.stdout
    assert "rækkereglerne er slået til" in checked.stdout
    assert "afviser UPDATE, DELETE og TRUNCATE" in checked.stdout


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("ALTER TABLE consent DISABLE ROW LEVEL SECURITY", "slået fra på tabellen consent"),
        (
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_delete",
            "audit_event_no_delete på logningen er slået fra",
        ),
    ],
)
def test_check_on_the_server_finds_a_weakened_setup(
    server_institution: ServerInstitution, statement: str, problem: str
) -> None:
    import psycopg

    cluster = server_institution.cluster
    admin = cluster.conninfo(server_institution.database, "narrativ_admin", cluster.admin_password)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(statement)  # a constant of this test
    login, password = server_institution.logins[LEADER]
    checked = narrativ(
        "check", "--server", server_institution.address, "--user", login, password=password
    )
    assert checked.returncode == 1
    assert problem in checked.stderr and "Traceback" not in checked.stderr
