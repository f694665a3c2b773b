"""The house's own tags and settings in the interchange format (version 3).

Both belong to one institution (migration 0009): export reads the exporting house's, and
import sets the importing house's as a leader would in *Indstillinger*, on a file as on a
server that other houses use, whose own tags and settings stay as they are.

Not carried: the backup folder and how many backups to keep, which describe one PC (on a
server, backups are the municipality's), and relation tags, which are the method's four
and the same everywhere.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from narrativ.services.interchange_format import Checker
from narrativ.services.settings import SPECS, write_setting
from narrativ.services.tags import RETIRED_SETTING, house_themes, retired_names
from narrativ.store.models import Setting, Theme

HOUSE_SETTINGS = (
    "auto_lock_minutes",
    "retention_months",
    "not_seen_weeks",
    "audit_retention_months",
    "contexts",
)
MAX_CONTEXT = 80  # narrative.context's width


def check_theme(check: Checker, item: Any, path: str) -> dict[str, Any]:
    t = check.obj(item, path)
    return {
        "name": " ".join(check.text(t.get("name"), f"{path}.name", max_len=100).split()),
        "retired": check.flag(t.get("retired"), f"{path}.retired", default=False),
    }


def check_settings(check: Checker, value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    given = check.obj(value, "settings")
    settings: dict[str, Any] = {}
    for name, setting in given.items():
        path = f"settings.{name}"
        spec = SPECS.get(name)
        if name not in HOUSE_SETTINGS or spec is None:
            check.fail(
                path, "er ikke en indstilling, der kan indlæses: brug " + ", ".join(HOUSE_SETTINGS)
            )
        elif spec.minimum is not None:
            settings[name] = check.count(setting, path, spec.minimum, spec.maximum or 10**9)
        else:
            settings[name] = [
                check.text(c, f"{path}[{i}]", max_len=MAX_CONTEXT).strip()
                for i, c in enumerate(check.items(setting, path))
            ]
    return settings


def export_themes(session: Session, home: int) -> list[dict[str, Any]]:
    """The house's own tags, those no narrative carries yet and the retired ones too."""
    retired = retired_names(session, home)
    own = session.scalars(select(Theme.name).where(Theme.institution_id == home))
    return [{"name": n, "retired": n in retired} for n in sorted(own, key=str.casefold)]


def export_settings(session: Session, home: int) -> dict[str, Any]:
    """Every house setting, the default where none was ever set: the same on both ends."""
    stored = {
        row.name: row.value
        for row in session.scalars(
            select(Setting).where(Setting.institution_id == home, Setting.name.in_(HOUSE_SETTINGS))
        )
    }
    return {name: stored.get(name, SPECS[name].default) for name in HOUSE_SETTINGS}


def import_themes(importer: Any, themes: list[dict[str, Any]]) -> None:
    session: Session = importer.session
    home: int = importer.institution_id
    session.flush()
    rows = {t.name.casefold(): t for t in session.scalars(select(Theme).where(house_themes(home)))}
    retired = retired_names(session, home)
    before = set(retired)
    seen: set[str] = set()
    for i, record in enumerate(themes):
        path = f"themes[{i}].name"
        folded = record["name"].casefold()
        if folded in seen:
            importer.check.fail(path, f"«{record['name']}» står der to gange")
            continue
        seen.add(folded)
        row = rows.get(folded)
        if row is not None and row.curriculum:
            importer.check.fail(path, f"«{record['name']}» er et af de seks læreplanstemaer")
            continue
        if row is None:
            row = Theme(name=record["name"], curriculum=False, institution_id=home)
            session.add(row)
            rows[folded] = row
        if record["retired"]:
            retired.add(row.name)
        else:
            retired.discard(row.name)
    if retired != before:
        write_setting(session, home, RETIRED_SETTING, sorted(retired, key=str.casefold))


def import_settings(importer: Any, settings: dict[str, Any]) -> None:
    for name, value in settings.items():
        write_setting(importer.session, importer.institution_id, name, value)
