"""Import all or nothing, with the field named; export → new database → import → same data."""

from __future__ import annotations

import copy
import hashlib
import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrativ.errors import UserError
from narrativ.services.interchange import export_document, import_document
from narrativ.services.interchange_format import VERSION, InterchangeError
from narrativ.services.workspace import Workspace, initialise
from tests.helpers.documents import LEADER, small_document


def comparable(doc: dict[str, Any]) -> dict[str, Any]:
    """Children and narratives as they read, with authors by name (keys are per database)."""
    names = {s["key"]: s["name"] for s in doc["staff"]}
    narratives = []
    for n in doc["narratives"]:
        n = dict(n, author=names[n["author"]])
        narratives.append(n)
    return {
        "children": sorted(doc["children"], key=lambda c: c["key"]),
        "narratives": sorted(narratives, key=lambda n: n["key"]),
    }


def test_export_import_export_round_trip(leader: Workspace, tmp_path: Path) -> None:
    first = export_document(leader)
    fresh = initialise(tmp_path / "ny.db", "Børnehuset Mælkebøtten", LEADER, "en-ny-kode-123")
    import_document(fresh.workspace, first)
    second = export_document(fresh.workspace)
    fresh.workspace.lock()
    assert comparable(second) == comparable(first)
    assert len(second["narratives"]) == 5 and len(second["children"]) == 6
    assert "Vores egne" in {t for n in second["narratives"] for t in n["themes"]}


def fingerprint(ws: Workspace) -> str:
    doc = export_document(ws)
    return hashlib.sha256(repr(comparable(doc)).encode()).hexdigest()


_examples = itertools.count()


def fresh_keys(doc: dict[str, Any], suffix: str) -> dict[str, Any]:
    """The same document with new child and narrative keys, so it can be imported again."""
    for c in doc["children"]:
        c["key"] += suffix
    for n in doc["narratives"]:
        n["key"] += suffix
        n["focus"] = [k + suffix for k in n["focus"]]
        n["present"] = [k + suffix for k in n["present"]]
    return doc


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["narratives"][2].update(date="2026-13-01"), "narratives[2].date"),
        (lambda d: d["narratives"][0].update(focus=["c-findes-ikke"]), "narratives[0].focus"),
        (lambda d: d["children"][1].update(birth_month="maj 2021"), "children[1].birth_month"),
        (lambda d: d["narratives"][1].update(status="udgivet"), "narratives[1].status"),
        (lambda d: d["narratives"][4].update(relations=["barn-hund"]), "narratives[4].relations"),
        (lambda d: d.update(version=VERSION + 1), "version"),
        (lambda d: d["staff"][0].update(role="chef"), "staff[0].role"),
    ],
)
def test_bad_file_names_the_field_and_imports_nothing(
    leader: Workspace,
    change,
    field: str,  # type: ignore[no-untyped-def]
) -> None:
    doc = fresh_keys(small_document(), "-ny")
    change(doc)
    before = fingerprint(leader)
    with pytest.raises(InterchangeError) as raised:
        import_document(leader, doc)
    assert field in raised.value.message
    assert fingerprint(leader) == before


def test_existing_keys_are_refused(leader: Workspace) -> None:
    before = fingerprint(leader)
    with pytest.raises(InterchangeError, match="findes allerede"):
        import_document(leader, small_document())
    assert fingerprint(leader) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_mangled_file_imports_all_or_nothing(leader: Workspace, data: st.DataObject) -> None:
    doc = fresh_keys(small_document(), f"-h{next(_examples)}")
    section = data.draw(st.sampled_from(["groups", "staff", "children", "narratives"]))
    index = data.draw(st.integers(0, len(doc[section]) - 1))
    field = data.draw(st.sampled_from(sorted(doc[section][index])))
    doc[section][index][field] = data.draw(json_values)
    before = fingerprint(leader)
    try:
        summary = import_document(leader, copy.deepcopy(doc))
    except UserError:
        assert fingerprint(leader) == before
    else:
        assert summary.narratives == 5
        stored = {n["key"] for n in export_document(leader)["narratives"]}
        assert {n["key"] for n in doc["narratives"]} <= stored
