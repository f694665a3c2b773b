"""Community narratives for the demo: the whole group, or a named constellation, in focus.

A handful a month across the house, so "Hvem ser vi?" and the group handout have something
to show. Written from a few small templates; the children present are named in the text
and tagged, none of them is a focus child.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from narrativ.demo.roster import NURSERY, Child, Group

#: About this many community narratives per group in the demo year.
PER_GROUP = 9


@dataclass(frozen=True)
class CommunityStory:
    community: str
    age_band: str  # "vuggestue" or "børnehave"
    context: str
    part_of_day: str
    themes: tuple[str, ...]
    relations: tuple[str, ...]
    story: str  # {a}, {b}, {c}: first names of three children present
    reflection: str
    next_steps: str


KINDERGARTEN = "børnehave"

STORIES = (
    CommunityStory(
        "Hele gruppen",
        KINDERGARTEN,
        "samling",
        "formiddag",
        ("social udvikling", "kommunikation og sprog"),
        ("barn-gruppe",),
        "Til samling fortalte {a} om sin weekend, og resten af gruppen lyttede. Da {b} "
        "spurgte, om man kan sove i telt om vinteren, ville næsten alle fortælle noget. "
        "{c} hentede bogen om dyr i skoven, og vi kiggede i den sammen.",
        "Gruppen lytter til hinanden og bygger videre på hinandens idéer, når emnet er "
        "børnenes eget.",
        "Vi lader børnene vælge emnet til samling en gang om ugen.",
    ),
    CommunityStory(
        "De store drenge ved klodserne",
        KINDERGARTEN,
        "leg",
        "formiddag",
        ("social udvikling", "krop, sanser og bevægelse"),
        ("barn-barn", "barn-gruppe"),
        "{a}, {b} og {c} byggede en lang kuglebane gennem hele rummet. Da den væltede, "
        "foreslog {b}, at de byggede den igen med en bro, og {a} hentede flere klodser. "
        "De fordelte opgaverne selv og jublede, da kuglen nåede helt ned.",
        "Drengene er ved at lære at løse uenigheder selv, når de har et fælles mål.",
        "Vi giver byggelegen tid om formiddagen og inviterer andre børn med ind i den.",
    ),
    CommunityStory(
        "Hele gruppen",
        KINDERGARTEN,
        "tur",
        "formiddag",
        ("natur, udeliv og science", "social udvikling"),
        ("barn-gruppe", "barn-barn"),
        "På turen til skoven gik gruppen to og to. Ved bækken fandt {a} en frø, og alle "
        "stoppede op. {b} holdt de mindste i hånden, så de også kunne se, og {c} foreslog, "
        "at vi var helt stille, så frøen ikke blev bange. Vi hviskede hele vejen hjem.",
        "Gruppen passer på hinanden og på dyrene, når de har noget at samles om.",
        "Vi tager forstørrelsesglas med på næste tur og lader børnene vise hinanden fund.",
    ),
    CommunityStory(
        "Pigerne i dukkekrogen",
        KINDERGARTEN,
        "leg",
        "eftermiddag",
        ("social udvikling", "kommunikation og sprog"),
        ("barn-barn",),
        "I dukkekrogen legede {a}, {b} og {c} familie. {a} var mor, og {b} ville også være "
        "mor. {c} foreslog, at der kunne være to mødre, og legen fortsatte med en stor "
        "fødselsdag, hvor alle dukkerne fik kage.",
        "Pigerne finder selv løsninger, så alle kan være med i legen.",
        "Vi sætter flere dukker og et bord frem, så legen kan rumme flere børn.",
    ),
    CommunityStory(
        "Hele gruppen",
        NURSERY,
        "måltid",
        "middag",
        ("kommunikation og sprog", "kultur, æstetik og fællesskab"),
        ("barn-gruppe",),
        "Ved frokosten sang vi »Mester Jakob«. {a} klappede med, og {b} løftede koppen, "
        "hver gang vi sang »ding dang dong«. Snart klappede hele bordet, og {c} grinede, "
        "hver gang vi begyndte forfra.",
        "De mindste mærker fællesskabet i sangen og tager initiativ til at være med.",
        "Vi synger den samme sang ved frokosten hele ugen, så alle kan nå at lære den.",
    ),
    CommunityStory(
        "De mindste i sandkassen",
        NURSERY,
        "sandkassen",
        "formiddag",
        ("social udvikling", "krop, sanser og bevægelse"),
        ("barn-barn",),
        "I sandkassen sad {a}, {b} og {c} tæt sammen. {a} fyldte spanden, {b} væltede "
        "den, og så begyndte de forfra. De kiggede på hinanden og grinede, hver gang "
        "sandet væltede ud.",
        "Børnene søger hinanden og deler en leg, længe før de har ord for den.",
        "Vi sætter flere spande frem og bliver selv siddende i nærheden af legen.",
    ),
)


@dataclass(frozen=True)
class CommunityNarrative:
    day: date
    group: Group
    present: tuple[Child, ...]
    story: CommunityStory
    status: str


def write_community_narratives(
    groups: tuple[Group, ...],
    attending_on: Callable[[Group, date], list[Child]],
    days: list[date],
    rng: random.Random,
) -> list[CommunityNarrative]:
    """About ``PER_GROUP`` narratives per group on days drawn from ``days``."""
    result = []
    for group in groups:
        band = NURSERY if group.age_band == NURSERY else KINDERGARTEN
        stories = [s for s in STORIES if s.age_band == band]
        # In turn, from a random start: each story as often as the others, none over and over.
        start = rng.randrange(len(stories))
        for turn in range(PER_GROUP):
            day = rng.choice(days)
            children = attending_on(group, day)
            if len(children) < 3:
                continue
            present = tuple(rng.sample(children, 3))
            status = "reviewed" if rng.random() < 0.3 else "shared"
            story = stories[(start + turn) % len(stories)]
            result.append(CommunityNarrative(day, group, present, story, status))
    result.sort(key=lambda n: (n.day, n.group.key))
    return result
