"""Behaviour of lint(): what is marked, what is not, and exactly where."""

from __future__ import annotations

from itertools import pairwise

import pytest

from narrativ.language import CANNOT, DEFICIT, LABEL, TOTALISING, Hint, lint


def marked(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.kind) for h in lint(text)]


# --- offsets -------------------------------------------------------------------------


def test_offsets_are_exact_python_indices() -> None:
    text = "Lasse kan ikke sidde stille til samling."
    (hint,) = lint(text)
    assert hint == Hint(
        start=6,
        end=14,
        text="kan ikke",
        kind=CANNOT,
        suggestion=hint.suggestion,
    )
    assert text[hint.start : hint.end] == "kan ikke"


def test_offsets_with_danish_letters_emoji_and_newlines() -> None:
    text = "Åse 😊 og Ødis legede.\n\nBjørn er altid sur på Ærø – han er en ballademager."
    hints = lint(text)
    assert [(h.text, h.kind) for h in hints] == [
        ("altid", TOTALISING),
        ("ballademager", DEFICIT),
    ]
    for h in hints:
        assert text[h.start : h.end] == h.text


def test_hints_are_sorted_and_do_not_overlap() -> None:
    text = "Han kan overhovedet ikke sidde stille, og han er altid en urolig type."
    hints = lint(text)
    assert [h.start for h in hints] == sorted(h.start for h in hints)
    for a, b in pairwise(hints):
        assert a.end <= b.start
    # "kan overhovedet ikke" is one "kan ikke"-hint, not also a totalising one
    assert marked(text) == [
        ("kan overhovedet ikke", CANNOT),
        ("altid", TOTALISING),
        ("urolig", LABEL),
    ]


def test_empty_and_blank_text() -> None:
    assert lint("") == []
    assert lint("   \n\t ") == []


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        lint(b"kan ikke")  # type: ignore[arg-type]


# --- case and word boundaries --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Han er ALTID sidst.", "Han er Altid sidst.", "han er altid sidst."],
)
def test_matching_ignores_case(text: str) -> None:
    assert marked(text) == [(text.split()[2], TOTALISING)]


def test_case_is_kept_in_the_hint_text() -> None:
    assert marked("ADHD-Barn og Problembarn.") == [
        ("ADHD-Barn", LABEL),
        ("Problembarn", DEFICIT),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Altidens ting ligger i kassen.",  # not "altid"
        "Der var uro i garderoben.",  # "urolig" must not match "uro"
        "Der var vold i filmen, så vi slukkede.",  # "voldelig" must not match "vold"
        "Han surmulede lidt og legede videre.",  # not "sur"
        "Hun fandt en aldrigvisnende blomst.",
    ],
)
def test_words_inside_other_words_are_not_marked(text: str) -> None:
    assert lint(text) == []


def test_sour_milk_is_not_a_sour_child() -> None:
    assert lint("Mælken var sur, så vi hentede en ny.") == []
    assert lint("Børnene fik sure bolsjer.") == []
    assert marked("Hun er sur.") == [("sur", LABEL)]
    assert marked("Han er en sur dreng.") == [("sur", LABEL)]


# --- inflections ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Han er doven.", "doven"),
        ("De er dovne.", "dovne"),
        ("Hun er umulig.", "umulig"),
        ("Barnet er umuligt i dag.", "umuligt"),
        ("Drengene var umulige.", "umulige"),
        ("Han er aggressiv.", "aggressiv"),
        ("Han er aggressivt anlagt.", "aggressivt"),
        ("De er nogle aggressive drenge.", "aggressive"),
        ("Hun er et forkælet barn.", "forkælet"),
        ("De forkælede børn.", "forkælede"),
        ("Han er en uopdragen dreng.", "uopdragen"),
        ("De uopdragne børn.", "uopdragne"),
        ("Han er dum.", "dum"),
        ("De dumme drenge.", "dumme"),
        ("Hun er problematisk.", "problematisk"),
        ("Pigerne er problematiske.", "problematiske"),
    ],
)
def test_adjective_forms_are_labels(text: str, word: str) -> None:
    assert (word, LABEL) in marked(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Han er en ballademager.", "ballademager"),
        ("Ballademageren kom først.", "Ballademageren"),
        ("De er to ballademagere.", "ballademagere"),
        ("Ballademagerne fra rød stue.", "Ballademagerne"),
        ("Han er et problembarn.", "problembarn"),
        ("Problembørnene sidder sammen.", "Problembørnene"),
        ("Hun har sprogvanskeligheder.", "sprogvanskeligheder"),
        ("Han har koncentrationsproblemer.", "koncentrationsproblemer"),
    ],
)
def test_noun_forms_are_deficits(text: str, word: str) -> None:
    assert (word, DEFICIT) in marked(text)


# --- "kan ikke"-forms ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Lasse kan ikke vente.", "kan ikke"),
        ("Lasse kunne ikke vente.", "kunne ikke"),
        ("Ida formår ikke at vente.", "formår ikke"),
        ("Ida magter ikke at vente.", "magter ikke"),
        ("Ida evner ikke at vente.", "evner ikke"),
        ("Ida er ikke i stand til at vente.", "er ikke i stand til"),
        ("Ida har svært ved at vente.", "har svært ved"),
        ("Ida har stadig lidt svært ved at vente.", "har stadig lidt svært ved"),
        ("Til samling kan Lasse ikke vente.", "kan Lasse ikke"),
        ("Vi ser, at han ikke kan vente.", "ikke kan"),
        ("Han er en dreng, der ikke kan vente.", "ikke kan"),
        ("Kan ikke vente på tur.", "Kan ikke"),
    ],
)
def test_cannot_forms(text: str, span: str) -> None:
    assert marked(text) == [(span, CANNOT)]


@pytest.mark.parametrize(
    "text",
    [
        "Ida gav ikke op.",
        "Hun var ikke bange.",
        "Malthe lod sig ikke slå ud.",
        "Han var ikke før kommet ind, så løb han hen til Ali.",
        "Hun kunne ikke lade være med at grine.",
        "Han kunne ikke lade være med at smile, da han så mor.",
        "Freja kunne ikke vente med at vise sin tegning.",
        "Hun kan ikke få nok af gyngen.",
        "Han kunne næsten ikke sidde stille af begejstring.",
        "Hun kunne ikke skjule sin stolthed.",
        "Emil kan ikke lide tomater.",
        "Hun kan ikke tåle mælk.",
        "Hun kunne ikke nå håndtaget, så hun hentede en skammel.",
        "Vi kan ikke vide, hvad han tænkte.",
        "Man kan ikke se det på ham.",
        "Det kan ikke udelukkes.",
        "Tårnet kunne ikke holde.",
        "Jeg kunne ikke høre, hvad de sagde.",
        "Kan han ikke vente?",
        "Hvorfor kan Lasse ikke vente, når der er mange børn?",
        "Når Ida ikke kan nå, henter hun en stol.",
        "Hvis han ikke kan vente, hjælper vi ham.",
        "Han har ikke svært ved at finde en ven.",
        "Vi har svært ved at se, hvad han vil.",
        "Han kan godt vente.",
    ],
)
def test_strength_sentences_with_negations_are_not_marked(text: str) -> None:
    assert lint(text) == []


def test_joy_idiom_only_for_joy() -> None:
    assert lint("Han kunne ikke lade være med at grine.") == []
    assert marked("Han kunne ikke lade være med at slå.") == [("kunne ikke", CANNOT)]


def test_quoted_speech_is_not_marked() -> None:
    assert lint('"Jeg kan ikke!" råbte Viggo, men han prøvede igen.') == []
    assert lint("Ida sagde: „Du er altid så dum“, og gik.") == []
    assert lint("Han råbte »aldrig!« og lo.") == []
    assert lint("Hun sagde: 'Jeg vil aldrig lege med dig', og gik.") == []
    # outside the quotes the writer's own words still count
    assert marked('"Hej," sagde Ali, der altid kommer først.') == [("altid", TOTALISING)]


def test_apostrophe_in_a_word_does_not_open_a_quote() -> None:
    assert marked("Han er ADHD'er og kan ikke vente.") == [
        ("ADHD'er", LABEL),
        ("kan ikke", CANNOT),
    ]


# --- suggestions ---------------------------------------------------------------------


def test_cannot_suggestion_uses_the_verb_and_the_child() -> None:
    (hint,) = lint("Lasse kan ikke vente på tur.")
    assert "Lasse er ved at lære at vente" in hint.suggestion
    assert "hvornår det lykkes" in hint.suggestion


def test_cannot_suggestion_keeps_a_particle_and_drops_the_setting() -> None:
    (hint,) = lint("Han kan ikke sidde stille til samling.")
    assert "'Han er ved at lære at sidde stille'" in hint.suggestion
    (hint,) = lint("Hun kan ikke tage tøj på.")
    assert "'Hun er ved at lære at tage tøj på'" in hint.suggestion
    (hint,) = lint("Han kunne ikke finde ud af at tage jakken på.")
    assert "'Han er ved at lære at tage jakken på'" in hint.suggestion


def test_cannot_suggestion_without_a_verb_is_general() -> None:
    (hint,) = lint("Hun har svært ved overgange.")
    assert "er ved at lære" in hint.suggestion
    assert "overgange" not in hint.suggestion


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Han er altid sidst.", "'altid'"),
        ("Hun er genert.", "kigger først an"),
        ("Han er stædig.", "vedholdenhed"),
        ("Han er en ballademager.", "hvad barnet gjorde"),
        ("Han er autist.", "diagnose"),
    ],
)
def test_suggestions_are_specific(text: str, expected: str) -> None:
    (hint,) = lint(text)
    assert expected.lower() in hint.suggestion.lower()


def test_every_hint_has_a_danish_suggestion() -> None:
    text = (
        "Han kan ikke vente. Hun er altid sur. Han er en ballademager. "
        "Hun er doven. Han har adfærdsproblemer. Sådan er han bare."
    )
    for hint in lint(text):
        assert hint.suggestion.strip()
        assert "{" not in hint.suggestion


# --- labels in context ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Det var umuligt at nå bussen.",
        "Opgaven var vanskelig for ham.",
        "Det var en doven søndag.",
        "Et frækt smil bredte sig.",
        "Han er ikke doven.",
        "Hun blev sur, da tårnet væltede.",
        "Hun var lidt genert i starten.",
        "Han er sur på Ali.",
        "Han er urolig i dag.",
        "Hun blev udfordret af klatrevæggen.",
        "Aksel fandt den manglende brik.",
        "Han mangler sin hue.",
        "Han løste problemet selv.",
        "Freja byggede sådan en flot hule.",
        "Hver gang vi synger, klapper Bjørn med.",
        "Hun havde aldrig før klatret så højt.",
        "Han gav aldrig op.",
        "Det lykkes ikke altid, men hun bliver ved.",
    ],
)
def test_words_that_are_not_about_the_child(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lasse er doven.", "doven"),
        ("I dag var Lasse helt umulig.", "umulig"),
        ("Han har været umulig i dag.", "umulig"),
        ("Vi oplever ham som urolig.", "urolig"),
        ("Vi oplever Lasse som urolig.", "urolig"),
        ("Han er en dreng, der er doven.", "doven"),
        ("Vi så den dovne Lasse.", "dovne"),
        ("Han har en tendens til at være aggressiv.", "aggressiv"),
        ("Søren er doven.", "doven"),
    ],
)
def test_labels_about_the_child(text: str, word: str) -> None:
    assert (word, LABEL) in marked(text)


def test_a_list_of_labels_is_marked_word_by_word() -> None:
    assert marked("Han er dum, doven og uopdragen.") == [
        ("dum", LABEL),
        ("doven", LABEL),
        ("uopdragen", LABEL),
    ]


def test_positive_totalising_is_still_totalising() -> None:
    # A narrative describes a situation; "altid" generalises even when it is kind.
    assert marked("Hun hjælper altid de små.") == [("altid", TOTALISING)]
