"""Pseudo-localisation: every UI text longer and accented, so layouts that cut text off show.

Start the app with ``NARRATIV_PSEUDO=1`` and each text turns from ``&Lås`` into something
like ``[&Låš ĺ]``: about 40 % longer (translations often are, German above all), with
accents that need the full line height, and in brackets so a cut-off end is easy to spot.
Placeholders (``%1``, ``%n``), accelerators (``&L``), markup and file-dialog patterns stay
intact, so the app keeps working. A text that has no translation in the active language
is stretched as it is in the source (Danish).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

ENVIRONMENT_VARIABLE = "NARRATIV_PSEUDO"
STRETCH = 0.4

# Every letter keeps its shape and width class, so the stretch alone sets the length.
_ACCENTS = str.maketrans(
    "abcdeghijklnorstuwyzABCDEGHIJKLNORSTUWYZ",
    "áƀçďéĝĥíĵķĺñóŕšţúŵýžÅƁÇĎÉĜĤÍĴĶĹÑÓŔŠŢÚŴÝŽ",
)
# Words rather than one long run, so word-wrapped labels can still break the padding.
_PADDING = " ĺóŕéḿ íþšúḿ ďóĺóŕ šíţ áḿéţ çóñšéçţéţúŕ áďíþíšçíñĝ éĺíţ"
# Kept verbatim: placeholders (%1, %L1, %n), escaped and real accelerators (&&, &X),
# HTML tags and entities, and file-dialog filters such as "(*.pdf)".
_PROTECTED = re.compile(r"%L?\d+|%n|&&|&[A-Za-z]+;|&.|<[^>]*>|\([^()]*\*[^()]*\)", re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")
# Texts Qt reads as settings rather than shows (layout direction, key names in shortcuts).
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})
_UNTOUCHED_SOURCES = frozenset({"QT_LAYOUT_DIRECTION"})


def pseudo_requested() -> bool:
    return os.environ.get(ENVIRONMENT_VARIABLE, "").strip().lower() in {"1", "true", "yes", "on"}


def pseudo_text(text: str, stretch: float = STRETCH) -> str:
    """``text`` accented and padded by ``stretch`` of its length, in brackets."""
    if not text.strip():
        return text
    parts: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        parts.append(text[position : match.start()].translate(_ACCENTS))
        parts.append(match.group())
        position = match.end()
    parts.append(text[position:].translate(_ACCENTS))
    # Tags take no room on screen; placeholders and accelerators do.
    visible = len(_TAGS.sub("", text).replace("&&", "&"))
    wanted = max(2, math.ceil(visible * stretch))
    padding = (_PADDING * (wanted // len(_PADDING) + 1))[:wanted].rstrip()
    return "[" + "".join(parts) + padding + "]"


class PseudoTranslator(QTranslator):
    """Stretches the text the ``bases`` translators give (or the source text)."""

    def __init__(
        self,
        bases: Sequence[QTranslator] = (),
        stretch: float = STRETCH,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Copied: the caller may go on appending to its list (including this translator).
        self._bases = tuple(bases)
        self._stretch = stretch

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context in _UNTOUCHED_CONTEXTS or source_text in _UNTOUCHED_SOURCES:
            return ""  # the next translator, or Qt itself, answers
        text = source_text
        # Qt asks the most recently installed translator first; ask the others here so the
        # stretched text is the one the chosen language would show.
        for base in reversed(self._bases):
            translated = base.translate(context, source_text, disambiguation, n)
            if translated:
                text = translated
                break
        return pseudo_text(text, self._stretch)

    def isEmpty(self) -> bool:
        # An empty translator is installed without a LanguageChange event; this one is
        # never empty, whatever it has loaded (nothing).
        return False


def install_pseudo_translator(
    app: QCoreApplication, bases: Sequence[QTranslator] = ()
) -> list[QTranslator]:
    """Install a :class:`PseudoTranslator` over ``bases`` when ``NARRATIV_PSEUDO`` asks.

    Returns the installed translator in a list (empty when not asked), for the caller to
    keep alive beside its other translators.
    """
    if not pseudo_requested():
        return []
    translator = PseudoTranslator(bases, parent=app)
    app.installTranslator(translator)
    return [translator]
