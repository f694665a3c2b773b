"""Leaders read the audit log with filters, export it, and trim it after its period only."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import exc, text

from narrativ.errors import NotPermitted
from narrativ.services import audit_log, auto_backup, backups, settings
from narrativ.services.narratives import list_for_child
from tests.conftest import Institution


def test_filters_and_export(institution: Institution) -> None:
    leader = institution.unlock()
    list_for_child(leader, "Emil J.")
    rows = audit_log.audit_rows(leader, action="child.view")
    assert [(r.who, r.object_key) for r in rows] == [("Hanne Østergaard", "c-emil")]
    assert all(r.action == "unlock" for r in audit_log.audit_rows(leader, action="unlock"))
    assert audit_log.audit_rows(leader, since=date(2999, 1, 1)) == []
    csv_text = audit_log.export_csv(rows)
    assert csv_text.splitlines()[0].startswith("tidspunkt;hvem;handling")
    assert "child.view" in csv_text
    leader.lock()
    rikke = institution.unlock("Rikke Sørensen")
    with pytest.raises(NotPermitted):
        audit_log.audit_rows(rikke)
    rikke.lock()


def test_trim_removes_only_old_entries_and_stays_append_only(institution: Institution) -> None:
    leader = institution.unlock()
    total = len(audit_log.audit_rows(leader))
    assert audit_log.trim_audit_log(leader, today=date(2026, 11, 1)) == 0
    # Ten years on, everything written today is older than the five-year period.
    removed = audit_log.trim_audit_log(leader, today=date(2036, 11, 1))
    assert removed == total + 1  # everything before, including the first trim's own entry
    remaining = audit_log.audit_rows(leader)
    assert [r.action for r in remaining] == ["audit.trim"]
    with (
        leader.store.engine.connect() as connection,
        pytest.raises(exc.DatabaseError, match="append-only"),
    ):
        connection.execute(text("DELETE FROM audit_event"))
    leader.lock()


def test_automatic_backup_once_a_day_into_the_chosen_folder(
    institution: Institution, tmp_path: Path
) -> None:
    leader = institution.unlock()
    assert auto_backup.backup_if_due(leader) is None  # no folder chosen yet
    settings.set_setting(leader, "backup_folder", str(tmp_path / "usb"))
    first = auto_backup.backup_if_due(leader)
    assert first is not None and first.exists()
    assert auto_backup.backup_if_due(leader) is None  # not again the same day
    tomorrow = datetime.now(UTC).replace(microsecond=0)
    assert auto_backup.backup_due(leader, now=tomorrow.replace(year=tomorrow.year + 1))
    assert backups.backups_in(tmp_path / "usb") == [first]
    leader.lock()
