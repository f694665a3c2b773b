"""Writing, sharing, reviewing, commenting and reading narratives."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from narrativ.errors import InvalidInput, NotFound, NotPermitted
from narrativ.services import audit
from narrativ.services.lookup import find_child, find_narrative, group_by_key
from narrativ.services.narrative_input import NarrativeInput, clean_text
from narrativ.services.narrative_rows import bump_version, insert_draft, resolve_group, write_text
from narrativ.services.narrative_views import narrative_view, narratives_with_details, snapshot
from narrativ.services.notices import mark_seen, with_news
from narrativ.services.permissions import (
    can_read,
    require_author,
    require_leader,
    require_write_in_group,
    visible_narratives,
)
from narrativ.services.views import NarrativeView, RevisionView
from narrativ.services.workspace import Workspace
from narrativ.store.models import (
    Comment,
    Narrative,
    NarrativeChild,
    NarrativeRevision,
    RelationTag,
    Staff,
    Theme,
    utcnow,
)


class EditConflict(InvalidInput):
    """Someone saved the narrative after this copy was read; neither text is lost."""


REVISION_COALESCE = timedelta(minutes=15)


def _record_revision(
    session: Session, ws: Workspace, narrative: Narrative, refine: bool = True
) -> None:
    """Keep one revision per editing session: autosaves by the same person within a quarter
    of an hour refine the last revision instead of adding one every few seconds.

    With ``refine`` False the save always starts a revision of its own."""
    session.flush()
    last = session.scalar(
        select(NarrativeRevision)
        .where(NarrativeRevision.narrative_id == narrative.id)
        .order_by(NarrativeRevision.version.desc(), NarrativeRevision.id.desc())
        .limit(1)
    )
    now = utcnow()
    if (
        refine
        and last is not None
        and last.editor_id == ws.user.staff_id
        and last.snapshot.get("status") == narrative.status
        and now - last.edited_at < REVISION_COALESCE
    ):
        last.version = narrative.version
        last.edited_at = now
        last.snapshot = snapshot(narrative)
        return
    session.add(
        NarrativeRevision(
            narrative_id=narrative.id,
            version=narrative.version,
            editor_id=ws.user.staff_id,
            snapshot=snapshot(narrative),
        )
    )


def create_narrative(ws: Workspace, data: NarrativeInput, today: date | None = None) -> str:
    """A new draft by the signed-in person; returns its key."""
    data = data.cleaned(today or date.today())
    with ws.session() as session:
        group = resolve_group(session, data.group)
        require_write_in_group(ws.user, group[0])
        return insert_draft(session, ws.user, data, group)


def update_narrative(
    ws: Workspace,
    key: str,
    data: NarrativeInput,
    expected_version: int | None = None,
    today: date | None = None,
    *,
    over_conflict: bool = False,
) -> int:
    """Save the author's changes; returns the new version.

    ``expected_version`` is the version the editor started from: if someone saved in
    between, :class:`EditConflict` is raised and nothing changes. Changes to a shared
    narrative are kept as revisions; a draft's autosaves are not history.

    ``over_conflict``: the person saw a conflicting save and chose to save over it. Their
    save then starts a revision of its own, so the text it replaces (perhaps their own,
    from another PC a minute ago) stays in the history.
    """
    data = data.cleaned(today or date.today())
    with ws.session() as session:
        narrative = find_narrative(session, key)
        require_author(ws.user, narrative)
        group = resolve_group(session, data.group)
        group_id = group[0]
        require_write_in_group(ws.user, group_id)
        current = narrative.version if expected_version is None else expected_version
        if not bump_version(session, narrative.id, current):
            raise EditConflict(
                "Narrativen er blevet gemt et andet sted, efter du åbnede den. "
                "Din tekst er ikke gemt endnu: kopiér den, og åbn narrativen igen."
            )
        write_text(session, narrative.id, data, group)
        if narrative.status != "draft":
            # The row changed past the ORM; read it afresh for the revision's snapshot.
            session.expire(narrative)
            _record_revision(session, ws, narrative, refine=not over_conflict)
            audit.record(session, ws.user, "narrative.update", "narrative", key)
        return current + 1


def share_narrative(ws: Workspace, key: str) -> None:
    """ "Del med kolleger": a draft becomes visible to the group's staff."""
    with ws.session() as session:
        narrative = find_narrative(session, key)
        require_author(ws.user, narrative)
        if narrative.status != "draft":
            return
        if not narrative.story.strip():
            raise InvalidInput("Skriv fortællingen, før du deler den.")
        if not narrative.community and not any(nc.role == "focus" for nc in narrative.children):
            raise InvalidInput(
                "Vælg mindst ét fokusbarn eller et fællesskab i fokus, før du deler narrativen."
            )
        narrative.status = "shared"
        narrative.updated_at = utcnow()
        _record_revision(session, ws, narrative)
        audit.record(session, ws.user, "narrative.share", "narrative", key)


def mark_reviewed(ws: Workspace, key: str) -> None:
    """A leader marks a shared narrative "set af leder"."""
    require_leader(ws.user, "markere narrativer som set")
    with ws.session() as session:
        narrative = find_narrative(session, key)
        if narrative.status == "draft":
            raise InvalidInput("En kladde kan ikke markeres som set; den er ikke delt endnu.")
        narrative.status = "reviewed"
        narrative.reviewed_at = utcnow()
        _record_revision(session, ws, narrative)
        audit.record(session, ws.user, "narrative.review", "narrative", key)


def add_comment(ws: Workspace, key: str, body: str, kind: str = "comment") -> None:
    """Sparring on a shared narrative; ``kind`` "elaborate" asks the author to say more."""
    body = clean_text(body)
    if not body:
        raise InvalidInput("Skriv en kommentar.")
    if kind not in ("comment", "elaborate"):
        raise InvalidInput("Ukendt slags kommentar.")
    with ws.session() as session:
        narrative = find_narrative(session, key)
        if not can_read(ws.user, narrative) or narrative.status == "draft":
            raise NotPermitted("Du kan kun kommentere delte narrativer, du kan se.")
        session.add(
            Comment(narrative_id=narrative.id, author_id=ws.user.staff_id, kind=kind, body=body)
        )
        audit.record(session, ws.user, "comment.add", "narrative", key, kind=kind)


def delete_draft(ws: Workspace, key: str) -> None:
    """Only the author's own draft can be thrown away; shared narratives are history."""
    with ws.session() as session:
        narrative = find_narrative(session, key)
        require_author(ws.user, narrative)
        if narrative.status != "draft":
            raise NotPermitted("Delte narrativer kan ikke slettes her.")
        session.delete(narrative)
        audit.record(session, ws.user, "narrative.delete_draft", "narrative", key)


def get_narrative(ws: Workspace, key: str) -> NarrativeView:
    with ws.session() as session:
        narrative = session.scalar(narratives_with_details().where(Narrative.key == key))
        if narrative is None or not can_read(ws.user, narrative):
            # The same answer whether it is absent or hidden: no one learns it exists.
            raise NotFound(f"Narrativen «{key}» findes ikke.")
        view = narrative_view(narrative)
        mark_seen(session, ws.user.staff_id, narrative.id)
        if ws.user.is_leader and narrative.author_id != ws.user.staff_id:
            # A leader reading a colleague's narrative reads about a child: logged.
            audit.record(session, ws.user, "narrative.read", "narrative", key)
        return view


def history(ws: Workspace, key: str) -> list[RevisionView]:
    with ws.reading() as session:
        narrative = find_narrative(session, key)
        if not can_read(ws.user, narrative):
            raise NotFound(f"Narrativen «{key}» findes ikke.")
        rows = session.execute(
            select(NarrativeRevision, Staff.name)
            .join(Staff, Staff.id == NarrativeRevision.editor_id)
            .where(NarrativeRevision.narrative_id == narrative.id)
            .order_by(NarrativeRevision.version, NarrativeRevision.id)
        )
        return [RevisionView(r.version, name, r.edited_at, r.snapshot) for r, name in rows]


def list_mine(ws: Workspace, limit: int = 200) -> list[NarrativeView]:
    """ "Mine narrativer": own drafts first, then everything else the person wrote."""
    with ws.reading() as session:
        rows = session.scalars(
            narratives_with_details()
            .where(Narrative.author_id == ws.user.staff_id)
            .order_by(
                (Narrative.status != "draft"), Narrative.occurred_on.desc(), Narrative.id.desc()
            )
            .limit(limit)
        )
        mine = list(rows)
        news = with_news(session, ws.user.staff_id, (n.id for n in mine))
        return [narrative_view(n, news=n.id in news) for n in mine]


def list_for_child(
    ws: Workspace,
    child: str,
    limit: int = 500,
    role: str | None = None,
    theme: str | None = None,
    relation: str | None = None,
) -> list[NarrativeView]:
    """A child's page: every narrative the person may see with the child in it, newest first.

    ``theme`` (a theme name) and ``relation`` (a code) narrow the list.
    """
    with ws.session() as session:
        record = find_child(session, child)
        conditions = [NarrativeChild.child_id == record.id]
        if role is not None:
            conditions.append(NarrativeChild.role == role)
        if theme is not None:
            conditions.append(Narrative.themes.any(Theme.name == theme))
        if relation is not None:
            conditions.append(Narrative.relations.any(RelationTag.code == relation))
        rows = session.scalars(
            narratives_with_details()
            .join(NarrativeChild, NarrativeChild.narrative_id == Narrative.id)
            .where(and_(*conditions), visible_narratives(ws.user))
            .order_by(Narrative.occurred_on.desc(), Narrative.id.desc())
            .limit(limit)
        )
        views = [narrative_view(n) for n in rows]
        if ws.user.is_leader:
            audit.record(session, ws.user, "child.view", "child", record.key, shown=len(views))
        return views


def list_for_group(
    ws: Workspace, group: str, limit: int = 200, offset: int = 0
) -> list[NarrativeView]:
    """A group's narratives the person may see, newest first."""
    with ws.reading() as session:
        record = group_by_key(session, group)
        rows = session.scalars(
            narratives_with_details()
            .where(Narrative.group_id == record.id, visible_narratives(ws.user))
            .order_by(Narrative.occurred_on.desc(), Narrative.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [narrative_view(n) for n in rows]
