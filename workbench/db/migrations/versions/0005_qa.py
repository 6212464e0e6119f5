"""QA: edited profiles, ignored findings, the user dictionary.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "qa_profile",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("label_en", sa.String, nullable=False),
        sa.Column("label_zh", sa.String, nullable=False),
        sa.Column("settings", sa.String, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "qa_ignore",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "segment_id",
            sa.Integer,
            sa.ForeignKey("segment.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("document.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("check", sa.String(32), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("span_text", sa.String, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("reason", sa.String, nullable=False),
        sa.Column("author", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint(
            "segment_id", "check", "side", "span_text", "fingerprint", name="uq_qa_ignore"
        ),
    )
    op.create_index("ix_qa_ignore_segment_id", "qa_ignore", ["segment_id"])
    op.create_index("ix_qa_ignore_document_id", "qa_ignore", ["document_id"])
    op.create_table(
        "qa_user_word",
        sa.Column("word", sa.String(100), primary_key=True),
        sa.Column("added_by", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("qa_user_word")
    op.drop_index("ix_qa_ignore_document_id", table_name="qa_ignore")
    op.drop_index("ix_qa_ignore_segment_id", table_name="qa_ignore")
    op.drop_table("qa_ignore")
    op.drop_table("qa_profile")
