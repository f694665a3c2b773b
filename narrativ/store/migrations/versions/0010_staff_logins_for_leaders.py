"""Leaders on the server see which colleagues have a login.

Logins are PostgreSQL roles, tied to staff rows in ``staff_login``, whose row policy shows
each login only its own row (a login must not learn the others' role names). A leader
giving out the house's PCs still needs to know who can sign in: this revision adds
``narrativ_staff_with_login()``, which returns the ids of the staff of the caller's own
house that have a login, to leaders only (an educator gets no rows), and never the role
names. Nothing changes on a database file, whose key slots the program reads itself.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 15:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# SECURITY DEFINER: it reads staff_login as the owner, past the policy that shows a login
# only itself; the WHERE clause is what the caller may know.
STAFF_WITH_LOGIN = """
CREATE FUNCTION narrativ_staff_with_login() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT l.staff_id FROM staff_login l JOIN staff s ON s.id = l.staff_id
    WHERE narrativ_is_leader() AND s.institution_id = narrativ_institution_id()
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(STAFF_WITH_LOGIN)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION narrativ_staff_with_login()")
