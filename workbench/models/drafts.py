"""Unconfirmed typing, saved every few seconds so a crash loses at most the last seconds."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from workbench.models.base import utcnow


class SegmentDraft(SQLModel, table=True):
    """The text in a segment's editor that has not been confirmed yet (one row per segment).

    It lives beside the segment, not in it, so saving it is one tiny upsert and the
    confirmed target (and its history) only changes when the translator says so.
    """

    __tablename__ = "segment_draft"

    segment_id: int = Field(
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("segment.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        )
    )
    # Denormalised so "what is pending in this document" is one indexed lookup.
    document_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    text: str = ""
    author: str = ""
    saved_at: datetime = Field(default_factory=utcnow)
