"""Making a handout in the app: choose, preview the real PDF, adjust a name, save, record."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from narrativ.services import handouts
from narrativ.ui.handouts.consent_dialog import ConsentDialog
from narrativ.ui.handouts.dialog import HandoutDialog
from tests.conftest import Institution


def wait_for_preview(qtbot: QtBot, dialog: HandoutDialog) -> None:
    dialog.render_now()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=15_000)


def test_parent_handout_preview_adjust_and_save(
    qtbot: QtBot, institution: Institution, tmp_path: Path
) -> None:
    ws = institution.unlock("Rikke Sørensen")
    dialog = HandoutDialog(ws, "c-emil", "Emil J.")
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(dialog.date_from.date().addYears(-3))
    wait_for_preview(qtbot, dialog)
    assert dialog.chosen_keys() == ("n-sand",)
    assert dialog.preview.page_count >= 1
    assert dialog.replacements.rowCount() == 1
    assert dialog.replacements.item(0, 0).text() == "Åse"
    dialog.replacements.item(0, 1).setText("hans bedste veninde")
    wait_for_preview(qtbot, dialog)
    target = tmp_path / "emil.pdf"
    dialog.save_to(target)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "sammen med hans bedste veninde" in text and "Åse" not in text
    ws.lock()
    leader = institution.unlock()
    assert [e.kind for e in handouts.disclosure_log(leader, "Emil J.")] == ["parent"]
    leader.lock()


def test_named_meeting_without_consent_says_why_and_offers_nothing_to_print(
    qtbot: QtBot, institution: Institution
) -> None:
    ws = institution.unlock("Rikke Sørensen")
    dialog = HandoutDialog(ws, "c-emil", "Emil J.")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)
    dialog.named.setChecked(True)
    wait_for_preview(qtbot, dialog)
    assert "samtykke" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and dialog.pdf is None

    consent = ConsentDialog(ws, "c-emil", "Emil J.")
    qtbot.addWidget(consent)
    consent.given_by.setText("mor og far")
    consent.recipients.setText("PPR, Sundhedsplejerske")
    consent.add()
    assert consent.table.rowCount() == 1 and consent.table.item(0, 4).text() == "gælder"
    wait_for_preview(qtbot, dialog)
    assert dialog.pdf is not None and dialog.save_button.isEnabled()
    consent.table.selectRow(0)
    consent.withdraw()
    assert consent.table.item(0, 4).text() == "trukket tilbage"
    wait_for_preview(qtbot, dialog)
    assert dialog.pdf is None
    ws.lock()
