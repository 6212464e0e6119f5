"""Store an XLIFF or TMX file as a new document, in one transaction, as its units stream.

Units are written in batches (blocks, segments with status/note/meta, a "created" revision
each), so a 200,000-unit TMX never sits in memory as a whole; any error (a malformed unit
near the end included) rolls the whole import back. A file without units is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from workbench.db.workspace import Workspace
from workbench.errors import Cancelled, ImportFailed
from workbench.importers.draft import DraftDocument
from workbench.importers.interchange import describe, read_interchange
from workbench.interchange.capture import CapturedFile, CapturedUnit, dump_meta
from workbench.models import Block, Document, Segment, SegmentRevision
from workbench.models.base import utcnow
from workbench.models.enums import BlockKind, DocumentStatus, Language, SegmentStatus

BATCH = 2000


def import_interchange(
    workspace: Workspace,
    path: str | Path,
    *,
    author: str,
    kind: str | None = None,
    source_lang: Language | str | None = None,
    title: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, DraftDocument]:
    """Read ``path`` (``kind``: "xliff", "tmx" or None to sniff) into a new document;
    returns its id and a block-less draft carrying the languages and notes."""
    lang = Language(source_lang) if source_lang else None
    captured, draft = read_interchange(path, kind, lang)
    with workspace.session() as session:
        document, units = store_captured(
            session,
            captured,
            draft,
            author=author,
            title=title or Path(path).stem,
            cancelled=cancelled,
        )
        assert document.id is not None
    draft.notes.append(describe(captured, units))
    return document.id, draft


def store_captured(
    session: Session,
    captured: CapturedFile,
    draft: DraftDocument,
    *,
    author: str,
    title: str,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Document, int]:
    """Insert the document and its units inside the caller's transaction; returns the
    document and how many units it got."""
    now = utcnow()
    document = Document(
        source_lang=draft.source_lang,
        target_lang=draft.target_lang,
        status=DocumentStatus.NEW,
        origin_path=draft.origin_path,
        origin_format=draft.origin_format,
        created_by=author,
        created_at=now,
        updated_at=now,
    )
    if draft.source_lang is Language.ZH:
        document.title_zh = title
    else:
        document.title_en = title
    session.add(document)
    session.flush()
    assert document.id is not None
    writer = _Writer(session, document.id, author, draft.origin_path or captured.format)
    batch: list[CapturedUnit] = []
    for unit in captured.units:
        batch.append(unit)
        if len(batch) >= BATCH:
            writer.write(batch)
            batch = []
            if cancelled is not None and cancelled():
                raise Cancelled()
    writer.write(batch)
    if writer.blocks == 0:
        raise ImportFailed(
            captured.path, "the file holds no translation units; there is nothing to import"
        )
    document.origin_meta = dump_meta(captured.origin_meta)
    if writer.with_target == writer.segments:
        document.status = DocumentStatus.TRANSLATED
    elif writer.with_target:
        document.status = DocumentStatus.TRANSLATING
    session.add(document)
    session.flush()
    return document, writer.blocks


class _Writer:
    """Bulk inserts, one batch of units at a time (ids read back in position order)."""

    def __init__(self, session: Session, document_id: int, author: str, origin: str) -> None:
        self.connection = session.connection()
        self.document_id = document_id
        self.author = author
        self.origin = origin
        self.now = utcnow()
        self.blocks = self.segments = self.with_target = 0

    def write(self, units: list[CapturedUnit]) -> None:
        if not units:
            return
        first = self.blocks
        self.connection.execute(
            sa.insert(Block.__table__),
            [
                {
                    "document_id": self.document_id,
                    "position": first + i,
                    "kind": BlockKind.PARAGRAPH.value,
                    "level": 0,
                    "style": "",
                    "origin": unit.origin,
                }
                for i, unit in enumerate(units)
            ],
        )
        block_ids = list(
            self.connection.scalars(
                sa.select(Block.id)
                .where(Block.document_id == self.document_id, Block.position >= first)
                .order_by(Block.position)
            )
        )
        rows: list[dict[str, object]] = []
        for block_id, unit in zip(block_ids, units, strict=True):
            for position, segment in enumerate(unit.segments):
                self.with_target += bool(segment.target)
                rows.append(
                    {
                        "block_id": block_id,
                        "document_id": self.document_id,
                        "position": position,
                        "source": segment.source,
                        "target": segment.target,
                        "source_sep": segment.source_sep,
                        "target_sep": segment.target_sep,
                        "status": SegmentStatus(segment.status).value,
                        "note": segment.note,
                        "meta": dump_meta(segment.meta),
                        "updated_by": self.author,
                        "updated_at": self.now,
                    }
                )
        self.connection.execute(sa.insert(Segment.__table__), rows)
        segment_ids = list(
            self.connection.scalars(
                sa.select(Segment.id)
                .join(Block, Block.id == Segment.block_id)
                .where(Segment.document_id == self.document_id, Block.position >= first)
                .order_by(Block.position, Segment.position)
            )
        )
        self.connection.execute(
            sa.insert(SegmentRevision.__table__),
            [
                {
                    "document_id": self.document_id,
                    "segment_id": segment_id,
                    "field": "created",
                    "before": "",
                    "after": self.origin,
                    "author": self.author,
                    "created_at": self.now,
                }
                for segment_id in segment_ids
            ],
        )
        self.blocks += len(units)
        self.segments += len(rows)
