"""Publishing: print setup of publications, issue start page, per-article print options,
caption pictures, and the review documents sent out.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never a batch rebuild: copying "document" to a new table would
    # cascade-delete its blocks and segments while foreign keys are on.
    op.add_column(
        "publication",
        sa.Column("trim_size", sa.String(32), nullable=False, server_default="large-16k"),
    )
    op.add_column("publication", sa.Column("page_width_mm", sa.Float, nullable=True))
    op.add_column("publication", sa.Column("page_height_mm", sa.Float, nullable=True))
    op.add_column(
        "publication", sa.Column("template", sa.String, nullable=False, server_default="")
    )
    op.add_column(
        "publication", sa.Column("print_settings", sa.String, nullable=False, server_default="{}")
    )
    op.add_column("issue", sa.Column("start_page", sa.Integer, nullable=False, server_default="1"))
    op.add_column(
        "document",
        sa.Column("print_start_right", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "document", sa.Column("print_layout", sa.String(32), nullable=False, server_default="")
    )
    op.add_column("block", sa.Column("image", sa.String, nullable=False, server_default=""))
    op.create_table(
        "review_export",
        sa.Column("token", sa.String(64), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("document.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("base", sa.String, nullable=False),
        sa.Column("filename", sa.String, nullable=False),
        sa.Column("author", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_review_export_document_id", "review_export", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_review_export_document_id", table_name="review_export")
    op.drop_table("review_export")
    op.drop_column("block", "image")
    op.drop_column("document", "print_layout")
    op.drop_column("document", "print_start_right")
    op.drop_column("issue", "start_page")
    op.drop_column("publication", "print_settings")
    op.drop_column("publication", "template")
    op.drop_column("publication", "page_height_mm")
    op.drop_column("publication", "page_width_mm")
    op.drop_column("publication", "trim_size")
