"""Institution settings: typed, with defaults, changed only by leaders.

Each house has its own (``Setting.institution_id``): the signed-in person's institution is
read from their staff row in the same statement, so on a server with several houses a
setting is never another house's, even on the administrator's connection (which the row
policies do not bind).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ScalarSelect, select
from sqlalchemy.orm import Session

from narrativ.errors import InvalidInput, NotFound
from narrativ.services import audit
from narrativ.services.permissions import require_leader
from narrativ.services.views import CurrentUser
from narrativ.services.workspace import Workspace
from narrativ.store.models import Setting, Staff, utcnow

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


def home_of(user: CurrentUser) -> ScalarSelect[int]:
    """The person's institution, as a subquery: scopes a statement without a round trip."""
    return select(Staff.institution_id).where(Staff.id == user.staff_id).scalar_subquery()


def institution_of(session: Session, user: CurrentUser) -> int:
    """The id of the signed-in person's institution (their staff row's)."""
    home = session.scalar(select(Staff.institution_id).where(Staff.id == user.staff_id))
    if home is None:
        raise NotFound("Din konto findes ikke længere.")
    return int(home)


def get_setting(ws: Workspace, name: str) -> object:
    spec = SPECS[name]
    with ws.reading() as session:
        row = session.execute(
            select(Setting.value).where(
                Setting.institution_id == home_of(ws.user), Setting.name == name
            )
        ).first()
        return spec.default if row is None else row[0]


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
        write_setting(session, institution_of(session, ws.user), name, value)
        audit.record(session, ws.user, "setting.change", "setting", name)


def write_setting(session: Session, home: int, name: str, value: object) -> None:
    """Set one of the house's settings in the caller's transaction (unchecked, unaudited)."""
    row = session.get(Setting, (home, name))
    if row is None:
        session.add(Setting(institution_id=home, name=name, value=value, updated_at=utcnow()))
    elif row.value != value:
        row.value = value
        row.updated_at = utcnow()


def contexts(ws: Workspace) -> list[str]:
    value = get_setting(ws, "contexts")
    return [str(v) for v in value] if isinstance(value, list) else list(DEFAULT_CONTEXTS)
