"""The migrations build exactly the schema the SQLModel tables describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import produce_migrations
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from workbench.db.workspace import migrate
from workbench.models import load_all


def _not_fts(name: str | None, type_: str, parent_names: object) -> bool:
    """FTS5 keeps its index in shadow tables (tm_unit_fts_data, _idx …) the models don't
    describe: the migration creates them with raw SQL."""
    return not (type_ == "table" and (name or "").startswith("tm_unit_fts"))


def test_migrations_match_the_models(tmp_path: Path) -> None:
    load_all()
    engine = create_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    with engine.begin() as connection:
        migrate(connection)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _not_fts})
        ops = produce_migrations(context, SQLModel.metadata)
    assert ops.upgrade_ops is not None
    assert ops.upgrade_ops.is_empty(), ops.upgrade_ops.as_diffs()
