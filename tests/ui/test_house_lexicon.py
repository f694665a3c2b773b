"""A house's own word list beside the database extends the hints in the editor and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

from pytestqt.qtbot import QtBot

from narrativ.services.wording import extension_path, house_lexicon
from narrativ.ui.main_window import MainWindow
from tests.conftest import Institution

HOUSE_WORDS = {
    "format": "narrativ-lexicon",
    "version": 1,
    "entries": {
        "label": [
            {"phrase": "krudtugle", "inflect": "noun", "suggestion": "Beskriv, hvad barnet gjorde."}
        ]
    },
}


def test_house_words_are_marked_in_the_editor(qtbot: QtBot, institution: Institution) -> None:
    sentence = "Emil er en krudtugle i garderoben."
    window = MainWindow(institution.path)
    qtbot.addWidget(window)
    window.open_desk(institution.unlock("Rikke Sørensen"))
    assert window.desk is not None
    window.desk.editor.story[2].setPlainText(sentence)
    assert window.desk.editor.refresh_hints() == []
    window.lock(manual=False)

    extension_path(institution.path).write_text(json.dumps(HOUSE_WORDS), encoding="utf-8")
    window.open_desk(institution.unlock("Rikke Sørensen"))
    window.desk.editor.story[2].setPlainText(sentence)
    assert [h.text for h in window.desk.editor.refresh_hints()] == ["krudtugle"]
    window.lock(manual=False)


def test_a_broken_house_file_falls_back_with_a_message(institution: Institution) -> None:
    extension_path(institution.path).write_text("{ ikke json", encoding="utf-8")
    house = house_lexicon(institution.path)
    assert house.problem and "narrativ-ordliste.json" in house.problem


def test_cli_lint_takes_a_house_lexicon(tmp_path) -> None:  # type: ignore[no-untyped-def]
    words = tmp_path / "ordliste.json"
    words.write_text(json.dumps(HOUSE_WORDS), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "narrativ", "lint", "--lexicon", str(words), "-"],
        input="Bo er en krudtugle.",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [h["text"] for h in json.loads(result.stdout)] == ["krudtugle"]
