"""PostgreSQL: Danish text search, an append-only audit log and row-level security.

Nothing changes in a database file. On PostgreSQL this revision gives the server the same
guarantees the file gets from its FTS5 table and triggers, plus the visibility rules of
``narrativ.services.permissions`` enforced by the server itself:

- ``narrative.search_vector``: a stored ``tsvector`` with the ``danish`` configuration
  (Snowball stemming, Danish stop words) and a GIN index;
- the audit log refuses UPDATE, DELETE and TRUNCATE (a trigger, on top of the privileges
  ``narrativ server setup`` withholds); only ``narrativ_trim_audit`` removes old entries;
- every change to narratives or comments sends an empty NOTIFY ``narrativ_changes``;
- ``staff_login`` ties a staff member's own PostgreSQL login role to their staff row;
- row-level security on every table with institution data: a login role sees its own
  institution only; of the narratives, educators see the shared ones of their groups and
  their own drafts, leaders the whole institution.

The schema owner (the administrator who runs the migrations) bypasses the policies.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 11:45:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SEARCH = """
ALTER TABLE narrative ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('danish'::regconfig, story || ' ' || reflection || ' ' || next_steps)
) STORED;
CREATE INDEX ix_narrative_institution_newest ON narrative (institution_id, occurred_on, id);
DO $$ BEGIN
    -- One GIN index per (institution, word): a search reads only its own house's postings.
    -- btree_gin ships with PostgreSQL (contrib) and is a trusted extension; where it cannot
    -- be created, a plain GIN index on the words does the same job more slowly.
    CREATE EXTENSION IF NOT EXISTS btree_gin;
    CREATE INDEX ix_narrative_search ON narrative USING gin (institution_id, search_vector);
EXCEPTION WHEN OTHERS THEN
    CREATE INDEX ix_narrative_search ON narrative USING gin (search_vector);
END $$;
"""

AUDIT = """
CREATE FUNCTION narrativ_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('narrativ.audit_trim', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION narrativ_audit_append_only();
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION narrativ_audit_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION narrativ_audit_append_only();
"""

# Colleagues' saves appear without a restart: every change to narratives or comments wakes
# the listening PCs. The payload is empty on purpose (NOTIFY is seen by every listener in
# the database, whatever its institution); each PC then asks, within its own row policies,
# whether anything it can see changed.
NOTIFY = """
CREATE FUNCTION narrativ_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('narrativ_changes', '');
    RETURN NULL;
END $$;
CREATE TRIGGER narrative_changed AFTER INSERT OR UPDATE OR DELETE ON narrative
    FOR EACH STATEMENT EXECUTE FUNCTION narrativ_notify_change();
CREATE TRIGGER comment_changed AFTER INSERT OR UPDATE OR DELETE ON comment
    FOR EACH STATEMENT EXECUTE FUNCTION narrativ_notify_change();
"""

# Who is asking: the login role of the connection (session_user, because inside these
# SECURITY DEFINER functions current_user is the owner). They read staff_login and staff
# as the owner, so the policies on staff do not recurse into themselves.
IDENTITY = """
CREATE TABLE staff_login (
    role_name name PRIMARY KEY,
    staff_id integer NOT NULL UNIQUE REFERENCES staff(id) ON DELETE CASCADE
);
CREATE FUNCTION narrativ_staff_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.id FROM staff_login l JOIN staff s ON s.id = l.staff_id
    WHERE l.role_name = session_user AND s.active
$$;
CREATE FUNCTION narrativ_institution_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.institution_id FROM staff_login l JOIN staff s ON s.id = l.staff_id
    WHERE l.role_name = session_user AND s.active
$$;
CREATE FUNCTION narrativ_is_leader() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(bool_or(s.role = 'leader'), false) FROM staff_login l
    JOIN staff s ON s.id = l.staff_id WHERE l.role_name = session_user AND s.active
$$;
CREATE FUNCTION narrativ_group_ids() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(g.group_id), '{}') FROM staff_login l
    JOIN staff_group g ON g.staff_id = l.staff_id WHERE l.role_name = session_user
$$;
CREATE FUNCTION narrativ_trim_audit(before timestamp) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE removed bigint;
BEGIN
    IF NOT narrativ_is_leader() THEN
        RAISE EXCEPTION 'only a leader trims the audit log'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('narrativ.audit_trim', 'on', true);
    DELETE FROM audit_event e WHERE e.at < before AND EXISTS (
        SELECT 1 FROM staff s WHERE s.id = e.actor_id
        AND s.institution_id = narrativ_institution_id());
    GET DIAGNOSTICS removed = ROW_COUNT;
    PERFORM set_config('narrativ.audit_trim', 'off', true);
    RETURN removed;
END $$;
REVOKE ALL ON FUNCTION narrativ_trim_audit(timestamp) FROM PUBLIC;
"""

# The functions are wrapped in (SELECT ...) so each is evaluated once per statement.
ME = "(SELECT narrativ_staff_id())"
HOME = "(SELECT narrativ_institution_id())"
LEADER = "(SELECT narrativ_is_leader())"
GROUPS = "(SELECT narrativ_group_ids())::integer[]"
READ_NARRATIVE = (
    f"institution_id = {HOME} AND ({LEADER} OR author_id = {ME} "
    f"OR (status <> 'draft' AND group_id = ANY ({GROUPS})))"
)
# Under row-level security PostgreSQL may not use the GIN index for "search_vector @@ q":
# the operator is not LEAKPROOF, so it has to wait until the policies ran, row by row. This
# function (as the owner, so the index is usable) returns the ids that match AND pass the
# very same reading policy; the search then reads those rows through the policies again.
SEARCH_IDS = (
    "CREATE FUNCTION narrativ_search_ids(query tsquery) RETURNS integer[] "  # noqa: S608
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
    "SELECT coalesce(array_agg(id), '{}') FROM narrative "
    f"WHERE search_vector @@ query AND {READ_NARRATIVE} $$"
)

# (table, policy for reading, policy for writing); a row is visible through its parent.
# Every piece of SQL here is a constant of this file; nothing comes from input.
POLICIES: tuple[tuple[str, str, str], ...] = (
    ("institution", f"id = {HOME}", f"id = {HOME} AND {LEADER}"),
    ("staff", f"institution_id = {HOME}", f"institution_id = {HOME} AND {LEADER}"),
    (
        "staff_group",
        "EXISTS (SELECT 1 FROM staff s WHERE s.id = staff_id)",
        f"{LEADER} AND EXISTS (SELECT 1 FROM staff s WHERE s.id = staff_id)",  # noqa: S608
    ),
    ("child_group", f"institution_id = {HOME}", f"institution_id = {HOME}"),
    ("child", f"institution_id = {HOME}", f"institution_id = {HOME}"),
    ("action_plan", f"institution_id = {HOME}", f"institution_id = {HOME}"),
    ("group_membership", "EXISTS (SELECT 1 FROM child c WHERE c.id = child_id)", ""),
    ("consent", "EXISTS (SELECT 1 FROM child c WHERE c.id = child_id)", ""),
    ("follow_up", "EXISTS (SELECT 1 FROM action_plan p WHERE p.id = plan_id)", ""),
    ("handout_record", "EXISTS (SELECT 1 FROM staff s WHERE s.id = created_by_id)", ""),
)
THROUGH_NARRATIVE = (
    "comment",
    "narrative_child",
    "narrative_relation",
    "narrative_theme",
    "narrative_revision",
    "narrative_seen",
    "plan_narrative",
)


def _policies() -> list[str]:
    statements = []
    for table, read, write in POLICIES:
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        statements.append(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING ({read})")
        check = write or read
        for verb in ("INSERT", "UPDATE", "DELETE"):
            name = f"{table}_{verb.lower()}"
            if verb == "INSERT":
                statements.append(
                    f"CREATE POLICY {name} ON {table} FOR INSERT WITH CHECK ({check})"
                )
            elif verb == "UPDATE":
                statements.append(
                    f"CREATE POLICY {name} ON {table} FOR UPDATE USING ({check}) "
                    f"WITH CHECK ({check})"
                )
            else:
                statements.append(f"CREATE POLICY {name} ON {table} FOR DELETE USING ({check})")
    for table in THROUGH_NARRATIVE:
        parent = "EXISTS (SELECT 1 FROM narrative n WHERE n.id = narrative_id)"
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        statements.append(
            f"CREATE POLICY {table}_all ON {table} USING ({parent}) WITH CHECK ({parent})"
        )
    statements += [
        "ALTER TABLE narrative ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY narrative_read ON narrative FOR SELECT USING ({READ_NARRATIVE})",
        "CREATE POLICY narrative_insert ON narrative FOR INSERT WITH CHECK ("
        f"institution_id = {HOME} AND ({LEADER} OR (author_id = {ME} "
        f"AND group_id = ANY ({GROUPS}))))",
        f"CREATE POLICY narrative_update ON narrative FOR UPDATE USING ({READ_NARRATIVE}) "
        f"WITH CHECK (institution_id = {HOME})",
        "CREATE POLICY narrative_delete ON narrative FOR DELETE USING ("
        f"institution_id = {HOME} AND ({LEADER} OR author_id = {ME}))",
        # Everyone writes their own entries; leaders read their institution's. Reading
        # one's own entries is what lets an INSERT ... RETURNING of them pass.
        "ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY audit_event_read ON audit_event FOR SELECT USING (actor_id = {ME} "  # noqa: S608
        f"OR ({LEADER} AND EXISTS (SELECT 1 FROM staff s WHERE s.id = actor_id)))",
        f"CREATE POLICY audit_event_insert ON audit_event FOR INSERT WITH CHECK (actor_id = {ME})",
        "ALTER TABLE staff_login ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY staff_login_own ON staff_login FOR SELECT USING (role_name = session_user)",
    ]
    return statements


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for block in (SEARCH, AUDIT, NOTIFY, IDENTITY):
        op.execute(block)
    for statement in _policies():
        op.execute(statement)
    op.execute(SEARCH_IDS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, *_ in POLICIES:
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for table in (*THROUGH_NARRATIVE, "narrative", "audit_event"):
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP TABLE staff_login CASCADE")
    for function in (
        "narrativ_search_ids(tsquery)",
        "narrativ_trim_audit(timestamp)",
        "narrativ_group_ids()",
        "narrativ_is_leader()",
        "narrativ_institution_id()",
        "narrativ_staff_id()",
    ):
        op.execute(f"DROP FUNCTION {function} CASCADE")
    op.execute("DROP FUNCTION narrativ_audit_append_only() CASCADE")
    op.execute("DROP FUNCTION narrativ_notify_change() CASCADE")
    op.execute("DROP INDEX ix_narrative_institution_newest")
    op.execute("DROP INDEX ix_narrative_search")
    op.execute("ALTER TABLE narrative DROP COLUMN search_vector")
