"""Masking other children's names: every form, and only where the word is a name."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from narrativ.language.masking import Person, mask, plan_replacements

OTHERS = [
    Person("c1", "Åse", "pige"),
    Person("c2", "Bo", "dreng"),
    Person("c3", "Søren", "dreng"),
    Person("c4", "Lukas", None),
    Person("c5", "Sol", None),
    Person("c6", "Lærke", "pige"),
    Person("c7", "Anne-Sofie", "pige"),
]
KEEP = ["Emil", "Rikke"]


def masked(text: str) -> str:
    plan = plan_replacements([text], OTHERS, KEEP)
    return mask(text, OTHERS, plan, KEEP).text


def test_plain_genitive_initial_and_sentence_start() -> None:
    assert masked("Emil gav Åse spanden.") == "Emil gav en pige spanden."
    assert masked("Bos spand var væk.") == "En drengs spand var væk."
    assert masked("Emil lånte Lukas' cykel.") == "Emil lånte en kammerats cykel."
    assert masked("Emil og Søren M. legede.") == "Emil og en dreng legede."
    assert masked("Anne-Sofie grinede.") == "En pige grinede."


def test_words_that_only_look_like_names_stay() -> None:
    text = "Emil sad i solen, hvor de bor. Lærkens sang lød, og en lærke fløj."
    assert masked(text) == text


def test_each_child_keeps_one_phrase_through_the_handout() -> None:
    texts = ["Åse og Lærke byggede.", "Lærke hjalp Åse.", "Bo og Søren kom."]
    plan = plan_replacements(texts, OTHERS, KEEP)
    assert plan == {
        "c1": "en pige",
        "c6": "en anden pige",
        "c2": "en dreng",
        "c3": "en anden dreng",
    }
    assert mask(texts[1], OTHERS, plan, KEEP).text == "En anden pige hjalp en pige."


def test_spans_point_at_the_original_names() -> None:
    text = "Emil gav Åses bil til Bo."
    result = mask(text, OTHERS, plan_replacements([text], OTHERS, KEEP), KEEP)
    assert [(text[s.start : s.end], s.key) for s in result.spans] == [("Åses", "c1"), ("Bo", "c2")]


@given(
    st.lists(
        st.one_of(
            st.sampled_from([p.first_name for p in OTHERS] + ["Emil", "og", "legede", ","]),
            st.text(alphabet="abcæøå ", max_size=8),
        ),
        max_size=30,
    )
)
def test_no_other_childs_name_survives_as_a_word(words: list[str]) -> None:
    text = " ".join(words)
    out = masked(text)
    for person in OTHERS:
        assert not re.search(rf"(?<![\w-]){re.escape(person.first_name)}(?![\w-])", out)
