"""Typed SQLAlchemy models of everything Narrativ keeps."""

from narrativ.store.models.base import Base, new_key, utcnow
from narrativ.store.models.narrative import (
    CHILD_ROLES,
    PARTS_OF_DAY,
    STATUSES,
    Comment,
    Narrative,
    NarrativeChild,
    NarrativeRevision,
    NarrativeSeen,
    RelationTag,
    Theme,
    narrative_relation,
    narrative_theme,
)
from narrativ.store.models.organisation import (
    AGE_BANDS,
    GENDERS,
    ROLES,
    Child,
    ChildGroup,
    GroupMembership,
    Institution,
    Staff,
    staff_group,
)
from narrativ.store.models.plans import ActionPlan, FollowUp, PlanNarrative
from narrativ.store.models.records import AuditEvent, Consent, HandoutRecord
from narrativ.store.models.settings import Setting

__all__ = [
    "AGE_BANDS",
    "CHILD_ROLES",
    "GENDERS",
    "PARTS_OF_DAY",
    "ROLES",
    "STATUSES",
    "ActionPlan",
    "AuditEvent",
    "Base",
    "Child",
    "ChildGroup",
    "Comment",
    "Consent",
    "FollowUp",
    "GroupMembership",
    "HandoutRecord",
    "Institution",
    "Narrative",
    "NarrativeChild",
    "NarrativeRevision",
    "NarrativeSeen",
    "PlanNarrative",
    "RelationTag",
    "Setting",
    "Staff",
    "Theme",
    "narrative_relation",
    "narrative_theme",
    "new_key",
    "staff_group",
    "utcnow",
]
