"""Institution settings: typed, with defaults, changed only by leaders."""

from __future__ import annotations

from dataclasses import dataclass

from narrativ.errors import InvalidInput
from narrativ.services import audit
from narrativ.services.permissions import require_leader
from narrativ.services.workspace import Workspace
from narrativ.store.models import Setting, utcnow

DEFAULT_CONTEXTS = (
    "leg",
    "samling",
    "måltid",
    "garderobe",
    "legeplads",
    "tur",
    "værksted",
    "puslerum",
    "sovetid",
)


@dataclass(frozen=True)
class SettingSpec:
    default: object
    minimum: int | None = None
    maximum: int | None = None


# Also in the setting table, but not here: "retired_tags", the house's own tags set out of
# use, which only narrativ.services.tags writes (checked, audited, renamed with the tag).
SPECS: dict[str, SettingSpec] = {
    "auto_lock_minutes": SettingSpec(5, 1, 120),
    "retention_months": SettingSpec(60, 1, 240),
    "not_seen_weeks": SettingSpec(6, 1, 52),
    "contexts": SettingSpec(list(DEFAULT_CONTEXTS)),
    "backup_folder": SettingSpec(""),  # "" = no automatic backups yet
    "backup_keep": SettingSpec(14, 1, 365),
    "audit_retention_months": SettingSpec(60, 12, 240),
}


def get_setting(ws: Workspace, name: str) -> object:
    spec = SPECS[name]
    with ws.reading() as session:
        row = session.get(Setting, name)
        return spec.default if row is None else row.value


def set_setting(ws: Workspace, name: str, value: object) -> None:
    require_leader(ws.user, "ændre indstillinger")
    spec = SPECS.get(name)
    if spec is None:
        raise InvalidInput(f"Ukendt indstilling: {name}.")
    if isinstance(spec.default, str) and not isinstance(value, str):
        raise InvalidInput("Indstillingen skal være tekst.")
    if spec.minimum is not None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidInput("Indstillingen skal være et helt tal.")
        if not spec.minimum <= value <= (spec.maximum or value):
            raise InvalidInput(f"Værdien skal ligge mellem {spec.minimum} og {spec.maximum}.")
    with ws.session() as session:
        row = session.get(Setting, name)
        if row is None:
            session.add(Setting(name=name, value=value, updated_at=utcnow()))
        else:
            row.value = value
            row.updated_at = utcnow()
        audit.record(session, ws.user, "setting.change", "setting", name)


def contexts(ws: Workspace) -> list[str]:
    value = get_setting(ws, "contexts")
    return [str(v) for v in value] if isinstance(value, list) else list(DEFAULT_CONTEXTS)
