"""Turn anything a person types into a safe FTS5 query.

Every word becomes a quoted prefix term, so quotes, ``AND``, ``NEAR(``, ``*``, ``:`` and
column filters in the input are plain text, never syntax; nothing typed can raise.
"""

from __future__ import annotations

import re
import unicodedata

# The same split as FTS5's unicode61 tokenizer: letters and digits are word characters,
# everything else separates words.
_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 16
MAX_TERM_LENGTH = 64


def query_terms(text: str) -> list[str]:
    """The words of ``text``, case-folded and NFC-normalised, at most MAX_TERMS of them."""
    normalised = unicodedata.normalize("NFC", text)
    terms: list[str] = []
    for match in _WORD.finditer(normalised):
        term = match.group().casefold()[:MAX_TERM_LENGTH]
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def fts5_query(text: str) -> str | None:
    """All words must occur, each as a prefix: ``leg sand`` finds "legede i sandkassen".

    Returns None when there is nothing to search for.
    """
    terms = query_terms(text)
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)
