"""Rolling backups of a SQLite workspace through SQLite's online backup API."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from datetime import datetime
from pathlib import Path

DEFAULT_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"


def backup_dir_for(workspace: Path) -> Path:
    return workspace.with_name(f"{workspace.stem}-backups")


def list_backups(workspace: Path) -> list[Path]:
    """Backups of this workspace, oldest first."""
    folder = backup_dir_for(workspace)
    if not folder.is_dir():
        return []
    pattern = re.compile(rf"^{re.escape(workspace.stem)}-\d{{8}}-\d{{6}}-\d{{6}}(-[\w.-]+)?\.db$")
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))


def backup_workspace(workspace: Path, *, keep: int = DEFAULT_KEEP, reason: str = "") -> Path:
    """Copy the live database (WAL included) to a timestamped file; keep the newest ``keep``.

    The backup API copies a consistent snapshot even while another connection writes.
    """
    folder = backup_dir_for(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    suffix = f"-{re.sub(r'[^A-Za-z0-9_.-]', '_', reason)}" if reason else ""
    target = folder / f"{workspace.stem}-{datetime.now().strftime(_STAMP)}{suffix}.db"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    partial.replace(target)
    prune_backups(workspace, keep=keep)
    return target


def prune_backups(workspace: Path, *, keep: int) -> list[Path]:
    backups = list_backups(workspace)
    removed = backups[: max(0, len(backups) - max(keep, 1))]
    for old in removed:
        with contextlib.suppress(OSError):
            old.unlink()
    return removed
