"""Alembic environment: always run from Narrativ with an open, keyed connection."""

from __future__ import annotations

from alembic import context

from narrativ.store.models import Base

FTS_PREFIX = "narrative_fts"


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The FTS5 table and its shadow tables are made by hand in the migrations.
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Migrations must not import model code: our UTC wrapper is a plain DateTime there.
    if type_ == "type" and type(obj).__name__ == "UtcDateTime":
        return "sa.DateTime()"
    return False


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Narrativ's migrations run through narrativ.store.migrate only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
