"""Comments, edit history and read marks in the interchange format (version 3).

These records hang on a narrative and have no key of their own, so they travel only with
their narrative: a record must name a narrative of the same file. That way importing a file
twice cannot add the same comment twice (the narratives' keys are refused the second time).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from narrativ.services.interchange_format import Checker, moment_text
from narrativ.services.narrative_input import clean_text
from narrativ.store.models import (
    Comment,
    Narrative,
    NarrativeRevision,
    NarrativeSeen,
    Staff,
    utcnow,
)

COMMENT_KINDS = ("comment", "elaborate")
# What a revision's snapshot may hold (narrativ.services.narrative_views.snapshot); older
# snapshots lack the newer fields, so none is required.
SNAPSHOT_TEXT = (
    "occurred_on", "part_of_day", "context", "group", "story", "reflection", "next_steps",
    "story_type", "community", "status",
)  # fmt: skip
SNAPSHOT_LISTS = ("focus", "present", "relations", "themes")


def check_comment(check: Checker, item: Any, path: str) -> dict[str, Any]:
    c = check.obj(item, path)
    return {
        "narrative": check.key(c.get("narrative"), f"{path}.narrative"),
        "author": check.key(c.get("author"), f"{path}.author"),
        "kind": check.choice(c.get("kind", "comment"), f"{path}.kind", COMMENT_KINDS),
        "body": check.text(c.get("body"), f"{path}.body"),
        "at": check.moment(c.get("at"), f"{path}.at"),
    }


def check_revision(check: Checker, item: Any, path: str) -> dict[str, Any]:
    r = check.obj(item, path)
    return {
        "narrative": check.key(r.get("narrative"), f"{path}.narrative"),
        "version": check.count(r.get("version"), f"{path}.version", minimum=1, maximum=1_000_000),
        "editor": check.key(r.get("editor"), f"{path}.editor"),
        "at": check.moment(r.get("at"), f"{path}.at"),
        "snapshot": _check_snapshot(check, r.get("snapshot"), f"{path}.snapshot"),
    }


def _check_snapshot(check: Checker, value: Any, path: str) -> dict[str, Any]:
    snapshot = check.obj(value, path)
    for name, field in snapshot.items():
        field_path = f"{path}.{name}"
        if name in SNAPSHOT_TEXT:
            if field is not None:
                check.text(field, field_path, required=False)
        elif name in SNAPSHOT_LISTS:
            for i, entry in enumerate(check.items(field, field_path)):
                check.text(entry, f"{field_path}[{i}]", max_len=100)
        else:
            check.fail(field_path, "er ikke et felt i en narrativs historik")
    return dict(snapshot)


def check_seen(check: Checker, item: Any, path: str) -> dict[str, Any]:
    s = check.obj(item, path)
    return {
        "narrative": check.key(s.get("narrative"), f"{path}.narrative"),
        "staff": check.key(s.get("staff"), f"{path}.staff"),
        "at": check.moment(s.get("at"), f"{path}.at"),
    }


def export_narrative_records(session: Session, institution_id: int) -> dict[str, list[Any]]:
    """``comments``, ``revisions`` and ``seen`` of the institution's narratives, oldest first."""
    mine = Narrative.institution_id == institution_id
    comments = session.execute(
        select(Comment, Narrative.key, Staff.key)
        .join(Narrative, Narrative.id == Comment.narrative_id)
        .join(Staff, Staff.id == Comment.author_id)
        .where(mine)
        .order_by(Comment.id)
    )
    revisions = session.execute(
        select(NarrativeRevision, Narrative.key, Staff.key)
        .join(Narrative, Narrative.id == NarrativeRevision.narrative_id)
        .join(Staff, Staff.id == NarrativeRevision.editor_id)
        .where(mine)
        .order_by(NarrativeRevision.id)
    )
    seen = session.execute(
        select(NarrativeSeen.seen_at, Narrative.key, Staff.key)
        .join(Narrative, Narrative.id == NarrativeSeen.narrative_id)
        .join(Staff, Staff.id == NarrativeSeen.staff_id)
        .where(mine)
        .order_by(Narrative.id, Staff.id)
    )
    return {
        "comments": [
            {"narrative": n, "author": a, "kind": c.kind, "body": c.body,
             "at": moment_text(c.created_at)}
            for c, n, a in comments
        ],
        "revisions": [
            {"narrative": n, "version": r.version, "editor": e, "at": moment_text(r.edited_at),
             "snapshot": r.snapshot}
            for r, n, e in revisions
        ],
        "seen": [{"narrative": n, "staff": s, "at": moment_text(at)} for at, n, s in seen],
    }  # fmt: skip


def import_narrative_records(
    importer: Any,
    comments: list[dict[str, Any]],
    revisions: list[dict[str, Any]],
    seen: list[dict[str, Any]],
) -> None:
    """``importer`` is the interchange importer: it resolves keys and collects problems."""
    session: Session = importer.session
    session.flush()
    for i, record in enumerate(comments):
        path = f"comments[{i}]"
        narrative = _own_narrative(importer, record["narrative"], f"{path}.narrative")
        author = importer.author(record["author"], f"{path}.author")
        if narrative is not None and author is not None:
            session.add(
                Comment(
                    narrative_id=narrative.id, author_id=author.id, kind=record["kind"],
                    body=clean_text(record["body"]), created_at=record["at"],
                )
            )  # fmt: skip
    for i, record in enumerate(revisions):
        path = f"revisions[{i}]"
        narrative = _own_narrative(importer, record["narrative"], f"{path}.narrative")
        editor = importer.author(record["editor"], f"{path}.editor")
        if narrative is not None and editor is not None:
            session.add(
                NarrativeRevision(
                    narrative_id=narrative.id, version=record["version"], editor_id=editor.id,
                    edited_at=record["at"], snapshot=_snapshot_here(importer, record["snapshot"]),
                )
            )  # fmt: skip
    marks: set[tuple[int, int]] = set()
    for i, record in enumerate(seen):
        path = f"seen[{i}]"
        narrative = _own_narrative(importer, record["narrative"], f"{path}.narrative")
        person = importer.author(record["staff"], f"{path}.staff")
        if narrative is None or person is None:
            continue
        if (narrative.id, person.id) in marks:
            importer.check.fail(path, "står der to gange")
            continue
        marks.add((narrative.id, person.id))
        session.add(
            NarrativeSeen(
                narrative_id=narrative.id, staff_id=person.id, seen_at=record["at"] or utcnow()
            )
        )


def _own_narrative(importer: Any, key: str, path: str) -> Narrative | None:
    narrative: Narrative | None = importer.narratives.get(key)
    if narrative is None:
        importer.check.fail(
            path, f"narrativen «{key}» er ikke i filen; dens kommentarer og historik følger den"
        )
    return narrative


def _snapshot_here(importer: Any, snapshot: dict[str, Any]) -> dict[str, Any]:
    """The snapshot with the group's key as this database knows it (groups match by name)."""
    group = importer.groups.get(snapshot.get("group"))
    return dict(snapshot, group=group.key) if group is not None else dict(snapshot)
