"""An index on (date, status, id): week-by-week counts read no story pages.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 10:50:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_narrative_day_status", "narrative", ["occurred_on", "status", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_narrative_day_status", table_name="narrative")
