"""The wording hints' lexicon for one institution: the shipped one plus the house's own words.

A leader extends it with a file ``narrativ-ordliste.json`` beside the database, in the format
of ``resources/language/lexicon.json`` (see ``resources/language/README.md``). A broken file
is reported and the shipped lexicon is used meanwhile; hints are advice, never a blocker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from narrativ.language import Lexicon, LexiconError, default_lexicon, load_lexicon

EXTENSION_NAME = "narrativ-ordliste.json"


def extension_path(database: Path) -> Path:
    return Path(database).with_name(EXTENSION_NAME)


@dataclass(frozen=True)
class HouseLexicon:
    lexicon: Lexicon
    problem: str | None = None  # a Danish message when the house's file could not be used


_cache: dict[tuple[str, float], HouseLexicon] = {}


def house_lexicon(database: Path) -> HouseLexicon:
    path = extension_path(database)
    if not path.exists():
        return HouseLexicon(default_lexicon())
    stamp = (str(path), path.stat().st_mtime)
    if stamp not in _cache:
        try:
            _cache[stamp] = HouseLexicon(load_lexicon(path))
        except LexiconError as error:
            _cache[stamp] = HouseLexicon(default_lexicon(), str(error))
    return _cache[stamp]
