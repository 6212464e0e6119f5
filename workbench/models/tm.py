"""The translation memory: every confirmed segment, imported TMX and aligned material.

Lookup goes through an FTS5 trigram index on ``source`` (``tm_unit_fts``, created by
migration 0008 on SQLite and kept in step by triggers), then rapidfuzz re-ranks the
candidates; see ``workbench.tm``."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from workbench.models import documents as _documents  # noqa: F401  (foreign keys to document/segment)
from workbench.models.base import utcnow


class TMUnit(SQLModel, table=True):
    """One source/target pair. ``origin``: confirmed | tmx | aligned | xliff; ``origin_ref``:
    the file or document it came from; a confirmed segment keeps one unit, updated in place."""

    __tablename__ = "tm_unit"
    __table_args__ = (
        sa.Index("ix_tm_unit_langs", "source_lang", "target_lang"),
        sa.Index("ix_tm_unit_segment", "segment_id", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    source_lang: str = Field(max_length=16)
    target_lang: str = Field(max_length=16)
    source: str
    target: str
    origin: str = Field(default="confirmed", max_length=16)
    origin_ref: str = ""
    document_id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("document.id", ondelete="SET NULL"), nullable=True
        ),
    )
    segment_id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("segment.id", ondelete="SET NULL"), nullable=True
        ),
    )
    context_before: str = ""  # the previous source segment, for context (101 %) matches
    context_after: str = ""
    created_by: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
