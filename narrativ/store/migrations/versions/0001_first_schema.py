"""First schema: organisation, narratives, records, audit log, full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 08:54:36.800176
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "institution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
    )
    op.create_table(
        "relation_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relation_tag")),
        sa.UniqueConstraint("code", name=op.f("uq_relation_tag_code")),
    )
    op.create_table(
        "theme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("curriculum", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theme")),
        sa.UniqueConstraint("name", name=op.f("uq_theme_name")),
    )
    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=60), nullable=False),
        sa.Column("last_initial", sa.String(length=4), nullable=False),
        sa.Column("birth_month", sa.String(length=7), nullable=False),
        sa.Column("gender", sa.String(length=10), nullable=True),
        sa.Column("started", sa.Date(), nullable=True),
        sa.Column("left", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "gender IS NULL OR gender IN ('pige', 'dreng')", name=op.f("ck_child_gender")
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"], ["institution.id"], name=op.f("fk_child_institution_id_institution")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
        sa.UniqueConstraint("key", name=op.f("uq_child_key")),
    )
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_child_institution_id"), ["institution_id"], unique=False
        )

    op.create_table(
        "child_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("age_band", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "age_band IN ('vuggestue', 'børnehave', 'integreret')",
            name=op.f("ck_child_group_age_band"),
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_child_group_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_group")),
        sa.UniqueConstraint("key", name=op.f("uq_child_group_key")),
    )
    with op.batch_alter_table("child_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_child_group_institution_id"), ["institution_id"], unique=False
        )

    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("initials", sa.String(length=10), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('educator', 'leader')", name=op.f("ck_staff_role")),
        sa.ForeignKeyConstraint(
            ["institution_id"], ["institution.id"], name=op.f("fk_staff_institution_id_institution")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("key", name=op.f("uq_staff_key")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staff_institution_id"), ["institution_id"], unique=False
        )

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=False),
        sa.Column("object_key", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_audit_event_actor_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_event_object", ["object_type", "object_key"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("given_by", sa.String(length=120), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_consent_child_id_child"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["staff.id"], name=op.f("fk_consent_recorded_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
        sa.UniqueConstraint("key", name=op.f("uq_consent_key")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_child_id"), ["child_id"], unique=False)

    op.create_table(
        "group_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_group_membership_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["child_group.id"], name=op.f("fk_group_membership_group_id_child_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_membership")),
    )
    with op.batch_alter_table("group_membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_membership_child_id"), ["child_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_membership_group_id"), ["group_id"], unique=False
        )

    op.create_table(
        "narrative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("part_of_day", sa.String(length=20), nullable=False),
        sa.Column("context", sa.String(length=80), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("story", sa.Text(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("story_type", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'shared', 'reviewed')", name=op.f("ck_narrative_status")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_narrative_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["child_group.id"], name=op.f("fk_narrative_group_id_child_group")
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_narrative_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_narrative")),
        sa.UniqueConstraint("key", name=op.f("uq_narrative_key")),
    )
    with op.batch_alter_table("narrative", schema=None) as batch_op:
        batch_op.create_index("ix_narrative_author", ["author_id", "status"], unique=False)
        batch_op.create_index(
            "ix_narrative_group_newest", ["group_id", "occurred_on", "id"], unique=False
        )
        batch_op.create_index("ix_narrative_newest", ["occurred_on", "id"], unique=False)

    op.create_table(
        "staff_group",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["child_group.id"],
            name=op.f("fk_staff_group_group_id_child_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_staff_group_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", "group_id", name=op.f("pk_staff_group")),
    )
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("narrative_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_comment_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["narrative_id"],
            ["narrative.id"],
            name=op.f("fk_comment_narrative_id_narrative"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment")),
    )
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comment_narrative_id"), ["narrative_id"], unique=False)

    op.create_table(
        "handout_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("recipient", sa.String(length=120), nullable=False),
        sa.Column("narrative_keys", sa.JSON(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_handout_record_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consent.id"], name=op.f("fk_handout_record_consent_id_consent")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_handout_record_created_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handout_record")),
    )
    with op.batch_alter_table("handout_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handout_record_child_id"), ["child_id"], unique=False)

    op.create_table(
        "narrative_child",
        sa.Column("narrative_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.CheckConstraint("role IN ('focus', 'present')", name=op.f("ck_narrative_child_role")),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_narrative_child_child_id_child")
        ),
        sa.ForeignKeyConstraint(
            ["narrative_id"],
            ["narrative.id"],
            name=op.f("fk_narrative_child_narrative_id_narrative"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("narrative_id", "child_id", name=op.f("pk_narrative_child")),
    )
    with op.batch_alter_table("narrative_child", schema=None) as batch_op:
        batch_op.create_index("ix_narrative_child_child", ["child_id", "role"], unique=False)

    op.create_table(
        "narrative_relation",
        sa.Column("narrative_id", sa.Integer(), nullable=False),
        sa.Column("relation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["narrative_id"],
            ["narrative.id"],
            name=op.f("fk_narrative_relation_narrative_id_narrative"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["relation_id"],
            ["relation_tag.id"],
            name=op.f("fk_narrative_relation_relation_id_relation_tag"),
        ),
        sa.PrimaryKeyConstraint("narrative_id", "relation_id", name=op.f("pk_narrative_relation")),
    )
    with op.batch_alter_table("narrative_relation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_narrative_relation_relation_id"), ["relation_id"], unique=False
        )

    op.create_table(
        "narrative_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("narrative_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("editor_id", sa.Integer(), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["editor_id"], ["staff.id"], name=op.f("fk_narrative_revision_editor_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["narrative_id"],
            ["narrative.id"],
            name=op.f("fk_narrative_revision_narrative_id_narrative"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_narrative_revision")),
    )
    with op.batch_alter_table("narrative_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_narrative_revision_narrative_id"), ["narrative_id"], unique=False
        )

    op.create_table(
        "narrative_theme",
        sa.Column("narrative_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["narrative_id"],
            ["narrative.id"],
            name=op.f("fk_narrative_theme_narrative_id_narrative"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["theme.id"], name=op.f("fk_narrative_theme_theme_id_theme")
        ),
        sa.PrimaryKeyConstraint("narrative_id", "theme_id", name=op.f("pk_narrative_theme")),
    )
    with op.batch_alter_table("narrative_theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_narrative_theme_theme_id"), ["theme_id"], unique=False)
    _create_search_index()
    _make_audit_log_append_only()
    _seed_tags()


CURRICULUM_THEMES = (
    "alsidig personlig udvikling",
    "social udvikling",
    "kommunikation og sprog",
    "krop, sanser og bevægelse",
    "natur, udeliv og science",
    "kultur, æstetik og fællesskab",
)
RELATION_TAGS = (
    ("barn-barn", "barn–barn"),
    ("barn-gruppe", "barn–gruppe"),
    ("barn-voksen", "barn–voksen"),
    ("barn-forælder", "barn–forælder"),
)

# days since 1970-01-01 << 32 | id: keep equal to narrativ.store.search.fts_rowid
_SORT_KEY = "((CAST(julianday({row}.occurred_on) - 2440587.5 AS INTEGER) << 32) | {row}.id)"


def _create_search_index() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # unicode61 without diacritic removal: æ, ø and å stay letters of their own (å ≠ a).
    # Contentless: the text lives once, in the narrative table.
    op.execute(
        "CREATE VIRTUAL TABLE narrative_fts USING fts5("
        "story, reflection, next_steps, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    new_key = _SORT_KEY.format(row="NEW")
    old_key = _SORT_KEY.format(row="OLD")
    insert = (
        "INSERT INTO narrative_fts(rowid, story, reflection, next_steps) "  # noqa: S608
        f"VALUES ({new_key}, NEW.story, NEW.reflection, NEW.next_steps);"
    )
    delete = f"DELETE FROM narrative_fts WHERE rowid = {old_key};"  # noqa: S608
    op.execute(f"CREATE TRIGGER narrative_fts_insert AFTER INSERT ON narrative BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER narrative_fts_delete AFTER DELETE ON narrative BEGIN {delete} END")
    op.execute(
        "CREATE TRIGGER narrative_fts_update AFTER UPDATE OF occurred_on, story, reflection, "
        f"next_steps ON narrative BEGIN {delete} {insert} END"
    )


def _make_audit_log_append_only() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )


def _seed_tags() -> None:
    themes = sa.table("theme", sa.column("name"), sa.column("curriculum"), sa.column("position"))
    op.bulk_insert(
        themes,
        [
            {"name": name, "curriculum": True, "position": i}
            for i, name in enumerate(CURRICULUM_THEMES, start=1)
        ],
    )
    relations = sa.table(
        "relation_tag", sa.column("code"), sa.column("label"), sa.column("position")
    )
    op.bulk_insert(
        relations,
        [
            {"code": code, "label": label, "position": i}
            for i, (code, label) in enumerate(RELATION_TAGS, start=1)
        ],
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS narrative_fts")
    with op.batch_alter_table("narrative_theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_narrative_theme_theme_id"))

    op.drop_table("narrative_theme")
    with op.batch_alter_table("narrative_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_narrative_revision_narrative_id"))

    op.drop_table("narrative_revision")
    with op.batch_alter_table("narrative_relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_narrative_relation_relation_id"))

    op.drop_table("narrative_relation")
    with op.batch_alter_table("narrative_child", schema=None) as batch_op:
        batch_op.drop_index("ix_narrative_child_child")

    op.drop_table("narrative_child")
    with op.batch_alter_table("handout_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handout_record_child_id"))

    op.drop_table("handout_record")
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comment_narrative_id"))

    op.drop_table("comment")
    op.drop_table("staff_group")
    with op.batch_alter_table("narrative", schema=None) as batch_op:
        batch_op.drop_index("ix_narrative_newest")
        batch_op.drop_index("ix_narrative_group_newest")
        batch_op.drop_index("ix_narrative_author")

    op.drop_table("narrative")
    with op.batch_alter_table("group_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_membership_group_id"))
        batch_op.drop_index(batch_op.f("ix_group_membership_child_id"))

    op.drop_table("group_membership")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_child_id"))

    op.drop_table("consent")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_object")
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))

    op.drop_table("audit_event")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_institution_id"))

    op.drop_table("staff")
    with op.batch_alter_table("child_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_group_institution_id"))

    op.drop_table("child_group")
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_institution_id"))

    op.drop_table("child")
    op.drop_table("theme")
    op.drop_table("relation_tag")
    op.drop_table("institution")
