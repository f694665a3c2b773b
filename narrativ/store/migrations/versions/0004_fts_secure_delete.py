"""The search index forgets deleted text at once (FTS5 secure-delete).

Without it a deleted narrative's words could stay in older index segments until a merge.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 09:45:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO narrative_fts(narrative_fts, rank) VALUES ('secure-delete', 1)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO narrative_fts(narrative_fts, rank) VALUES ('secure-delete', 0)")
