"""Review notices: when a leader marked a narrative as seen, and who opened what when.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 09:22:34
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "narrative_seen",
        sa.Column("narrative_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["narrative_id"],
            ["narrative.id"],
            name=op.f("fk_narrative_seen_narrative_id_narrative"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_narrative_seen_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("narrative_id", "staff_id", name=op.f("pk_narrative_seen")),
    )
    # A plain ADD COLUMN: rebuilding the table would drop the search triggers on it.
    op.add_column("narrative", sa.Column("reviewed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("narrative", "reviewed_at")
    op.drop_table("narrative_seen")
