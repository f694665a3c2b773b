"""Finding "kan ikke"-forms: wording that states what the child cannot do.

Rules (data in the lexicon's "cannot" section):

1. A form is a finite verb and a tail: "kan|kunne … ikke", "er … ikke i stand til",
   "har … svært ved". Adverbs may stand between the words ("kan simpelthen ikke",
   "har stadig lidt svært ved"), and in inverted order the subject sits right after the
   verb ("Til samling kan Lasse ikke …").
2. Forms marked ``subordinate`` also match the sub-clause order with the negation first:
   "…, at han ikke kan vente", "et barn, der ikke kan sidde stille".
3. The subject must be (or may be) the child: "vi kan ikke vide", "man kan ikke",
   "det kan ikke udelukkes", "tårnet kunne ikke holde" are not marked.
4. A condition describes a situation, not the child: "når/hvis/selvom han ikke kan …"
   is not marked.
5. Questions (the sentence ends with "?") are reflection, not verdicts: not marked.
6. What follows the negation can make it an idiom rather than an inability:
   joy ("kunne ikke lade være med at grine", "kunne ikke vente med at …", "kan ikke få nok
   af …"), preference ("kan ikke lide"), outer circumstances ("kunne ikke nå håndtaget",
   "kunne ikke se tavlen") and "ikke" that negates something else ("ikke før …", "ikke kun
   …"). A cause of joy later in the clause ("kunne næsten ikke sidde stille af
   begejstring") also turns the sentence into joy.

The suggestion uses the verb phrase after the form: "kan ikke vente på tur" →
"Prøv: '… er ved at lære at vente' eller beskriv, hvornår det lykkes."
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from narrativ.language.context import (
    Words,
    is_name,
    is_subject_word,
    previous_in_sentence,
    relative_antecedent_is_person,
    subject_is_child,
)
from narrativ.language.patterns import Classifier, PatternIndex, WordSpec
from narrativ.language.tokens import Doc

#: How far after the negation a joy cause may stand ("… af begejstring").
JOY_WINDOW = 12
#: The first tail word of a form stands within this many words after the verb
#: (an inverted subject and a few adverbs may come first). Used only to skip early.
OPENER_REACH = 6
#: Longest verb phrase quoted in a suggestion, in words.
MAX_VERB_WORDS = 5


@dataclass(frozen=True, slots=True)
class CannotForm:
    source: str
    verbs: frozenset[str]
    tail: tuple[WordSpec, ...]
    subordinate: bool
    suggestion: str | None = None

    @property
    def tail_starts_with_negation(self) -> bool:
        return "ikke" in self.tail[0].exact

    def tail_ends_with_preposition(self, words: Words) -> bool:
        """ "har svært ved", "er ikke i stand til": a verb needs "at" after these."""
        return bool(self.tail[-1].exact & words.prepositions)


@dataclass(frozen=True, slots=True)
class CannotRules:
    forms: tuple[CannotForm, ...]
    not_verdicts: PatternIndex[None]
    joy_causes: PatternIndex[None]
    strip_before_verb: tuple[tuple[str, ...], ...]
    suggestion: str
    suggestion_with_verb: str
    #: finite verb → the forms it starts
    by_verb: dict[str, tuple[CannotForm, ...]]
    #: finite verb → words one of its tails can start with (None: cannot tell cheaply)
    tail_openers: dict[str, frozenset[str] | None]

    @classmethod
    def build(cls, forms: tuple[CannotForm, ...], **kwargs: Any) -> CannotRules:
        verbs = {verb for form in forms for verb in form.verbs}
        by_verb = {v: tuple(f for f in forms if v in f.verbs) for v in verbs}
        openers: dict[str, frozenset[str] | None] = {}
        for verb, verb_forms in by_verb.items():
            firsts = [f.tail[0] for f in verb_forms]
            if all(spec.only_exact and not spec.optional for spec in firsts):
                openers[verb] = frozenset().union(*(spec.exact for spec in firsts))
            else:
                openers[verb] = None
        return cls(forms=forms, by_verb=by_verb, tail_openers=openers, **kwargs)

    def forms_for(self, verb: str) -> tuple[CannotForm, ...]:
        return self.by_verb.get(verb, ())


@dataclass(frozen=True, slots=True)
class CannotMatch:
    start: int  # first word
    end: int  # end word (exclusive)
    suggestion: str


def _skip_adverbs(words: Words, doc: Doc, j: int) -> int:
    """First word from j on that is not a joined adverb."""
    while j < len(doc) and doc.is_joined(j) and doc.lows[j] in words.adverbs:
        j += 1
    return j


def _match_tail(
    words: Words, doc: Doc, j: int, tail: tuple[WordSpec, ...], classify: Classifier
) -> int:
    """Match the tail from word j, skipping adverbs before each tail word; end or -1."""
    for spec in tail:
        j = _skip_adverbs(words, doc, j)
        if j >= len(doc) or not doc.is_joined(j) or not spec.matches(doc, j, classify):
            if spec.optional:
                continue
            return -1
        j += 1
    return j


def _any_at(index: PatternIndex[None], doc: Doc, j: int, classify: Classifier) -> bool:
    if j >= len(doc) or not doc.is_joined(j):
        return False
    return any(index.match_from(doc, j, classify))


def _joy_follows(rules: CannotRules, doc: Doc, j: int, classify: Classifier) -> bool:
    limit = min(len(doc), j + JOY_WINDOW)
    while j < limit and doc.is_joined(j):
        if _any_at(rules.joy_causes, doc, j, classify):
            return True
        j += 1
    return False


def _looks_infinitive(low: str) -> bool:
    """Danish infinitives end in -e (vente, sidde) or are short (gå, se, nå) — unlike the
    definite plurals (-ene, -erne) that also end in -e ("overgangene")."""
    if low.endswith(("ene", "erne")):
        return False
    return low.endswith("e") or (len(low) <= 3 and low[-1] in "aeiouyæøå")


def _verb_phrase(
    rules: CannotRules, words: Words, doc: Doc, form: CannotForm, j: int
) -> str | None:
    """The verb phrase after a form, short enough to quote: "vente", "sidde stille"."""
    j = _skip_adverbs(words, doc, j)
    has_at = j < len(doc) and doc.is_joined(j) and doc.lows[j] == "at"
    if has_at:
        j += 1
    elif form.tail_ends_with_preposition(words):
        # "har svært ved overgange": a noun, not a skill to learn
        return None
    for prefix in rules.strip_before_verb:
        n = len(prefix)
        if tuple(doc.lows[j : j + n]) == prefix and all(doc.is_joined(k) for k in range(j, j + n)):
            j += n
            break
    if j >= len(doc) or not doc.is_joined(j) or doc.quoted[j]:
        return None
    first = doc.lows[j]
    if first in words.noun_phrase_starts or first in words.prepositions:
        return None
    if first in words.clause_stops or first in words.negators:
        return None
    verb = doc.lows[j + 1] if first == "selv" and doc.is_joined(j + 1) else first
    if not has_at and not _looks_infinitive(verb):
        return None
    taken = [j]
    k = j + 1
    while len(taken) < MAX_VERB_WORDS and k < len(doc) and doc.is_joined(k):
        low = doc.lows[k]
        if low in words.clause_stops or low in words.adverbs or doc.quoted[k]:
            break
        if low in words.prepositions:
            following = doc.lows[k + 1] if doc.is_joined(k + 1) else None
            if following == "at" and doc.is_joined(k + 2):
                # "lade være med at slå": the complement is part of the skill
                taken.extend((k, k + 1, k + 2))
                break
            if following is not None and following != "selv":
                # a preposition that does not end the clause opens an adverbial that is
                # not part of the skill ("sidde stille | til samling"); at the end it is
                # a particle ("tage tøj på")
                break
        taken.append(k)
        k += 1
    return " ".join(doc.raws[t] for t in taken)


def _subject_text(words: Words, doc: Doc, i: int | None) -> str:
    if i is None or i < 0:
        return "…"
    low = doc.lows[i]
    if low in words.person_pronouns:
        return low.capitalize()
    if is_name(words, doc, i):
        return doc.raws[i]
    return "…"


def _suggest(
    rules: CannotRules,
    words: Words,
    doc: Doc,
    form: CannotForm,
    end: int,
    subject: int | None,
) -> str:
    verb = _verb_phrase(rules, words, doc, form, end)
    subject_text = _subject_text(words, doc, subject)
    if form.suggestion:
        return form.suggestion.format(subject=subject_text, verb=verb or "…")
    if verb:
        return rules.suggestion_with_verb.format(subject=subject_text, verb=verb)
    return rules.suggestion


def _is_conditional(words: Words, doc: Doc, subject: int | None) -> bool:
    """ "når/hvis/selvom Lasse ikke kan …": the word before the subject is a condition."""
    if subject is None:
        return False
    before = previous_in_sentence(doc, subject)
    return before is not None and doc.lows[before] in words.conditional_subordinators


def _continuation_is_idiom(
    rules: CannotRules, words: Words, doc: Doc, end: int, classify: Classifier
) -> bool:
    after = _skip_adverbs(words, doc, end)
    return _any_at(rules.not_verdicts, doc, after, classify) or _joy_follows(
        rules, doc, after, classify
    )


def _main_order(
    rules: CannotRules, words: Words, doc: Doc, i: int, classify: Classifier
) -> CannotMatch | None:
    """ "Lasse kan ikke …", "Til samling kan Lasse ikke …", "Han har svært ved …"."""
    verb = doc.lows[i]
    openers = rules.tail_openers[verb]
    if openers is not None and not any(
        low in openers for low in doc.lows[i + 1 : i + 1 + OPENER_REACH]
    ):
        return None  # the common case: "er glad", "har en bil"
    for form in rules.forms_for(verb):
        j = i + 1
        subject: int | None = None
        if j < len(doc) and doc.is_joined(j) and is_subject_word(words, doc, j):
            subject = j
            j += 1
        end = _match_tail(words, doc, j, form.tail, classify)
        if end < 0 and subject is not None:
            # "Lasse har svært ved": the word after the verb was not a subject after all
            subject = None
            end = _match_tail(words, doc, i + 1, form.tail, classify)
        if end < 0:
            continue
        if subject is None:
            subject = previous_in_sentence(doc, i) if doc.is_joined(i) else None
        if not subject_is_child(words, doc, subject) or _is_conditional(words, doc, subject):
            return None
        if form.tail_starts_with_negation and _continuation_is_idiom(
            rules, words, doc, end, classify
        ):
            return None
        return CannotMatch(i, end, _suggest(rules, words, doc, form, end, subject))
    return None


def _sub_clause_order(
    rules: CannotRules, words: Words, doc: Doc, i: int, classify: Classifier
) -> CannotMatch | None:
    """ "…, at han ikke kan …", "et barn, der ikke kan …" (word i is "ikke")."""
    j = _skip_adverbs(words, doc, i + 1)
    if j >= len(doc) or not doc.is_joined(j):
        return None
    for form in rules.forms_for(doc.lows[j]):
        if not (form.subordinate and form.tail_starts_with_negation):
            continue
        end = _match_tail(words, doc, j + 1, form.tail[1:], classify)
        if end < 0:
            continue
        subject = i
        while subject > 0 and doc.is_joined(subject) and doc.lows[subject - 1] in words.adverbs:
            subject -= 1
        subject = subject - 1 if doc.is_joined(subject) else -1
        if subject < 0:
            return None
        if doc.lows[subject] in words.relative_pronouns:
            if not relative_antecedent_is_person(words, doc, subject):
                return None
        elif not subject_is_child(words, doc, subject):
            return None
        if _is_conditional(words, doc, subject):
            return None
        if _continuation_is_idiom(rules, words, doc, end, classify):
            return None
        named = subject
        if doc.lows[subject] in words.relative_pronouns:
            named = previous_in_sentence(doc, subject) or subject
        return CannotMatch(i, end, _suggest(rules, words, doc, form, end, named))
    return None


def find_cannot(
    rules: CannotRules, words: Words, doc: Doc, classify: Classifier
) -> Iterator[CannotMatch]:
    by_verb = rules.by_verb
    for i, low in enumerate(doc.lows):
        if low in by_verb:
            finder = _main_order
        elif low == "ikke":
            finder = _sub_clause_order
        else:
            continue
        if doc.quoted[i] or doc.is_question(i):
            continue
        found = finder(rules, words, doc, i, classify)
        if found is not None:
            yield found
