"""What the relation page loads, in plain functions that run off the UI thread.

Nothing here touches Qt: each function goes to the page's ``TaskRunner`` and returns
plain, immutable data that may cross back to the GUI thread.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from narrativ.services.listing import OPENING_CHARS
from narrativ.services.narratives import get_narrative
from narrativ.services.organisation import list_groups
from narrativ.services.relations import RelationMap, relation_map
from narrativ.services.views import GroupView
from narrativ.services.workspace import Workspace

DEFAULT_MONTHS = 6


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier; the month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class RelationData:
    groups: tuple[GroupView, ...]  # the groups this person may pick
    group: str | None  # the key of the group shown; None when there is none to show
    relations: RelationMap | None = None


def load_relations(
    ws: Workspace, group: str | None, date_from: date | None, date_to: date | None
) -> RelationData:
    """The groups the person may see, then the map of ``group`` (or of the first group).

    A group the person may not see is never asked for: an educator's list holds their own
    groups only, and anything else falls back to the first of them.
    """
    groups = tuple(list_groups(ws))
    keys = [g.key for g in groups]
    chosen = group if group in keys else (keys[0] if keys else None)
    if chosen is None:
        return RelationData(groups, None)
    return RelationData(groups, chosen, relation_map(ws, chosen, date_from, date_to))


@dataclass(frozen=True)
class EdgeNarrative:
    key: str
    occurred_on: date
    author: str
    opening: str


def opening_of(story: str) -> str:
    text = " ".join(story.split())
    return text if len(text) <= OPENING_CHARS else text[:OPENING_CHARS].rstrip() + " …"


def edge_narratives(ws: Workspace, keys: tuple[str, ...]) -> list[EdgeNarrative]:
    """The narratives behind one edge, newest first.

    Each is read through the narrative service, so a leader's reading of a colleague's
    narrative about the children is logged as any other read.
    """
    views = [get_narrative(ws, key) for key in keys]
    items = [EdgeNarrative(v.key, v.occurred_on, v.author_name, opening_of(v.story)) for v in views]
    items.sort(key=lambda n: n.key)
    items.sort(key=lambda n: n.occurred_on, reverse=True)
    return items
