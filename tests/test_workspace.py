"""Workspace database: pragmas, migrations, refusal of newer schemas, backups, locations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

from workbench.db import engine as engine_module
from workbench.db.backup import backup_workspace, list_backups
from workbench.db.engine import create_workspace_engine, database_url
from workbench.db.workspace import (
    Workspace,
    head_revision,
    migrate,
    open_workspace,
)
from workbench.errors import NewerWorkspaceError, WorkspaceError
from workbench.settings import default_workspace_path, resolve_workspace


def test_new_workspace_has_pragmas_and_head_schema(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    assert workspace.schema_revision() == head_revision()
    with workspace.engine.connect() as connection:
        info = dict(connection.exec_driver_sql("SELECT key, value FROM workspace_info").all())
    assert "created_with_version" in info


def test_migrations_match_the_models(workspace: Workspace) -> None:
    """Every table and column the models declare exists after the migrations ran."""
    inspector = sa.inspect(workspace.engine)
    for table in SQLModel.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name


def _create_at_first_revision(path: Path) -> None:
    engine = create_workspace_engine(path)
    with engine.begin() as connection:
        migrate(connection, "0001")
        connection.exec_driver_sql(
            "INSERT INTO document (id, title_zh, title_en, byline, source_lang, target_lang,"
            " status, section_position, origin_path, origin_format, created_by, created_at,"
            " updated_at)"
            " VALUES (1, '老数据', 'Old data', '', 'zh', 'en', 'new', 0, '', '', 'a',"
            " '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO block (id, document_id, position, kind, level, style, origin)"
            " VALUES (1, 1, 0, 'paragraph', 0, '', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO segment (id, block_id, document_id, position, source, target, source_sep,"
            " target_sep, status, note, updated_by, updated_at)"
            " VALUES (1, 1, 1, 0, '重庆是山城。', 'Chongqing is a mountain city.', '', '',"
            " 'translated', '', 'a', '2025-01-01 00:00:00')"
        )
    engine.dispose()


def test_old_workspace_is_backed_up_then_upgraded_with_data_intact(workspace_path: Path) -> None:
    _create_at_first_revision(workspace_path)
    with open_workspace(workspace_path) as ws:
        assert ws.schema_revision() == head_revision()
        with ws.engine.connect() as connection:
            row = connection.exec_driver_sql("SELECT source, target FROM segment").one()
            assert tuple(row) == ("重庆是山城。", "Chongqing is a mountain city.")
            assert connection.exec_driver_sql("SELECT count(*) FROM workspace_info").scalar() == 0
    backups = list_backups(workspace_path)
    assert len(backups) == 1 and "before-upgrade-0001" in backups[0].name
    # The backup is the untouched old workspace.
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()


def test_workspace_from_a_newer_version_is_refused(workspace_path: Path) -> None:
    open_workspace(workspace_path).close()
    connection = sqlite3.connect(workspace_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(
        NewerWorkspaceError, match=r"newer version of ICC Workbench \(schema 9999\)"
    ):
        open_workspace(workspace_path)


def test_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes", "utf-8")
    with pytest.raises(WorkspaceError, match="not an ICC Workbench workspace"):
        open_workspace(bogus)
    assert bogus.read_text("utf-8") == "these are my notes"


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(WorkspaceError, match="not made by ICC Workbench"):
        open_workspace(other)


def test_missing_workspace_without_create(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="No workspace"):
        open_workspace(tmp_path / "absent.db", create=False)


def test_locked_workspace_gives_one_clear_error_and_loses_nothing(
    workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _create_at_first_revision(workspace_path)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(workspace_path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(WorkspaceError, match="locked by another program"):
            open_workspace(workspace_path)
    finally:
        holder.rollback()
        holder.close()
    # Nothing was lost and the upgrade succeeds once the lock is gone.
    with open_workspace(workspace_path) as ws, ws.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM segment").scalar() == 1


def test_rolling_backups_keep_the_newest(workspace: Workspace) -> None:
    assert workspace.path is not None
    made = [backup_workspace(workspace.path, keep=3) for _ in range(5)]
    kept = list_backups(workspace.path)
    assert kept == made[-3:]
    check = sqlite3.connect(kept[-1])
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_backup_includes_uncheckpointed_wal_data(workspace: Workspace) -> None:
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO workspace_info (key, value) VALUES ('k', 'v')")
    target = workspace.backup()
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT value FROM workspace_info WHERE key='k'").fetchone() == ("v",)
    copy.close()


def test_postgresql_url_is_accepted_and_schema_is_portable() -> None:
    engine = create_workspace_engine("postgresql://editor:secret@db.example/workbench")
    assert engine.dialect.name == "postgresql"
    assert engine.url.drivername == "postgresql+psycopg"
    dialect = postgresql.dialect()
    for table in SQLModel.metadata.sorted_tables:
        assert "CREATE TABLE" in str(CreateTable(table).compile(dialect=dialect))
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    engine.dispose()


def test_unsupported_url_is_refused() -> None:
    with pytest.raises(ValueError, match="Unsupported workspace database"):
        create_workspace_engine("mysql://x@y/z")


def test_workspace_location_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resolve_workspace(None) == str(default_workspace_path())
    assert "userdirs" in str(default_workspace_path())  # the isolated data dir from conftest
    monkeypatch.setenv("WORKBENCH_WORKSPACE", "/env/w.db")
    assert resolve_workspace(None) == "/env/w.db"
    assert resolve_workspace("/cli/w.db") == "/cli/w.db"
    assert database_url("/cli/w.db") == "sqlite:////cli/w.db"
