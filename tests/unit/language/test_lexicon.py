"""Loading the lexicon: the shipped file, institution extensions and clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from narrativ.language import (
    CANNOT,
    DEFICIT,
    LABEL,
    TOTALISING,
    LexiconError,
    default_lexicon,
    lint,
    load_lexicon,
)
from narrativ.language.lexicon import shipped_lexicon_path


def write(tmp_path: Path, data: Any, name: str = "institution.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_shipped_lexicon_loads_and_is_cached() -> None:
    assert shipped_lexicon_path().is_file()
    lexicon = default_lexicon()
    assert lexicon is default_lexicon()
    assert len(lexicon.entries) > 50
    assert {e.kind for e in lexicon.entries} == {TOTALISING, LABEL, DEFICIT}
    assert lexicon.cannot.forms


def test_load_without_extensions_equals_the_default() -> None:
    text = "Han kan ikke vente, han er altid sur og en ballademager."
    assert lint(text, load_lexicon()) == lint(text)


def test_extension_adds_a_word(tmp_path: Path) -> None:
    text = "Han er en rigtig skrigehals, og hun er tøsefornærmet."
    assert lint(text) == []
    extension = write(
        tmp_path,
        {
            "entries": {
                "label": [
                    {
                        "phrase": "skrigehals",
                        "inflect": "noun",
                        "suggestion": "Hvad ville barnet sige? Beskriv situationen.",
                    },
                    "tøsefornærmet",
                ]
            }
        },
    )
    lexicon = load_lexicon(extension)
    hints = lint(text, lexicon)
    assert [(h.text, h.kind) for h in hints] == [
        ("skrigehals", LABEL),
        ("tøsefornærmet", LABEL),
    ]
    assert hints[0].suggestion == "Hvad ville barnet sige? Beskriv situationen."
    # a plain string entry gets the default suggestion for its kind
    assert hints[1].suggestion == lexicon.suggestions[LABEL]
    # Snowball finds the inflected forms of a noun entry
    assert [h.text for h in lint("Skrigehalsene larmede.", lexicon)] == ["Skrigehalsene"]


def test_extension_adds_a_cannot_form_and_an_exception(tmp_path: Path) -> None:
    extension = write(
        tmp_path,
        {
            "cannot": {"forms": [{"verb": "gider|gad", "tail": "ikke", "subordinate": True}]},
            "exceptions": ["altid glad"],
        },
    )
    lexicon = load_lexicon(extension)
    assert [(h.text, h.kind) for h in lint("Han gider ikke rydde op.", lexicon)] == [
        ("gider ikke", CANNOT)
    ]
    assert lint("Hun er altid glad.", lexicon) == []
    assert lint("Hun er altid glad.") != []


def test_extension_can_disable_a_shipped_entry(tmp_path: Path) -> None:
    extension = write(tmp_path, {"disable": ["genert"]})
    assert lint("Hun er genert.") != []
    assert lint("Hun er genert.", load_lexicon(extension)) == []


def test_extension_overrides_a_default_suggestion(tmp_path: Path) -> None:
    extension = write(tmp_path, {"suggestions": {"label": "Hvad så du barnet gøre?"}})
    (hint,) = lint("Hun er tarvelig.", load_lexicon(extension))
    assert hint.suggestion == "Hvad så du barnet gøre?"


def test_several_extensions_apply_in_order(tmp_path: Path) -> None:
    first = write(tmp_path, {"entries": {"label": ["skrigehals"]}}, "a.json")
    second = write(
        tmp_path,
        {"entries": {"label": [{"phrase": "skrigehals", "suggestion": "Nyt forslag."}]}},
        "b.json",
    )
    (hint,) = lint("Han er en skrigehals.", load_lexicon(first, second))
    assert hint.suggestion == "Nyt forslag."


def test_extension_does_not_change_the_default(tmp_path: Path) -> None:
    load_lexicon(write(tmp_path, {"entries": {"label": ["skrigehals"]}}))
    assert lint("Han er en skrigehals.") == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([1, 2], "JSON-objekt"),
        ({"entries": {"praise": ["sød"]}}, "ukendt slags"),
        ({"entries": {"label": [{"word": "sød"}]}}, "ukendt nøgle"),
        ({"entries": {"label": [{"phrase": "sød", "inflect": "verb"}]}}, "inflect"),
        ({"entries": {"label": [{"phrase": "sød", "context": "maybe"}]}}, "context"),
        ({"entries": {"label": [{"phrase": "sød og rar", "inflect": "adjective"}]}}, "enkelt"),
        ({"entries": {"label": [{"phrase": "sød", "suggestion": "Hej {navn}"}]}}, "ukendte"),
        ({"entries": {"label": ["@barn"]}}, "ordklasse"),
        ({"entries": {"label": ["måske? sød"]}}, "første ord"),
        ({"exceptions": "altid"}, "liste"),
        ({"words": {"colours": ["rød"]}}, "ukendt ordliste"),
        ({"rules": {}}, "ukendt afsnit"),
        ({"version": 2}, "version"),
        ({"format": "something-else"}, "format"),
        ({"cannot": {"forms": [{"verb": "kan"}]}}, "tail"),
    ],
)
def test_bad_extension_gives_a_danish_error(tmp_path: Path, data: Any, message: str) -> None:
    path = write(tmp_path, data)
    with pytest.raises(LexiconError) as raised:
        load_lexicon(path)
    assert message in str(raised.value)
    assert "institution.json" in str(raised.value)


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "institution.json"
    path.write_text('{\n  "entries": {\n    "label": ["sød",]\n  }\n}', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"ugyldig JSON i linje 3"):
        load_lexicon(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="findes ikke"):
        load_lexicon(tmp_path / "missing.json")


def test_file_not_in_utf8(tmp_path: Path) -> None:
    path = tmp_path / "institution.json"
    path.write_bytes('{"entries": {"label": ["sær"]}}'.encode("latin-1"))
    with pytest.raises(LexiconError, match="UTF-8"):
        load_lexicon(path)


def test_lexicon_error_is_a_value_error() -> None:
    assert issubclass(LexiconError, ValueError)


def test_the_example_in_the_lexicon_readme_works(tmp_path: Path) -> None:
    readme = shipped_lexicon_path().with_name("README.md").read_text(encoding="utf-8")
    example = readme.split("```json\n", 1)[1].split("```", 1)[0]
    lexicon = load_lexicon(write(tmp_path, json.loads(example)))
    text = "Hun er tøsefornærmet og et særbarn, men altid glad. Han er genert."
    assert [(h.text, h.kind) for h in lint(text, lexicon)] == [
        ("tøsefornærmet", LABEL),
        ("særbarn", DEFICIT),
    ]
