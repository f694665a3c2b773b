"""Institution settings, with the defaults a new house starts from.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 09:00:33
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DEFAULTS = {
    "auto_lock_minutes": 5,
    "retention_months": 60,
    "not_seen_weeks": 6,
}


def upgrade() -> None:
    setting = op.create_table(
        "setting",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_setting")),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        setting,
        [{"name": name, "value": value, "updated_at": now} for name, value in DEFAULTS.items()],
    )


def downgrade() -> None:
    op.drop_table("setting")
