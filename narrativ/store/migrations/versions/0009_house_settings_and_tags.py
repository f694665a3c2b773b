"""Settings and own tags belong to one institution.

Until now ``setting`` and the house's own rows in ``theme`` had no institution: on a server
that hosts several houses, one house's auto-lock, retention, contexts, retired tags and own
tags were every house's. From this revision:

- ``setting`` has ``institution_id`` (not null); its primary key is (institution, name);
- ``theme`` has ``institution_id``: NULL for the six curriculum themes, which are the law's
  words and common to every house (a check keeps ``curriculum`` and "no institution"
  together), and the house for each own tag. A name is unique within a house, so two houses
  may each have a tag "Sprogstimulering";
- on PostgreSQL, row-level security on both tables: a login reads and changes only its own
  house's settings and own tags, and reads the six common themes but cannot change them;
  only leaders write (as in the services). A narrative may carry only themes its house can
  see (the policy on ``narrative_theme`` checks it).

Existing rows are given to their house:

- A database file holds exactly one institution: every setting and own tag is its.
- On a server with several houses the old values were in effect for all of them, so each
  house gets its own copy of every setting (it keeps exactly what it had), except
  ``retired_tags``, which each house gets with only the names of its own tags.
- An own tag goes to the houses whose narratives carry it and whose staff added, renamed,
  retired or restored it (audit log); when none of that tells, to every house, since every
  house was offered it. A tag that ends up in several houses is copied, and each house's
  narratives are relinked to that house's copy, so no narrative loses or changes a tag.
- In a database without any institution yet (a new file or server, migrated before its
  first house is made) there is no one to give them to: the settings (the defaults revision
  0002 seeded, which the program knows as its defaults anyway) and any own tag (no narrative
  can carry one without a house) are removed.

Downgrading keeps one row per name: the settings of the lowest-numbered house, and one own
tag per name, the other houses' narratives relinked to it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 14:00:00
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

RETIRED_SETTING = "retired_tags"  # narrativ.services.tags.RETIRED_SETTING
TAG_ACTIONS = ("tag.add", "tag.rename", "tag.retire", "tag.restore")

setting = sa.table(
    "setting",
    sa.column("institution_id", sa.Integer()),
    sa.column("name", sa.String()),
    sa.column("value", sa.JSON()),
    sa.column("updated_at", sa.DateTime()),
)
theme = sa.table(
    "theme",
    sa.column("id", sa.Integer()),
    sa.column("institution_id", sa.Integer()),
    sa.column("name", sa.String()),
    sa.column("curriculum", sa.Boolean()),
    sa.column("position", sa.Integer()),
)
narrative = sa.table("narrative", sa.column("id", sa.Integer()), sa.column("institution_id"))
narrative_theme = sa.table(
    "narrative_theme", sa.column("narrative_id", sa.Integer()), sa.column("theme_id", sa.Integer())
)
institution = sa.table("institution", sa.column("id", sa.Integer()))
staff = sa.table("staff", sa.column("id", sa.Integer()), sa.column("institution_id"))
audit_event = sa.table(
    "audit_event",
    sa.column("actor_id", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("object_type", sa.String()),
    sa.column("object_key", sa.String()),
)

# Row policies (PostgreSQL). The functions come from revision 0008; each is wrapped in
# (SELECT ...) so it is evaluated once per statement. Every piece of SQL is a constant.
HOME = "(SELECT narrativ_institution_id())"
LEADER = "(SELECT narrativ_is_leader())"
OWN = f"institution_id = {HOME}"
WRITE = f"{OWN} AND {LEADER}"
POLICIES: tuple[tuple[str, str, str], ...] = (
    ("setting", OWN, WRITE),
    ("theme", f"institution_id IS NULL OR {OWN}", WRITE),
)
THROUGH_NARRATIVE = "EXISTS (SELECT 1 FROM narrative n WHERE n.id = narrative_id)"
VISIBLE_THEME = "EXISTS (SELECT 1 FROM theme t WHERE t.id = theme_id)"


def upgrade() -> None:
    # The old keys (a setting's name, a tag's name) go before the rows are copied per house.
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("institution_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint("pk_setting", type_="primary")
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.add_column(sa.Column("institution_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint("uq_theme_name", type_="unique")

    connection = op.get_bind()
    houses = sorted(connection.scalars(sa.select(institution.c.id)))
    _give_tags_to_houses(connection, houses)
    _give_settings_to_houses(connection, houses)

    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.alter_column("institution_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_primary_key("pk_setting", ["institution_id", "name"])
        batch_op.create_foreign_key(
            batch_op.f("fk_setting_institution_id_institution"),
            "institution",
            ["institution_id"],
            ["id"],
        )
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            batch_op.f("uq_theme_institution_id"), ["institution_id", "name"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_theme_institution_id_institution"),
            "institution",
            ["institution_id"],
            ["id"],
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_theme_own_tag_has_house"), "(institution_id IS NULL) = curriculum"
        )

    if connection.dialect.name == "postgresql":
        for statement in _policies():
            op.execute(statement)


def _give_tags_to_houses(connection: sa.Connection, houses: list[int]) -> None:
    """Each own tag to the houses that used or managed it (or all); copies relinked."""
    own = connection.execute(
        sa.select(theme.c.id, theme.c.name, theme.c.position).where(theme.c.curriculum.is_(False))
    ).all()
    if not own:
        return
    carried: dict[int, set[int]] = defaultdict(set)
    for theme_id, house in connection.execute(
        sa.select(narrative_theme.c.theme_id, narrative.c.institution_id)
        .join(narrative, narrative.c.id == narrative_theme.c.narrative_id)
        .distinct()
    ):
        carried[theme_id].add(house)
    managed: dict[str, set[int]] = defaultdict(set)
    for name, house in connection.execute(
        sa.select(audit_event.c.object_key, staff.c.institution_id)
        .join(staff, staff.c.id == audit_event.c.actor_id)
        .where(audit_event.c.object_type == "theme", audit_event.c.action.in_(TAG_ACTIONS))
        .distinct()
    ):
        managed[name].add(house)
    for theme_id, name, position in own:
        found = (carried[theme_id] | managed[name]) & set(houses)
        owners = sorted(found) or houses
        if not owners:
            connection.execute(sa.delete(theme).where(theme.c.id == theme_id))
            continue
        first, *others = owners
        connection.execute(
            sa.update(theme).where(theme.c.id == theme_id).values(institution_id=first)
        )
        for house in others:
            copy_id = connection.execute(
                sa.insert(theme)
                .values(name=name, curriculum=False, position=position, institution_id=house)
                .returning(theme.c.id)
            ).scalar_one()
            connection.execute(
                sa.update(narrative_theme)
                .where(
                    narrative_theme.c.theme_id == theme_id,
                    narrative_theme.c.narrative_id.in_(
                        sa.select(narrative.c.id).where(narrative.c.institution_id == house)
                    ),
                )
                .values(theme_id=copy_id)
            )


def _give_settings_to_houses(connection: sa.Connection, houses: list[int]) -> None:
    """Every house keeps the values it had; its retired tags only name its own tags."""
    rows = connection.execute(sa.select(setting.c.name, setting.c.value, setting.c.updated_at))
    shared = {name: (value, updated) for name, value, updated in rows}
    connection.execute(sa.delete(setting))
    if not houses or not shared:
        return
    own_names: dict[int, set[str]] = defaultdict(set)
    for house, name in connection.execute(
        sa.select(theme.c.institution_id, theme.c.name).where(theme.c.curriculum.is_(False))
    ):
        own_names[house].add(name)
    copies: list[dict[str, Any]] = []
    for house in houses:
        for name, (value, updated) in shared.items():
            if name == RETIRED_SETTING and isinstance(value, list):
                value = [v for v in value if v in own_names[house]]
            copies.append(
                {"institution_id": house, "name": name, "value": value, "updated_at": updated}
            )
    connection.execute(sa.insert(setting), copies)


def _policies() -> list[str]:
    statements = []
    for table, read, write in POLICIES:
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {table}_read ON {table} FOR SELECT USING ({read})",
            f"CREATE POLICY {table}_insert ON {table} FOR INSERT WITH CHECK ({write})",
            f"CREATE POLICY {table}_update ON {table} FOR UPDATE USING ({write}) "
            f"WITH CHECK ({write})",
            f"CREATE POLICY {table}_delete ON {table} FOR DELETE USING ({write})",
        ]
    # A narrative carries only themes its house can see: the six and its own tags.
    statements.append(
        f"ALTER POLICY narrative_theme_all ON narrative_theme "
        f"WITH CHECK ({THROUGH_NARRATIVE} AND {VISIBLE_THEME})"
    )
    return statements


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        op.execute(
            f"ALTER POLICY narrative_theme_all ON narrative_theme WITH CHECK ({THROUGH_NARRATIVE})"
        )
        for table, *_ in POLICIES:
            for verb in ("read", "insert", "update", "delete"):
                op.execute(f"DROP POLICY {table}_{verb} ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_theme_own_tag_has_house"), type_="check")
        batch_op.drop_constraint(
            batch_op.f("fk_theme_institution_id_institution"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("uq_theme_institution_id"), type_="unique")
    _one_tag_per_name(connection)
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.drop_column("institution_id")
        batch_op.create_unique_constraint(batch_op.f("uq_theme_name"), ["name"])

    first = connection.scalar(sa.select(sa.func.min(setting.c.institution_id)))
    connection.execute(sa.delete(setting).where(setting.c.institution_id != first))
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_setting_institution_id_institution"), type_="foreignkey"
        )
        batch_op.drop_constraint("pk_setting", type_="primary")
        batch_op.create_primary_key("pk_setting", ["name"])
        batch_op.drop_column("institution_id")


def _one_tag_per_name(connection: sa.Connection) -> None:
    kept: dict[str, int] = {}
    rows = connection.execute(
        sa.select(theme.c.id, theme.c.name)
        .where(theme.c.curriculum.is_(False))
        .order_by(theme.c.institution_id, theme.c.id)
    )
    for theme_id, name in rows.all():
        if name not in kept:
            kept[name] = theme_id
            continue
        # Links the kept tag already has would collide; those narratives keep it as it is.
        connection.execute(
            sa.delete(narrative_theme).where(
                narrative_theme.c.theme_id == theme_id,
                narrative_theme.c.narrative_id.in_(
                    sa.select(narrative_theme.c.narrative_id).where(
                        narrative_theme.c.theme_id == kept[name]
                    )
                ),
            )
        )
        connection.execute(
            sa.update(narrative_theme)
            .where(narrative_theme.c.theme_id == theme_id)
            .values(theme_id=kept[name])
        )
        connection.execute(sa.delete(theme).where(theme.c.id == theme_id))
