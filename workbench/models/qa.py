"""What QA keeps in a workspace: edited profiles, ignored findings, the user dictionary.

Findings themselves are not stored: they are recomputed from the text in well under a
second per document, and a stored finding would go stale with every edit.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from workbench.models.base import utcnow


class QAProfileRecord(SQLModel, table=True):
    """A profile as the workspace edited it (a built-in name here overrides the built-in)."""

    __tablename__ = "qa_profile"

    name: str = Field(primary_key=True, max_length=64)
    label_en: str = ""
    label_zh: str = ""
    settings: str = "{}"  # JSON: {check id: {"enabled", "severity", "options"}}
    updated_at: datetime = Field(default_factory=utcnow)


class QAIgnore(SQLModel, table=True):
    """A finding someone ignored, with the reason. ``fingerprint`` hashes the unit's source
    and target, so the finding comes back as soon as the text changes."""

    __tablename__ = "qa_ignore"
    __table_args__ = (
        sa.UniqueConstraint(
            "segment_id", "check", "side", "span_text", "fingerprint", name="uq_qa_ignore"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    segment_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("segment.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    document_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    check: str = Field(max_length=32)
    side: str = Field(max_length=8)
    span_text: str = ""
    fingerprint: str = Field(max_length=64)
    reason: str = ""
    author: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class QAUserWord(SQLModel, table=True):
    """A word the spelling check accepts in this workspace."""

    __tablename__ = "qa_user_word"

    word: str = Field(primary_key=True, max_length=100)
    added_by: str = ""
    created_at: datetime = Field(default_factory=utcnow)
