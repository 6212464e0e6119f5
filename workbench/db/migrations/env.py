"""Alembic environment. The application passes an open connection in
``config.attributes["connection"]``; the ``alembic`` command line is not needed."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from workbench.models import load_all

load_all()  # registers every table on SQLModel.metadata

config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("ICC Workbench migrations run through workbench.db.workspace")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
