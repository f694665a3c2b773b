"""What the "Hvem ser vi?" page loads, gathered in plain functions that run off the UI thread.

Nothing here touches Qt: each function is handed to the page's ``TaskRunner`` and returns
plain, immutable data that may cross back to the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from narrativ.services.listing import OPENING_CHARS
from narrativ.services.narratives import list_for_child
from narrativ.services.organisation import list_groups
from narrativ.services.seen import (
    COUNTED,
    SeenGrid,
    Spread,
    community_narratives,
    group_spread,
    seen_grid,
)
from narrativ.services.settings import SPECS, get_setting
from narrativ.services.tags import relations
from narrativ.services.team import TeamFilter, team_rows
from narrativ.services.views import GroupView
from narrativ.services.workspace import Workspace


@dataclass(frozen=True)
class SeenData:
    groups: tuple[GroupView, ...]
    group: str | None  # the key of the group shown; None when the house has no groups
    not_seen_weeks: int
    today: date
    grid: SeenGrid | None = None
    spread: Spread | None = None
    relation_labels: dict[str, str] = field(default_factory=dict)  # code -> "barn–barn"


def default_not_seen_weeks(ws: Workspace) -> int:
    value = get_setting(ws, "not_seen_weeks")
    # A setting written by an older version could be anything; the grid needs a number.
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    default = SPECS["not_seen_weeks"].default
    return default if isinstance(default, int) else 6


def load_seen(
    ws: Workspace,
    group: str | None,
    weeks: int,
    not_seen_weeks: int | None,
    today: date,
) -> SeenData:
    """The groups, then the grid and the spread of ``group`` (or the first group).

    ``not_seen_weeks`` None means "the institution's setting".
    """
    groups = tuple(list_groups(ws))
    threshold = default_not_seen_weeks(ws) if not_seen_weeks is None else not_seen_weeks
    keys = [g.key for g in groups]
    chosen = group if group in keys else (keys[0] if keys else None)
    if chosen is None:
        return SeenData(groups, None, threshold, today)
    grid = seen_grid(ws, chosen, weeks=weeks, not_seen_weeks=threshold, today=today)
    # The spread covers the same period as the grid, so the two tell one story.
    spread = group_spread(ws, chosen, since=grid.weeks[0], until=today)
    labels = {tag.code: tag.label for tag in relations(ws)}
    return SeenData(groups, chosen, threshold, today, grid, spread, labels)


@dataclass(frozen=True)
class CellNarrative:
    key: str
    occurred_on: date
    author: str
    status: str
    focus: bool  # the child is a focus child (what the grid counts), not only present
    opening: str


def cell_narratives(ws: Workspace, child_key: str, monday: date) -> list[CellNarrative]:
    """The shared and reviewed narratives with the child in them in the week from ``monday``.

    The team view's filter decides which narratives belong to the cell, so the list is the
    one a leader would get there. It also lists narratives where the child is only present;
    those are marked, since the grid counts focus only. The openings and roles come from
    the child's own list, which logs the leader's reading of the child's narratives.
    """
    sunday = monday + timedelta(days=6)
    rows = [
        row
        for status in COUNTED
        for row in team_rows(
            ws, TeamFilter(child=child_key, date_from=monday, date_to=sunday, status=status)
        )
    ]
    if not rows:
        return []
    views = {view.key: view for view in list_for_child(ws, child_key)}
    result = []
    for row in rows:
        view = views.get(row.key)
        is_focus = view is not None and any(child.key == child_key for child in view.focus)
        opening = opening_of(view.story) if view is not None else ""
        result.append(
            CellNarrative(row.key, row.occurred_on, row.author, row.status, is_focus, opening)
        )
    result.sort(key=lambda n: n.key)
    result.sort(key=lambda n: n.occurred_on, reverse=True)
    result.sort(key=lambda n: not n.focus)
    return result


def opening_of(story: str) -> str:
    story = " ".join(story.split())
    return story if len(story) <= OPENING_CHARS else story[:OPENING_CHARS].rstrip() + " …"


def community_cell_narratives(
    ws: Workspace, group: str, community: str, since: date, until: date
) -> list[CellNarrative]:
    """The group's narratives about ``community`` from ``since`` to ``until``, newest first
    (the community is in focus in each, so each counts)."""
    return [
        CellNarrative(n.key, n.occurred_on, n.author, n.status, True, opening_of(n.story))
        for n in community_narratives(ws, group, community, since, until)
    ]
