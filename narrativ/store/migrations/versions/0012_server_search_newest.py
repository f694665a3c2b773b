"""On the server: the newest matches of a search, found and cut to a page by the owner.

A search whose page is not among the newest narratives the person may see used
``narrativ_search_ids`` (migration 0008), which hands back every visible match in the
institution; the page was then sorted out of all of them through the row policies again. An
educator's two-word search took 133 ms at 50,000 narratives a house. This revision adds
``narrativ_search_newest(query, n)``: the same matching under the same reading policy, but
only the newest ``n`` ids, sorted and cut where the GIN index and the date are at hand. A
page found among them is exact, since they are the newest visible matches; when extra
filters leave it short, the search falls back on all the ids as before. Nothing changes on
a database file.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28 15:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The reading policy on narratives as migration 0008 wrote it (a revision is frozen: this
# is its own copy, not an import).
READ_NARRATIVE = (
    "institution_id = (SELECT narrativ_institution_id()) AND ((SELECT narrativ_is_leader()) "
    "OR author_id = (SELECT narrativ_staff_id()) OR (status <> 'draft' "
    "AND group_id = ANY ((SELECT narrativ_group_ids())::integer[])))"
)
SEARCH_NEWEST = (
    "CREATE FUNCTION narrativ_search_newest(query tsquery, n integer) RETURNS integer[] "  # noqa: S608
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
    "SELECT coalesce(array_agg(id), '{}') FROM (SELECT id FROM narrative "
    f"WHERE search_vector @@ query AND {READ_NARRATIVE} "
    "ORDER BY occurred_on DESC, id DESC LIMIT n) AS newest $$"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SEARCH_NEWEST)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION narrativ_search_newest(tsquery, integer)")
