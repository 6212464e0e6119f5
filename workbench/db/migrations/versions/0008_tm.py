"""Translation memory and interchange metadata: ``tm_unit`` with an FTS5 trigram index on
its source (SQLite), ``segment.meta`` and ``document.origin_meta``.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# The index holds the source text only; ``content=`` keeps one copy of the text (in tm_unit)
# and the triggers keep the index in step with inserts, updates and deletes.
_FTS = [
    "CREATE VIRTUAL TABLE tm_unit_fts USING fts5("
    "source, content='tm_unit', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER tm_unit_ai AFTER INSERT ON tm_unit BEGIN "
    "INSERT INTO tm_unit_fts(rowid, source) VALUES (new.id, new.source); END",
    "CREATE TRIGGER tm_unit_ad AFTER DELETE ON tm_unit BEGIN "
    "INSERT INTO tm_unit_fts(tm_unit_fts, rowid, source) VALUES ('delete', old.id, old.source); END",
    "CREATE TRIGGER tm_unit_au AFTER UPDATE OF source ON tm_unit BEGIN "
    "INSERT INTO tm_unit_fts(tm_unit_fts, rowid, source) VALUES ('delete', old.id, old.source); "
    "INSERT INTO tm_unit_fts(rowid, source) VALUES (new.id, new.source); END",
]


def upgrade() -> None:
    op.add_column("segment", sa.Column("meta", sa.String, nullable=False, server_default=""))
    op.add_column(
        "document", sa.Column("origin_meta", sa.String, nullable=False, server_default="")
    )
    op.create_table(
        "tm_unit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_lang", sa.String(16), nullable=False),
        sa.Column("target_lang", sa.String(16), nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("origin_ref", sa.String, nullable=False),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("document.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "segment_id",
            sa.Integer,
            sa.ForeignKey("segment.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("context_before", sa.String, nullable=False),
        sa.Column("context_after", sa.String, nullable=False),
        sa.Column("created_by", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_tm_unit_langs", "tm_unit", ["source_lang", "target_lang"])
    op.create_index("ix_tm_unit_segment", "tm_unit", ["segment_id"], unique=True)
    if op.get_bind().dialect.name == "sqlite":
        for statement in _FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("tm_unit_au", "tm_unit_ad", "tm_unit_ai"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS tm_unit_fts")
    op.drop_index("ix_tm_unit_segment", table_name="tm_unit")
    op.drop_index("ix_tm_unit_langs", table_name="tm_unit")
    op.drop_table("tm_unit")
    op.drop_column("document", "origin_meta")
    op.drop_column("segment", "meta")
