"""Mark the searched words in an already escaped HTML text, keeping it escaped."""

from __future__ import annotations

import re
import unicodedata
from html import escape, unescape

HIGHLIGHT_OPEN = '<span style="background:#ffe58a">'
HIGHLIGHT_CLOSE = "</span>"

# The search's own word split: letters and digits are words, everything else separates
# them. A word is marked when it starts with one of the typed words, as the search matches.
_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"(<[^>]*>)")
# The search looks at no more words, and no longer ones, than this.
MAX_WORDS = 16
MAX_WORD_LENGTH = 64


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def search_words(query: str) -> list[str]:
    words: list[str] = []
    for match in _WORD.finditer(query):
        word = _folded(match.group())[:MAX_WORD_LENGTH]
        if word not in words:
            words.append(word)
        if len(words) == MAX_WORDS:
            break
    return words


def _mark_text(text: str, words: list[str]) -> str:
    """``text`` is plain (unescaped); the result is escaped HTML with the words marked."""
    parts: list[str] = []
    position = 0
    for match in _WORD.finditer(text):
        if any(_folded(match.group()).startswith(word) for word in words):
            parts.append(escape(text[position : match.start()], quote=False))
            parts.append(HIGHLIGHT_OPEN + escape(match.group(), quote=False) + HIGHLIGHT_CLOSE)
            position = match.end()
    parts.append(escape(text[position:], quote=False))
    return "".join(parts)


def highlight_html(html: str, query: str) -> str:
    """Wrap each word of ``html``'s text that starts with a word of ``query`` in a marker.

    Only text between tags changes. Each text run is unescaped, searched and escaped again,
    so an entity such as ``&lt;`` or ``&amp;`` is never split and typed markup stays text.
    """
    words = search_words(query)
    if not words:
        return html
    pieces = _TAG.split(html)
    for i in range(0, len(pieces), 2):  # even pieces are text, odd ones tags
        if pieces[i]:
            pieces[i] = _mark_text(unescape(pieces[i]), words)
    return "".join(pieces)
