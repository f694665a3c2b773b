"""The interchange file: reading it with exact error positions, and checking every field.

Validation is complete before anything is written, so a bad file changes nothing; each
problem names the field (``narratives[3].date``) and, for broken JSON, the line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from narrativ.errors import InvalidInput
from narrativ.services.narrative_input import STORY_TYPES
from narrativ.store.models import AGE_BANDS, GENDERS, PARTS_OF_DAY, ROLES, STATUSES

FORMAT = "narrativ-interchange"
# 2 added action plans, 3 the records around them (comments, history, consents, handouts,
# the house's tags and settings). Every addition is optional, so an older file reads as one
# with empty sections; the number still goes up, so an older Narrativ refuses a file it
# would otherwise import in part, silently dropping what it does not know.
VERSION = 3
KEY = re.compile(r"^[^\W_][\w.:-]{0,63}$")
BIRTH_MONTH = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")
MAX_ERRORS_SHOWN = 10


class InterchangeError(InvalidInput):
    def __init__(self, problems: list[str]) -> None:
        shown = problems[:MAX_ERRORS_SHOWN]
        more = len(problems) - len(shown)
        text = "Filen kan ikke indlæses, og intet er ændret:\n" + "\n".join(
            f"  • {p}" for p in shown
        )
        if more:
            text += f"\n  … og {more} fejl mere."
        super().__init__(text)
        self.problems = problems


def parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InterchangeError(
            [f"linje {error.lineno}, kolonne {error.colno}: ugyldig JSON ({error.msg})"]
        ) from None


@dataclass
class Checker:
    """Collects problems with their field paths instead of stopping at the first."""

    problems: list[str]

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, "skal være et objekt {…}")
            return {}
        return value

    def items(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(path, "skal være en liste […]")
            return []
        return value

    def text(self, value: Any, path: str, required: bool = True, max_len: int = 20_000) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            self.fail(path, "skal være tekst")
            return ""
        if required and not value.strip():
            self.fail(path, "må ikke være tom")
        if len(value) > max_len:
            self.fail(path, f"er for lang (højst {max_len} tegn)")
        return value

    def key(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not KEY.match(value):
            self.fail(path, "skal være en nøgle af bogstaver, tal, - _ . : (højst 64 tegn)")
            return ""
        return value

    def choice(
        self, value: Any, path: str, allowed: tuple[str, ...], optional: bool = False
    ) -> str | None:
        if value is None and optional:
            return None
        if value not in allowed:
            self.fail(path, "skal være en af: " + ", ".join(allowed))
            return None
        return value

    def day(self, value: Any, path: str, optional: bool = False) -> date | None:
        if value is None and optional:
            return None
        if isinstance(value, str) and len(value) == 10:
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(path, "skal være en dato ÅÅÅÅ-MM-DD")
        return None

    def keys(self, value: Any, path: str) -> list[str]:
        return [self.key(v, f"{path}[{i}]") for i, v in enumerate(self.items(value, path))]

    def moment(self, value: Any, path: str, optional: bool = False) -> datetime | None:
        """An ISO 8601 time with its zone (``2026-11-02T09:14:03.000000Z``), in UTC."""
        if value is None and optional:
            return None
        if isinstance(value, str) and 19 <= len(value) <= 40:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                if moment.tzinfo is not None:
                    return moment.astimezone(UTC)
        self.fail(path, "skal være et tidspunkt ÅÅÅÅ-MM-DDTtt:mm:ssZ (med tidszone)")
        return None

    def count(self, value: Any, path: str, minimum: int = 0, maximum: int = 10**9) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(path, "skal være et helt tal")
            return minimum
        if not minimum <= value <= maximum:
            self.fail(path, f"skal ligge mellem {minimum} og {maximum}")
            return minimum
        return value

    def flag(self, value: Any, path: str, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(path, "skal være true eller false")
            return default
        return value


def moment_text(moment: datetime) -> str:
    """How the file writes a time: UTC to the microsecond, so both stores give the same text."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def optional_moment_text(moment: datetime | None) -> str | None:
    return None if moment is None else moment_text(moment)


def check_header(doc: Any, check: Checker) -> dict[str, Any]:
    doc = check.obj(doc, "fil")
    if doc.get("format") != FORMAT:
        check.fail("format", f'skal være "{FORMAT}"')
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        check.fail("version", "filen er lavet af en nyere udgave af Narrativ")
    elif version not in range(1, VERSION + 1) or isinstance(version, bool):
        check.fail("version", f"skal være et tal fra 1 til {VERSION}")
    return doc


def check_group(check: Checker, item: Any, path: str) -> dict[str, Any]:
    g = check.obj(item, path)
    return {
        "key": check.key(g.get("key"), f"{path}.key"),
        "name": check.text(g.get("name"), f"{path}.name", max_len=100).strip(),
        "age_band": check.choice(g.get("age_band", "børnehave"), f"{path}.age_band", AGE_BANDS),
    }


def check_staff(check: Checker, item: Any, path: str) -> dict[str, Any]:
    s = check.obj(item, path)
    return {
        "key": check.key(s.get("key"), f"{path}.key"),
        "name": " ".join(check.text(s.get("name"), f"{path}.name", max_len=120).split()),
        "initials": check.text(s.get("initials"), f"{path}.initials", max_len=10).strip(),
        "role": check.choice(s.get("role"), f"{path}.role", ROLES),
        "groups": check.keys(s.get("groups"), f"{path}.groups"),
        # Version 3: a removed colleague stays in the records as the author, never as a login.
        "active": check.flag(s.get("active"), f"{path}.active", default=True),
    }


def check_child(check: Checker, item: Any, path: str) -> dict[str, Any]:
    c = check.obj(item, path)
    birth = c.get("birth_month")
    if not isinstance(birth, str) or not BIRTH_MONTH.match(birth):
        check.fail(f"{path}.birth_month", "skal være ÅÅÅÅ-MM")
    started = check.day(c.get("started"), f"{path}.started", optional=True)
    left = check.day(c.get("left"), f"{path}.left", optional=True)
    if started and left and left < started:
        check.fail(f"{path}.left", "ligger før started")
    memberships = []
    for i, m in enumerate(check.items(c.get("memberships"), f"{path}.memberships")):
        m_path = f"{path}.memberships[{i}]"
        m = check.obj(m, m_path)
        since = check.day(m.get("from"), f"{m_path}.from")
        until = check.day(m.get("to"), f"{m_path}.to", optional=True)
        if since and until and until < since:
            check.fail(f"{m_path}.to", "ligger før from")
        memberships.append(
            {"group": check.key(m.get("group"), f"{m_path}.group"), "from": since, "to": until}
        )
    return {
        "key": check.key(c.get("key"), f"{path}.key"),
        "first_name": check.text(c.get("first_name"), f"{path}.first_name", max_len=60).strip(),
        "last_initial": check.text(
            c.get("last_initial"), f"{path}.last_initial", required=False, max_len=4
        ).strip(),
        "birth_month": birth,
        "gender": check.choice(c.get("gender"), f"{path}.gender", GENDERS, optional=True),
        "group": check.key(c.get("group"), f"{path}.group"),
        "started": started,
        "left": left,
        # Version 3: the whole group history; without it, one stay in ``group`` from started.
        "memberships": memberships,
    }


def check_narrative(check: Checker, item: Any, path: str) -> dict[str, Any]:
    n = check.obj(item, path)
    status = check.choice(n.get("status", "shared"), f"{path}.status", STATUSES)
    part = n.get("part_of_day") or ""
    if part and part not in PARTS_OF_DAY:
        check.fail(f"{path}.part_of_day", "skal være en af: " + ", ".join(PARTS_OF_DAY))
    record = {
        "key": check.key(n.get("key"), f"{path}.key"),
        "date": check.day(n.get("date"), f"{path}.date"),
        "part_of_day": part,
        "context": check.text(n.get("context"), f"{path}.context", required=False, max_len=80),
        "group": check.key(n.get("group"), f"{path}.group"),
        "author": check.key(n.get("author"), f"{path}.author"),
        "focus": check.keys(n.get("focus"), f"{path}.focus"),
        "present": check.keys(n.get("present"), f"{path}.present"),
        "relations": [
            check.text(v, f"{path}.relations[{i}]", max_len=40)
            for i, v in enumerate(check.items(n.get("relations"), f"{path}.relations"))
        ],
        "themes": [
            check.text(v, f"{path}.themes[{i}]", max_len=100).strip()
            for i, v in enumerate(check.items(n.get("themes"), f"{path}.themes"))
        ],
        "story": check.text(n.get("story"), f"{path}.story", required=status != "draft"),
        "reflection": check.text(n.get("reflection"), f"{path}.reflection", required=False),
        "next_steps": check.text(n.get("next_steps"), f"{path}.next_steps", required=False),
        "story_type": check.choice(
            n.get("story_type"), f"{path}.story_type", STORY_TYPES, optional=True
        ),
        "status": status,
        "community": (
            check.text(n.get("community"), f"{path}.community", required=False, max_len=120).strip()
            or None
        ),
        # Version 3: when it was written, last changed and seen by a leader, and its version
        # (the edit history counts on it); an older file's narratives start afresh.
        "created_at": check.moment(n.get("created_at"), f"{path}.created_at", optional=True),
        "updated_at": check.moment(n.get("updated_at"), f"{path}.updated_at", optional=True),
        "reviewed_at": check.moment(n.get("reviewed_at"), f"{path}.reviewed_at", optional=True),
        "version": check.count(
            n.get("version", 1), f"{path}.version", minimum=1, maximum=1_000_000
        ),
    }
    if set(record["focus"]) & set(record["present"]):
        check.fail(f"{path}.present", "et barn kan ikke både være fokusbarn og til stede")
    if status != "draft" and not record["focus"] and not record["community"]:
        check.fail(f"{path}.focus", "en delt narrativ skal have et fokusbarn eller et fællesskab")
    return record
