"""The migrations build exactly the schema the SQLModel tables describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import produce_migrations
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from workbench.db.workspace import migrate
from workbench.models import load_all


def test_migrations_match_the_models(tmp_path: Path) -> None:
    load_all()
    engine = create_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    with engine.begin() as connection:
        migrate(connection)
    with engine.connect() as connection:
        ops = produce_migrations(MigrationContext.configure(connection), SQLModel.metadata)
    assert ops.upgrade_ops is not None
    assert ops.upgrade_ops.is_empty(), ops.upgrade_ops.as_diffs()
