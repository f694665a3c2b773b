"""The themes and relation tags a narrative can carry, and the house's own tags.

What a narrative can be tagged with:

- **The six læreplanstemaer** of den styrkede pædagogiske læreplan (``Theme.curriculum``).
  They are the law's words, the same in every institution: fixed, never renamed or retired.
- **Relations** (barn–barn, barn–gruppe, barn–voksen, barn–forælder). They come from the
  narrative method itself and are fixed too; this module only lists them.
- **The house's own tags** (``Theme`` rows with ``curriculum`` false): what a pedagogical
  leader wants to follow beside the six themes, e.g. *sprogstimulering*, *overgang til
  skole*, *venskaber*, *årets tema: vand*. They are shown with the six themes in the editor
  and in the team view's theme filter. A leader manages them in *Indstillinger*:

  - **add** a tag;
  - **rename** it: the narratives that carry it keep it and show the new name (they link to
    the tag, not to its text), which is what fixing a spelling or sharpening a word means;
  - **retire** it ("sæt ud af brug") when the house stops following it: it is no longer
    offered for new narratives, but it is never taken off the narratives that have it, still
    shows on them, in reports and exports, and can still be filtered on. A retired tag can be
    brought back ("brug igen"). Tags are never deleted: a tag on an old narrative is part of
    that record.

  Names are checked before anything is written: not empty, at most :data:`MAX_LENGTH`
  characters, letters, digits, spaces and a few punctuation marks only, and different
  (ignoring case) from every other tag, the six themes and the retired tags included. Every
  change is leader-only and lands in the audit log with the tag's name (never narrative text).

The own tags and that setting belong to one house (``Theme.institution_id``; the six themes
have none and are every house's): every query here is scoped to the signed-in person's
institution, so on a server several houses may each have a tag of the same name.

The store has no column for "retired" yet, so the retired tags' names are kept in the
house's setting :data:`RETIRED_SETTING` and renamed along with the tag, in the same
transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from narrativ.errors import InvalidInput
from narrativ.services import audit
from narrativ.services.permissions import require_leader
from narrativ.services.settings import institution_of, write_setting
from narrativ.services.workspace import Workspace
from narrativ.store.models import RelationTag, Setting, Theme
from narrativ.store.models.narrative import narrative_theme

MAX_LENGTH = 40
# Besides letters and digits (any alphabet) and single spaces.
ALLOWED_MARKS = "-–'’&/(),.:"
RETIRED_SETTING = "retired_tags"


@dataclass(frozen=True)
class TagView:
    code: str  # what is stored and exchanged
    label: str  # what is shown
    curriculum: bool = False
    retired: bool = False  # the house's own tag, set out of use: shown, no longer offered


@dataclass(frozen=True)
class OwnTag:
    """One of the house's own tags as the settings dialog lists it."""

    name: str
    retired: bool
    uses: int  # narratives that carry it


@dataclass(frozen=True)
class TagEdit:
    """What the leader wants one own tag to be: ``original`` None for a new tag."""

    original: str | None
    name: str
    retired: bool = False


def themes(ws: Workspace) -> list[TagView]:
    """Every theme: the six curriculum themes in their order, the house's own in use by
    name, then the retired ones by name (flagged, so a view can keep them on the narratives
    that carry them and filter by them)."""
    with ws.reading() as session:
        home = institution_of(session, ws.user)
        retired = retired_names(session, home)
        rows = session.scalars(
            select(Theme).where(house_themes(home)).order_by(Theme.position, Theme.name)
        ).all()
    views = [TagView(t.name, t.name, t.curriculum, t.name in retired) for t in rows]
    return sorted(views, key=lambda v: (not v.curriculum, v.retired))  # stable: keeps order


def offered_themes(ws: Workspace, carried: Iterable[str] = ()) -> list[TagView]:
    """What the editor offers: the themes in use, plus the retired ones among ``carried``
    (the names the narrative being edited already has), so saving it never drops them."""
    keep = set(carried)
    return [t for t in themes(ws) if not t.retired or t.code in keep]


def relations(ws: Workspace) -> list[TagView]:
    with ws.reading() as session:
        rows = session.scalars(select(RelationTag).order_by(RelationTag.position))
        return [TagView(r.code, r.label) for r in rows]


def own_tags(ws: Workspace) -> list[OwnTag]:
    """The house's own tags, in use first, each with how many narratives carry it."""
    with ws.reading() as session:
        home = institution_of(session, ws.user)
        retired = retired_names(session, home)
        uses = dict(
            session.execute(
                select(narrative_theme.c.theme_id, func.count())
                .join(Theme, Theme.id == narrative_theme.c.theme_id)
                .where(Theme.institution_id == home)
                .group_by(narrative_theme.c.theme_id)
            ).all()
        )
        rows = session.scalars(select(Theme).where(Theme.institution_id == home)).all()
        tags = [OwnTag(t.name, t.name in retired, int(uses.get(t.id, 0))) for t in rows]
    return sorted(tags, key=lambda t: (t.retired, t.name.casefold()))


def clean_name(text: str) -> str:
    """``text`` as a tag name (spaces trimmed and single), or InvalidInput saying why not."""
    name = " ".join(text.split())
    if not name:
        raise InvalidInput("Skriv et navn til tagget.")
    if len(name) > MAX_LENGTH:
        raise InvalidInput(f"Et tag må højst være {MAX_LENGTH} tegn langt.")
    for char in name:
        if not (char.isalnum() or char == " " or char in ALLOWED_MARKS):
            problem = (
                f"Tegnet »{char}« kan ikke bruges i et tag."
                if char.isprintable()
                else "Navnet indeholder et usynligt tegn, der ikke kan bruges i et tag."
            )
            raise InvalidInput(
                f"{problem} Brug bogstaver, tal, mellemrum og disse tegn: - – & / ( ) , . : '"
            )
    if not any(char.isalpha() for char in name):
        raise InvalidInput("Et tag skal indeholde mindst ét bogstav.")
    return name


def check_edits(
    edits: Sequence[TagEdit], curriculum: Iterable[str], existing: dict[str, bool]
) -> list[TagEdit]:
    """The edits with clean names, or InvalidInput for the first problem.

    ``curriculum``: the six themes' names; ``existing``: the own tags (name → retired) as
    they are now. Own tags the edits do not mention stay as they are.
    """
    cleaned: list[TagEdit] = []
    originals: set[str] = set()
    for edit in edits:
        if edit.original is not None:
            if edit.original not in existing:
                raise InvalidInput(
                    f"Tagget »{edit.original}« findes ikke (længere). Luk indstillingerne, "
                    "og prøv igen."
                )
            if edit.original in originals:
                raise InvalidInput(f"Tagget »{edit.original}« er ændret to gange.")
            originals.add(edit.original)
        # A name that stays as it was is not checked again (it may predate these rules).
        name = edit.name if edit.name == edit.original else clean_name(edit.name)
        cleaned.append(TagEdit(edit.original, name, edit.retired))
    taken = {name.casefold(): "curriculum" for name in curriculum}
    untouched = [name for name in existing if name not in originals]
    for name in untouched:
        taken[name.casefold()] = "retired" if existing[name] else "own"
    for edit in cleaned:
        kind = taken.get(edit.name.casefold())
        if kind == "curriculum":
            raise InvalidInput(f"»{edit.name}« er et af de seks læreplanstemaer.")
        if kind == "retired":
            raise InvalidInput(
                f"Tagget »{edit.name}« findes allerede, men er sat ud af brug. Vælg det, "
                "og tryk »Brug igen«."
            )
        if kind is not None:
            raise InvalidInput(f"Tagget »{edit.name}« findes allerede.")
        taken[edit.name.casefold()] = "retired" if edit.retired else "own"
    return cleaned


def save_own_tags(ws: Workspace, edits: Sequence[TagEdit]) -> int:
    """Add, rename, retire and bring back the house's own tags in one transaction.

    Everything is checked first; on a problem nothing changes. Returns how many tags
    changed. Leaders only; each change is an audit entry.
    """
    require_leader(ws.user, "ændre husets tags")
    with ws.session() as session:
        home = institution_of(session, ws.user)
        rows = {t.name: t for t in session.scalars(select(Theme).where(house_themes(home)))}
        retired = retired_names(session, home)
        existing = {n: n in retired for n, t in rows.items() if not t.curriculum}
        curriculum = [n for n, t in rows.items() if t.curriculum]
        if any(e.original in curriculum for e in edits):
            raise InvalidInput("De seks læreplanstemaer kan ikke ændres.")
        cleaned = check_edits(edits, curriculum, existing)
        changed = [e for e in cleaned if e.original is None or _differs(e, existing)]
        if not changed:
            return 0
        # Renamed tags step aside first, so two tags can swap names under the unique index.
        renamed = [e for e in changed if e.original is not None and e.original != e.name]
        for edit in renamed:
            rows[edit.original].name = f"~{rows[edit.original].id}"  # type: ignore[index]
        session.flush()
        new_retired = set(retired)
        for edit in changed:
            if edit.original is None:
                session.add(Theme(name=edit.name, curriculum=False, institution_id=home))
                audit.record(session, ws.user, "tag.add", "theme", edit.name)
            else:
                row = rows[edit.original]
                if edit.original != edit.name:
                    row.name = edit.name
                    audit.record(
                        session, ws.user, "tag.rename", "theme", edit.name, was=edit.original
                    )
                if existing[edit.original] != edit.retired and edit.retired:
                    audit.record(session, ws.user, "tag.retire", "theme", edit.name)
                elif existing[edit.original] != edit.retired:
                    audit.record(session, ws.user, "tag.restore", "theme", edit.name)
                new_retired.discard(edit.original)
            if edit.retired:
                new_retired.add(edit.name)
            else:
                # A stale name in the list must not retire the tag that now has it.
                new_retired.discard(edit.name)
        _write_retired(session, home, new_retired)
        return len(changed)


def add_tag(ws: Workspace, name: str) -> None:
    save_own_tags(ws, [TagEdit(None, name)])


def rename_tag(ws: Workspace, name: str, new_name: str) -> None:
    save_own_tags(ws, [TagEdit(name, new_name, _is_retired(ws, name))])


def retire_tag(ws: Workspace, name: str, retired: bool = True) -> None:
    """Set an own tag out of use (``retired``) or bring it back."""
    save_own_tags(ws, [TagEdit(name, name, retired)])


def _differs(edit: TagEdit, existing: dict[str, bool]) -> bool:
    assert edit.original is not None
    return edit.original != edit.name or existing[edit.original] != edit.retired


def _is_retired(ws: Workspace, name: str) -> bool:
    with ws.reading() as session:
        return name in retired_names(session, institution_of(session, ws.user))


def house_themes(home: int) -> ColumnElement[bool]:
    """The themes a house works with: the six common ones and its own tags."""
    return or_(Theme.institution_id.is_(None), Theme.institution_id == home)


def retired_names(session: Session, home: int) -> set[str]:
    """The names of the house's own tags that are set out of use."""
    row = session.get(Setting, (home, RETIRED_SETTING))
    value = row.value if row is not None else []
    return {str(v) for v in value} if isinstance(value, list) else set()


def _write_retired(session: Session, home: int, names: set[str]) -> None:
    write_setting(session, home, RETIRED_SETTING, sorted(names, key=str.casefold))
