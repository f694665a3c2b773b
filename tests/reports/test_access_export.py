"""Right of access: JSON and PDF with the child's record, narratives, consents, disclosures and
the audit entries of who looked it up; other children's names masked."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from narrativ.services import access, handouts, narratives
from narrativ.services.consents import add_consent
from tests.conftest import Institution


def test_access_export_holds_everything_about_the_child(
    institution: Institution, tmp_path: Path
) -> None:
    rikke = institution.unlock("Rikke Sørensen")
    add_consent(rikke, "c-emil", "mor", date(2026, 9, 1), ["PPR"], "sprog")
    prepared = handouts.prepare_parent_handout(
        rikke, handouts.HandoutRequest("c-emil", date(2026, 1, 1), date(2026, 11, 1))
    )
    handouts.record_handout(rikke, prepared)
    rikke.lock()
    leader = institution.unlock()
    narratives.list_for_child(leader, "c-emil")  # a leader reads the child's page
    narratives.add_comment(leader, "n-sand", "Dejligt, at Emil og Åse finder hinanden.")
    made = access.export_access(leader, "Emil J.", tmp_path / "indsigt")
    leader.lock()

    data = json.loads(made.json_path.read_text("utf-8"))
    assert data["child"]["first_name"] == "Emil" and data["child"]["birth_month"] == "2021-05"
    assert data["child"]["groups"][0]["group"] == "Spurvene"
    roles = {n["key"]: n["role"] for n in data["narratives"]}
    # n-kladde names Emil without tagging him: it is about him too
    assert roles == {"n-sand": "focus", "n-kladde": "mentioned", "n-tur": "present"}
    everything = json.dumps(data, ensure_ascii=False)
    assert "Åse" not in everything and "Ali" not in everything and "Bo " not in everything
    assert data["narratives"][-1]["comments"] or any(n["comments"] for n in data["narratives"])
    assert [c["recipients"] for c in data["consents"]] == [["PPR"]]
    assert [d["kind"] for d in data["disclosures"]] == ["parent"]
    purposes = {(a["who"], a["purpose"]) for a in data["audit"]}
    assert ("Hanne Østergaard", "læst barnets side") in purposes
    assert ("Rikke Sørensen", "lavet materiale") in purposes

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(made.pdf_path).pages)
    assert "Det har vi registreret om Emil J." in text
    assert "læst barnets side" in text and "Åse" not in text
    for file in (made.json_path, made.pdf_path):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
