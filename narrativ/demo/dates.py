"""Calendar helpers for the demo year: months, seasons, and the days a daycare writes."""

from __future__ import annotations

import random
from datetime import date, timedelta

#: The demo covers the year up to and including ``today``.
DAYS_COVERED = 365


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after (or before) ``day``'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def end_of_month(day: date) -> date:
    return add_months(day, 1) - timedelta(days=1)


def months_between(earlier: date, later: date) -> int:
    """Whole months from ``earlier`` to ``later`` (an age in months, counted by birthdays)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months


def season_of(day: date) -> str:
    """Danish seasons by month: winter is December to February."""
    return ("vinter", "forår", "sommer", "efterår")[(day.month % 12) // 3]


def _closure_factor(day: date) -> float:
    """Most daycares close or run on a skeleton staff in the summer weeks and at Christmas."""
    if day.month == 7 and day.day >= 7:
        return 0.12
    if (day.month == 12 and day.day >= 23) or (day.month == 1 and day.day == 1):
        return 0.05
    return 1.0


def writing_days(today: date, rng: random.Random) -> tuple[list[date], list[float]]:
    """Weekdays of the covered year, each with how likely staff are to write that day.

    Busy and quiet weeks alternate, so that the overview's timeline does not look machined.
    """
    days: list[date] = []
    weights: list[float] = []
    week_factor: dict[tuple[int, int], float] = {}
    start = today - timedelta(days=DAYS_COVERED - 1)
    for offset in range(DAYS_COVERED):
        day = start + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        if week not in week_factor:
            week_factor[week] = rng.uniform(0.55, 1.45)
        days.append(day)
        weights.append(week_factor[week] * _closure_factor(day))
    return days, weights
