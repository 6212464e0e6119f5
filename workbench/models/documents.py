"""The document model: publication → issue → section (print side) and
document → block → segment, with a revision for every segment change."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from workbench.models.base import utcnow
from workbench.models.enums import BlockKind, DocumentStatus, Language, SegmentStatus, sql_in


class Publication(SQLModel, table=True):
    """A periodical or series of print products, e.g. *The World and Chongqing*."""

    id: int | None = Field(default=None, primary_key=True)
    name_zh: str = Field(default="", max_length=200)
    name_en: str = Field(default="", max_length=200)
    description: str = ""
    # Print setup: a named trim size (a4, 16k, large-16k) or "custom" with the sizes below;
    # the reference template (a name in resources/templates or a path); margins, fonts and
    # the other page options as JSON (see publishing.options.PageSetup).
    trim_size: str = Field(default="large-16k", max_length=32)
    page_width_mm: float | None = None
    page_height_mm: float | None = None
    template: str = ""
    print_settings: str = "{}"
    created_at: datetime = Field(default_factory=utcnow)


class Issue(SQLModel, table=True):
    """One issue of a publication (e.g. 2025 No. 4)."""

    __table_args__ = (sa.UniqueConstraint("publication_id", "label"),)

    id: int | None = Field(default=None, primary_key=True)
    publication_id: int = Field(
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("publication.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    label: str = Field(max_length=100)
    title_zh: str = ""
    title_en: str = ""
    publish_date: datetime | None = None
    start_page: int = 1  # folio of the first page (a magazine may number issues on)
    created_at: datetime = Field(default_factory=utcnow)


class Section(SQLModel, table=True):
    """A section of an issue; its bilingual title feeds the running headers."""

    id: int | None = Field(default=None, primary_key=True)
    issue_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("issue.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int = 0
    title_zh: str = ""
    title_en: str = ""


class Document(SQLModel, table=True):
    """An article or post, translated between Chinese and English (either direction)."""

    __table_args__ = (
        sa.CheckConstraint(sql_in("status", DocumentStatus), name="ck_document_status"),
        sa.CheckConstraint(sql_in("source_lang", Language), name="ck_document_source_lang"),
        sa.CheckConstraint(sql_in("target_lang", Language), name="ck_document_target_lang"),
        sa.CheckConstraint("source_lang <> target_lang", name="ck_document_lang_pair"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title_zh: str = ""
    title_en: str = ""
    byline: str = ""
    source_lang: Language = Field(default=Language.ZH, sa_type=sa.String(8))
    target_lang: Language = Field(default=Language.EN, sa_type=sa.String(8))
    status: DocumentStatus = Field(default=DocumentStatus.NEW, sa_type=sa.String(16), index=True)
    # Print side: where the article sits in an issue (nullable: most posts never go to print).
    section_id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("section.id", ondelete="SET NULL"), nullable=True, index=True
        ),
    )
    section_position: int = 0
    # Per-article print options: open on a right-hand page; a layout other than the issue's.
    print_start_right: bool = False
    print_layout: str = Field(default="", max_length=32)
    # Planner links; the planner issue adds the tables and the foreign keys.
    series_id: int | None = Field(default=None, index=True)
    campaign_id: int | None = Field(default=None, index=True)
    content_item_id: int | None = Field(default=None, index=True)
    origin_path: str = ""
    origin_format: str = ""
    # What an interchange file said about itself (XLIFF <file> attributes, header, skeleton
    # notes), JSON, so an export gives back what came in.
    origin_meta: str = ""
    created_by: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Block(SQLModel, table=True):
    """A heading, paragraph, caption, quote or byline: an ordered run of segments."""

    __table_args__ = (
        sa.UniqueConstraint("document_id", "position", name="uq_block_position"),
        sa.CheckConstraint(sql_in("kind", BlockKind), name="ck_block_kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int
    kind: BlockKind = Field(default=BlockKind.PARAGRAPH, sa_type=sa.String(16))
    level: int = 0  # heading level (1 = title-level); 0 for other kinds
    style: str = ""  # the style name it had in the imported file
    origin: str = ""  # where it came from: "line 12", "table 1 row 2 cell 3", "footnote 4"
    image: str = ""  # a caption's picture: path relative to the workspace folder, or absolute


class Segment(SQLModel, table=True):
    """A sentence-sized unit. ``*_sep`` is the text that followed it in the paragraph,
    so joining a block's segments gives back the paragraph exactly."""

    __table_args__ = (
        sa.UniqueConstraint("block_id", "position", name="uq_segment_position"),
        sa.CheckConstraint(sql_in("status", SegmentStatus), name="ck_segment_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    block_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("block.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    # Denormalised so the editor can page through a document's segments with one index.
    document_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int
    source: str = ""
    target: str = ""
    source_sep: str = ""
    target_sep: str = ""
    status: SegmentStatus = Field(default=SegmentStatus.NEW, sa_type=sa.String(16))
    note: str = ""
    # Interchange metadata of the unit this segment came from (id, state, notes, inline codes
    # behind <g1>-style placeholders …), JSON; "" for segments made here.
    meta: str = ""
    updated_by: str = ""
    updated_at: datetime = Field(default_factory=utcnow)


class SegmentRevision(SQLModel, table=True):
    """One change to one field of a segment: who, when, before → after.

    ``segment_id`` is nulled, not cascaded, when a segment is merged away, so the history
    of a document survives edits to its structure.
    """

    __tablename__ = "segment_revision"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    segment_id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("segment.id", ondelete="SET NULL"), nullable=True, index=True
        ),
    )
    field: str = Field(max_length=16)  # source | target | status | note | created
    before: str = ""
    after: str = ""
    author: str = ""
    created_at: datetime = Field(default_factory=utcnow)
