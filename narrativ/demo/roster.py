"""The demo institution's people: groups, staff and children, placed in time around today."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from narrativ.demo.dates import add_months, end_of_month, first_of_month, months_between
from narrativ.demo.material import ChildName, InstitutionPlan

LEADER = "leader"
EDUCATOR = "educator"
NURSERY = "vuggestue"

# Danish alphabetical order puts Æ, Ø, Å after Z; the characters after "z" in ASCII do that.
_DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})

#: Children almost nobody writes about: the overview should show them as not seen.
GREY_ZONE_CHILDREN = 3
#: Children the staff are following closely and write about often.
CLOSELY_FOLLOWED_CHILDREN = 3
#: A child who left did so within this many days before today, so the year shows it.
LEAVER_WINDOW_DAYS = 330
#: Friends per child; they turn up together in stories more often than chance would have it.
FRIENDS_PER_CHILD = 2


def danish_sort_key(text: str) -> str:
    return text.casefold().translate(_DANISH_ORDER)


@dataclass(frozen=True)
class Group:
    key: str
    name: str
    age_band: str
    writing: float


@dataclass(frozen=True)
class StaffMember:
    key: str
    name: str
    initials: str
    role: str
    groups: tuple[str, ...]
    writing: float


@dataclass(eq=False)
class Child:
    key: str
    first_name: str
    last_initial: str
    gender: str
    birth: date
    group: str
    started: date
    left: date | None
    language: str | None
    #: how often staff write about this child, relative to the others
    weight: float
    friends: list[str] = field(default_factory=list)

    def attends(self, day: date) -> bool:
        """Started before ``day`` and has not left by then."""
        return self.started < day and (self.left is None or day < self.left)

    def age_months(self, day: date) -> int:
        return months_between(self.birth, day)


@dataclass(frozen=True)
class Roster:
    institution: str
    groups: tuple[Group, ...]
    staff: tuple[StaffMember, ...]
    children: tuple[Child, ...]

    @property
    def leader(self) -> StaffMember:
        return next(s for s in self.staff if s.role == LEADER)

    def educators_of(self, group: Group) -> list[StaffMember]:
        return [s for s in self.staff if s.role == EDUCATOR and group.key in s.groups]

    def attending(self, group: Group, day: date) -> list[Child]:
        return [c for c in self.children if c.group == group.key and c.attends(day)]


@dataclass
class _Placement:
    """A child's dates before keys are handed out."""

    name: ChildName
    group: Group
    birth: date
    started: date
    left: date | None = None


def school_start(birth: date) -> date:
    """Danish children start school in August of the year they turn six."""
    return date(birth.year + 6, 8, 1)


def _place_child(name: ChildName, group: Group, today: date, rng: random.Random) -> _Placement:
    this_month = first_of_month(today)
    if group.age_band == NURSERY:
        # 1 to 3 years old today; started at around 10-13 months, never in the future
        age = rng.randint(12, 34)
        start_age = min(rng.randint(10, 13), age - 1)
    else:
        # 3 to 6 years old today, and not yet gone to school; most came from a nursery
        # just before turning three, a few moved to town later
        age = rng.randint(35, 70)
        while school_start(add_months(this_month, -age)) <= today:
            age -= 1
        start_age = rng.randint(33, 36)
        if age > 46 and rng.random() < 0.08:
            start_age = rng.randint(40, age - 4)
        start_age = min(start_age, age - 1)
    birth = add_months(this_month, -age)
    return _Placement(name, group, birth, add_months(birth, start_age))


def _make_leavers(
    placements: list[_Placement], groups: list[Group], today: date, rng: random.Random
) -> None:
    """One kindergarten child started school, another moved away; both in the past."""
    kindergarten = [g for g in groups if g.age_band != NURSERY]
    this_month = first_of_month(today)
    school_leaver = rng.choice([p for p in placements if p.group is kindergarten[0]])
    # Children leave for school (or the school's spring start) at the end of April or July.
    leaving_days = [
        day
        for year in (today.year - 1, today.year)
        for day in (date(year, 4, 30), date(year, 7, 31))
        if today - timedelta(days=LEAVER_WINDOW_DAYS) < day < today
    ]
    school_leaver.left = rng.choice(leaving_days)
    school_leaver.birth = date(school_leaver.left.year - 6, rng.randint(1, 12), 1)
    school_leaver.started = add_months(school_leaver.birth, rng.randint(33, 36))

    mover = rng.choice([p for p in placements if p.group is kindergarten[-1]])
    mover.left = end_of_month(add_months(this_month, -rng.randint(2, 6)))
    # old enough to have been here a good while before the family moved
    mover.birth = add_months(first_of_month(mover.left), -rng.randint(46, 60))
    mover.started = add_months(mover.birth, rng.randint(33, 36))


def build_roster(plan: InstitutionPlan, today: date, rng: random.Random) -> Roster:
    groups = [
        Group(f"g{i}", g.name, g.age_band, g.writing) for i, g in enumerate(plan.groups, start=1)
    ]
    by_name = {g.name: g for g in groups}
    staff = tuple(
        StaffMember(
            f"s{i}",
            s.name,
            s.initials,
            s.role,
            tuple(by_name[name].key for name in s.groups),
            s.writing,
        )
        for i, s in enumerate(plan.staff, start=1)
    )
    if sum(g.size for g in plan.groups) != len(plan.children):
        raise ValueError("the group sizes in institution.json must add up to the children")

    names = list(plan.children)
    rng.shuffle(names)
    placements: list[_Placement] = []
    for group, group_plan in zip(groups, plan.groups, strict=True):
        for _ in range(group_plan.size):
            placements.append(_place_child(names.pop(), group, today, rng))
    _make_leavers(placements, groups, today, rng)

    placements.sort(key=lambda p: (groups.index(p.group), danish_sort_key(p.name.first_name)))
    children = [
        Child(
            key=f"c{i}",
            first_name=p.name.first_name,
            last_initial=rng.choice(p.name.last_initials or plan.last_initials),
            gender=p.name.gender,
            birth=p.birth,
            group=p.group.key,
            started=p.started,
            left=p.left,
            language=p.name.language,
            weight=rng.uniform(0.7, 1.3),
        )
        for i, p in enumerate(placements, start=1)
    ]
    _set_attention(children, rng)
    _set_friends(children, rng)
    return Roster(plan.name, tuple(groups), staff, tuple(children))


def _set_attention(children: list[Child], rng: random.Random) -> None:
    current = [c for c in children if c.left is None]
    chosen = rng.sample(current, GREY_ZONE_CHILDREN + CLOSELY_FOLLOWED_CHILDREN)
    for child in chosen[:GREY_ZONE_CHILDREN]:
        child.weight = 0.08
    for child in chosen[GREY_ZONE_CHILDREN:]:
        child.weight = 2.2


def _set_friends(children: list[Child], rng: random.Random) -> None:
    for child in children:
        others = [c.key for c in children if c.group == child.group and c is not child]
        child.friends = rng.sample(others, min(FRIENDS_PER_CHILD, len(others)))
