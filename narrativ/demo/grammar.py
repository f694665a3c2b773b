"""The bit of Danish grammar the demo stories need: genitives, pronouns, lists, slots."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

GIRL: Final = "pige"
BOY: Final = "dreng"

# Third person singular by gender; the reflexive "sin/sit/sine" is written literally in the
# material because it does not change with gender.
_PRONOUNS: Final[dict[str, dict[str, str]]] = {
    BOY: {"han": "han", "ham": "ham", "hans": "hans"},
    GIRL: {"han": "hun", "ham": "hende", "hans": "hendes"},
}

# Gendered nouns that role play in the stories needs ("du kan være prinsessen").
_ROLE_NOUNS: Final[dict[str, dict[str, str]]] = {
    BOY: {"søskende": "storebror", "prinsen": "prinsen", "konge": "konge"},
    GIRL: {"søskende": "storesøster", "prinsen": "prinsessen", "konge": "dronning"},
}

_NUMBER_WORDS: Final = ("nul", "et", "to", "tre", "fire", "fem", "seks", "syv", "otte")

#: ``{name}`` or ``{name.form}``; names and forms may hold æ, ø, å.
SLOT: Final = re.compile(r"\{(\w+)(?:\.(\w+))?\}")

# A lower-case letter that opens a sentence: at the very start, or after . ! ? and space.
# A sentence may open with a quotation mark (»Se!« sagde hun).
_SENTENCE_START: Final = re.compile(r"(^|[.!?]\s+)(»?)([a-zæøå])")


def genitive(name: str) -> str:
    """Danish genitive of a name: Emils, but Lukas', Felix', Liz'."""
    if name[-1:].lower() in ("s", "x", "z"):
        return name + "'"
    return name + "s"


def join_names(names: Sequence[str]) -> str:
    """``Alma``, ``Alma og Noah``, ``Alma, Noah og Ella``."""
    if not names:
        raise ValueError("join_names needs at least one name")
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " og " + names[-1]


def number_word(n: int) -> str:
    """Small numbers as Danish words; children's ages stay well inside the table."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def person_forms(
    first_name: str,
    gender: str,
    *,
    age_years: int | None = None,
    language: str | None = None,
) -> dict[str, str]:
    """Every form a slot may ask for about one child: ``{f}``, ``{f.s}``, ``{f.han}`` …"""
    forms = {"": first_name, "s": genitive(first_name), "forbogstav": first_name[:1]}
    for key, value in _PRONOUNS[gender].items():
        forms[key] = value
        forms[key.capitalize()] = value.capitalize()
    forms.update(_ROLE_NOUNS[gender])
    if age_years is not None:
        forms["alder"] = number_word(age_years)
    if language is not None:
        forms["sprog"] = language
    return forms


def fill_slots(text: str, lookup: Callable[[str, str], str]) -> str:
    """Replace each ``{name.form}`` by ``lookup(name, form)`` (form is "" when absent)."""
    return SLOT.sub(lambda m: lookup(m.group(1), m.group(2) or ""), text)


def capitalise_sentences(text: str) -> str:
    """Upper-case the first letter of each sentence.

    A slot can open a sentence (a weather phrase, a word list), and the material keeps its
    words in lower case so that they also fit mid-sentence.
    """
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), text)
