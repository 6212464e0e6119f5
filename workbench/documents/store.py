"""Write an imported ``DraftDocument`` into the workspace in one transaction."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from workbench.documents.joining import default_separator
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import Block, Document, Segment, SegmentRevision
from workbench.models.base import utcnow
from workbench.models.enums import DocumentStatus, Language, SegmentStatus
from workbench.segmentation import spans_with_separators, split_spans


def segment_block(
    block: DraftBlock, source_lang: Language, target_lang: Language
) -> list[DraftSegment]:
    """Split a block's source into sentences; a given target stays whole on the first one."""
    pieces = spans_with_separators(block.source, split_spans(block.source, source_lang))
    if not pieces:
        pieces = [(block.source.strip(), "")]
    joiner = default_separator(target_lang)
    segments = [
        DraftSegment(source=text, source_sep=sep, target_sep=joiner if i < len(pieces) - 1 else "")
        for i, (text, sep) in enumerate(pieces)
    ]
    if block.target:
        segments[0].target = block.target
    return segments


def store_draft(
    session: Session, draft: DraftDocument, *, author: str, title: str | None = None
) -> Document:
    """Insert the document, its blocks and segments, and a "created" revision per segment.

    Runs inside the caller's transaction: a failure anywhere leaves nothing behind.
    """
    now = utcnow()
    document = Document(
        title_zh=draft.title_zh,
        title_en=draft.title_en,
        byline=draft.byline,
        source_lang=draft.source_lang,
        target_lang=draft.target_lang,
        status=DocumentStatus.NEW,
        origin_path=draft.origin_path,
        origin_format=draft.origin_format,
        created_by=author,
        created_at=now,
        updated_at=now,
    )
    if title:
        if draft.source_lang is Language.ZH:
            document.title_zh = title
        else:
            document.title_en = title
    session.add(document)
    session.flush()
    assert document.id is not None

    block_rows = [
        {
            "document_id": document.id,
            "position": position,
            "kind": block.kind.value,
            "level": block.level,
            "style": block.style,
            "origin": block.origin,
        }
        for position, block in enumerate(draft.blocks)
    ]
    if not block_rows:
        return document
    # Core executemany (batched multi-row INSERTs) and one ordered id read-back: SQLite
    # cannot batch INSERT … RETURNING, which cost one statement per row (bench/imports).
    connection = session.connection()
    connection.execute(sa.insert(Block.__table__), block_rows)
    block_ids = list(
        connection.scalars(
            sa.select(Block.id).where(Block.document_id == document.id).order_by(Block.position)
        )
    )

    segment_rows: list[dict[str, object]] = []
    with_target = 0
    for block_id, block in zip(block_ids, draft.blocks, strict=True):
        segments = block.segments or segment_block(block, draft.source_lang, draft.target_lang)
        for position, seg in enumerate(segments):
            with_target += bool(seg.target)
            segment_rows.append(
                {
                    "block_id": block_id,
                    "document_id": document.id,
                    "position": position,
                    "source": seg.source,
                    "target": seg.target,
                    "source_sep": seg.source_sep,
                    "target_sep": seg.target_sep,
                    "status": (SegmentStatus.TRANSLATED if seg.target else SegmentStatus.NEW).value,
                    "note": "",
                    "updated_by": author,
                    "updated_at": now,
                }
            )
    connection.execute(sa.insert(Segment.__table__), segment_rows)
    segment_ids = list(
        connection.scalars(
            sa.select(Segment.id)
            .join(Block, Block.id == Segment.block_id)
            .where(Segment.document_id == document.id)
            .order_by(Block.position, Segment.position)
        )
    )
    origin = draft.origin_path or draft.origin_format or "import"
    connection.execute(
        sa.insert(SegmentRevision.__table__),
        [
            {
                "document_id": document.id,
                "segment_id": segment_id,
                "field": "created",
                "before": "",
                "after": origin,  # the history view says "Imported from …" in the UI language
                "author": author,
                "created_at": now,
            }
            for segment_id in segment_ids
        ],
    )
    if with_target == len(segment_rows):
        document.status = DocumentStatus.TRANSLATED
    elif with_target:
        document.status = DocumentStatus.TRANSLATING
    return document
