"""The sections of an interchange document, counted and fingerprinted for comparison.

Two exports of the same institution (from the file and from the server after a move) have
equal sections when each section's records, in a canonical order and canonical JSON, hash
the same. Records with a key are ordered by it; those without one (comments, history, read
marks, handout records) by their whole text, since their order in a file means nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

SECTIONS = (
    "groups",
    "staff",
    "children",
    "narratives",
    "plans",
    "comments",
    "revisions",
    "seen",
    "consents",
    "handouts",
    "themes",
    "settings",
)


@dataclass(frozen=True)
class SectionCheck:
    name: str
    count: int
    digest: str


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def section_check(document: dict[str, Any], name: str) -> SectionCheck:
    value = document.get(name)
    if isinstance(value, dict):  # settings: one object of name → value
        return SectionCheck(name, len(value), _digest(canonical(value)))
    records = sorted(value or [], key=lambda r: (str(r.get("key", "")), canonical(r)))
    return SectionCheck(name, len(records), _digest(canonical(records)))


def section_checks(document: dict[str, Any]) -> tuple[SectionCheck, ...]:
    return tuple(section_check(document, name) for name in SECTIONS)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
