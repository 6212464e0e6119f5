"""Paging a document's segments for the editor grid.

The grid's table model holds only ids (``segment_ids``: one query, no ORM objects, fast
for 10,000 segments) and asks for the rows it is about to paint (``fetch_rows``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col

from workbench.editor.changes import chunks
from workbench.editor.counts import en_word_count, zh_char_count
from workbench.errors import NotFoundError
from workbench.models import Block, Document, Segment, SegmentDraft
from workbench.models.enums import Language, SegmentStatus

CONFIRMED_STATUSES = frozenset(
    {
        SegmentStatus.TRANSLATED.value,
        SegmentStatus.REVIEWED.value,
        SegmentStatus.APPROVED.value,
        SegmentStatus.LOCKED.value,
    }
)


@dataclass(frozen=True)
class SegmentFilter:
    """What the grid shows. Empty fields filter nothing; the filters combine with AND."""

    statuses: frozenset[str] = frozenset()
    text: str = ""  # case-insensitive substring of source or target
    has_note: bool = False
    has_draft: bool = False
    qa_segment_ids: frozenset[int] | None = None  # segments with QA findings; None = no filter

    @property
    def is_empty(self) -> bool:
        return not (
            self.statuses
            or self.text
            or self.has_note
            or self.has_draft
            or self.qa_segment_ids is not None
        )


def _document_order() -> tuple[Mapped[int], Mapped[int]]:
    return (col(Block.position), col(Segment.position))


def segment_ids(session: Session, document_id: int, flt: SegmentFilter | None = None) -> list[int]:
    """Ids of the document's segments in document order, filtered."""
    flt = flt or SegmentFilter()
    needle = flt.text.casefold()
    columns: list[Mapped[Any]] = [col(Segment.id)]
    if needle:
        # Text is matched in Python: SQLite's LIKE folds case for ASCII only, and
        # casefold() is right for every script (and the same on PostgreSQL).
        columns += [col(Segment.source), col(Segment.target)]
    query = (
        sa.select(*columns)
        .join(Block, col(Block.id) == col(Segment.block_id))
        .where(col(Segment.document_id) == document_id)
        .order_by(*_document_order())
    )
    if flt.statuses:
        query = query.where(col(Segment.status).in_(sorted(flt.statuses)))
    if flt.has_note:
        query = query.where(col(Segment.note) != "")
    if flt.has_draft:
        query = query.where(sa.exists().where(col(SegmentDraft.segment_id) == col(Segment.id)))
    rows = session.execute(query).all()
    if needle:
        ids = [row[0] for row in rows if needle in row[1].casefold() or needle in row[2].casefold()]
    else:
        ids = [row[0] for row in rows]
    if flt.qa_segment_ids is not None:
        # A set lookup beats an IN list of thousands of bound parameters.
        ids = [i for i in ids if i in flt.qa_segment_ids]
    return ids


@dataclass(frozen=True)
class SegmentRow:
    """Everything the grid paints for one segment."""

    id: int
    number: int  # 1-based position in the whole (unfiltered) document
    block_id: int
    block_position: int
    block_kind: str
    heading_level: int
    first_in_block: bool
    source: str
    target: str
    status: str
    note: str
    draft: str | None  # unconfirmed editor text, if any
    updated_at: datetime  # timezone-aware UTC
    updated_by: str


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes; everything stored is UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def segment_numbers(session: Session, document_id: int) -> dict[int, int]:
    """1-based numbers of every segment in document order (one cheap id query)."""
    return {segment_id: n for n, segment_id in enumerate(segment_ids(session, document_id), 1)}


def fetch_rows(
    session: Session, ids: Sequence[int], numbers: Mapping[int, int] | None = None
) -> dict[int, SegmentRow]:
    """The rows for these ids (any order, unknown ids left out): one query per 500 ids.

    ``numbers`` (from ``segment_numbers``) lets a caller that pages through one document
    number rows without recounting the document for every page.
    """
    rows: dict[int, SegmentRow] = {}
    wanted = list(dict.fromkeys(ids))
    if numbers is None:
        documents: set[int] = set()
        for chunk in chunks(wanted):
            documents.update(
                session.execute(
                    sa.select(col(Segment.document_id)).where(col(Segment.id).in_(chunk))
                ).scalars()
            )
        numbers = {}
        for document_id in sorted(documents):
            numbers.update(segment_numbers(session, document_id))
    for chunk in chunks(wanted):
        query = (
            sa.select(
                col(Segment.id),
                col(Segment.position),
                col(Segment.block_id),
                col(Block.position),
                col(Block.kind),
                col(Block.level),
                col(Segment.source),
                col(Segment.target),
                col(Segment.status),
                col(Segment.note),
                col(SegmentDraft.text),
                col(Segment.updated_at),
                col(Segment.updated_by),
            )
            .join(Block, col(Block.id) == col(Segment.block_id))
            .outerjoin(SegmentDraft, col(SegmentDraft.segment_id) == col(Segment.id))
            .where(col(Segment.id).in_(chunk))
        )
        for (
            seg_id,
            position,
            block_id,
            block_position,
            kind,
            level,
            source,
            target,
            status,
            note,
            draft,
            updated_at,
            updated_by,
        ) in session.execute(query):
            rows[seg_id] = SegmentRow(
                id=seg_id,
                number=numbers.get(seg_id, 0),
                block_id=block_id,
                block_position=block_position,
                block_kind=str(kind),
                heading_level=level,
                # Positions inside a block are kept contiguous from 0 (structure.py).
                first_in_block=position == 0,
                source=source,
                target=target,
                status=str(status),
                note=note,
                draft=draft,
                updated_at=_aware(updated_at),
                updated_by=updated_by,
            )
    return rows


@dataclass(frozen=True)
class DocumentCounts:
    """Progress and size of a document. Characters are counted on the Chinese side and
    words on the English side (the other two figures are 0), as pricing does."""

    total: int = 0
    confirmed: int = 0  # translated, reviewed, approved or locked
    by_status: dict[str, int] = field(default_factory=dict)
    source_zh_chars: int = 0
    target_zh_chars: int = 0
    source_en_words: int = 0
    target_en_words: int = 0

    @property
    def progress(self) -> float:
        """Share of confirmed segments, 0.0–1.0."""
        return self.confirmed / self.total if self.total else 0.0


def document_counts(session: Session, document_id: int) -> DocumentCounts:
    langs = session.execute(
        sa.select(col(Document.source_lang), col(Document.target_lang)).where(
            col(Document.id) == document_id
        )
    ).first()
    if langs is None:
        raise NotFoundError(f"No document with id {document_id} in this workspace")
    source_lang, target_lang = (Language(str(lang)) for lang in langs)
    by_status = {status.value: 0 for status in SegmentStatus}
    chars = {"source": 0, "target": 0}
    words = {"source": 0, "target": 0}
    rows = session.execute(
        sa.select(col(Segment.status), col(Segment.source), col(Segment.target)).where(
            col(Segment.document_id) == document_id
        )
    )
    for status, source, target in rows:
        by_status[str(status)] = by_status.get(str(status), 0) + 1
        for side, text, lang in (("source", source, source_lang), ("target", target, target_lang)):
            if lang is Language.ZH:
                chars[side] += zh_char_count(text)
            else:
                words[side] += en_word_count(text)
    total = sum(by_status.values())
    return DocumentCounts(
        total=total,
        confirmed=sum(n for status, n in by_status.items() if status in CONFIRMED_STATUSES),
        by_status=by_status,
        source_zh_chars=chars["source"],
        target_zh_chars=chars["target"],
        source_en_words=words["source"],
        target_en_words=words["target"],
    )
