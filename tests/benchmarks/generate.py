"""Build a large, realistic, encrypted Narrativ database for the benchmarks.

    python tests/benchmarks/generate.py --size 100000 --out DIR

The institution, its groups, children and staff are made through the services, exactly as the
app makes them. The narratives are inserted in bulk through SQLAlchemy Core: the full-text
index is kept by the database's own triggers, so it is the same index the app would build,
only filled in batches instead of one save at a time.

The narratives' content (dates, texts, children, tags, statuses) is the same for the same
seed. The keys the services give groups, children and staff are random, as in the app.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select

from narrativ.services.accounts import add_staff
from narrativ.services.organisation import add_child, add_group
from narrativ.services.workspace import Workspace, initialise
from narrativ.store.models import (
    PARTS_OF_DAY,
    Narrative,
    NarrativeChild,
    RelationTag,
    Theme,
    narrative_relation,
    narrative_theme,
)

# Bump when the generated content changes, so cached databases of an older shape are rebuilt.
GENERATOR_VERSION = 1
DATABASE_NAME = "narrativ.db"
MANIFEST_NAME = "bench-manifest.json"

INSTITUTION = "Børnehuset Solsikken"
LEADER = "Hanne Østergaard"
LEADER_PASSWORD = "bench-leder-2026"
EDUCATOR_PASSWORD = "bench-paedagog-2026"
# The word the search benchmark looks for; the texts below put it in well over 20 %.
COMMON_WORD = "sammen"

BATCH_SIZE = 5_000
CHILDREN_PER_GROUP = 60
# A fixed end keeps the content independent of the day it is generated.
LAST_DAY = date(2026, 6, 30)
YEARS = 3

GROUPS = (
    ("Musene", "vuggestue"),
    ("Bierne", "vuggestue"),
    ("Frøerne", "vuggestue"),
    ("Spurvene", "børnehave"),
    ("Egernene", "børnehave"),
    ("Ugerne", "børnehave"),
    ("Pindsvinene", "børnehave"),
    ("Mariehønerne", "børnehave"),
)
EDUCATORS = (
    ("Rikke Sørensen", "RS"),
    ("Bjørn Ågård", "BÅ"),
    ("Mette Larsen", "ML"),
    ("Jonas Kristensen", "JK"),
    ("Sofie Nielsen", "SN"),
    ("Anders Poulsen", "AP"),
    ("Lene Madsen", "LM"),
    ("Karim Hassan", "KH"),
    ("Tina Jørgensen", "TJ"),
    ("Peter Holm", "PH"),
    ("Camilla Dahl", "CD"),
    ("Fatima Ali", "FA"),
)
FIRST_NAMES = (
    "Emil", "Åse", "Ali", "Søren", "Maja", "Bo", "Ida", "Noah", "Freja", "Oscar", "Alma",
    "William", "Ella", "Karl", "Sofia", "Malthe", "Clara", "Alfred", "Agnes", "Aksel", "Lærke",
    "Magnus", "Asta", "Viggo", "Olivia", "Valdemar", "Frida", "Lucas", "Ellen", "Elias",
    "Karla", "Storm", "Vigga", "August", "Saga", "Bjørk", "Sigrid", "Johan", "Mathilde", "Otto",
    "Esther", "Hugo", "Liva", "Vitus", "Nora", "Anton", "Selma", "Carl", "Merle", "Laurits",
    "Yasmin", "Omar", "Leyla", "Mikkel", "Sara", "Jens", "Thea", "Frederik", "Marie", "Jonas",
    "Filippa", "Adam", "Emma", "Victor", "Luna", "Milas", "Signe", "Theo", "Ronja", "Mads",
    "Zainab", "Kasper", "Josefine", "Tobias", "Bertram", "Hannah", "Sebastian", "Liam",
)  # fmt: skip
LAST_INITIALS = "ABCDEFGHIJKLMNOPRSTVWÆØÅ"
CONTEXTS = (
    "leg", "samling", "måltid", "garderobe", "legeplads", "tur", "sandkassen", "puderum",
    "værksted", "oprydning", "hentning", "aflevering",
)  # fmt: skip
STORY_TYPES = ("solskinshistorie", "succeshistorie", "vendepunktshistorie", "nøglehistorie")

# {a} is the focus child, {b} another child of the situation (or "en kammerat").
STORY_FRAGMENTS = (
    "{a} legede med klodserne i hjørnet og byggede et højt tårn.",
    "Til samling sad {a} tæt ved mig og fulgte med i sangen.",
    "{a} og {b} legede sammen i sandkassen hele formiddagen.",
    "{a} hentede vand i spanden og viste {b}, hvordan voldgraven kunne fyldes.",
    "Ved frokosten fortalte {a} om sin farmors æbletræ og om ålen i åen.",
    "{a} hjalp {b} med lynlåsen i garderoben uden at blive bedt om det.",
    "På legepladsen klatrede {a} op i det store træ og kaldte på de andre.",
    "{a} fandt en snegl under en sten og samlede hele gruppen om den.",
    "Under samling rakte {a} hånden op og ville gerne fortælle om weekenden.",
    "{a} sad længe ved bordet og tegnede en hest med meget lange ben.",
    "Da {b} blev ked af det, gik {a} hen og satte sig ved siden af.",
    "{a} og {b} legede far, mor og børn i dukkekrogen og fordelte rollerne sammen.",
    "{a} grinede højt, da bolden trillede ned ad bakken og forsvandt i buskene.",
    "På turen i skoven samlede {a} kogler og pinde i en pose.",
    "{a} prøvede flere gange at tage flyverdragten på selv og lykkedes til sidst.",
    "Ved samling sang vi om årstiderne, og {a} kunne alle ordene.",
    "{a} delte sine rosiner med {b} uden at blive spurgt.",
    "{a} stod lidt ved siden af legen i starten, men gik så med ind.",
    "I garderoben ventede {a} tålmodigt, mens {b} fik støvlerne på.",
    "{a} byggede en hule af puder og tæpper sammen med to andre børn.",
    "{a} spurgte, hvorfor bladene bliver gule om efteråret.",
    "Ved måltidet hældte {a} selv mælk op og spildte ikke en dråbe.",
    "{a} lavede en lang slange af modellervoks og viste den stolt frem.",
    "{a} og {b} legede tagfat rundt om gyngerne, til de var helt forpustede.",
    "Efter samling tog {a} initiativ til en leg med de mindste.",
    "{a} lyttede opmærksomt, da vi læste bogen om den lille larve.",
    "{a} trøstede {b}, der havde slået knæet, og hentede en voksen.",
    "{a} fortalte en lang historie om en drage, der boede i kælderen.",
    "I puderummet kravlede {a} op ad puderne og jublede ved toppen.",
    "{a} sorterede perlerne efter farve og lavede et mønster på pladen.",
    "{a} spurgte {b}, om de skulle lege sammen, og {b} sagde ja.",
    "På legepladsen gravede {a} efter regnorme og talte dem højt.",
    "{a} sad stille et øjeblik og kiggede på fuglene ved foderbrættet.",
    "Da det var tid til oprydning, bar {a} kasserne på plads.",
    "{a} legede, at sandkassen var et hav, og at skovlen var en båd.",
    "{a} viste {b}, hvordan man kan hoppe på ét ben.",
    "Under samling hjalp {a} med at tælle, hvor mange børn der var kommet.",
    "{a} og {b} byggede sammen en bane til bilerne af brædder og klodser.",
    "{a} nynnede en sang under maleriet med de store penselstrøg.",
    "{a} ventede på sin tur ved rutsjebanen og klappede, når de andre kom ned.",
    "Om morgenen sagde {a} farvel i døren og gik direkte hen til {b}.",
    "{a} ville gerne hjælpe med at dække bord og talte tallerkenerne.",
    "Det regnede, så vi blev inde efter frokost.",
    "Solen skinnede, og vi var ude det meste af dagen.",
    "Der var mange syge børn, så vi var en lille gruppe på stuen.",
)
REFLECTION_FRAGMENTS = (
    "{a} tager initiativ og inviterer andre med i legen.",
    "{a} viser omsorg for kammeraterne.",
    "{a} er nysgerrig og stiller gode spørgsmål.",
    "{a} er vedholdende og giver ikke op.",
    "Det viser, at {a} trives i fællesskabet og søger kontakt.",
    "{a} bruger sproget til at skabe leg sammen med andre.",
    "{a} er god til at vente på tur og læse de andres signaler.",
    "Her ser vi {a}s fantasi og glæde ved at fortælle.",
    "{a} finder ro i de små pauser og deler glæden med andre.",
    "{a} er på vej ind i gruppens lege og tager selv de små skridt.",
)
NEXT_STEP_FRAGMENTS = (
    "Vi giver {a} og {b} flere opgaver sammen.",
    "Vi tager luppen med på næste tur.",
    "Vi fortæller forældrene om situationen ved hentning.",
    "Vi giver {a} en rolle ved næste samling.",
    "Vi følger op på stuemødet og skriver igen om en måned.",
    "Vi laver en lille legegruppe med {a} og to andre børn.",
)


@dataclass(frozen=True)
class GroupInfo:
    key: str
    name: str
    child_keys: tuple[str, ...]
    educators: tuple[str, ...]  # names


@dataclass(frozen=True)
class BenchDatabase:
    """A generated database and what the benchmarks need to know about it."""

    path: Path
    size: int
    seed: int
    leader: str
    leader_password: str
    educator_password: str
    common_word: str
    groups: tuple[GroupInfo, ...]
    generation_seconds: float

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = self.path.name
        data["generator_version"] = GENERATOR_VERSION
        return data

    @classmethod
    def from_json(cls, folder: Path, data: dict[str, Any]) -> BenchDatabase:
        groups = tuple(
            GroupInfo(g["key"], g["name"], tuple(g["child_keys"]), tuple(g["educators"]))
            for g in data["groups"]
        )
        return cls(
            path=folder / data["path"],
            size=data["size"],
            seed=data["seed"],
            leader=data["leader"],
            leader_password=data["leader_password"],
            educator_password=data["educator_password"],
            common_word=data["common_word"],
            groups=groups,
            generation_seconds=data["generation_seconds"],
        )


@dataclass(frozen=True)
class Organisation:
    """Database ids the bulk insert refers to."""

    institution_id: int
    groups: tuple[tuple[int, tuple[tuple[int, str], ...]], ...]  # group id, (child id, name)
    authors: dict[int, tuple[int, ...]]  # group id → staff ids writing there
    leader_id: int
    theme_ids: tuple[int, ...]
    relation_ids: tuple[int, ...]


# -- the organisation, through the services ------------------------------------------------


def _birth_month(rng: random.Random, age_band: str) -> str:
    years_old = rng.uniform(0.6, 2.9) if age_band == "vuggestue" else rng.uniform(3.0, 5.9)
    born = LAST_DAY - timedelta(days=int(years_old * 365))
    return f"{born.year:04d}-{born.month:02d}"


def _add_children(ws: Workspace, rng: random.Random, group_key: str, age_band: str) -> list[str]:
    keys = []
    for _ in range(CHILDREN_PER_GROUP):
        started = LAST_DAY - timedelta(days=rng.randrange(30, 3 * 365))
        keys.append(
            add_child(
                ws,
                rng.choice(FIRST_NAMES),
                rng.choice(LAST_INITIALS),
                _birth_month(rng, age_band),
                group_key,
                started,
                gender=rng.choice(("pige", "dreng", None)),
            )
        )
    return keys


def _build_organisation(ws: Workspace, rng: random.Random) -> tuple[GroupInfo, ...]:
    group_keys = [add_group(ws, name, age_band) for name, age_band in GROUPS]
    children = [
        _add_children(ws, rng, key, age_band)
        for key, (_, age_band) in zip(group_keys, GROUPS, strict=True)
    ]
    educators: list[list[str]] = [[] for _ in GROUPS]
    for index, (name, initials) in enumerate(EDUCATORS):
        # Every educator gets a password: a realistic key-slot file, and any can log in.
        group = index % len(GROUPS)
        add_staff(
            ws,
            name,
            groups=(group_keys[group],),
            initials=initials,
            password=EDUCATOR_PASSWORD,
        )
        educators[group].append(name)
    return tuple(
        GroupInfo(key, name, tuple(kids), tuple(staff))
        for key, (name, _), kids, staff in zip(group_keys, GROUPS, children, educators, strict=True)
    )


def _organisation_ids(connection: Connection, groups: Sequence[GroupInfo]) -> Organisation:
    def scalar(sql: str, *args: object) -> Any:
        return connection.exec_driver_sql(sql, args).scalar_one()

    group_rows = []
    authors = {}
    for group in groups:
        group_id = scalar("SELECT id FROM child_group WHERE key = ?", group.key)
        kids = tuple(
            (row[0], row[1])
            for row in connection.exec_driver_sql(
                "SELECT c.id, c.first_name FROM child c JOIN group_membership m "
                "ON m.child_id = c.id WHERE m.group_id = ? ORDER BY c.id",
                (group_id,),
            )
        )
        group_rows.append((group_id, kids))
        authors[group_id] = tuple(
            scalar("SELECT id FROM staff WHERE name = ?", name) for name in group.educators
        )
    return Organisation(
        institution_id=scalar("SELECT id FROM institution"),
        groups=tuple(group_rows),
        authors=authors,
        leader_id=scalar("SELECT id FROM staff WHERE name = ?", LEADER),
        theme_ids=tuple(connection.execute(select(Theme.id).order_by(Theme.position)).scalars()),
        relation_ids=tuple(
            connection.execute(select(RelationTag.id).order_by(RelationTag.position)).scalars()
        ),
    )


# -- narratives, in bulk ---------------------------------------------------------------------


def _weekdays(rng: random.Random, count: int) -> list[date]:
    """``count`` opening days spread over the years before LAST_DAY, oldest first."""
    span = YEARS * 365
    days: list[date] = []
    while len(days) < count:
        day = LAST_DAY - timedelta(days=rng.randrange(span))
        if day.weekday() < 5:
            days.append(day)
    days.sort()
    return days


def _fill(fragments: Sequence[str], a: str, b: str) -> str:
    return " ".join(f.format(a=a, b=b) for f in fragments)


def _story(rng: random.Random, a: str, b: str) -> str:
    """300–900 characters of fragments in random order, sometimes in two paragraphs."""
    wanted = rng.randint(300, 900)
    chosen: list[str] = []
    length = 0
    for fragment in rng.sample(STORY_FRAGMENTS, len(STORY_FRAGMENTS)):
        text = fragment.format(a=a, b=b)
        if length + len(text) + 1 > wanted and length >= 300:
            break
        chosen.append(text)
        length += len(text) + 1
    if len(chosen) > 4 and rng.random() < 0.5:
        middle = len(chosen) // 2
        return " ".join(chosen[:middle]) + "\n\n" + " ".join(chosen[middle:])
    return " ".join(chosen)


@dataclass(frozen=True)
class GeneratedNarrative:
    row: dict[str, Any]  # the narrative table's columns
    children: list[dict[str, Any]]  # narrative_child rows
    theme_ids: list[int]
    relation_ids: list[int]


def _narratives(
    rng: random.Random, org: Organisation, first_id: int, days: Sequence[date]
) -> Iterator[GeneratedNarrative]:
    """One narrative with its children, themes and relations per day given."""
    for offset, day in enumerate(days):
        narrative_id = first_id + offset
        group_id, kids = rng.choice(org.groups)
        in_story = rng.sample(kids, 1 + rng.choice((0, 1, 1, 2, 2, 3)))
        a = in_story[0][1]
        b = in_story[1][1] if len(in_story) > 1 else "en kammerat"
        written = datetime.combine(day, clock(13, 0), UTC) + timedelta(
            minutes=rng.randrange(0, 5 * 60)
        )
        status = rng.choices(("shared", "reviewed", "draft"), weights=(70, 20, 10))[0]
        author = org.leader_id if rng.random() < 0.1 else rng.choice(org.authors[group_id])
        row = {
            "id": narrative_id,
            "key": f"n-b{narrative_id:011x}",
            "institution_id": org.institution_id,
            "occurred_on": day,
            "part_of_day": rng.choice(PARTS_OF_DAY),
            "context": rng.choice(CONTEXTS),
            "group_id": group_id,
            "author_id": author,
            "story": _story(rng, a, b),
            "reflection": _fill(rng.sample(REFLECTION_FRAGMENTS, rng.randint(1, 2)), a, b),
            "next_steps": _fill(rng.sample(NEXT_STEP_FRAGMENTS, rng.randint(0, 1)), a, b),
            "story_type": rng.choice(STORY_TYPES) if rng.random() < 0.15 else None,
            "status": status,
            "created_at": written,
            "updated_at": written,
            "version": 1,
        }
        children = [
            {"narrative_id": narrative_id, "child_id": child_id, "role": role}
            for (child_id, _), role in zip(
                in_story, ["focus"] + ["present"] * (len(in_story) - 1), strict=True
            )
        ]
        yield GeneratedNarrative(
            row,
            children,
            theme_ids=rng.sample(org.theme_ids, rng.randint(1, 2)),
            relation_ids=rng.sample(org.relation_ids, rng.randint(1, 2)),
        )


def _insert_batch(connection: Connection, batch: Sequence[GeneratedNarrative]) -> None:
    narratives: list[dict[str, Any]] = []
    children: list[dict[str, Any]] = []
    themes: list[dict[str, int]] = []
    relations: list[dict[str, int]] = []
    for item in batch:
        narrative_id = item.row["id"]
        narratives.append(item.row)
        children.extend(item.children)
        themes.extend({"narrative_id": narrative_id, "theme_id": t} for t in item.theme_ids)
        relations.extend(
            {"narrative_id": narrative_id, "relation_id": r} for r in item.relation_ids
        )
    # The triggers from the first migration fill the full-text index row by row.
    connection.execute(insert(Narrative.__table__), narratives)
    connection.execute(insert(NarrativeChild.__table__), children)
    connection.execute(insert(narrative_theme), themes)
    connection.execute(insert(narrative_relation), relations)


def _insert_narratives(
    ws: Workspace, rng: random.Random, groups: Sequence[GroupInfo], size: int
) -> None:
    with ws.store.engine.connect() as connection:
        org = _organisation_ids(connection, groups)
        first_id = (connection.execute(select(func.max(Narrative.id))).scalar() or 0) + 1
    batch: list[GeneratedNarrative] = []
    for item in _narratives(rng, org, first_id, _weekdays(rng, size)):
        batch.append(item)
        if len(batch) == BATCH_SIZE:
            _commit_batch(ws, batch)
            batch = []
    if batch:
        _commit_batch(ws, batch)


def _commit_batch(ws: Workspace, batch: Sequence[GeneratedNarrative]) -> None:
    # One transaction per batch keeps the write-ahead log small.
    with ws.store.engine.begin() as connection:
        _insert_batch(connection, batch)


# -- building and caching -------------------------------------------------------------------


def build(path: Path, size: int, seed: int = 1) -> BenchDatabase:
    """Create the database at ``path`` (a new file) with ``size`` narratives.

    A manifest beside it describes the database; it is written last, so a folder without
    one holds an interrupted build.
    """
    started = time.perf_counter()
    rng = random.Random(seed)
    ws = initialise(path, INSTITUTION, LEADER, LEADER_PASSWORD).workspace
    try:
        groups = _build_organisation(ws, rng)
        _insert_narratives(ws, rng, groups, size)
    finally:
        ws.lock()
    database = BenchDatabase(
        path=path,
        size=size,
        seed=seed,
        leader=LEADER,
        leader_password=LEADER_PASSWORD,
        educator_password=EDUCATOR_PASSWORD,
        common_word=COMMON_WORD,
        groups=groups,
        generation_seconds=time.perf_counter() - started,
    )
    manifest = path.with_name(MANIFEST_NAME)
    manifest.write_text(json.dumps(database.to_json(), ensure_ascii=False, indent=2) + "\n")
    return database


def load(folder: Path) -> BenchDatabase | None:
    """The database built in ``folder`` by this generator version, or None."""
    manifest = folder / MANIFEST_NAME
    if not manifest.exists():
        return None
    data = json.loads(manifest.read_text())
    if data.get("generator_version") != GENERATOR_VERSION:
        return None
    database = BenchDatabase.from_json(folder, data)
    return database if database.path.exists() else None


def cached(cache: Path, size: int, seed: int = 1) -> tuple[BenchDatabase, bool]:
    """A database of ``size`` from the cache folder, built there first if needed.

    Returns it and whether it was reused.
    """
    folder = cache / f"narratives-{size}-seed-{seed}-v{GENERATOR_VERSION}"
    existing = load(folder)
    if existing is not None and existing.size == size and existing.seed == seed:
        return existing, True
    if folder.exists():
        _remove_leftovers(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return build(folder / DATABASE_NAME, size, seed), False


def _remove_leftovers(folder: Path) -> None:
    """An interrupted build: only files this generator makes are removed."""
    for item in folder.iterdir():
        if item.is_file() and item.name.startswith((DATABASE_NAME, MANIFEST_NAME)):
            item.unlink()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True, help="number of narratives")
    parser.add_argument("--out", type=Path, required=True, help="folder for the new database")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    target = args.out / DATABASE_NAME
    if target.exists():
        parser.error(f"{target} exists already; choose another folder")
    args.out.mkdir(parents=True, exist_ok=True)
    database = build(target, args.size, args.seed)
    megabytes = database.path.stat().st_size / 1e6
    print(
        f"{database.size} narratives in {database.path} ({megabytes:.1f} MB), "
        f"built in {database.generation_seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
