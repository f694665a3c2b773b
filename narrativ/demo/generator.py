"""Assembles the demo institution's year of narratives as an interchange document."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from narrativ.demo.communities import CommunityNarrative, write_community_narratives
from narrativ.demo.dates import season_of, writing_days
from narrativ.demo.grammar import person_forms
from narrativ.demo.material import Material, Situation, load_institution, load_material
from narrativ.demo.roster import LEADER, Child, Group, Roster, StaffMember, build_roster
from narrativ.demo.stories import Cast, Texts, Variety, write_texts

FORMAT = "narrativ-interchange"
VERSION = 1

#: How many narratives the year holds (a range, so the seed shows in the count too).
NARRATIVES = (350, 372)
#: Share of narratives the leader writes herself, on visits to the groups.
LEADER_SHARE = 0.04
DRAFT_SHARE = 0.10
REVIEWED_SHARE = 0.25
#: Chance that a narrative leaves reflection and/or next steps empty, by status: drafts are
#: often unfinished, reviewed ones have usually been completed.
BLANK_CHANCE = {"draft": 0.55, "shared": 0.2, "reviewed": 0.1}
#: At most this many children present in one narrative.
MAX_PRESENT = 4
#: Smallest number of children a group needs on a day to be written about.
MIN_ATTENDING = 4
#: A drawn day can be unusable (too few children in); give up long before looping forever.
MAX_TRIES_PER_NARRATIVE = 20
PARTS_OF_DAY = ("morgen", "formiddag", "middag", "eftermiddag")


@dataclass
class _Narrative:
    day: date
    part_of_day: str
    context: str
    group: Group
    author: StaffMember
    focus: list[Child]
    present: list[Child]
    relations: list[str]
    themes: list[str]
    texts: Texts
    story_type: str | None
    status: str = "shared"


def _weighted_sample(
    rng: random.Random, items: list[Child], weights: list[float], k: int
) -> list[Child]:
    """k distinct items, each draw proportional to weight."""
    pool, pool_weights, chosen = list(items), list(weights), []
    for _ in range(min(k, len(pool))):
        index = rng.choices(range(len(pool)), pool_weights)[0]
        chosen.append(pool.pop(index))
        pool_weights.pop(index)
    return chosen


def _top_by_weight(rng: random.Random, weights: dict[int, float], k: int) -> list[int]:
    """Weighted sampling without replacement (Efraimidis-Spirakis keys)."""
    keyed = sorted(weights, key=lambda i: rng.random() ** (1.0 / weights[i]), reverse=True)
    return keyed[:k]


class _Writer:
    def __init__(self, roster: Roster, material: Material, rng: random.Random) -> None:
        self.roster = roster
        self.material = material
        self.rng = rng
        self.variety = Variety()
        self.uses: Counter[str] = Counter()
        self.uses_per_child: Counter[tuple[str, str]] = Counter()

    def fits(
        self, situation: Situation, child: Child, group: Group, day: date, others: int
    ) -> bool:
        age = child.age_months(day)
        return (
            situation.age_band == group.age_band
            and season_of(day) in situation.seasons
            and situation.min_age_months <= age <= situation.max_age_months
            and (situation.focus_count - 1) + situation.present_count <= others
            and (not situation.needs_language or child.language is not None)
            and (
                not situation.birthday
                or (
                    child.birth.month == day.month
                    and not self.uses_per_child[(child.key, situation.id)]
                )
            )
        )

    def choose_situation(
        self, child: Child, group: Group, day: date, others: int
    ) -> Situation | None:
        candidates = [
            s for s in self.material.situations if self.fits(s, child, group, day, others)
        ]
        if not candidates:
            return None
        weights = [
            (4.0 if s.birthday else 1.0)
            / (1 + self.uses[s.id]) ** 1.5
            / (1 + 3 * self.uses_per_child[(child.key, s.id)])
            for s in candidates
        ]
        situation = self.rng.choices(candidates, weights)[0]
        self.uses[situation.id] += 1
        self.uses_per_child[(child.key, situation.id)] += 1
        return situation

    def pick_others(self, anchor: Child, pool: list[Child], k: int) -> list[Child]:
        weights = [3.0 if c.key in anchor.friends else 1.0 for c in pool]
        return _weighted_sample(self.rng, pool, weights, k)

    def author_for(self, group: Group) -> StaffMember:
        educators = self.roster.educators_of(group)
        if not educators or self.rng.random() < LEADER_SHARE:
            return self.roster.leader
        return self.rng.choices(educators, [s.writing for s in educators])[0]

    def write(self, day: date) -> _Narrative | None:
        rng = self.rng
        attending = {g.key: self.roster.attending(g, day) for g in self.roster.groups}
        groups = [g for g in self.roster.groups if len(attending[g.key]) >= MIN_ATTENDING]
        if not groups:
            return None
        group = rng.choices(groups, [g.writing * len(attending[g.key]) for g in groups])[0]
        children = attending[group.key]
        child = rng.choices(children, [c.weight for c in children])[0]
        others = [c for c in children if c is not child]
        situation = self.choose_situation(child, group, day, len(others))
        if situation is None:
            return None

        focus = [child, *self.pick_others(child, others, situation.focus_count - 1)]
        pool = [c for c in others if all(c is not f for f in focus)]
        extra = rng.randint(*situation.extra_present) if situation.extra_present else 0
        count = min(situation.present_count + extra, MAX_PRESENT, len(pool))
        present = self.pick_others(child, pool, count)
        if len(present) < situation.present_count + (1 if situation.extra_present else 0):
            return None

        def forms(c: Child) -> dict[str, str]:
            return person_forms(
                c.first_name, c.gender, age_years=c.age_months(day) // 12, language=c.language
            )

        cast = Cast([forms(c) for c in focus], [forms(c) for c in present], situation.present_count)
        texts = write_texts(situation, self.material, season_of(day), cast, rng, self.variety)
        themes = list(situation.themes)
        if len(themes) > 1 and rng.random() < 0.15:
            themes.pop(rng.randrange(len(themes)))
        story_type = None
        if situation.story_types and rng.random() < situation.story_type_chance:
            story_type = rng.choice(situation.story_types)
        return _Narrative(
            day=day,
            part_of_day=rng.choice(situation.parts_of_day),
            context=rng.choice(situation.contexts),
            group=group,
            author=self.author_for(group),
            focus=focus,
            present=present,
            relations=list(situation.relations),
            themes=themes,
            texts=texts,
            story_type=story_type,
        )


def _assign_statuses(narratives: list[_Narrative], today: date, rng: random.Random) -> None:
    """Recent narratives are more often drafts, older ones more often seen by the leader."""
    age = {i: (today - n.day).days for i, n in enumerate(narratives)}
    by_educators = {
        i: 1.0 / (1 + age[i] / 30) for i, n in enumerate(narratives) if n.author.role != LEADER
    }
    drafts = set(_top_by_weight(rng, by_educators, round(len(narratives) * DRAFT_SHARE)))
    rest = {i: age[i] + 14.0 for i in age if i not in drafts}
    reviewed = set(_top_by_weight(rng, rest, round(len(narratives) * REVIEWED_SHARE)))
    for i, narrative in enumerate(narratives):
        narrative.status = "draft" if i in drafts else "reviewed" if i in reviewed else "shared"
        if rng.random() < BLANK_CHANCE[narrative.status]:
            kind = rng.random()
            narrative.texts = replace(
                narrative.texts,
                reflection="" if kind < 0.6 else narrative.texts.reflection,
                next_steps="" if kind >= 0.2 else narrative.texts.next_steps,
            )


def _community_records(
    roster: Roster, narratives: list[CommunityNarrative]
) -> list[dict[str, Any]]:
    records = []
    for i, n in enumerate(narratives):
        names = {k: c.first_name for k, c in zip("abc", n.present, strict=True)}
        educators = roster.educators_of(n.group)
        author = educators[i % len(educators)] if educators else roster.leader
        records.append(
            {
                "date": n.day.isoformat(),
                "part_of_day": n.story.part_of_day,
                "context": n.story.context,
                "group": n.group.key,
                "author": author.key,
                "focus": [],
                "present": [c.key for c in n.present],
                "community": n.story.community,
                "relations": list(n.story.relations),
                "themes": list(n.story.themes),
                "story": n.story.story.format(**names),
                "reflection": n.story.reflection,
                "next_steps": n.story.next_steps,
                "status": n.status,
                "story_type": None,
            }
        )
    return records


def _document(roster: Roster, narratives: list[_Narrative]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "institution": {"name": roster.institution},
        "groups": [{"key": g.key, "name": g.name, "age_band": g.age_band} for g in roster.groups],
        "staff": [
            {
                "key": s.key,
                "name": s.name,
                "initials": s.initials,
                "role": s.role,
                "groups": list(s.groups),
            }
            for s in roster.staff
        ],
        "children": [
            {
                "key": c.key,
                "first_name": c.first_name,
                "last_initial": c.last_initial,
                "birth_month": c.birth.strftime("%Y-%m"),
                "gender": c.gender,
                "group": c.group,
                "started": c.started.isoformat(),
                "left": c.left.isoformat() if c.left else None,
            }
            for c in roster.children
        ],
        "narratives": [
            {
                "date": n.day.isoformat(),
                "part_of_day": n.part_of_day,
                "context": n.context,
                "group": n.group.key,
                "author": n.author.key,
                "focus": [c.key for c in n.focus],
                "present": [c.key for c in n.present],
                "relations": n.relations,
                "themes": n.themes,
                "story": n.texts.story,
                "reflection": n.texts.reflection,
                "next_steps": n.texts.next_steps,
                "status": n.status,
                "story_type": n.story_type,
                "community": None,
            }
            for n in narratives
        ],
    }


def build_demo_document(today: date, seed: int = 2026) -> dict[str, Any]:
    """The fictional børnehus with a year of narratives up to ``today``, as interchange data.

    The same ``today`` and ``seed`` give the same document.
    """
    # Reproducible demo data, not secrets: a seeded, non-cryptographic generator is the point.
    rng = random.Random(seed)  # noqa: S311
    roster = build_roster(load_institution(), today, rng)
    writer = _Writer(roster, load_material(), rng)
    days, weights = writing_days(today, rng)
    target = rng.randint(*NARRATIVES)
    narratives: list[_Narrative] = []
    for _ in range(target * MAX_TRIES_PER_NARRATIVE):
        narrative = writer.write(rng.choices(days, weights)[0])
        if narrative is not None:
            narratives.append(narrative)
            if len(narratives) == target:
                break
    else:
        raise RuntimeError("the demo roster is too small to write the demo narratives")
    narratives.sort(key=lambda n: (n.day, PARTS_OF_DAY.index(n.part_of_day)))
    _assign_statuses(narratives, today, rng)
    document = _document(roster, narratives)
    # A generator of their own, so the children's narratives stay as they were.
    community_rng = random.Random(seed + 1)  # noqa: S311
    communities = write_community_narratives(roster.groups, roster.attending, days, community_rng)
    # One list in date order (a stable sort keeps each day's order), then the keys.
    records = sorted(
        [*document["narratives"], *_community_records(roster, communities)],
        key=lambda record: record["date"],
    )
    document["narratives"] = [{"key": f"n{i}", **r} for i, r in enumerate(records, start=1)]
    return document
