"""The writing guide, the question deck and the start page: content, behaviour and room."""

from __future__ import annotations

import dataclasses
import itertools
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from narrativ.errors import UserError
from narrativ.language import balance, lint
from narrativ.reports.question_cards import Question, load_questions
from narrativ.services.narrative_input import STORY_TYPES
from narrativ.services.workspace import Workspace
from narrativ.ui.editor.form import NarrativeEditor
from narrativ.ui.guide import question_of_the_day, start_page
from narrativ.ui.guide.question_of_the_day import (
    QuestionCard,
    daily_deck,
    interleave,
    question_for,
)
from narrativ.ui.guide.start_page import StartPage, save_cards
from narrativ.ui.guide.writing_guide import (
    SECTIONS,
    WritingGuide,
    WritingGuideDialog,
    load_guide,
)
from narrativ.ui.pseudo import PseudoTranslator
from narrativ.ui.style import STYLE_SHEET
from tests.ui.test_layout import Survey
from tests.ui.test_translations import installed

MONDAY = date(2026, 11, 2)
NAMED_THEMES = {
    "Inklusion og eksklusion",
    "Forældresamarbejde",
    "Tværfagligt samarbejde",
    "Etik",
    "Hverdagssituationer",
}


def flat(text: str) -> str:
    """Rich text turns <br/> into U+2028; compare words, not line breaks."""
    return " ".join(text.replace("\u2028", " ").split())


def weekdays(start: date, count: int) -> list[date]:
    days: list[date] = []
    day = start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


# -- the writing guide --------------------------------------------------------------------


def test_guide_shows_the_four_forms_and_three_kinds_of_example(qtbot: QtBot) -> None:
    guide = WritingGuide()
    qtbot.addWidget(guide)
    shown = flat(guide.plain_text())
    forms = guide.guide.forms
    assert [f.key for f in forms] == ["cannot", "can", "learning", "context"]
    for form in forms:
        assert form.name in shown
        assert flat(form.example) in shown
    assert [f.key for f in forms if f.avoid] == ["cannot"]

    examples = guide.guide.examples
    assert len(examples) == 3
    assert len({e.story_type for e in examples}) == 3
    assert {e.story_type for e in examples} <= set(STORY_TYPES)
    for example in examples:
        assert example.type_name in shown
        for part in (example.story, example.reflection, example.next_steps):
            assert part.strip()
            assert flat(part) in shown
    for section in SECTIONS:
        assert guide.guide.headings[section] in shown


def test_guide_prompts_are_the_editors_prompts(qtbot: QtBot, leader: Workspace) -> None:
    editor = NarrativeEditor(leader)
    qtbot.addWidget(editor)
    # Each text area is (title, prompt, edit): the guide names and quotes both.
    shown = [
        (area[0].text(), area[1].text())
        for area in (editor.story, editor.reflection, editor.next_steps)
    ]
    assert [(p.field, p.prompt) for p in load_guide().prompts] == shown


def test_example_narratives_pass_the_wording_check() -> None:
    for example in load_guide().examples:
        for field in ("story", "reflection", "next_steps"):
            text = getattr(example, field)
            hints = [(h.text, h.kind) for h in lint(text)]
            assert hints == [], f"{example.title} / {field}: {hints}"
            assert balance(text).leaning in {"strengths", "empty"}, (example.title, field)


def test_the_guides_own_examples_agree_with_the_wording_check() -> None:
    """What the guide calls a verdict is marked in the editor, and its rewrites are not."""
    guide = load_guide()
    for form in guide.forms:
        assert bool(lint(form.example)) == form.avoid, form.name
    for rewrite in guide.rewrites:
        assert lint(rewrite.instead_of), rewrite.instead_of
        assert lint(rewrite.write) == [], rewrite.write


def test_guide_text_is_escaped(qtbot: QtBot) -> None:
    base = load_guide()
    odd = dataclasses.replace(
        base.examples[0], story="Ida skrev <b>STOR</b> & lille på tavlen.", title="<i>x</i>"
    )
    guide = WritingGuide(guide=dataclasses.replace(base, examples=(odd, *base.examples[1:])))
    qtbot.addWidget(guide)
    shown = guide.plain_text()
    assert "Ida skrev <b>STOR</b> & lille på tavlen." in shown
    assert "<i>x</i>" in shown


def test_guide_jumps_to_a_section(qtbot: QtBot) -> None:
    guide = WritingGuide()
    qtbot.addWidget(guide)
    guide.resize(900, 600)
    with qtbot.waitExposed(guide):
        guide.show()
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == 0
    guide.show_section("examples")
    assert bar.value() > 0
    with pytest.raises(ValueError, match="unknown guide section"):
        guide.show_section("nowhere")


def test_guide_window_is_not_modal_and_fits_the_screen(qtbot: QtBot) -> None:
    dialog = WritingGuideDialog()
    qtbot.addWidget(dialog)
    assert not dialog.isModal()
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.guide.guide.examples


# -- the question deck --------------------------------------------------------------------


def test_the_deck_has_enough_distinct_questions_in_the_themes() -> None:
    deck = load_questions()
    assert len(deck) >= 40
    themes = {q.theme for q in deck}
    assert len(themes) >= 5
    assert themes >= NAMED_THEMES
    for question in deck:
        assert question.theme.strip() and question.text.strip()
        assert question.text.rstrip().endswith("?"), question.text
    normalised = [" ".join(q.text.casefold().split()) for q in deck]
    assert len(set(normalised)) == len(normalised)
    for theme in themes:
        assert sum(q.theme == theme for q in deck) >= 5, theme


def test_the_questions_use_the_wording_they_ask_for() -> None:
    for question in load_questions():
        assert lint(question.text) == [], question.text


def test_question_for_is_deterministic() -> None:
    first = question_for(MONDAY)
    question_of_the_day.daily_deck.cache_clear()  # as on another PC: the deck read anew
    assert question_for(MONDAY) == first
    assert question_for(MONDAY) in load_questions()


def test_question_for_cycles_through_the_deck_on_weekdays() -> None:
    deck = daily_deck()
    days = weekdays(MONDAY, len(deck) + 1)
    cycle = [question_for(day) for day in days[:-1]]
    assert sorted(cycle, key=deck.index) == list(deck)  # every question exactly once
    assert question_for(days[-1]) == cycle[0]  # and then again from the start
    # Interleaved: the meeting question does not stay on one theme for days.
    assert all(a.theme != b.theme for a, b in itertools.pairwise(cycle))
    saturday, sunday = MONDAY + timedelta(days=5), MONDAY + timedelta(days=6)
    friday = MONDAY + timedelta(days=4)
    assert question_for(saturday) == question_for(sunday) == question_for(friday)


def test_question_for_needs_a_deck() -> None:
    with pytest.raises(ValueError, match="empty"):
        question_for(MONDAY, deck=())


def test_interleave_takes_one_theme_at_a_time() -> None:
    deck = [Question("A", f"a{i}?") for i in range(3)] + [Question("B", "b0?")]
    assert [q.text for q in interleave(deck)] == ["a0?", "b0?", "a1?", "a2?"]


def test_question_card_shows_theme_and_question_as_plain_text(qtbot: QtBot) -> None:
    card = QuestionCard(Question("Etik", "Hvad betyder <b> & »vi«?"))
    qtbot.addWidget(card)
    assert card.theme.text() == "Etik"
    assert card.question.text() == "Hvad betyder <b> & »vi«?"
    assert card.question.textFormat() == Qt.TextFormat.PlainText


# -- the start page -----------------------------------------------------------------------


def page(qtbot: QtBot, is_leader: bool, folder: str | None = None) -> StartPage:
    widget = StartPage("Hanne Østergaard", is_leader, folder, MONDAY)
    qtbot.addWidget(widget)
    return widget


def test_start_page_buttons_emit_their_signals(qtbot: QtBot) -> None:
    start = page(qtbot, is_leader=True)
    assert start.print_button is not None
    for button, signal in (
        (start.write_button, start.write_requested),
        (start.quick_button, start.quick_note_requested),
        (start.guide_button, start.guide_requested),
        (start.print_button, start.print_cards_requested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_start_page_greets_by_first_name(qtbot: QtBot) -> None:
    assert page(qtbot, is_leader=False).greeting.text() == "Hej Hanne"


def test_start_page_says_where_backups_go(qtbot: QtBot) -> None:
    folder = "/media/usb/Narrativ – kopier & mere"
    chosen = page(qtbot, False, folder)
    assert chosen.backup_label.text() == f"Sikkerhedskopier gemmes i {folder}."
    educator = page(qtbot, False, None)
    assert educator.backup_label.text() == (
        "Der er ikke valgt en mappe til sikkerhedskopier endnu – lederen vælger den under "
        "Indstillinger."
    )
    leader = page(qtbot, True, "  ")
    assert leader.backup_label.text().startswith(
        "Der er ikke valgt en mappe til sikkerhedskopier endnu"
    )
    assert "Indstillinger" in leader.backup_label.text()
    leader.set_backup_folder("D:\\Kopier")
    assert leader.backup_label.text() == "Sikkerhedskopier gemmes i D:\\Kopier."
    assert "pengeskab" in leader.recovery_label.text()


def test_only_leaders_get_the_question_of_the_day(qtbot: QtBot) -> None:
    leader = page(qtbot, is_leader=True)
    assert leader.question_card is not None
    assert leader.question_card.current == question_for(MONDAY)
    assert len(leader.findChildren(QuestionCard)) == 1

    educator = page(qtbot, is_leader=False)
    assert educator.question_card is None and educator.print_button is None
    assert educator.findChildren(QuestionCard) == []
    texts = " ".join(label.text() for label in educator.findChildren(QLabel))
    assert question_for(MONDAY).text not in texts


@pytest.mark.parametrize("is_leader", [True, False])
@pytest.mark.parametrize("size", [(1366, 768), (911, 512)])  # 911×512: 1366×768 at 150 %
def test_start_page_has_room_for_longer_texts(
    qtbot: QtBot, qapp: QApplication, is_leader: bool, size: tuple[int, int]
) -> None:
    qapp.setStyleSheet(STYLE_SHEET)  # the app's look: bold titles and padding take room
    try:
        with installed(PseudoTranslator()):
            survey = Survey(qtbot, "pseudo")
            start = StartPage(
                "Hanne Østergaard", is_leader, "D:\\Narrativ-sikkerhedskopier", MONDAY
            )
            start.resize(*size)
            survey.show(start)
            survey.check(start, "start page")
    finally:
        qapp.setStyleSheet("")
    assert survey.found == []


# -- saving the cards ---------------------------------------------------------------------


def test_save_cards_writes_a_private_pdf(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "kort"), ""))
    saved = save_cards(None)
    assert saved == tmp_path / "kort.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_save_cards_cancelled_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert save_cards(None) is None
    assert list(tmp_path.iterdir()) == []


def test_save_cards_says_so_when_the_folder_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "findes ikke" / "kort.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    shown: list[BaseException] = []
    monkeypatch.setattr(start_page, "show_error", lambda parent, error: shown.append(error))
    assert save_cards(None) is None
    assert len(shown) == 1 and isinstance(shown[0], UserError)
    assert "kunne ikke gemmes" in shown[0].message
    assert str(target.parent) in shown[0].message
