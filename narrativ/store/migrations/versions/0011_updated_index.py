"""An index on the narratives' last change: "has anything changed?" without a scan.

Every open desk asks every few seconds whether a colleague saved something
(narrativ.services.changes.change_mark). The newest ``updated_at`` had no index, so the
question read every narrative, story pages included: a third of a second at 100,000
narratives, on every poll. With the index it is one step back from the end.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 15:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_narrative_updated", "narrative", ["updated_at", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_narrative_updated", table_name="narrative")
