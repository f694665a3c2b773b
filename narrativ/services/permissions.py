"""Who may see and do what. Every service asks here; nothing else decides.

- Leaders see and manage everything in the institution.
- Educators see shared and reviewed narratives of their own groups and their own drafts,
  write narratives in their own groups, and edit only what they wrote themselves.
- Leaders comment and mark narratives as seen but do not rewrite colleagues' text.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false, or_, true

from narrativ.errors import NotPermitted
from narrativ.services.views import CurrentUser
from narrativ.store.models import Narrative


def require_leader(user: CurrentUser, what: str) -> None:
    if not user.is_leader:
        raise NotPermitted(f"Kun en leder kan {what}.")


def visible_narratives(user: CurrentUser) -> ColumnElement[bool]:
    """A WHERE clause on :class:`Narrative` selecting what ``user`` may read."""
    if user.is_leader:
        return true()
    in_my_groups = (
        and_(Narrative.group_id.in_(sorted(user.group_ids)), Narrative.status != "draft")
        if user.group_ids
        else false()
    )
    return or_(in_my_groups, Narrative.author_id == user.staff_id)


def can_read(user: CurrentUser, narrative: Narrative) -> bool:
    if user.is_leader or narrative.author_id == user.staff_id:
        return True
    return narrative.group_id in user.group_ids and narrative.status != "draft"


def require_write_in_group(user: CurrentUser, group_id: int) -> None:
    if not user.is_leader and group_id not in user.group_ids:
        raise NotPermitted("Du kan kun skrive narrativer i dine egne grupper.")


def require_author(user: CurrentUser, narrative: Narrative) -> None:
    if narrative.author_id != user.staff_id:
        raise NotPermitted("Kun den, der har skrevet narrativen, kan ændre teksten.")


def can_see_child_in_group(user: CurrentUser, group_id: int | None) -> bool:
    return user.is_leader or (group_id is not None and group_id in user.group_ids)
