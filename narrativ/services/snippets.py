"""A short excerpt of a text around the first word that matched a search."""

from __future__ import annotations

import re

from narrativ.store.fts_query import query_terms

WIDTH = 160


def snippet(texts: list[str], query: str, width: int = WIDTH) -> str:
    """The first text with a match, cut to about ``width`` characters around it.

    Matching mirrors the index: a word that starts with a search term.
    """
    terms = query_terms(query)
    pattern = (
        re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(t) for t in terms) + ")", re.IGNORECASE)
        if terms
        else None
    )
    flat_texts = [" ".join(t.split()) for t in texts if t and t.strip()]
    for flat in flat_texts:
        found = pattern.search(flat) if pattern else None
        if found is not None:
            return _window(flat, found.start(), width)
    return _window(flat_texts[0], 0, width) if flat_texts else ""


def _window(flat: str, at: int, width: int) -> str:
    start = max(0, at - width // 3)
    if start > 0:
        space = flat.rfind(" ", 0, start)
        start = space + 1 if space != -1 and start - space < 20 else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    return prefix + flat[start:end].strip() + suffix
