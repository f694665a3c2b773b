"""Narratives about a community: the whole group or a named constellation as the focus.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 10:16:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding the table would drop the search triggers on it.
    op.add_column("narrative", sa.Column("community", sa.String(length=120), nullable=True))


def downgrade() -> None:
    op.drop_column("narrative", "community")
