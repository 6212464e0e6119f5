"""Open, create, upgrade and back up a workspace database.

Opening follows one path for every caller (CLI, GUI, tests):

1. a new file is created at the newest schema;
2. an older schema is backed up, then upgraded with Alembic;
3. a schema this version does not know (a newer release wrote it) is refused.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from workbench import __version__
from workbench.db.backup import DEFAULT_KEEP, backup_workspace
from workbench.db.engine import create_workspace_engine, database_url, sqlite_path
from workbench.errors import NewerWorkspaceError, WorkspaceError

log = logging.getLogger(__name__)

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def migrate(connection: Connection, target: str = "head") -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def downgrade(connection: Connection, target: str) -> None:
    """Step the schema back (tests of every revision's downgrade; support work)."""
    config = alembic_config()
    config.attributes["connection"] = connection
    command.downgrade(config, target)


class Workspace:
    """An open workspace: an engine plus the facts about where it lives."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.path: Path | None = sqlite_path(url)
        self.backup_keep = DEFAULT_KEEP

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def backup(self, reason: str = "") -> Path:
        if self.path is None:
            raise WorkspaceError("Backups are made by the database server for server workspaces")
        return backup_workspace(self.path, keep=self.backup_keep, reason=reason)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return current_revision(connection)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _check_sqlite_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise WorkspaceError(f"Cannot read workspace {path}: {exc.strerror or exc}") from exc
    if header and header != _SQLITE_MAGIC:
        raise WorkspaceError(f"{path} is not an ICC Workbench workspace (not a SQLite database)")


def open_workspace(
    location: str | os.PathLike[str],
    *,
    create: bool = True,
    backup_keep: int = DEFAULT_KEEP,
) -> Workspace:
    """Open (and if needed create or upgrade) the workspace at ``location``."""
    url = database_url(location)
    path = sqlite_path(url)
    is_new = False
    if path is not None:
        if path.exists():
            _check_sqlite_file(path)
            is_new = path.stat().st_size == 0
        elif not create:
            raise WorkspaceError(f"No workspace at {path}")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WorkspaceError(
                    f"Cannot create workspace folder {path.parent}: {exc}"
                ) from exc
            is_new = True

    engine = create_workspace_engine(url)
    workspace = Workspace(engine, url)
    workspace.backup_keep = backup_keep
    try:
        _bring_to_head(workspace, is_new=is_new)
    except (sa.exc.OperationalError, sqlite3.OperationalError) as exc:
        engine.dispose()
        detail = str(getattr(exc, "orig", exc))
        if "locked" in detail or "busy" in detail:
            raise WorkspaceError(
                f"Workspace {path or url} is locked by another program; close it and try again"
            ) from exc
        raise WorkspaceError(f"Cannot open workspace {path or url}: {detail}") from exc
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        raise WorkspaceError(
            f"{path or url} is not a usable workspace: {getattr(exc, 'orig', exc)}"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return workspace


def _bring_to_head(workspace: Workspace, *, is_new: bool) -> None:
    head = head_revision()
    with workspace.engine.connect() as connection:
        revision = current_revision(connection)
        has_tables = bool(sa.inspect(connection).get_table_names())
    if revision == head:
        return
    if revision is None:
        if has_tables and not is_new:
            raise WorkspaceError(
                f"{workspace.path or workspace.url} holds tables but no workspace schema version;"
                " it was not made by ICC Workbench"
            )
        with workspace.engine.begin() as connection:
            migrate(connection)
            _record_creation(connection)
        log.info("created workspace %s at schema %s", workspace.path or workspace.url, head)
        return
    if revision not in known_revisions():
        raise NewerWorkspaceError(
            f"Workspace {workspace.path or workspace.url} was written by a newer version of"
            f" ICC Workbench (schema {revision}); this version {__version__} knows schemas up to"
            f" {head}. Install the newer version to open it."
        )
    if workspace.path is not None:
        backup = workspace.backup(reason=f"before-upgrade-{revision}")
        log.info("backed up %s to %s before upgrading", workspace.path, backup)
    with workspace.engine.begin() as connection:
        migrate(connection)
    log.info("upgraded workspace %s from schema %s to %s", workspace.path, revision, head)


def _record_creation(connection: Connection) -> None:
    from workbench.models.base import utcnow

    rows = [
        {"key": "created_with_version", "value": __version__},
        {"key": "created_at", "value": utcnow().isoformat(timespec="seconds")},
    ]
    table = sa.table("workspace_info", sa.column("key"), sa.column("value"))
    connection.execute(sa.insert(table), rows)
