"""Initial schema: publications, issues, sections, documents, blocks, segments, revisions.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

DOC_STATUS = "'new', 'translating', 'translated', 'reviewing', 'approved', 'published'"
SEG_STATUS = "'new', 'draft', 'translated', 'reviewed', 'approved', 'locked'"
LANGS = "'zh', 'en'"
KINDS = "'heading', 'paragraph', 'caption', 'quote', 'byline'"


def upgrade() -> None:
    op.create_table(
        "publication",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name_zh", sa.String(200), nullable=False),
        sa.Column("name_en", sa.String(200), nullable=False),
        sa.Column("description", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "issue",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "publication_id",
            sa.Integer,
            sa.ForeignKey("publication.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("title_zh", sa.String, nullable=False),
        sa.Column("title_en", sa.String, nullable=False),
        sa.Column("publish_date", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("publication_id", "label"),
    )
    op.create_index("ix_issue_publication_id", "issue", ["publication_id"])
    op.create_table(
        "section",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "issue_id", sa.Integer, sa.ForeignKey("issue.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title_zh", sa.String, nullable=False),
        sa.Column("title_en", sa.String, nullable=False),
    )
    op.create_index("ix_section_issue_id", "section", ["issue_id"])
    op.create_table(
        "document",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title_zh", sa.String, nullable=False),
        sa.Column("title_en", sa.String, nullable=False),
        sa.Column("byline", sa.String, nullable=False),
        sa.Column("source_lang", sa.String(8), nullable=False),
        sa.Column("target_lang", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column(
            "section_id",
            sa.Integer,
            sa.ForeignKey("section.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("section_position", sa.Integer, nullable=False),
        sa.Column("series_id", sa.Integer, nullable=True),
        sa.Column("campaign_id", sa.Integer, nullable=True),
        sa.Column("content_item_id", sa.Integer, nullable=True),
        sa.Column("origin_path", sa.String, nullable=False),
        sa.Column("origin_format", sa.String, nullable=False),
        sa.Column("created_by", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.CheckConstraint(f"status IN ({DOC_STATUS})", name="ck_document_status"),
        sa.CheckConstraint(f"source_lang IN ({LANGS})", name="ck_document_source_lang"),
        sa.CheckConstraint(f"target_lang IN ({LANGS})", name="ck_document_target_lang"),
        sa.CheckConstraint("source_lang <> target_lang", name="ck_document_lang_pair"),
    )
    for column in ("status", "section_id", "series_id", "campaign_id", "content_item_id"):
        op.create_index(f"ix_document_{column}", "document", [column])
    op.create_table(
        "block",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("document.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("level", sa.Integer, nullable=False),
        sa.Column("style", sa.String, nullable=False),
        sa.Column("origin", sa.String, nullable=False),
        sa.UniqueConstraint("document_id", "position", name="uq_block_position"),
        sa.CheckConstraint(f"kind IN ({KINDS})", name="ck_block_kind"),
    )
    op.create_index("ix_block_document_id", "block", ["document_id"])
    op.create_table(
        "segment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "block_id", sa.Integer, sa.ForeignKey("block.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("document.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("source_sep", sa.String, nullable=False),
        sa.Column("target_sep", sa.String, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.String, nullable=False),
        sa.Column("updated_by", sa.String, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("block_id", "position", name="uq_segment_position"),
        sa.CheckConstraint(f"status IN ({SEG_STATUS})", name="ck_segment_status"),
    )
    op.create_index("ix_segment_block_id", "segment", ["block_id"])
    op.create_index("ix_segment_document_id", "segment", ["document_id"])
    op.create_table(
        "segment_revision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("document.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "segment_id",
            sa.Integer,
            sa.ForeignKey("segment.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("before", sa.String, nullable=False),
        sa.Column("after", sa.String, nullable=False),
        sa.Column("author", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_segment_revision_document_id", "segment_revision", ["document_id"])
    op.create_index("ix_segment_revision_segment_id", "segment_revision", ["segment_id"])


def downgrade() -> None:
    for table in (
        "segment_revision",
        "segment",
        "block",
        "document",
        "section",
        "issue",
        "publication",
    ):
        op.drop_table(table)
