"""Workspace database: engine factory, schema migrations, backups."""

from __future__ import annotations

from workbench.db.engine import create_workspace_engine, database_url
from workbench.db.workspace import Workspace, open_workspace

__all__ = ["Workspace", "create_workspace_engine", "database_url", "open_workspace"]
