"""Segment drafts: unconfirmed editor text saved while the translator types.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "segment_draft",
        sa.Column(
            "segment_id",
            sa.Integer,
            sa.ForeignKey("segment.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("document.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("author", sa.String, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_segment_draft_document_id", "segment_draft", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_segment_draft_document_id", table_name="segment_draft")
    op.drop_table("segment_draft")
