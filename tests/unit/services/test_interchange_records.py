"""Version 3 of the interchange format: the records around the narratives travel too.

Real encrypted files: one filled through the services, exported, imported into a new
database and exported again; damaged files are refused field by field and change nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from narrativ.services.interchange import export_document, import_document
from narrativ.services.interchange_format import InterchangeError
from narrativ.services.interchange_sections import SECTIONS, section_checks
from narrativ.services.workspace import Workspace, initialise
from tests.conftest import Institution
from tests.helpers.documents import LEADER
from tests.helpers.records import CHANGED_SETTINGS, add_records, by_name

STAFF_FIELDS = {
    "comments": ("author",),
    "revisions": ("editor",),
    "seen": ("staff",),
    "consents": ("recorded_by",),
    "handouts": ("author",),
    "narratives": ("author",),
    "plans": ("author",),
}


def filled_document(institution: Institution) -> dict[str, Any]:
    add_records(institution)
    leader = institution.unlock()
    try:
        return export_document(leader)
    finally:
        leader.lock()


def new_database(tmp_path: Path, name: str = "ny.db") -> Workspace:
    return initialise(tmp_path / name, "Børnehuset Mælkebøtten", LEADER, "en-ny-kode-123").workspace


def test_every_record_reads_back_the_same_after_export_and_import(
    institution: Institution, tmp_path: Path
) -> None:
    first = filled_document(institution)
    assert first["version"] == 3
    counts = {s.name: s.count for s in section_checks(first)}
    assert counts["comments"] == 2 and counts["consents"] == 1 and counts["handouts"] == 2
    assert counts["revisions"] >= 2 and counts["seen"] >= 1
    fresh = new_database(tmp_path)
    try:
        summary = import_document(fresh, first)
        second = export_document(fresh)
    finally:
        fresh.lock()
    assert (summary.comments, summary.consents, summary.handouts) == (2, 1, 2)
    for section in ("comments", "revisions", "seen", "consents", "handouts", "narratives"):
        fields = STAFF_FIELDS[section]
        assert by_name(second, section, *fields) == by_name(first, section, *fields), section
    assert second["themes"] == first["themes"]
    assert {"name": "Årets tema: vand", "retired": True} in second["themes"]
    assert second["settings"] == first["settings"]
    assert second["settings"] | CHANGED_SETTINGS == second["settings"]
    children = {c["key"]: c for c in second["children"]}
    assert children == {c["key"]: c for c in first["children"]}
    assert [m["group"] for m in children["c-ali"]["memberships"]] == ["g-spurv", "g-mus"]
    staff = {s["name"]: s["active"] for s in second["staff"]}
    assert staff["Bjørn Ågård"] is False and staff[LEADER] is True
    handout = next(h for h in second["handouts"] if h["kind"] == "meeting")
    assert handout["consent"] == first["consents"][0]["key"] and handout["recipient"] == "PPR"


def test_imported_tags_and_settings_belong_to_the_importing_house(
    institution: Institution, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from narrativ.services.settings import institution_of
    from narrativ.store.models import Setting, Theme

    document = filled_document(institution)
    fresh = new_database(tmp_path)
    try:
        import_document(fresh, document)
        with fresh.reading() as session:
            home = institution_of(session, fresh.user)
            settings = set(session.scalars(select(Setting.institution_id)))
            own = set(session.scalars(select(Theme.institution_id).where(~Theme.curriculum)))
            common = set(session.scalars(select(Theme.institution_id).where(Theme.curriculum)))
    finally:
        fresh.lock()
    assert settings == {home} and own == {home}
    assert common == {None}  # the six curriculum themes are every house's


def test_the_history_and_news_read_the_same_in_the_new_database(
    institution: Institution, tmp_path: Path
) -> None:
    from narrativ.services.narratives import history

    document = filled_document(institution)
    on_file = institution.unlock()
    try:
        before = [
            (r.version, r.editor, r.edited_at, r.snapshot) for r in history(on_file, "n-sand")
        ]
    finally:
        on_file.lock()
    fresh = new_database(tmp_path)
    try:
        import_document(fresh, document)
        after = [(r.version, r.editor, r.edited_at, r.snapshot) for r in history(fresh, "n-sand")]
    finally:
        fresh.lock()
    assert after == before and len(before) >= 1


def _strip_to_version_two(document: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(document)
    for name in ("comments", "revisions", "seen", "consents", "handouts", "themes", "settings"):
        doc.pop(name)
    for child in doc["children"]:
        child.pop("memberships")
    for person in doc["staff"]:
        person.pop("active")
    for narrative in doc["narratives"]:
        for name in ("created_at", "updated_at", "reviewed_at", "version"):
            narrative.pop(name)
    return doc | {"version": 2}


def test_a_version_two_file_still_imports(leader: Workspace, tmp_path: Path) -> None:
    document = _strip_to_version_two(export_document(leader))
    fresh = new_database(tmp_path)
    try:
        summary = import_document(fresh, document)
        again = export_document(fresh)
    finally:
        fresh.lock()
    assert summary.narratives == 5 and summary.comments == 0
    assert again["comments"] == [] and again["consents"] == []


Damage = Callable[[dict[str, Any]], None]
DAMAGES: list[tuple[Damage, str]] = [
    (lambda d: d["comments"][0].update(at="i går"), "comments[0].at"),
    (lambda d: d["comments"][1].update(kind="ros"), "comments[1].kind"),
    (lambda d: d["comments"][0].update(narrative="n-findes-ikke"), "comments[0].narrative"),
    (lambda d: d["revisions"][0]["snapshot"].update(story=5), "revisions[0].snapshot.story"),
    (lambda d: d["revisions"][0].update(version=0), "revisions[0].version"),
    (lambda d: d["consents"][0].update(recipients=[]), "consents[0].recipients"),
    (lambda d: d["consents"][0].update(given_on="1. oktober"), "consents[0].given_on"),
    (lambda d: d["handouts"][0].update(kind="brev"), "handouts[0].kind"),
    (lambda d: d["handouts"][0].update(consent="k-findes-ikke"), "handouts[0].consent"),
    (lambda d: d["seen"][0].update(staff="s-findes-ikke"), "seen[0].staff"),
    (lambda d: d["themes"][0].update(retired="ja"), "themes[0].retired"),
    (lambda d: d["themes"][1].update(name="Krop, sanser og bevægelse"), "themes[1].name"),
    (lambda d: d["settings"].update(retention_months=0), "settings.retention_months"),
    (lambda d: d["settings"].update(backup_folder="/tmp"), "settings.backup_folder"),
    (lambda d: d.update(settings=[1]), "settings"),
    (lambda d: d["staff"][0].update(active="nej"), "staff[0].active"),
    (lambda d: d["narratives"][0].update(created_at="2026-09-14"), "narratives[0].created_at"),
    (
        lambda d: d["children"][2]["memberships"][0].update(to="2000-01-01"),
        "children[2].memberships[0].to",
    ),
]


def test_a_damaged_record_is_named_and_nothing_is_imported(
    institution: Institution, tmp_path: Path
) -> None:
    document = filled_document(institution)
    fresh = new_database(tmp_path)
    try:
        empty = section_checks(export_document(fresh))
        for damage, field in DAMAGES:
            doc = copy.deepcopy(document)
            damage(doc)
            with pytest.raises(InterchangeError) as raised:
                import_document(fresh, doc)
            assert field + ":" in raised.value.message, (field, raised.value.message)
            assert raised.value.message.startswith("Filen kan ikke indlæses, og intet er ændret")
            assert section_checks(export_document(fresh)) == empty, field
        assert len(SECTIONS) == len(empty)
    finally:
        fresh.lock()
