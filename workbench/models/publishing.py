"""What publishing keeps in a workspace: the review documents sent out, so that the edits
coming back can be told apart from changes made in the workspace meanwhile."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from workbench.models.base import utcnow


class ReviewExport(SQLModel, table=True):
    """One bilingual review DOCX as it was written. ``base`` is JSON ``{segment id: target}``
    at export time; the DOCX carries ``token`` in its core properties."""

    __tablename__ = "review_export"

    token: str = Field(primary_key=True, max_length=64)
    document_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    base: str = "{}"
    filename: str = ""
    author: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    imported_at: datetime | None = None
