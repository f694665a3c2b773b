"""The demo institution: counts, consistency, determinism and wording of its narratives."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from narrativ.demo import build_demo_document
from narrativ.demo.grammar import capitalise_sentences, genitive, join_names, person_forms
from narrativ.demo.material import load_material
from narrativ.paths import resource_path

TODAY = date(2026, 9, 14)

THEMES = {
    "alsidig personlig udvikling",
    "social udvikling",
    "kommunikation og sprog",
    "krop, sanser og bevægelse",
    "natur, udeliv og science",
    "kultur, æstetik og fællesskab",
}
RELATIONS = {"barn-barn", "barn-gruppe", "barn-voksen", "barn-forælder"}
STORY_TYPES = {
    "solskinshistorie",
    "succeshistorie",
    "vendepunktshistorie",
    "kontrasthistorie",
    "bommerthistorie",
    "nøglehistorie",
    "børneperspektiv",
}
PARTS_OF_DAY = {"morgen", "formiddag", "middag", "eftermiddag"}
STATUSES = {"draft", "shared", "reviewed"}

KEYS = {
    "groups": {"key", "name", "age_band"},
    "staff": {"key", "name", "initials", "role", "groups"},
    "children": {
        "key",
        "first_name",
        "last_initial",
        "birth_month",
        "gender",
        "group",
        "started",
        "left",
    },
    "narratives": {
        "key",
        "date",
        "part_of_day",
        "context",
        "group",
        "author",
        "focus",
        "present",
        "relations",
        "themes",
        "story",
        "reflection",
        "next_steps",
        "status",
        "story_type",
        "community",
    },
}

# "kan ikke"-forms, totalising words and labels turn a situation into a verdict about the
# child; none may appear anywhere in the demo's texts. "ikke" alone is fine ("gav ikke op").
DEFICIT = re.compile(
    r"\b(kan|kunne|formår|formåede) ikke\b|\bikke (kan|kunne)\b|\bhar svært ved\b"
    r"|\baltid\b|\baldrig\w*|\bhele tiden\b|\bsådan (en|et)\b"
    r"|\b(doven|dovne|umulig\w*|besværlig\w*|aggressiv\w*|problembarn\w*|uopdragen\w*"
    r"|frække?|stædig\w*|forstyrrende|urolig\w*|dårlig\w*|mangler|vanskelig\w*|adfærd\w*)\b",
    re.IGNORECASE,
)
# Transliterations of æ, ø, å that would give away text typed without Danish letters.
TRANSLITERATED = re.compile(
    r"\b(boern\w*|paedagog\w*|faellesskab|naar|saa|paa|foer|laere\w*|oensk\w*|hoej\w*)\b",
    re.IGNORECASE,
)


def texts_of(narrative: dict[str, Any]) -> list[str]:
    return [narrative["story"], narrative["reflection"], narrative["next_steps"]]


def names_in(text: str, name: str) -> bool:
    """A name as a word of its own; the genitive (Almas, Lukas') counts."""
    return re.search(rf"(?<!\w){re.escape(name)}s?(?!\w)", text) is not None


def sentences(story: str) -> list[str]:
    """Sentences of a story; what a child says inside »…« does not split a sentence."""
    flattened = re.sub(r"»[^«]*«", "»…«", story)
    return re.split(r"(?<=[.!?«])\s+(?=[A-ZÆØÅ»])", flattened)


def months_before(today: date, day: date) -> int:
    return (today.year - day.year) * 12 + today.month - day.month


def assert_valid(doc: dict[str, Any], today: date) -> None:
    """Every structural rule of the interchange format and of the demo brief."""
    assert doc["format"] == "narrativ-interchange"
    assert doc["version"] == 1
    assert set(doc) == {
        "format",
        "version",
        "institution",
        "groups",
        "staff",
        "children",
        "narratives",
    }
    assert set(doc["institution"]) == {"name"}
    for section, keys in KEYS.items():
        for record in doc[section]:
            assert set(record) == keys, (section, record)
        record_keys = [r["key"] for r in doc[section]]
        assert len(set(record_keys)) == len(record_keys), section

    groups = {g["key"]: g for g in doc["groups"]}
    staff = {s["key"]: s for s in doc["staff"]}
    children = {c["key"]: c for c in doc["children"]}
    assert {g["age_band"] for g in groups.values()} <= {"vuggestue", "børnehave"}
    assert {s["role"] for s in staff.values()} <= {"educator", "leader"}
    for person in staff.values():
        assert set(person["groups"]) <= set(groups)
        assert person["role"] == "leader" or person["groups"]

    for child in children.values():
        assert child["group"] in groups
        assert child["gender"] in {"pige", "dreng"}
        assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", child["birth_month"])
        born = date.fromisoformat(child["birth_month"] + "-01")
        started = date.fromisoformat(child["started"])
        assert born < started <= today
        if child["left"] is not None:
            assert started < date.fromisoformat(child["left"]) < today

    earliest = today - timedelta(days=365)
    for n in doc["narratives"]:
        day = date.fromisoformat(n["date"])
        assert earliest < day <= today, n["key"]
        assert n["part_of_day"] in PARTS_OF_DAY
        assert re.fullmatch(r"[a-zæøå]{3,20}", n["context"]), n["context"]
        assert n["group"] in groups
        assert n["status"] in STATUSES
        assert n["story_type"] is None or n["story_type"] in STORY_TYPES
        assert n["relations"] and set(n["relations"]) <= RELATIONS
        assert len(set(n["relations"])) == len(n["relations"])
        assert 1 <= len(n["themes"]) <= 3 and set(n["themes"]) <= THEMES
        assert len(set(n["themes"])) == len(n["themes"])

        author = staff[n["author"]]
        assert author["role"] == "leader" or n["group"] in author["groups"]
        if n["status"] == "draft":
            assert author["role"] == "educator"

        if n["community"] is None:
            assert 1 <= len(n["focus"]) <= 2
            assert 0 <= len(n["present"]) <= 4
        else:
            # A community in focus: no focus child, the children present named and tagged.
            assert n["focus"] == [] and n["community"].strip() == n["community"]
            assert 3 <= len(n["present"]) <= 4 and n["status"] != "draft"
        assert not set(n["focus"]) & set(n["present"])
        assert len(set(n["focus"] + n["present"])) == len(n["focus"] + n["present"])
        for key in n["focus"] + n["present"]:
            child = children[key]
            assert child["group"] == n["group"], (n["key"], key)
            assert date.fromisoformat(child["started"]) < day, (n["key"], key)
            assert child["left"] is None or day < date.fromisoformat(child["left"])

        # Masking other children's names in parent handouts relies on them being named.
        for key in n["focus"] + n["present"]:
            assert names_in(n["story"], children[key]["first_name"]), (n["key"], key)
        assert 3 <= len(sentences(n["story"])) <= 6, n["story"]
        assert not n["reflection"] or 1 <= len(sentences(n["reflection"])) <= 3
        assert not n["next_steps"] or 1 <= len(sentences(n["next_steps"])) <= 2
        assert n["story"].strip() == n["story"] and "{" not in n["story"] and "}" not in n["story"]
        for text in texts_of(n):
            assert DEFICIT.search(text) is None, (n["key"], text)
            assert TRANSLITERATED.search(text) is None, (n["key"], text)
            assert "  " not in text and "{" not in text


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return build_demo_document(TODAY)


def test_document_is_valid(document: dict[str, Any]) -> None:
    assert_valid(document, TODAY)


@pytest.mark.parametrize(
    ("today", "seed"),
    [
        (date(2026, 1, 5), 2026),
        (date(2027, 5, 31), 7),
        (date(2025, 12, 24), 11),
        (date(2026, 7, 19), 123),
        (date(2028, 2, 29), 99),
    ],
)
def test_document_is_valid_on_other_days_and_seeds(today: date, seed: int) -> None:
    assert_valid(build_demo_document(today, seed), today)


def test_institution(document: dict[str, Any]) -> None:
    name = document["institution"]["name"]
    assert name.startswith("Børnehuset ")
    bands = Counter(g["age_band"] for g in document["groups"])
    assert len(document["groups"]) >= 3
    assert bands["vuggestue"] >= 1 and bands["børnehave"] >= 2


def test_staff(document: dict[str, Any]) -> None:
    staff = document["staff"]
    assert len(staff) >= 6
    assert any(s["role"] == "leader" for s in staff)
    initials = [s["initials"] for s in staff]
    assert len(set(initials)) == len(initials)
    assert any(re.search("[æøåÆØÅ]", s["name"]) for s in staff)
    for group in document["groups"]:
        assert any(group["key"] in s["groups"] for s in staff if s["role"] == "educator")


def test_children(document: dict[str, Any]) -> None:
    children = document["children"]
    assert 40 <= len(children) <= 60
    names = [c["first_name"] for c in children]
    assert len(set(names)) == len(names)
    assert sum(bool(re.search("[æøåÆØÅ]", n)) for n in names) >= 3
    assert len({"Ali", "Amira", "Yusuf", "Mariam", "Zofia"} & set(names)) >= 3
    genders = Counter(c["gender"] for c in children)
    assert min(genders.values()) >= len(children) // 3
    assert 1 <= sum(c["left"] is not None for c in children) <= 2


def test_children_are_of_age_for_their_group(document: dict[str, Any]) -> None:
    bands = {g["key"]: g["age_band"] for g in document["groups"]}
    for child in document["children"]:
        if child["left"] is not None:
            continue
        born = date.fromisoformat(child["birth_month"] + "-01")
        months = months_before(TODAY, born)
        if bands[child["group"]] == "vuggestue":
            assert 10 <= months < 36, child
        else:
            assert 33 <= months < 72, child


def test_narrative_counts_and_spread(document: dict[str, Any]) -> None:
    narratives = document["narratives"]
    assert 300 <= len(narratives) <= 400
    months = Counter(n["date"][:7] for n in narratives)
    # twelve months back from today; July is quiet (summer closure) but not empty
    assert len(months) >= 12
    assert all(date.fromisoformat(n["date"]).weekday() < 5 for n in narratives)
    dates = [n["date"] for n in narratives]
    assert dates == sorted(dates)


def test_every_group_and_most_children_are_written_about(document: dict[str, Any]) -> None:
    narratives = document["narratives"]
    assert {n["group"] for n in narratives} == {g["key"] for g in document["groups"]}
    focus = Counter(k for n in narratives for k in n["focus"])
    written = [c for c in document["children"] if focus[c["key"]] > 0]
    assert len(written) >= 0.85 * len(document["children"])
    # the leader writes now and then, on visits to the groups
    leader = next(s["key"] for s in document["staff"] if s["role"] == "leader")
    assert 0 < sum(n["author"] == leader for n in narratives) < 0.1 * len(narratives)


def test_statuses(document: dict[str, Any]) -> None:
    narratives = document["narratives"]
    share = {s: c / len(narratives) for s, c in Counter(n["status"] for n in narratives).items()}
    assert 0.05 <= share["draft"] <= 0.15
    assert 0.18 <= share["reviewed"] <= 0.32
    assert share["shared"] > 0.5


def test_some_reflections_and_next_steps_are_left_empty(document: dict[str, Any]) -> None:
    narratives = document["narratives"]
    empty = sum(not n["reflection"] or not n["next_steps"] for n in narratives)
    assert 0.1 <= empty / len(narratives) <= 0.35
    assert all(n["story"] for n in narratives)


def test_story_types_and_focus_counts_vary(document: dict[str, Any]) -> None:
    narratives = document["narratives"]
    types = Counter(n["story_type"] for n in narratives)
    assert types[None] > len(narratives) / 2
    assert len(types) >= 6
    assert any(len(n["focus"]) == 2 for n in narratives)
    assert Counter(len(n["present"]) for n in narratives).keys() >= {0, 1, 2, 3}


def test_texts_are_varied(document: dict[str, Any]) -> None:
    narratives = document["narratives"]
    stories = [n["story"] for n in narratives]
    assert len(set(stories)) >= 0.95 * len(stories)
    # a reader should not meet the same sentence over and over
    sentence_counts = Counter(s for story in stories for s in sentences(story))
    assert sentence_counts.most_common(1)[0][1] <= 8
    reflections = [n["reflection"] for n in narratives if n["reflection"]]
    assert len(set(reflections)) >= 0.6 * len(reflections)


def test_seasons_show_in_the_stories(document: dict[str, Any]) -> None:
    def stories_in(months: set[int]) -> str:
        return " ".join(n["story"] for n in document["narratives"] if int(n["date"][5:7]) in months)

    snow = re.compile(r"\bsne(en|bold|mand|manden)?\b")
    assert snow.search(stories_in({12, 1, 2}))
    assert not snow.search(stories_in({5, 6, 7, 8}))
    assert re.search(r"\bblade\b", stories_in({9, 10, 11}))


def test_same_inputs_give_the_same_document() -> None:
    assert build_demo_document(TODAY, 5) == build_demo_document(TODAY, 5)
    assert build_demo_document(TODAY) == build_demo_document(TODAY, 2026)


def test_another_seed_gives_another_document(document: dict[str, Any]) -> None:
    other = build_demo_document(TODAY, 2027)
    assert other != document
    assert [n["story"] for n in other["narratives"]] != [n["story"] for n in document["narratives"]]


def test_document_survives_json(document: dict[str, Any]) -> None:
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document


def test_genitive() -> None:
    assert genitive("Emil") == "Emils"
    assert genitive("Åse") == "Åses"
    assert genitive("Lukas") == "Lukas'"
    assert genitive("Felix") == "Felix'"
    assert genitive("Liz") == "Liz'"
    assert genitive("Laurits") == "Laurits'"


def test_join_names_and_capitals() -> None:
    assert join_names(["Alma"]) == "Alma"
    assert join_names(["Alma", "Noah"]) == "Alma og Noah"
    assert join_names(["Alma", "Noah", "Ella"]) == "Alma, Noah og Ella"
    assert capitalise_sentences("det var koldt. »se!« sagde hun. ja.") == (
        "Det var koldt. »Se!« sagde hun. Ja."
    )


def test_person_forms_follow_gender() -> None:
    boy = person_forms("Elias", "dreng")
    girl = person_forms("Åse", "pige", age_years=5, language="polsk")
    assert (boy["han"], boy["Ham"], boy["hans"], boy["s"]) == ("han", "Ham", "hans", "Elias'")
    assert (girl["Han"], girl["ham"], girl["hans"], girl["s"]) == ("Hun", "hende", "hendes", "Åses")
    assert (girl["alder"], girl["sprog"], girl["forbogstav"]) == ("fem", "polsk", "Å")


def test_material_is_rich_and_consistent() -> None:
    material = load_material()
    situations = material.situations
    assert len(situations) >= 40
    assert len({s.id for s in situations}) == len(situations)
    bands = Counter(s.age_band for s in situations)
    assert bands["vuggestue"] >= 12 and bands["børnehave"] >= 25
    for s in situations:
        assert set(s.themes) <= THEMES and 1 <= len(s.themes) <= 3, s.id
        assert s.relations and set(s.relations) <= RELATIONS, s.id
        assert set(s.story_types) <= STORY_TYPES, s.id
        assert set(s.parts_of_day) <= PARTS_OF_DAY, s.id
        if "barn-barn" in s.relations:
            assert s.present_count or s.extra_present or s.focus_count > 1, s.id
        required = [p for p in s.story if p.required]
        assert len(required) >= 3 and len(s.story) <= 6, s.id
        assert len(s.reflections) >= 2 and len(s.next_steps) >= 2, s.id
        for season in s.seasons:
            for position in required:
                assert any(a.fits(season) for a in position.alternatives), (s.id, season)


def test_material_files_are_free_of_deficit_wording() -> None:
    for path in sorted(resource_path("demo").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        for value in re.findall(r'"((?:[^"\\]|\\.)*)"', text):
            assert DEFICIT.search(value) is None, (path.name, value)


def test_demo_package_needs_neither_qt_nor_a_database() -> None:
    code = (
        "import sys, datetime; from narrativ.demo import build_demo_document; "
        "build_demo_document(datetime.date(2026, 9, 14)); "
        "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'sqlcipher3') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
