"""Paging a 10,000-segment document for the editor grid: order, numbers, filters, counts."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import col, select

from workbench.db.workspace import Workspace, open_workspace
from workbench.documents.store import store_draft
from workbench.editor.drafts import save_draft
from workbench.editor.grid import (
    SegmentFilter,
    SegmentRow,
    document_counts,
    fetch_rows,
    segment_ids,
)
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import Block, Segment
from workbench.models.enums import BlockKind, Language

BLOCKS = 2_500
PER_BLOCK = 4


@dataclass
class BigDocument:
    workspace: Workspace
    document_id: int
    order: list[int]  # segment ids in document order, computed independently
    drafts: dict[int, str]


def _draft_document() -> DraftDocument:
    blocks = []
    for b in range(BLOCKS):
        kind = BlockKind.HEADING if b % 50 == 0 else BlockKind.PARAGRAPH
        segments = [
            DraftSegment(
                source=f"第{b}段第{i}句，重庆Chongqing。",
                target=f"Paragraph {b} sentence {i}." if b % 3 == 0 else "",
                source_sep="",
                target_sep=" " if i < PER_BLOCK - 1 else "",
            )
            for i in range(PER_BLOCK)
        ]
        blocks.append(
            DraftBlock(
                kind=kind,
                level=(1 if b == 0 else 2) if kind is BlockKind.HEADING else 0,
                source="".join(s.source for s in segments),
                segments=segments,
            )
        )
    return DraftDocument(Language.ZH, Language.EN, blocks=blocks, origin_format="test")


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BigDocument]:
    path: Path = tmp_path_factory.mktemp("grid") / "workspace.db"
    ws = open_workspace(path)
    with ws.session() as session:
        doc = store_draft(session, _draft_document(), author="importer")
        doc_id = doc.id or 0
        # Reverse the blocks so document order is not id order: positions move in two
        # steps through negative numbers, as UNIQUE(document_id, position) requires.
        session.execute(
            sa.update(Block).where(Block.document_id == doc_id).values(position=-Block.position - 1)
        )
        session.execute(
            sa.update(Block)
            .where(Block.document_id == doc_id)
            .values(position=BLOCKS + Block.position)
        )
        # Notes on every 7th paragraph's first segment; statuses vary.
        session.execute(
            sa.update(Segment)
            .where(Segment.document_id == doc_id, Segment.block_id % 7 == 0, Segment.position == 0)
            .values(note="check the name")
        )
        session.execute(
            sa.update(Segment)
            .where(Segment.document_id == doc_id, Segment.id % 10 == 1, Segment.target != "")
            .values(status="approved")
        )
    with ws.session() as session:
        order = [
            seg.id or 0
            for seg in session.exec(
                select(Segment)
                .join(Block, Block.id == Segment.block_id)
                .where(Segment.document_id == doc_id)
                .order_by(Block.position, Segment.position)
            )
        ]
        drafts = {order[5]: "typing…", order[9_000]: "more typing"}
        for seg_id, text in drafts.items():
            save_draft(session, seg_id, text, author="translator")
    try:
        yield BigDocument(ws, doc_id, order, drafts)
    finally:
        ws.close()


def test_ids_in_document_order(big: BigDocument) -> None:
    with big.workspace.session() as session:
        ids = segment_ids(session, big.document_id)
    assert len(ids) == BLOCKS * PER_BLOCK == 10_000
    assert ids == big.order
    assert ids != sorted(ids)  # the blocks were reversed: order is by position, not id


def test_fetch_rows_for_a_random_subset(big: BigDocument) -> None:
    rng = random.Random(20261123)
    wanted = rng.sample(big.order, 1_200)  # more than one IN chunk
    with big.workspace.session() as session:
        rows = fetch_rows(session, wanted)
        reference = {
            seg.id: (seg, block)
            for seg, block in session.exec(
                select(Segment, Block)
                .join(Block, Block.id == Segment.block_id)
                .where(col(Segment.id).in_(wanted))
            )
        }
    assert set(rows) == set(wanted)
    number_of = {seg_id: n for n, seg_id in enumerate(big.order, start=1)}
    for seg_id in wanted:
        row = rows[seg_id]
        seg, block = reference[seg_id]
        assert row.number == number_of[seg_id]
        assert (row.source, row.target, row.status, row.note) == (
            seg.source,
            seg.target,
            str(seg.status),
            seg.note,
        )
        assert row.block_id == block.id and row.block_position == block.position
        assert row.block_kind == str(block.kind)
        assert row.heading_level == block.level
        assert row.first_in_block == (seg.position == 0)
        assert row.draft == big.drafts.get(seg_id)
        assert row.updated_at.tzinfo is not None
        assert row.updated_at.utcoffset() == UTC.utcoffset(None)
        assert row.updated_by in ("importer", "translator")


def test_fetch_rows_first_and_last_and_unknown(big: BigDocument) -> None:
    first, last = big.order[0], big.order[-1]
    with big.workspace.session() as session:
        rows = fetch_rows(session, [last, first, big.order[5], 999_999_999])
    assert set(rows) == {first, last, big.order[5]}
    assert rows[first].number == 1 and rows[last].number == 10_000
    assert rows[first].block_kind == "paragraph"  # block 2499, now at the top
    assert rows[first].first_in_block
    heading = rows[last]  # block 0 (the title), now at the bottom
    assert (heading.block_kind, heading.heading_level, heading.first_in_block) == (
        "heading",
        1,
        False,
    )
    assert rows[big.order[5]].draft == "typing…"


def test_filters(big: BigDocument) -> None:
    with big.workspace.session() as session:
        rows = fetch_rows(session, big.order)

        def expect(predicate: Callable[[SegmentRow], object]) -> list[int]:
            return [i for i in big.order if predicate(rows[i])]

        status = segment_ids(session, big.document_id, SegmentFilter(statuses=frozenset({"new"})))
        assert status == expect(lambda r: r.status == "new") and status
        done = frozenset({"translated", "approved"})
        assert segment_ids(session, big.document_id, SegmentFilter(statuses=done)) == expect(
            lambda r: r.status in done
        )
        # Text: case-insensitive, source or target.
        in_source = segment_ids(session, big.document_id, SegmentFilter(text="第12段"))
        assert [rows[i].source for i in in_source] == [
            f"第12段第{i}句，重庆Chongqing。" for i in range(4)
        ]
        assert len(segment_ids(session, big.document_id, SegmentFilter(text="CHONGQING"))) == 10_000
        in_target = segment_ids(session, big.document_id, SegmentFilter(text="PARAGRAPH 99 "))
        assert [rows[i].target for i in in_target] == [
            f"Paragraph 99 sentence {i}." for i in range(4)
        ]
        assert segment_ids(session, big.document_id, SegmentFilter(text="nowhere")) == []

        notes = segment_ids(session, big.document_id, SegmentFilter(has_note=True))
        assert notes == expect(lambda r: r.note != "") and notes
        drafts = segment_ids(session, big.document_id, SegmentFilter(has_draft=True))
        assert drafts == [i for i in big.order if i in big.drafts]

        qa = frozenset(big.order[100:110]) | {big.order[3]}
        assert segment_ids(session, big.document_id, SegmentFilter(qa_segment_ids=qa)) == [
            big.order[3],
            *big.order[100:110],
        ]
        assert (
            segment_ids(session, big.document_id, SegmentFilter(qa_segment_ids=frozenset())) == []
        )
        # Filters combine with AND.
        combined = SegmentFilter(statuses=frozenset({"new"}), has_note=True, text="chongqing")
        assert segment_ids(session, big.document_id, combined) == expect(
            lambda r: r.status == "new" and r.note
        )
    assert SegmentFilter().is_empty and not SegmentFilter(has_note=True).is_empty


def test_document_counts(big: BigDocument) -> None:
    with big.workspace.session() as session:
        counts = document_counts(session, big.document_id)
        statuses = [
            str(s)
            for s in session.scalars(
                select(Segment.status).where(Segment.document_id == big.document_id)
            )
        ]
    assert counts.total == 10_000
    assert {k: v for k, v in counts.by_status.items() if v} == Counter(statuses)
    assert set(counts.by_status) >= {"new", "draft", "translated", "reviewed", "approved"}
    assert counts.confirmed == statuses.count("translated") + statuses.count("approved")
    assert 0 < counts.progress < 1
    # Chinese source: 第 段 第 句 ， 重 庆 。 = 8 字 per segment (digits and Latin excluded).
    assert counts.source_zh_chars == 8 * 10_000
    # English target: "Paragraph 12 sentence 3." = 4 words, on every third block.
    translated_blocks = len(range(0, BLOCKS, 3))
    assert counts.target_en_words == 4 * PER_BLOCK * translated_blocks
    assert counts.source_en_words == 0 and counts.target_zh_chars == 0


def test_counts_of_an_english_source_document(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "w.db") as ws:
        with ws.session() as session:
            doc = store_draft(
                session,
                DraftDocument(
                    Language.EN,
                    Language.ZH,
                    blocks=[
                        DraftBlock(
                            kind=BlockKind.PARAGRAPH,
                            source="Chongqing is a well-known city.",
                            segments=[
                                DraftSegment("Chongqing is a well-known city.", "重庆是一座名城。")
                            ],
                        )
                    ],
                ),
                author="a",
            )
        with ws.session() as session:
            counts = document_counts(session, doc.id or 0)
    assert (counts.source_en_words, counts.target_zh_chars) == (5, 8)
    assert (counts.source_zh_chars, counts.target_en_words) == (0, 0)
    assert counts.by_status["translated"] == counts.confirmed == counts.total == 1
