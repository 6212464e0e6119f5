"""Workspace-level key/value facts (who created it, with which version)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class WorkspaceInfo(SQLModel, table=True):
    __tablename__ = "workspace_info"

    key: str = Field(primary_key=True, max_length=64)
    value: str = ""
