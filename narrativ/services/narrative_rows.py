"""Writing a narrative's row and links with prepared Core statements.

A draft is saved every few seconds while someone types, so a save is a handful of
statements built once (their compiled form is cached by SQLAlchemy) and no ORM flush.
"""

from __future__ import annotations

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from narrativ.services.audit import event_values
from narrativ.services.lookup import group_by_key
from narrativ.services.narrative_input import NarrativeInput
from narrativ.services.narrative_links import child_ids, tag_ids, write_links
from narrativ.services.views import CurrentUser
from narrativ.store.models import AuditEvent, ChildGroup, Narrative, new_key, utcnow

GROUP_BY_KEY = select(ChildGroup.id, ChildGroup.institution_id).where(
    ChildGroup.key == bindparam("key")
)
INSERT_NARRATIVE = insert(Narrative).returning(Narrative.id)
INSERT_AUDIT = insert(AuditEvent)
BUMP_VERSION = (
    update(Narrative)
    .where(Narrative.id == bindparam("narrative_id"), Narrative.version == bindparam("current"))
    .values(version=bindparam("current") + 1)
)


def resolve_group(session: Session, ref: str) -> tuple[int, int]:
    """(group id, institution id) for a key, or a name as a fallback."""
    row = session.connection().execute(GROUP_BY_KEY, {"key": ref}).first()
    if row is None:
        group = group_by_key(session, ref)
        return group.id, group.institution_id
    return row[0], row[1]


def text_values(data: NarrativeInput, group_id: int) -> dict[str, object]:
    return {
        "group_id": group_id,
        "occurred_on": data.occurred_on,
        "part_of_day": data.part_of_day,
        "context": data.context,
        "story": data.story,
        "reflection": data.reflection,
        "next_steps": data.next_steps,
        "story_type": data.story_type,
        "community": data.community,
        "updated_at": utcnow(),
    }


def link_roles(
    session: Session, data: NarrativeInput, institution_id: int
) -> tuple[dict[int, str], list[int], list[int]]:
    children = child_ids(session, [*data.focus, *data.present])
    roles = {children[k]: "focus" for k in data.focus}
    roles |= {children[k]: "present" for k in data.present if children[k] not in roles}
    themes, relations = tag_ids(session, data.themes, data.relations, institution_id)
    return roles, themes, relations


def insert_draft(
    session: Session, user: CurrentUser, data: NarrativeInput, group: tuple[int, int]
) -> str:
    group_id, institution_id = group
    roles, themes, relations = link_roles(session, data, institution_id)
    connection: Connection = session.connection()
    key = new_key("n")
    now = utcnow()
    values = text_values(data, group_id) | {
        "key": key,
        "institution_id": institution_id,
        "author_id": user.staff_id,
        "status": "draft",
        "created_at": now,
        "version": 1,
    }
    narrative_id = connection.execute(INSERT_NARRATIVE, values).scalar_one()
    write_links(session, narrative_id, roles, themes, relations, replace=False)
    connection.execute(INSERT_AUDIT, event_values(user, "narrative.create", "narrative", key))
    return key


def bump_version(session: Session, narrative_id: int, current: int) -> bool:
    """Compare and bump in one statement: of two saves from the same version, one wins."""
    result = session.connection().execute(
        BUMP_VERSION, {"narrative_id": narrative_id, "current": current}
    )
    return result.rowcount == 1


def write_text(
    session: Session, narrative_id: int, data: NarrativeInput, group: tuple[int, int]
) -> None:
    """``group``: (group id, institution id), as :func:`resolve_group` gives them."""
    group_id, institution_id = group
    roles, themes, relations = link_roles(session, data, institution_id)
    session.connection().execute(
        update(Narrative).where(Narrative.id == narrative_id).values(**text_values(data, group_id))
    )
    write_links(session, narrative_id, roles, themes, relations, replace=True)
