"""Content planner: channels, people, series, campaigns, content items with stage deadlines,
observances.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_zh", sa.String(), nullable=False),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("objectives", sa.String(), nullable=False),
        sa.Column("key_messages_zh", sa.String(), nullable=False),
        sa.Column("key_messages_en", sa.String(), nullable=False),
        sa.Column("kpi_targets", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("colour", sa.String(9), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'running', 'done', 'cancelled')", name="ck_campaign_status"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "channel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('wechat', 'weibo', 'website', 'facebook', 'x', 'youtube', 'tiktok', 'instagram', 'print', 'other')",
            name="ck_channel_kind",
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "observance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_zh", sa.String(), nullable=False),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("roles", sa.String(), nullable=False),
        sa.Column("weekly_hours", sa.Float(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_zh", sa.String(), nullable=False),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("cadence", sa.String(), nullable=False),
        sa.Column("team", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("colour", sa.String(9), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('active', 'paused', 'ended')", name="ck_series_status"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "campaign_channel",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["channel_id"], ["channel.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("campaign_id", "channel_id"),
    )
    op.create_table(
        "series_channel",
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["channel_id"], ["channel.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["series_id"], ["series.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("series_id", "channel_id"),
    )
    op.create_table(
        "content_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_zh", sa.String(), nullable=False),
        sa.Column("title_en", sa.String(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("publish_at", sa.DateTime(), nullable=True),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("views", sa.Integer(), nullable=True),
        sa.Column("likes", sa.Integer(), nullable=True),
        sa.Column("shares", sa.Integer(), nullable=True),
        sa.Column("comments", sa.Integer(), nullable=True),
        sa.Column("followers_gained", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('idea', 'planned', 'drafting', 'translating', 'reviewing', 'approved', 'published', 'cancelled')",
            name="ck_content_item_status",
        ),
        sa.CheckConstraint(
            "type IN ('article', 'video', 'photo-story', 'interview', 'social-post', 'print-feature')",
            name="ck_content_item_type",
        ),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["series_id"], ["series.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_content_item_campaign_id"), "content_item", ["campaign_id"], unique=False
    )
    op.create_index(
        op.f("ix_content_item_document_id"), "content_item", ["document_id"], unique=False
    )
    op.create_index(op.f("ix_content_item_series_id"), "content_item", ["series_id"], unique=False)
    op.create_table(
        "content_item_channel",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["channel_id"], ["channel.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["content_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id", "channel_id"),
    )
    op.create_table(
        "content_item_stage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("effort_hours", sa.Float(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "stage IN ('draft', 'translation', 'review', 'approval', 'publication')",
            name="ck_item_stage_stage",
        ),
        sa.ForeignKeyConstraint(["assignee_id"], ["person.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["item_id"], ["content_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "stage", name="uq_item_stage"),
    )
    op.create_index(
        op.f("ix_content_item_stage_assignee_id"),
        "content_item_stage",
        ["assignee_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_content_item_stage_item_id"), "content_item_stage", ["item_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_content_item_stage_item_id"), table_name="content_item_stage")
    op.drop_index(op.f("ix_content_item_stage_assignee_id"), table_name="content_item_stage")
    op.drop_table("content_item_stage")
    op.drop_table("content_item_channel")
    op.drop_index(op.f("ix_content_item_series_id"), table_name="content_item")
    op.drop_index(op.f("ix_content_item_document_id"), table_name="content_item")
    op.drop_index(op.f("ix_content_item_campaign_id"), table_name="content_item")
    op.drop_table("content_item")
    op.drop_table("series_channel")
    op.drop_table("campaign_channel")
    op.drop_table("series")
    op.drop_table("person")
    op.drop_table("observance")
    op.drop_table("channel")
    op.drop_table("campaign")
