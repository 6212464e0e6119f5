"""Term bases: term bases, concepts, terms and their revisions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TERM_LANGS = "'zh-Hans', 'zh-Hant', 'en'"
TERM_STATUS = "'preferred', 'admitted', 'deprecated'"


def upgrade() -> None:
    op.create_table(
        "termbase",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.String, nullable=False),
        sa.Column("priority", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("name", name="uq_termbase_name"),
    )
    op.create_index("ix_termbase_priority", "termbase", ["priority"])
    op.create_table(
        "concept",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "termbase_id",
            sa.Integer,
            sa.ForeignKey("termbase.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("subject", sa.String, nullable=False),
        sa.Column("definition", sa.String, nullable=False),
        sa.Column("note", sa.String, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("scope", sa.String, nullable=False),
        sa.Column("external_id", sa.String, nullable=False),
        sa.Column("created_by", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("modified_by", sa.String, nullable=False),
        sa.Column("modified_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_concept_termbase_id", "concept", ["termbase_id"])
    op.create_table(
        "term",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "concept_id",
            sa.Integer,
            sa.ForeignKey("concept.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("part_of_speech", sa.String(32), nullable=False),
        sa.Column("usage_note", sa.String, nullable=False),
        sa.Column("case_sensitive", sa.Boolean, nullable=False),
        sa.CheckConstraint(f"lang IN ({TERM_LANGS})", name="ck_term_lang"),
        sa.CheckConstraint(f"status IN ({TERM_STATUS})", name="ck_term_status"),
    )
    op.create_index("ix_term_concept_id", "term", ["concept_id"])
    op.create_index("ix_term_lang_text", "term", ["lang", "text"])
    op.create_table(
        "term_revision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "termbase_id",
            sa.Integer,
            sa.ForeignKey("termbase.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "concept_id",
            sa.Integer,
            sa.ForeignKey("concept.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "term_id", sa.Integer, sa.ForeignKey("term.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("before", sa.String, nullable=False),
        sa.Column("after", sa.String, nullable=False),
        sa.Column("author", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        # Ids never repeat: the highest one is the term bases' change counter.
        sqlite_autoincrement=True,
    )
    for column in ("termbase_id", "concept_id", "term_id"):
        op.create_index(f"ix_term_revision_{column}", "term_revision", [column])


def downgrade() -> None:
    for column in ("termbase_id", "concept_id", "term_id"):
        op.drop_index(f"ix_term_revision_{column}", table_name="term_revision")
    op.drop_table("term_revision")
    op.drop_index("ix_term_lang_text", table_name="term")
    op.drop_index("ix_term_concept_id", table_name="term")
    op.drop_table("term")
    op.drop_index("ix_concept_termbase_id", table_name="concept")
    op.drop_table("concept")
    op.drop_index("ix_termbase_priority", table_name="termbase")
    op.drop_table("termbase")
