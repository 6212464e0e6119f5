"""Shared checks for migration tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.db.backup import list_backups


def only_backup_revision(workspace: Path) -> str:
    """The schema revision of the single backup taken before an upgrade."""
    (backup,) = list_backups(workspace)
    old = sqlite3.connect(backup)
    try:
        return old.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        old.close()
