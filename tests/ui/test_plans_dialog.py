"""A child's action plans in the app: create one, follow up, close it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from narrativ.services import plans
from narrativ.ui.plans.dialog import PlansDialog
from tests.conftest import Institution


def test_create_follow_up_and_close_a_plan(qtbot: QtBot, institution: Institution) -> None:
    ws = institution.unlock("Rikke Sørensen")
    dialog = PlansDialog(ws, "c-emil", "Emil J.")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0
    dialog.create()
    assert "se mere af" in dialog.message.text()  # nothing written yet: a clear message
    qtbot.keyClicks(dialog.want, "Emil tager initiativ til lege med andre.")
    qtbot.keyClicks(dialog.who, "Rikke")
    dialog.create()
    assert dialog.list.count() == 1 and dialog.follow_button.isEnabled()
    assert "Emil tager initiativ" in dialog.view.toPlainText()
    qtbot.keyClicks(dialog.happened, "Emil inviterede Åse med.")
    dialog.follow_up(close=False)
    assert "Emil inviterede Åse med." in dialog.view.toPlainText()
    qtbot.keyClicks(dialog.happened, "Det lykkes nu af sig selv.")
    dialog.follow_up(close=True)
    assert not dialog.follow_button.isEnabled()
    [plan] = plans.list_plans(ws, child="c-emil")
    assert plan.status == "closed" and len(plan.follow_ups) == 2
    ws.lock()
