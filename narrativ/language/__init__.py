"""Strength-focused writing support for narratives (pure Python: no Qt, no database).

``lint(text)`` marks wording that turns a situation into a verdict about the child —
"kan ikke"-forms, totalising words, labels and deficit nouns — each with a concrete
Danish suggestion. The words and rules live in ``resources/language/lexicon.json``;
an institution can add its own file of the same shape (``load_lexicon(path)``).
"""

from narrativ.language.balance import Balance, balance
from narrativ.language.hints import CANNOT, DEFICIT, KINDS, LABEL, TOTALISING, Hint
from narrativ.language.lexicon import Lexicon, LexiconError, default_lexicon, load_lexicon
from narrativ.language.linter import lint

__all__ = [
    "CANNOT",
    "DEFICIT",
    "KINDS",
    "LABEL",
    "TOTALISING",
    "Balance",
    "Hint",
    "Lexicon",
    "LexiconError",
    "balance",
    "default_lexicon",
    "lint",
    "load_lexicon",
]
