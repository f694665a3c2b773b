"""Loading the wording lexicon: the shipped file plus optional institution files.

The format is described in ``resources/language/README.md``. In short, every file has
the same shape and every section is optional in an extension file:

* ``suggestions``: default suggestion per kind (a later file overrides);
* ``words``: word classes the rules use (lists are added together);
* ``cannot``: the "kan ikke"-forms and the idioms that are not verdicts;
* ``entries``: per kind, the words and phrases to mark, each optionally with
  ``inflect`` ("adjective" or "noun"), explicit ``forms``, a ``context``
  ("any", "trait", "state", "status", "capacity") and a ``suggestion``;
* ``state_cues``, ``exceptions``, ``strength_markers``: lists of phrases;
* ``disable``: phrases of shipped entries an institution does not want marked.

Keys starting with "_" are comments. Errors are reported in Danish with the file name,
because a leader who edits a file needs to see what to fix.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from narrativ.language.cannot import CannotForm, CannotRules
from narrativ.language.context import Words, classify
from narrativ.language.hints import KINDS, LABEL
from narrativ.language.inflection import adjective_forms, noun_forms, noun_stem
from narrativ.language.patterns import (
    Pattern,
    PatternError,
    PatternIndex,
    compile_pattern,
    parse_spec,
)
from narrativ.language.tokens import Doc
from narrativ.paths import resource_path

FORMAT = "narrativ-lexicon"
VERSION = 1
CONTEXTS = ("any", "trait", "state", "status", "capacity")
INFLECTIONS = ("none", "adjective", "noun")
SUGGESTION_KEYS = ("cannot", "cannot_with_verb", *KINDS)
_TOP_KEYS = frozenset(
    {
        "format",
        "version",
        "suggestions",
        "words",
        "cannot",
        "entries",
        "state_cues",
        "exceptions",
        "strength_markers",
        "disable",
    }
)
_ENTRY_KEYS = frozenset({"phrase", "inflect", "forms", "context", "suggestion"})
_CANNOT_KEYS = frozenset({"forms", "not_verdicts", "joy_causes", "strip_before_verb"})
_FORM_KEYS = frozenset({"verb", "tail", "subordinate", "suggestion"})
# Every placeholder a suggestion may use; formatting with all of them checks a template.
_PLACEHOLDERS = {"subject": "…", "verb": "…", "text": "…"}


class LexiconError(ValueError):
    """A lexicon file that cannot be used. The message is Danish and names the file."""


def shipped_lexicon_path() -> Path:
    return resource_path("language", "lexicon.json")


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    phrase: str
    suggestion: str
    context: str
    pattern: Pattern
    #: the exact word forms of a one-word entry (used to chain labels: "sur og tvær")
    forms: frozenset[str] = frozenset()


class Lexicon:
    """A compiled lexicon. Build it with :func:`load_lexicon`; it is immutable and can be
    shared between threads."""

    def __init__(
        self,
        *,
        sources: tuple[str, ...],
        words: Words,
        entries: tuple[Entry, ...],
        cannot: CannotRules,
        state_cues: PatternIndex[None],
        exceptions: PatternIndex[None],
        strength_markers: PatternIndex[None],
        suggestions: Mapping[str, str],
    ) -> None:
        self.sources = sources
        self.words = words
        self.entries = entries
        self.cannot = cannot
        self.state_cues = state_cues
        self.exceptions = exceptions
        self.strength_markers = strength_markers
        self.suggestions = dict(suggestions)
        self.exception_reach = exceptions.longest
        self.entry_index: PatternIndex[Entry] = PatternIndex((e.pattern, e) for e in entries)
        self.label_forms = frozenset(
            form for e in entries if e.kind == LABEL and e.context != "any" for form in e.forms
        )

    def classify(self, name: str, doc: Doc, i: int) -> bool:
        return classify(self.words, name, doc, i)

    def __repr__(self) -> str:
        files = ", ".join(Path(s).name for s in self.sources)
        return f"<Lexicon {len(self.entries)} entries from {files}>"


@dataclass
class _Collected:
    """Everything read from the files, before compiling."""

    suggestions: dict[str, str] = field(default_factory=dict)
    words: dict[str, set[str]] = field(default_factory=dict)
    forms: list[CannotForm] = field(default_factory=list)
    not_verdicts: list[str] = field(default_factory=list)
    joy_causes: list[str] = field(default_factory=list)
    strip_before_verb: list[str] = field(default_factory=list)
    entries: dict[tuple[str, str], tuple[dict[str, Any], str]] = field(default_factory=dict)
    state_cues: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    strength_markers: list[str] = field(default_factory=list)
    disable: set[str] = field(default_factory=set)


def _fail(where: str, message: str) -> LexiconError:
    return LexiconError(f"Ordlisten {where} kan ikke bruges: {message}")


def _visible(mapping: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if not k.startswith("_")}


def _normalise(phrase: str) -> str:
    return " ".join(phrase.split()).lower()


def _strings(value: Any, where: str, what: str) -> list[str]:
    """A list of strings, or an object whose "phrases" (or groups) are lists of strings."""
    if isinstance(value, Mapping):
        out: list[str] = []
        for key, group in _visible(value).items():
            out.extend(_strings(group, where, f"{what}.{key}"))
        return out
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, f"'{what}' skal være en liste af ord eller fraser")
    return list(value)


def _check_template(template: Any, where: str, what: str) -> str:
    if not isinstance(template, str) or not template.strip():
        raise _fail(where, f"'{what}' skal være en tekst")
    try:
        template.format(**_PLACEHOLDERS)
    except (KeyError, IndexError, ValueError):
        names = ", ".join("{" + p + "}" for p in _PLACEHOLDERS)
        raise _fail(
            where, f"forslaget i '{what}' bruger ukendte {{…}}-felter (tilladt: {names})"
        ) from None
    return template


def _check_phrase(phrase: str, where: str, what: str) -> None:
    try:
        compile_pattern(phrase)
    except PatternError as exc:
        raise _fail(where, f"{what}: {exc}") from None


def _read(path: Path) -> dict[str, Any]:
    where = f"'{path.name}'"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _fail(where, "filen findes ikke") from None
    except UnicodeDecodeError:
        raise _fail(where, "filen er ikke gemt som UTF-8") from None
    except json.JSONDecodeError as exc:
        raise _fail(where, f"ugyldig JSON i linje {exc.lineno}, kolonne {exc.colno}") from None
    except OSError:
        raise _fail(where, "filen kan ikke læses") from None
    if not isinstance(data, dict):
        raise _fail(where, "filen skal indeholde et JSON-objekt { … }")
    return data


def _collect(acc: _Collected, data: Mapping[str, Any], where: str) -> None:
    data = _visible(data)
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _fail(where, f"ukendt afsnit '{unknown[0]}'")
    if data.get("format", FORMAT) != FORMAT:
        raise _fail(where, f"'format' skal være \"{FORMAT}\"")
    if data.get("version", VERSION) != VERSION:
        raise _fail(where, f"version {data.get('version')!r} kendes ikke (kun {VERSION})")

    suggestions = data.get("suggestions", {})
    if not isinstance(suggestions, Mapping):
        raise _fail(where, "'suggestions' skal være et objekt")
    for key, template in _visible(suggestions).items():
        if key not in SUGGESTION_KEYS:
            raise _fail(where, f"ukendt forslag '{key}' (kendte: {', '.join(SUGGESTION_KEYS)})")
        acc.suggestions[key] = _check_template(template, where, f"suggestions.{key}")

    words = data.get("words", {})
    if not isinstance(words, Mapping):
        raise _fail(where, "'words' skal være et objekt")
    for key, values in _visible(words).items():
        if key not in Words.list_names():
            raise _fail(where, f"ukendt ordliste 'words.{key}'")
        acc.words.setdefault(key, set()).update(
            v.lower() for v in _strings(values, where, f"words.{key}")
        )

    cannot = data.get("cannot", {})
    if not isinstance(cannot, Mapping):
        raise _fail(where, "'cannot' skal være et objekt")
    cannot = _visible(cannot)
    if set(cannot) - _CANNOT_KEYS:
        raise _fail(where, f"ukendt nøgle 'cannot.{sorted(set(cannot) - _CANNOT_KEYS)[0]}'")
    for n, raw_form in enumerate(cannot.get("forms", [])):
        acc.forms.append(_cannot_form(raw_form, where, f"cannot.forms[{n}]"))
    for key in ("not_verdicts", "joy_causes", "strip_before_verb"):
        phrases = _strings(cannot.get(key, []), where, f"cannot.{key}")
        for phrase in phrases:
            _check_phrase(phrase, where, f"cannot.{key} '{phrase}'")
        getattr(acc, key).extend(phrases)

    entries = data.get("entries", {})
    if not isinstance(entries, Mapping):
        raise _fail(where, "'entries' skal være et objekt med en liste pr. slags")
    for kind, items in _visible(entries).items():
        if kind not in KINDS:
            raise _fail(where, f"ukendt slags 'entries.{kind}' (kendte: {', '.join(KINDS)})")
        if not isinstance(items, list):
            raise _fail(where, f"'entries.{kind}' skal være en liste")
        for n, item in enumerate(items):
            entry = _entry(item, where, f"entries.{kind}[{n}]")
            acc.entries[(kind, _normalise(entry["phrase"]))] = (entry, where)

    for key in ("state_cues", "exceptions", "strength_markers"):
        phrases = _strings(data.get(key, []), where, key)
        for phrase in phrases:
            _check_phrase(phrase, where, f"{key} '{phrase}'")
        getattr(acc, key).extend(phrases)
    acc.disable.update(_normalise(p) for p in _strings(data.get("disable", []), where, "disable"))


def _cannot_form(raw: Any, where: str, what: str) -> CannotForm:
    if not isinstance(raw, Mapping):
        raise _fail(where, f"'{what}' skal være et objekt med 'verb' og 'tail'")
    raw = _visible(raw)
    if set(raw) - _FORM_KEYS or not isinstance(raw.get("verb"), str):
        raise _fail(where, f"'{what}' skal have 'verb', 'tail' og evt. 'subordinate'")
    try:
        verb_spec, _, _ = parse_spec(raw["verb"])
        tail = tuple(parse_spec(w)[0] for w in str(raw.get("tail", "")).split())
    except PatternError as exc:
        raise _fail(where, f"{what}: {exc}") from None
    if not tail or not verb_spec.only_exact:
        raise _fail(where, f"'{what}' skal have et 'tail' og et 'verb' af hele ord")
    suggestion = raw.get("suggestion")
    if suggestion is not None:
        suggestion = _check_template(suggestion, where, f"{what}.suggestion")
    return CannotForm(
        source=f"{raw['verb']} {raw['tail']}",
        verbs=verb_spec.exact,
        tail=tail,
        subordinate=bool(raw.get("subordinate", False)),
        suggestion=suggestion,
    )


def _entry(item: Any, where: str, what: str) -> dict[str, Any]:
    if isinstance(item, str):
        item = {"phrase": item}
    if not isinstance(item, Mapping):
        raise _fail(where, f"'{what}' skal være en tekst eller et objekt med 'phrase'")
    item = _visible(item)
    unknown = sorted(set(item) - _ENTRY_KEYS)
    if unknown:
        raise _fail(where, f"ukendt nøgle '{unknown[0]}' i '{what}'")
    phrase = item.get("phrase")
    if not isinstance(phrase, str) or not phrase.strip():
        raise _fail(where, f"'{what}' mangler 'phrase'")
    if item.get("inflect", "none") not in INFLECTIONS:
        raise _fail(where, f"'{what}': 'inflect' skal være en af {', '.join(INFLECTIONS)}")
    if item.get("context", "any") not in CONTEXTS:
        raise _fail(where, f"'{what}': 'context' skal være en af {', '.join(CONTEXTS)}")
    forms = item.get("forms", [])
    _strings(forms, where, f"{what}.forms")
    if "suggestion" in item:
        _check_template(item["suggestion"], where, f"{what}.suggestion")
    try:
        _compile_entry_pattern(item)
    except PatternError as exc:
        raise _fail(where, f"'{what}' ({phrase}): {exc}") from None
    return dict(item)


def _compile_entry_pattern(item: Mapping[str, Any]) -> tuple[Pattern, frozenset[str]]:
    phrase = item["phrase"].strip()
    inflect = item.get("inflect", "none")
    extra = {f.lower() for f in item.get("forms", [])}
    stems: list[tuple[str, str]] = []
    single = len(phrase.split()) == 1 and phrase.isalpha()
    if inflect != "none" and not single:
        raise PatternError("'inflect' virker kun for et enkelt ord")
    base = phrase.lower()
    if inflect == "adjective":
        extra |= adjective_forms(base)
    elif inflect == "noun":
        extra |= noun_forms(base)
        entry_stem = noun_stem(base)
        if entry_stem is not None:
            stems.append((entry_stem, base))
    pattern = compile_pattern(phrase, extra, stems)
    forms = frozenset(extra | ({base} if single else set()))
    return pattern, forms


def _index(phrases: Iterable[str]) -> PatternIndex[None]:
    return PatternIndex((compile_pattern(p), None) for p in dict.fromkeys(phrases))


def _build(acc: _Collected, sources: tuple[str, ...]) -> Lexicon:
    missing = [k for k in SUGGESTION_KEYS if k not in acc.suggestions]
    if missing:
        raise _fail(sources[0], f"der mangler et standardforslag for '{missing[0]}'")
    entries: list[Entry] = []
    for (kind, key), (item, _where) in acc.entries.items():
        if key in acc.disable:
            continue
        pattern, forms = _compile_entry_pattern(item)
        entries.append(
            Entry(
                kind=kind,
                phrase=item["phrase"],
                suggestion=item.get("suggestion") or acc.suggestions[kind],
                context=item.get("context", "any"),
                pattern=pattern,
                forms=forms,
            )
        )
    forms = tuple(acc.forms)
    cannot = CannotRules.build(
        forms,
        not_verdicts=_index(acc.not_verdicts),
        joy_causes=_index(acc.joy_causes),
        strip_before_verb=tuple(tuple(_normalise(p).split()) for p in acc.strip_before_verb),
        suggestion=acc.suggestions["cannot"],
        suggestion_with_verb=acc.suggestions["cannot_with_verb"],
    )
    return Lexicon(
        sources=sources,
        words=Words.from_lists(acc.words),
        entries=tuple(entries),
        cannot=cannot,
        state_cues=_index(acc.state_cues),
        exceptions=_index(acc.exceptions),
        strength_markers=_index(acc.strength_markers),
        suggestions=acc.suggestions,
    )


def load_lexicon(*paths: str | os.PathLike[str]) -> Lexicon:
    """The shipped lexicon, extended by the given files in order.

    Raises :class:`LexiconError` (a ``ValueError``) with a Danish message when a file is
    missing, is not valid JSON or does not follow the format.
    """
    files = (shipped_lexicon_path(), *(Path(p) for p in paths))
    acc = _Collected()
    for path in files:
        _collect(acc, _read(path), f"'{path.name}'")
    return _build(acc, tuple(str(p) for p in files))


@cache
def default_lexicon() -> Lexicon:
    """The shipped lexicon, loaded once per process."""
    return load_lexicon()
