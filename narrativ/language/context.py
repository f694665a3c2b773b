"""Who is the sentence about? The grammatical context checks behind the rules.

Danish word order makes a few cheap checks go a long way:

* a main clause has the finite verb second, so the subject stands right before the verb
  ("Lasse kan ikke") or right after it ("I dag kan Lasse ikke");
* a sub-clause puts the negation before the verb ("at han ikke kan");
* nouns are written in lower case, so a capitalised word in the middle of a sentence is a
  name. At the start of a sentence a capital letter says nothing; there a word counts as a
  name unless it is a common sentence opener or looks like a definite noun (-en, -et:
  "Tårnet", "Mælken"), with a short list of names that end like nouns (Søren, Karen).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields

from narrativ.language.patterns import PatternIndex
from narrativ.language.tokens import Doc, looks_capitalised


@dataclass(frozen=True, slots=True)
class Words:
    """The word classes from the lexicon's "words" section (all lower case)."""

    adverbs: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    present_copulas: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    infinitive_copulas: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    label_skip: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    non_child_subjects: frozenset[str] = frozenset()
    sentence_starters: frozenset[str] = frozenset()
    names_like_nouns: frozenset[str] = frozenset()
    capacity_nouns: frozenset[str] = frozenset()
    capacity_suffixes: frozenset[str] = frozenset()
    conditional_subordinators: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    elided_subject_markers: frozenset[str] = frozenset()
    clause_stops: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    noun_phrase_starts: frozenset[str] = frozenset()

    @classmethod
    def list_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_lists(cls, lists: Mapping[str, Iterable[str]]) -> Words:
        return cls(
            **{key: frozenset(w.lower() for w in lists.get(key, ())) for key in cls.list_names()}
        )


#: How far back an infinitive copula looks for its subject ("han har en tendens til at
#: være aggressiv").
INFINITIVE_REACH = 8

# Definite singular nouns: "Tårnet kunne ikke holde", "Mælken er sur".
_DEFINITE_ENDINGS = ("en", "et")


def is_name(words: Words, doc: Doc, i: int) -> bool:
    raw = doc.raws[i]
    if not looks_capitalised(raw) or doc.quoted[i]:
        return False
    low = doc.lows[i]
    if low in words.non_child_subjects or low in words.person_pronouns:
        return False
    if not doc.initial[i] or raw in doc.names or low in words.names_like_nouns:
        return True
    if low in words.sentence_starters:
        return False
    return not (len(low) > 3 and low.endswith(_DEFINITE_ENDINGS))


def is_person(words: Words, doc: Doc, i: int) -> bool:
    """han/hun/de, a person noun ("drengen", "børnene") or a name."""
    if i < 0 or i >= len(doc):
        return False
    low = doc.lows[i]
    return low in words.person_pronouns or low in words.person_nouns or is_name(words, doc, i)


def classify(words: Words, name: str, doc: Doc, i: int) -> bool:
    """The word classes of the phrase language (see patterns.CLASSES)."""
    if name == "@name":
        return is_name(words, doc, i)
    if name == "@person":
        return is_person(words, doc, i)
    if name == "@adv":
        return doc.lows[i] in words.adverbs
    if name == "@copula":
        return doc.lows[i] in words.copulas
    return False


def is_subject_word(words: Words, doc: Doc, i: int) -> bool:
    """Could word i be an inverted subject ("kan *Lasse* ikke", "kan *vi* ikke")?"""
    low = doc.lows[i]
    return (
        low in words.person_pronouns
        or low in words.person_nouns
        or (low in words.non_child_subjects and low not in ("det", "den", "dette", "disse"))
        or is_name(words, doc, i)
    )


def subject_is_child(words: Words, doc: Doc, i: int | None) -> bool:
    """Whether the subject word at i is (or may be) the child.

    No subject word, or a conjunction in its place ("…, men kunne ikke"), means the
    subject was left out and is the child the sentence is about. A pronoun for the staff
    (vi, jeg, man), an impersonal subject (det, der) or an ordinary lower-case noun
    ("tårnet") is not the child.
    """
    if i is None or i < 0:
        return True
    low = doc.lows[i]
    if low in words.non_child_subjects:
        return False
    if is_person(words, doc, i):
        return True
    return low in words.elided_subject_markers or low in words.adverbs


def previous_in_sentence(doc: Doc, i: int) -> int | None:
    """Word i-1 when it belongs to the same sentence (a comma may stand between)."""
    if i <= 0 or doc.sentence[i - 1] != doc.sentence[i] or doc.quoted[i - 1]:
        return None
    return i - 1


def relative_antecedent_is_person(words: Words, doc: Doc, i: int) -> bool:
    """For a relative "der"/"som" at i: is the word it refers back to a person?"""
    before = previous_in_sentence(doc, i)
    return before is not None and is_person(words, doc, before)


def cue_follows(cues: PatternIndex[None], words: Words, doc: Doc, end: int) -> bool:
    """Does a cue phrase start at word ``end`` (same sentence, a comma may come between)?"""
    if end >= len(doc) or previous_in_sentence(doc, end) is None:
        return False
    return any(cues.match_from(doc, end, lambda n, d, k: classify(words, n, d, k)))


def label_in_context(
    words: Words,
    doc: Doc,
    start: int,
    end: int,
    *,
    context: str,
    coordinated: frozenset[str],
    cues: PatternIndex[None],
) -> bool:
    """Is the adjective at [start, end) said about a person?

    * attributive: "en doven dreng", "den sure type", "dovne Lasse";
    * predicative: "Lasse er doven", "han var helt umulig", "I dag var Lasse umulig",
      "en dreng, der er doven", "han har været umulig", "hun er sur og tvær";
    * object + judgement: "vi oplever ham som urolig", "jeg synes hende irriterende".

    A negation on the way ("han er ikke doven") cancels the label. ``context`` is the
    entry's context:

    * "trait": every tense ("han var doven");
    * "state" (emotion words): only the present tense counts ("han er sur" sounds like who
      he is; "han blev sur, da …" is a moment), and not when a cause or time follows
      ("hun er sur på Ali", "han er urolig i dag");
    * "status" (jargon participles such as "udfordret"): "er/var udfordret", but not the
      passive "blev udfordret af", which tells what happened to the child.
    """
    after = end if end < len(doc) and doc.is_joined(end) else None
    if after is not None and (
        doc.lows[after] in words.person_nouns
        or (is_name(words, doc, after) and not doc.initial[after])
    ):
        return True

    k = start
    saw_som = False
    subject_between = False
    while doc.is_joined(k) or _comma_between_labels(doc, k, coordinated):
        k -= 1
        low = doc.lows[k]
        if low in words.negators:
            return False
        if low in words.adverbs or low in words.label_skip or low in coordinated:
            saw_som = saw_som or low == "som"
            continue
        if low in words.object_pronouns:
            return True
        if not subject_between and is_person(words, doc, k):
            if saw_som:
                # "vi oplever Lasse som urolig"
                return True
            # inverted order: "I dag var *Lasse* helt umulig"
            subject_between = True
            continue
        break
    else:
        return False

    low = doc.lows[k]
    if low not in words.copulas:
        return False
    if context == "state" and (
        low not in words.present_copulas or cue_follows(cues, words, doc, end)
    ):
        return False
    if context == "status" and low in words.passive_auxiliaries:
        return False
    if subject_between:
        return True
    return _copula_subject_is_person(words, doc, k)


def _comma_between_labels(doc: Doc, k: int, coordinated: frozenset[str]) -> bool:
    """ "dum, doven og uopdragen": a list of labels may be separated by commas."""
    if k <= 0 or doc.sentence[k - 1] != doc.sentence[k] or doc.lows[k - 1] not in coordinated:
        return False
    return doc.text[doc.ends[k - 1] : doc.starts[k]].strip() == ","


def _copula_subject_is_person(words: Words, doc: Doc, k: int) -> bool:
    """Subject before the copula at k, possibly behind auxiliaries ("han har været
    umulig"); for an infinitive ("… at være aggressiv") the nearest person in the clause."""
    p = k
    while doc.is_joined(p):
        p -= 1
        low = doc.lows[p]
        if low in words.auxiliaries or low in words.adverbs:
            continue
        if low in words.relative_pronouns:
            return relative_antecedent_is_person(words, doc, p)
        if is_person(words, doc, p):
            return True
        break
    if doc.lows[k] not in words.infinitive_copulas:
        return False
    p = k
    while doc.is_joined(p) and k - p < INFINITIVE_REACH:
        p -= 1
        if doc.lows[p] in words.non_child_subjects:
            return False
        if is_person(words, doc, p):
            return True
    return False


def capacity_follows(words: Words, doc: Doc, end: int) -> bool:
    """ "mangler sociale kompetencer", "manglende koncentration" — not "den manglende brik"."""
    j = end
    while j < len(doc) and doc.is_joined(j):
        low = doc.lows[j]
        if low in words.capacity_nouns or low.endswith(tuple(words.capacity_suffixes)):
            return True
        if low not in words.adverbs:
            return False
        j += 1
    return False
