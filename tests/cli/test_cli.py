"""The headless commands exactly as scripts and later checks use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from narrativ import __version__
from tests.conftest import Institution
from tests.helpers.documents import LEADER, LEADER_PASSWORD, small_document


def narrativ(
    *args: str | Path, password: str | None = LEADER_PASSWORD, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NARRATIV_PASSWORD")}
    if password is not None:
        environment["NARRATIV_PASSWORD"] = password
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "narrativ", *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        env=environment,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = narrativ("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"narrativ {__version__}"


def test_init_import_search_export_check(tmp_path: Path) -> None:
    db = tmp_path / "hus.db"
    created = narrativ(
        "init", "--db", db, "--institution", "Børnehuset Mælkebøtten", "--leader", LEADER
    )
    assert created.returncode == 0, created.stderr
    assert "GENDANNELSESKODE" in created.stdout
    code_line = created.stdout.strip().splitlines()[-1].strip()
    assert len(code_line.replace("-", "")) == 30

    file = tmp_path / "ind.json"
    file.write_text(json.dumps(small_document(), ensure_ascii=False), encoding="utf-8")
    imported = narrativ("import", "--db", db, "--user", "HØ", file)
    assert imported.returncode == 0, imported.stderr

    found = narrativ("search", "--db", db, "--user", LEADER, "--limit", "1", "Åse")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits == [
        {
            "key": "n-maaltid",
            "date": "2026-10-02",
            "group": "Spurvene",
            "focus": ["Åse B."],
            "snippet": hits[0]["snippet"],
        }
    ]
    assert "Åse" in hits[0]["snippet"]

    out = tmp_path / "ud.json"
    exported = narrativ("export", "--db", db, "--user", LEADER, out)
    assert exported.returncode == 0, exported.stderr
    assert {n["key"] for n in json.loads(out.read_text("utf-8"))["narratives"]} == {
        n["key"] for n in small_document()["narratives"]
    }
    assert out.stat().st_mode & 0o077 == 0

    checked = narrativ("check", "--db", db, "--user", LEADER)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "*", ":", "æ:ø*", "' OR 1=1 --", "()"])
def test_search_exits_zero_for_any_query(institution: Institution, query: str) -> None:
    result = narrativ("search", "--db", institution.path, "--user", LEADER, query)
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


def test_wrong_password_exits_2_with_danish_message(institution: Institution) -> None:
    result = narrativ("check", "--db", institution.path, "--user", LEADER, password="forkert-kode")
    assert result.returncode == 2
    assert "Forkert adgangskode" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_password_is_explained(institution: Institution) -> None:
    result = narrativ("check", "--db", institution.path, "--user", LEADER, password=None)
    assert result.returncode == 2
    assert "NARRATIV_PASSWORD" in result.stderr


def test_bad_json_names_the_line(institution: Institution, tmp_path: Path) -> None:
    file = tmp_path / "bad.json"
    file.write_text('{"format": "narrativ-interchange",\n "version": 1,\n "groups": [,]}\n')
    result = narrativ("import", "--db", institution.path, "--user", LEADER, file)
    assert result.returncode == 2
    assert "linje 3" in result.stderr


def test_bad_field_is_named_and_nothing_imported(institution: Institution, tmp_path: Path) -> None:
    doc = small_document()
    doc["narratives"] = [dict(doc["narratives"][0], key="n-ny", date="i går")]
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    result = narrativ("import", "--db", institution.path, "--user", LEADER, file)
    assert result.returncode == 2
    assert "narratives[0].date" in result.stderr
    search = narrativ("search", "--db", institution.path, "--user", LEADER, "borg")
    assert [h["key"] for h in json.loads(search.stdout)] == ["n-sand"]


def test_staff_commands_add_and_remove(institution: Institution) -> None:
    added = narrativ(
        "staff",
        "add",
        "--db",
        institution.path,
        "--user",
        LEADER,
        "Mette Kjær",
        "--group",
        "Musene",
        "--with-password",
        NARRATIV_NEW_PASSWORD="mettes-kode-1",
    )
    assert added.returncode == 0, added.stderr
    listed = narrativ(
        "staff", "list", "--db", institution.path, "--user", "Mette Kjær", password="mettes-kode-1"
    )
    assert listed.returncode == 0, listed.stderr
    assert "Mette Kjær" in {s["name"] for s in json.loads(listed.stdout)}
    removed = narrativ("staff", "remove", "--db", institution.path, "--user", LEADER, "Mette Kjær")
    assert removed.returncode == 0, removed.stderr
    refused = narrativ(
        "check", "--db", institution.path, "--user", "Mette Kjær", password="mettes-kode-1"
    )
    assert refused.returncode == 2


def test_handout_parent_and_meeting_from_the_command_line(
    institution: Institution, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    db = institution.path
    parent = tmp_path / "emil.pdf"
    made = narrativ(
        "handout", "parent", "--db", db, "--user", LEADER, "--child", "Emil J.",
        "--from", "2026-01-01", "--to", "2026-11-01", "--with-reflection", "--out", parent,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    text = " ".join(p.extract_text() for p in PdfReader(parent).pages)
    assert "Emil" in text and "Åse" not in text and "en pige" in text
    assert parent.stat().st_mode & 0o077 == 0

    named = tmp_path / "ppr.pdf"
    refused = narrativ(
        "handout", "meeting", "--db", db, "--user", LEADER, "--child", "c-emil",
        "--from", "2026-01-01", "--to", "2026-11-01", "--recipient", "PPR", "--out", named,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "samtykke" in refused.stderr and not named.exists()

    added = narrativ(
        "consent", "add", "--db", db, "--user", LEADER, "--child", "Emil J.",
        "--given-by", "mor", "--given-on", "2026-09-01", "--recipient", "PPR",
        "--expires", "2099-01-01",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = json.loads(
        narrativ("consent", "list", "--db", db, "--user", LEADER, "--child", "Emil J.").stdout
    )
    assert [c["recipients"] for c in listed] == [["PPR"]] and listed[0]["valid_today"]
    allowed = narrativ(
        "handout", "meeting", "--db", db, "--user", LEADER, "--child", "c-emil",
        "--from", "2026-01-01", "--to", "2026-11-01", "--recipient", "PPR", "--out", named,
    )  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    assert "FORTROLIGT" in PdfReader(named).pages[0].extract_text()


def test_backup_and_restore_commands(institution: Institution, tmp_path: Path) -> None:
    made = narrativ("backup", "--db", institution.path, "--user", LEADER, "--to", tmp_path / "kopi")
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.exists() and backup.parent == tmp_path / "kopi"
    restored = narrativ("restore", "--db", institution.path, "--user", LEADER, "--from", backup)
    assert restored.returncode == 0, restored.stderr
    assert "før-gendannelse" in restored.stdout
    wrong = narrativ(
        "restore",
        "--db",
        institution.path,
        "--user",
        LEADER,
        "--from",
        backup,
        password="forkert-123",
    )
    assert wrong.returncode == 2 and "Forkert adgangskode" in wrong.stderr
