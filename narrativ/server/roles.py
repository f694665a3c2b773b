"""Group roles and privileges on the server; the row policies live in migrations 0008
(institution data) and 0009 (each house's settings and own tags).

- ``narrativ_app``: what every staff login may do at all (read and write the tables, but
  on the audit log only INSERT and SELECT: no UPDATE, DELETE or TRUNCATE);
- ``narrativ_educator`` and ``narrativ_leader``: members of ``narrativ_app``; only leaders
  may call ``narrativ_trim_audit``.

Each staff member logs in with their own role, a member of one of the two.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

APP = "narrativ_app"
EDUCATOR = "narrativ_educator"
LEADER = "narrativ_leader"
STAFF_ROLES = {"educator": EDUCATOR, "leader": LEADER}

_CREATE_ROLE = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
        CREATE ROLE {name} NOLOGIN;
    END IF;
END $$
"""


def privileges(database: str) -> list[str]:
    # The database name comes from the administrator's own URL and is quoted as an identifier.
    quoted = '"' + database.replace('"', '""') + '"'
    return [
        f"REVOKE ALL ON DATABASE {quoted} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {quoted} TO {APP}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {APP}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP}",
        # Append-only for everyone but the owner; the trigger refuses even the owner.
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM {APP}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {APP}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON staff_login FROM {APP}",
        f"REVOKE ALL ON FUNCTION narrativ_trim_audit(timestamp) FROM {APP}",
        f"GRANT EXECUTE ON FUNCTION narrativ_trim_audit(timestamp) TO {LEADER}",
    ]


def create_group_roles(connection: Connection, database: str) -> None:
    """Idempotent: a second setup (after an upgrade) grants on the new tables too."""
    for name in (APP, EDUCATOR, LEADER):
        connection.execute(text(_CREATE_ROLE.format(name=name)))
    for member in (EDUCATOR, LEADER):
        connection.execute(text(f"GRANT {APP} TO {member}"))
    for statement in privileges(database):
        connection.execute(text(statement))
