"""The audit log as a table: readable action names, names for keys, sortable by any column."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import IntEnum

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from narrativ.services.audit_log import AuditRow
from narrativ.ui.admin.common import day_text, local_time
from narrativ.ui.row_table import RowTableModel

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("at", "who", "action", "object", "detail")


class AuditRole(IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1  # the AuditRow itself
    SORT = Qt.ItemDataRole.UserRole + 2
    ACTION = Qt.ItemDataRole.UserRole + 3  # the stored action code, e.g. "child.view"
    OBJECT_KEY = Qt.ItemDataRole.UserRole + 4


ROLE_NAMES = {
    AuditRole.ROW: b"row",
    AuditRole.SORT: b"sort",
    AuditRole.ACTION: b"action",
    AuditRole.OBJECT_KEY: b"objectKey",
}


def action_labels() -> dict[str, str]:
    """Every action the services log, in words a leader reads. Each text is a literal in
    its own translate() call, so lupdate files it under the context the app asks for."""
    return {
        "access.export": QCoreApplication.translate("AuditLog", "indsigt udleveret"),
        "audit.trim": QCoreApplication.translate("AuditLog", "logningen ryddet op"),
        "audit.export": QCoreApplication.translate("AuditLog", "logningen eksporteret"),
        "relations.export": QCoreApplication.translate(
            "AuditLog", "relationskort gemt eller udskrevet"
        ),
        "backup.verify": QCoreApplication.translate("AuditLog", "gendannelse afprøvet"),
        "backup": QCoreApplication.translate("AuditLog", "sikkerhedskopi taget"),
        "child.add": QCoreApplication.translate("AuditLog", "barn oprettet"),
        "child.erase": QCoreApplication.translate("AuditLog", "barn slettet"),
        "child.left": QCoreApplication.translate("AuditLog", "barn registreret som stoppet"),
        "child.move": QCoreApplication.translate("AuditLog", "barn flyttet til en anden gruppe"),
        "child.view": QCoreApplication.translate("AuditLog", "læst barnets side"),
        "comment.add": QCoreApplication.translate("AuditLog", "kommentar skrevet"),
        "consent.add": QCoreApplication.translate("AuditLog", "samtykke registreret"),
        "consent.withdraw": QCoreApplication.translate("AuditLog", "samtykke trukket tilbage"),
        "database.rekey": QCoreApplication.translate("AuditLog", "databasen fik ny nøgle"),
        "export": QCoreApplication.translate("AuditLog", "eksporteret"),
        "group.add": QCoreApplication.translate("AuditLog", "gruppe oprettet"),
        "handout.print": QCoreApplication.translate("AuditLog", "materiale lavet"),
        "import": QCoreApplication.translate("AuditLog", "data indlæst"),
        "institution.create": QCoreApplication.translate("AuditLog", "institutionen oprettet"),
        "login.failed": QCoreApplication.translate("AuditLog", "forkert adgangskode"),
        "narrative.create": QCoreApplication.translate("AuditLog", "narrativ oprettet"),
        "narrative.delete_draft": QCoreApplication.translate("AuditLog", "kladde slettet"),
        "narrative.read": QCoreApplication.translate("AuditLog", "læst fortælling"),
        "narrative.review": QCoreApplication.translate("AuditLog", "narrativ set af leder"),
        "narrative.share": QCoreApplication.translate("AuditLog", "narrativ delt"),
        "narrative.update": QCoreApplication.translate("AuditLog", "narrativ ændret"),
        "password.change": QCoreApplication.translate("AuditLog", "adgangskode skiftet"),
        "password.recovered": QCoreApplication.translate(
            "AuditLog", "ny adgangskode med gendannelseskoden"
        ),
        "plan.create": QCoreApplication.translate("AuditLog", "handleplan oprettet"),
        "plan.follow_up": QCoreApplication.translate("AuditLog", "handleplan fulgt op"),
        "plan.print": QCoreApplication.translate("AuditLog", "handleplan udskrevet"),
        "plan.update": QCoreApplication.translate("AuditLog", "handleplan ændret"),
        "restore": QCoreApplication.translate("AuditLog", "sikkerhedskopi gendannet"),
        "search": QCoreApplication.translate("AuditLog", "søgt"),
        "seen.community": QCoreApplication.translate(
            "AuditLog", "fællesskabets narrativer vist i «Hvem ser vi?»"
        ),
        "seen.export": QCoreApplication.translate("AuditLog", "«Hvem ser vi?» gemt som billede"),
        "seen.view": QCoreApplication.translate("AuditLog", "«Hvem ser vi?» åbnet"),
        "setting.change": QCoreApplication.translate("AuditLog", "indstilling ændret"),
        "staff.add": QCoreApplication.translate("AuditLog", "medarbejder oprettet"),
        "staff.groups": QCoreApplication.translate("AuditLog", "medarbejderens grupper ændret"),
        "staff.password_set": QCoreApplication.translate("AuditLog", "adgangskode givet af leder"),
        "staff.remove": QCoreApplication.translate("AuditLog", "medarbejder fjernet"),
        "staff.unblock": QCoreApplication.translate("AuditLog", "konto åbnet igen"),
        "tag.add": QCoreApplication.translate("AuditLog", "tag oprettet"),
        "tag.rename": QCoreApplication.translate("AuditLog", "tag omdøbt"),
        "tag.restore": QCoreApplication.translate("AuditLog", "tag i brug igen"),
        "tag.retire": QCoreApplication.translate("AuditLog", "tag sat ud af brug"),
        "team.open": QCoreApplication.translate("AuditLog", "teamoverblik åbnet"),
        "unlock": QCoreApplication.translate("AuditLog", "logget ind"),
    }


def action_groups() -> list[tuple[str, str]]:
    """(prefix, label) for the filter: every action on one kind of thing."""
    return [
        ("child.", QCoreApplication.translate("AuditLog", "Alt om børn")),
        ("narrative.", QCoreApplication.translate("AuditLog", "Alt om narrativer")),
        ("consent.", QCoreApplication.translate("AuditLog", "Alt om samtykker")),
        ("plan.", QCoreApplication.translate("AuditLog", "Alt om handleplaner")),
        ("staff.", QCoreApplication.translate("AuditLog", "Alt om medarbejdere")),
        ("password.", QCoreApplication.translate("AuditLog", "Alt om adgangskoder")),
    ]


def action_label(action: str, labels: Mapping[str, str] | None = None) -> str:
    """Unknown actions (from a newer version, say) are shown as stored."""
    return (labels or action_labels()).get(action, action)


def object_type_labels() -> dict[str, str]:
    return {
        "audit": QCoreApplication.translate("AuditLog", "logningen"),
        "child": QCoreApplication.translate("AuditLog", "barn"),
        "database": QCoreApplication.translate("AuditLog", "database"),
        "group": QCoreApplication.translate("AuditLog", "gruppe"),
        "institution": QCoreApplication.translate("AuditLog", "institutionen"),
        "narrative": QCoreApplication.translate("AuditLog", "narrativ"),
        "plan": QCoreApplication.translate("AuditLog", "handleplan"),
        "setting": QCoreApplication.translate("AuditLog", "indstilling"),
        "staff": QCoreApplication.translate("AuditLog", "medarbejder"),
        "theme": QCoreApplication.translate("AuditLog", "tag"),
    }


def setting_labels() -> dict[str, str]:
    """The settings as the settings dialog names them."""
    return {
        "audit_retention_months": QCoreApplication.translate("AuditLog", "logningsperiode"),
        "auto_lock_minutes": QCoreApplication.translate("AuditLog", "lås efter"),
        "backup_folder": QCoreApplication.translate("AuditLog", "mappe til sikkerhedskopier"),
        "backup_keep": QCoreApplication.translate("AuditLog", "antal sikkerhedskopier"),
        "contexts": QCoreApplication.translate("AuditLog", "situationer"),
        "not_seen_weeks": QCoreApplication.translate("AuditLog", "ikke set efter"),
        "retention_months": QCoreApplication.translate("AuditLog", "slettefrist"),
    }


def column_title(column: str) -> str:
    return {
        "at": QCoreApplication.translate("AuditLog", "Tidspunkt"),
        "who": QCoreApplication.translate("AuditLog", "Hvem"),
        "action": QCoreApplication.translate("AuditLog", "Handling"),
        "object": QCoreApplication.translate("AuditLog", "Vedrører"),
        "detail": QCoreApplication.translate("AuditLog", "Detaljer"),
    }[column]


def detail_labels() -> dict[str, str]:
    """The names of the details the services log; an unknown one is shown as stored."""
    return {
        "at": QCoreApplication.translate("AuditLog", "tidspunkt"),
        "before": QCoreApplication.translate("AuditLog", "før"),
        "child": QCoreApplication.translate("AuditLog", "barn"),
        "children": QCoreApplication.translate("AuditLog", "børn"),
        "closed": QCoreApplication.translate("AuditLog", "afsluttet"),
        "consent": QCoreApplication.translate("AuditLog", "samtykke"),
        "deleted": QCoreApplication.translate("AuditLog", "slettet"),
        "group": QCoreApplication.translate("AuditLog", "gruppe"),
        "groups": QCoreApplication.translate("AuditLog", "grupper"),
        "hits": QCoreApplication.translate("AuditLog", "fund"),
        "kind": QCoreApplication.translate("AuditLog", "slags"),
        "masked": QCoreApplication.translate("AuditLog", "maskeret"),
        "mode": QCoreApplication.translate("AuditLog", "form"),
        "narratives": QCoreApplication.translate("AuditLog", "narrativer"),
        "plans": QCoreApplication.translate("AuditLog", "handleplaner"),
        "query": QCoreApplication.translate("AuditLog", "søgning"),
        "recipient": QCoreApplication.translate("AuditLog", "modtager"),
        "removed": QCoreApplication.translate("AuditLog", "slettet"),
        "role": QCoreApplication.translate("AuditLog", "rolle"),
        "shown": QCoreApplication.translate("AuditLog", "vist"),
        "staff": QCoreApplication.translate("AuditLog", "medarbejdere"),
    }


def detail_values() -> dict[str, str]:
    """Stored codes among the values of "kind", "mode" and "role", and yes and no."""
    return {
        "parent": QCoreApplication.translate("AuditLog", "forældresamtale"),
        "meeting": QCoreApplication.translate("AuditLog", "tværfagligt møde"),
        "named": QCoreApplication.translate("AuditLog", "med navn"),
        "anonymous": QCoreApplication.translate("AuditLog", "anonym"),
        "leader": QCoreApplication.translate("AuditLog", "leder"),
        "educator": QCoreApplication.translate("AuditLog", "pædagog"),
        "yes": QCoreApplication.translate("AuditLog", "ja"),
        "no": QCoreApplication.translate("AuditLog", "nej"),
    }


CODED_DETAILS = frozenset({"kind", "mode", "role"})  # other values (a search) stay as typed
TIME_DETAILS = frozenset({"at", "before"})  # stored as ISO text


def _moment_text(value: str) -> str:
    """An ISO moment as the local wall clock, an ISO day as a Danish date; else as stored."""
    try:
        if "T" in value:
            return local_time(datetime.fromisoformat(value))
        return day_text(date.fromisoformat(value))
    except ValueError:
        return value


def detail_text(
    detail: Mapping[str, object],
    labels: Mapping[str, str] | None = None,
    values: Mapping[str, str] | None = None,
) -> str:
    labels = detail_labels() if labels is None else labels
    values = detail_values() if values is None else values

    def shown(key: str, value: object) -> str:
        if isinstance(value, list | tuple):
            return " ".join(shown(key, v) for v in value)
        if isinstance(value, bool):
            return values["yes" if value else "no"]
        if isinstance(value, str) and key in CODED_DETAILS:
            return values.get(value, value)
        if isinstance(value, str) and key in TIME_DETAILS:
            return _moment_text(value)
        return str(value)

    return ", ".join(
        f"{labels.get(key, key)}: {shown(key, value)}" for key, value in sorted(detail.items())
    )


class AuditTableModel(RowTableModel):
    """Rows as the service returned them (newest first). ``names`` turns the keys of
    children and staff into their names; other keys (narratives, files) stay as they are."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, column_title, parent)
        self._names: dict[str, str] = {}
        self._labels = action_labels()
        self._types = object_type_labels()
        self._settings = setting_labels()
        self._detail_labels = detail_labels()
        self._detail_values = detail_values()

    def set_rows(self, rows: list[AuditRow], names: Mapping[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if names is not None:
            self._names = dict(names)
        self.endResetModel()

    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def display_text(self, row: AuditRow, column: str) -> str:
        if column == "at":
            return local_time(row.at)
        if column == "who":
            return row.who
        if column == "action":
            return action_label(row.action, self._labels)
        if column == "object":
            return self.object_text(row)
        return detail_text(row.detail, self._detail_labels, self._detail_values)

    def object_text(self, row: AuditRow) -> str:
        """A child or a colleague by name; anything else as its kind and key."""
        if row.object_key in self._names:
            return self._names[row.object_key]
        kind = self._types.get(row.object_type, row.object_type)
        if row.object_type == "institution" or not row.object_key:
            return kind
        if row.object_type == "setting":
            return f"{kind}: {self._settings.get(row.object_key, row.object_key)}"
        return f"{kind}: {row.object_key}"

    # -- QAbstractTableModel -----------------------------------------------------------------

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(role): QByteArray(name) for role, name in ROLE_NAMES.items()})
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.cell(index)
        if cell is None:
            return None
        row, column = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "action":
                return f"{self.display_text(row, column)} ({row.action})"
            if column == "object" and row.object_key:
                return f"{row.object_type}: {row.object_key}"
            return self.display_text(row, column)
        if role == AuditRole.ROW:
            return row
        if role == AuditRole.ACTION:
            return row.action
        if role == AuditRole.OBJECT_KEY:
            return row.object_key
        if role == AuditRole.SORT:
            return self._sort_key(row, index.row(), column)
        return None

    def _sort_key(self, row: AuditRow, position: int, column: str) -> object:
        if column == "at":
            # Entries of the same second keep the service's order (newest first).
            return (row.at.timestamp(), -position)
        return (self.display_text(row, column).casefold(), -position)


class AuditSortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(AuditRole.SORT)

    def lessThan(self, left: Index, right: Index) -> bool:
        return left.data(AuditRole.SORT) < right.data(AuditRole.SORT)
