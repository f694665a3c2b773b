"""Communities in the app: their action plans (created, printed), anonymous material about
them for a cross-professional meeting, and a child's plans going with the child's material."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from narrativ.services import handouts, narratives, plans
from narrativ.services.audit_log import audit_rows
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.workspace import Workspace
from narrativ.ui.handouts.dialog import GroupHandoutDialog, HandoutDialog
from narrativ.ui.plans.dialog import PlansDialog
from narrativ.ui.relations.page import RelationPage
from tests.conftest import Institution

COMMUNITY = "De store drenge ved klodserne"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def wait_for_preview(qtbot: QtBot, dialog: HandoutDialog) -> None:
    dialog.render_now()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=15_000)


def community_narrative(ws: Workspace) -> str:
    key = narratives.create_narrative(
        ws,
        NarrativeInput(
            date.today(),
            "Spurvene",
            "Emil og Ali byggede en kuglebane gennem hele rummet og fordelte opgaverne selv.",
            present=["c-emil", "c-ali"],
            community=COMMUNITY,
        ),
    )
    narratives.share_narrative(ws, key)
    return key


def test_a_community_plan_is_made_and_saved_as_an_internal_sheet(
    qtbot: QtBot, institution: Institution, tmp_path: Path
) -> None:
    ws = institution.unlock("Rikke Sørensen")
    community_narrative(ws)
    page = RelationPage(ws)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.show()
    assert page.community_plans_button.isEnabled()
    dialog = page.community_plans()
    qtbot.addWidget(dialog)
    assert "fællesskaber i Spurvene" in dialog.windowTitle()
    assert dialog.community.findText(COMMUNITY) >= 0
    dialog.community.setCurrentText(COMMUNITY)
    qtbot.keyClicks(dialog.want, "Drengene inviterer andre med i byggeriet.")
    dialog.create()
    assert dialog.list.count() == 1 and COMMUNITY in dialog.list.item(0).text()
    [plan] = [p for p in plans.list_plans(ws, group="g-spurv") if p.child is None]
    assert plan.community == COMMUNITY
    target = dialog.save_plan(tmp_path / "plan.pdf")
    assert target is not None and stat.S_IMODE(target.stat().st_mode) == 0o600
    text = pdf_text(target)
    assert "INTERNT ARBEJDSPAPIR" in text and f"Handleplan for {COMMUNITY}" in text
    page.close()
    ws.lock()
    leader = institution.unlock()
    assert [r.object_key for r in audit_rows(leader, action="plan.print")] == [plan.key]
    leader.lock()


def test_material_about_a_community_is_anonymous_and_logged(
    qtbot: QtBot, institution: Institution, tmp_path: Path
) -> None:
    ws = institution.unlock("Rikke Sørensen")
    key = community_narrative(ws)
    dialog = GroupHandoutDialog(ws, "g-spurv", "Spurvene", (COMMUNITY,), COMMUNITY)
    qtbot.addWidget(dialog)
    assert not dialog.kind.isEnabled() and dialog.kind.currentData() == "meeting"
    assert not dialog.named.isVisibleTo(dialog)
    assert dialog.chosen_keys() == (key,)
    qtbot.keyClicks(dialog.questions, "Hvordan får vi flere med i legen?")
    wait_for_preview(qtbot, dialog)
    assert dialog.pdf is not None and dialog.save_button.isEnabled()
    # Every child's name is offered for a check, as in a child's material.
    shown = {dialog.replacements.item(r, 0).text() for r in range(dialog.replacements.rowCount())}
    assert shown == {"Emil", "Ali"}
    target = tmp_path / "faellesskab.pdf"
    dialog.save_to(target)
    text = pdf_text(target)
    assert "kuglebane" in text and "Hvordan får vi flere med i legen?" in text
    for word in ("Emil", "Ali", "Spurvene", "Mælkebøtten"):
        assert word not in text
    ws.lock()
    leader = institution.unlock()
    [entry] = handouts.disclosure_log(leader)
    assert entry.child == handouts.GROUP_HANDOUT_LABEL and entry.narrative_keys == (key,)
    leader.lock()


def test_a_childs_open_plans_go_with_the_meeting_material_when_ticked(
    qtbot: QtBot, institution: Institution
) -> None:
    ws = institution.unlock("Rikke Sørensen")
    open_plan = plans.create_plan(
        ws, "Emil inviterer andre med, når han bygger.", date(2026, 12, 1), child="c-emil"
    )
    closed_plan = plans.create_plan(
        ws, "Emil fortæller ved samling.", date(2026, 1, 1), child="c-emil"
    )
    plans.add_follow_up(ws, closed_plan, date(2026, 2, 1), "Det gør han nu.", close=True)
    dialog = HandoutDialog(ws, "c-emil", "Emil J.")
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(dialog.date_from.date().addYears(-3))
    assert not dialog.plans_box.isVisibleTo(dialog)  # a parent handout carries no plans
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
    assert dialog.plans_box.isVisibleTo(dialog)
    assert dialog.chosen_plan_keys() == (open_plan,)
    wait_for_preview(qtbot, dialog)
    assert dialog.prepared is not None and dialog.prepared.plan_keys == (open_plan,)
    dialog.plans.item(0).setCheckState(dialog.plans.item(0).checkState().Unchecked)
    wait_for_preview(qtbot, dialog)
    assert dialog.prepared is not None and dialog.prepared.plan_keys == ()
    ws.lock()


def test_a_due_community_plan_on_the_start_page_opens_among_its_groups_plans(
    qtbot: QtBot, institution: Institution
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from narrativ.ui.main_window import MainWindow
    from tests.helpers.documents import PASSWORDS
    from tests.ui.test_writing_flow import unlock_as

    ws = institution.unlock("Rikke Sørensen")
    key = plans.create_plan(
        ws, "Drengene bygger sammen med andre.", date(2026, 1, 5), group="g-spurv",
        community=COMMUNITY,
    )  # fmt: skip
    ws.lock()
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.show()
    desk = unlock_as(qtbot, window, "Rikke Sørensen", PASSWORDS["Rikke Sørensen"])
    seen: list[tuple[str, str | None]] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PlansDialog):
            QTimer.singleShot(50, look_and_close)
            return
        plan = dialog.selected()
        seen.append((dialog.windowTitle(), plan.key if plan else None))
        dialog.accept()

    QTimer.singleShot(0, look_and_close)
    desk.open_plan(key)
    assert seen == [("Handleplaner for fællesskaber i Spurvene", key)]
    window.lock(manual=False)
