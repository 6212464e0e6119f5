"""Split and merge within a block: exact join-back, unique positions, exact undo."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from workbench.db.workspace import Workspace
from workbench.documents.editing import LockedSegmentError, segment_history
from workbench.documents.joining import join_pieces
from workbench.documents.store import store_draft
from workbench.editor.drafts import save_draft
from workbench.editor.structure import (
    PendingDraftError,
    SegmentSnapshot,
    StructureError,
    merge_segments,
    snapshot,
    split_segment,
    undo_merge,
    undo_split,
)
from workbench.errors import WorkbenchError
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import Segment, SegmentRevision
from workbench.models.enums import BlockKind, Language

EN_SEGMENTS = [
    DraftSegment(
        "Night falls over the city,  and the lights come on.", "夜幕降临，灯火亮起。", " ", ""
    ),
    DraftSegment("Visitors take photos.", "游客拍照。", " ", ""),
    DraftSegment("It is beautiful.", "", "", ""),
]
ZH_SEGMENTS = [
    DraftSegment("夜幕降临，江边的灯亮起。", "Night falls. The lights come on.", "", " "),
    DraftSegment("游客们说：“太美了！”", "Visitors said: “Beautiful!”", "", ""),
]


def store(session: Session, source_lang: Language, segments: list[DraftSegment]) -> list[int]:
    target_lang = Language.ZH if source_lang is Language.EN else Language.EN
    block = DraftBlock(
        kind=BlockKind.PARAGRAPH,
        source=join_pieces((s.source, s.source_sep) for s in segments),
        segments=[DraftSegment(s.source, s.target, s.source_sep, s.target_sep) for s in segments],
    )
    other = DraftBlock(kind=BlockKind.PARAGRAPH, source="X", segments=[DraftSegment("X", "Y")])
    doc = store_draft(
        session, DraftDocument(source_lang, target_lang, blocks=[block, other]), author="i"
    )
    return [
        s.id or 0
        for s in session.exec(
            select(Segment).where(Segment.document_id == doc.id).order_by(Segment.id)
        )
    ]


def block_state(session: Session, block_id: int) -> tuple[str, str, list[int], list[int]]:
    """(joined source, joined target, positions, ids) of a block in position order."""
    session.expire_all()
    segs = session.exec(
        select(Segment).where(Segment.block_id == block_id).order_by(Segment.position)
    ).all()
    return (
        join_pieces((s.source, s.source_sep) for s in segs),
        join_pieces((s.target, s.target_sep) for s in segs),
        [s.position for s in segs],
        [s.id or 0 for s in segs],
    )


def snapshots(session: Session, block_id: int) -> list[SegmentSnapshot]:
    session.expire_all()
    return [
        snapshot(s)
        for s in session.exec(
            select(Segment).where(Segment.block_id == block_id).order_by(Segment.position)
        )
    ]


def block_of(session: Session, segment_id: int) -> int:
    segment = session.get(Segment, segment_id)
    assert segment is not None
    return segment.block_id


def test_split_english_at_a_space_joins_back_exactly_and_undoes(workspace: Workspace) -> None:
    with workspace.session() as session:
        first, second, third, _other = store(session, Language.EN, EN_SEGMENTS)
        block = block_of(session, first)
        source, target, _, _ = block_state(session, block)
        original = snapshots(session, block)
        cut = EN_SEGMENTS[0].source.index("and")  # just after the double space
    with workspace.session() as session:
        result = split_segment(session, first, cut, 5, author="ed")
    with workspace.session() as session:
        new_source, new_target, positions, ids = block_state(session, block)
        assert new_source == source and new_target == target
        assert positions == [0, 1, 2, 3]
        assert ids == [first, result.second_id, second, third]
        halves = snapshots(session, block)[:2]
        assert (halves[0].source, halves[0].source_sep) == ("Night falls over the city,", "  ")
        assert (halves[1].source, halves[1].source_sep) == ("and the lights come on.", " ")
        assert (halves[0].target, halves[1].target) == ("夜幕降临，", "灯火亮起。")
        assert halves[0].target_sep == ""  # Chinese: nothing at the cut, joins back exactly
        assert halves[0].status == halves[1].status == "translated"
        assert [(r.field, r.after) for r in segment_history(session, first)][-2:] == [
            ("split", "Night falls over the city,"),
            ("target", "夜幕降临，"),
        ]
        assert [(r.field, r.before) for r in segment_history(session, result.second_id)] == [
            ("split", "")
        ]
    with workspace.session() as session:
        undo_split(session, result, author="ed")
    with workspace.session() as session:
        assert snapshots(session, block) == original
        assert block_state(session, block)[2:] == ([0, 1, 2], [first, second, third])
        assert session.get(Segment, result.second_id) is None


def test_split_chinese_keeping_the_target_on_the_first_half(workspace: Workspace) -> None:
    with workspace.session() as session:
        first, second, _other = store(session, Language.ZH, ZH_SEGMENTS)
        session.execute(sa.update(Segment).where(Segment.id == first).values(status="approved"))
        block = block_of(session, first)
        source, _, _, _ = block_state(session, block)
        original = snapshots(session, block)
        result = split_segment(session, first, ZH_SEGMENTS[0].source.index("江"), None, author="ed")
        halves = snapshots(session, block)
        assert block_state(session, block)[0] == source
        assert [h.source for h in halves] == ["夜幕降临，", "江边的灯亮起。", ZH_SEGMENTS[1].source]
        assert halves[0].target == "Night falls. The lights come on."
        assert halves[0].target_sep == " "  # English joiner, ready for the second half
        assert (halves[1].target, halves[1].target_sep) == ("", " ")
        # The review no longer holds for a text covering half the source; empty is new.
        assert (halves[0].status, halves[1].status) == ("translated", "new")
        undo_split(session, result, author="ed")
        assert snapshots(session, block) == original
        assert block_state(session, block)[3] == [first, second]


def test_merge_and_undo_merge_round_trip(workspace: Workspace) -> None:
    with workspace.session() as session:
        first, second, third, _other = store(session, Language.EN, EN_SEGMENTS)
        session.execute(
            sa.update(Segment)
            .where(Segment.id == first)
            .values(status="reviewed", note="check the name")
        )
        session.execute(sa.update(Segment).where(Segment.id == second).values(note="photo credit?"))
        block = block_of(session, first)
        source, target, _, _ = block_state(session, block)
        original = snapshots(session, block)
        second_history = [r.id for r in segment_history(session, second)]
    with workspace.session() as session:
        result = merge_segments(session, first, author="ed")
    with workspace.session() as session:
        merged = snapshots(session, block)
        assert block_state(session, block)[0] == source
        assert block_state(session, block)[2:] == ([0, 1], [first, third])
        assert merged[0].source == EN_SEGMENTS[0].source + " " + EN_SEGMENTS[1].source
        assert merged[0].target == "夜幕降临，灯火亮起。游客拍照。"  # "" separator in Chinese
        assert merged[0].status == "translated"  # the lower of reviewed and translated
        assert merged[0].note == "check the name\nphoto credit?"
        assert (merged[0].source_sep, merged[0].target_sep) == (" ", "")
        assert [r.field for r in segment_history(session, first)][-4:] == [
            "merge",
            "target",
            "status",
            "note",
        ]
        orphaned = session.exec(
            select(SegmentRevision).where(SegmentRevision.id.in_(second_history))  # type: ignore[union-attr]
        ).all()
        assert orphaned and all(r.segment_id is None for r in orphaned)
    with workspace.session() as session:
        restored_id = undo_merge(session, result, author="ed")
    with workspace.session() as session:
        assert restored_id == second  # its id was still free
        assert snapshots(session, block) == original
        assert block_state(session, block) == (source, target, [0, 1, 2], [first, second, third])
        history = segment_history(session, second)
        assert [r.id for r in history][: len(second_history)] == second_history
        assert history[-1].field == "split"


def test_merge_status_and_empty_targets(workspace: Workspace) -> None:
    with workspace.session() as session:
        _first, second, third, _other = store(session, Language.EN, EN_SEGMENTS)
        block = block_of(session, second)
        result = merge_segments(session, second, author="ed")
        merged = snapshots(session, block)[1]
        # translated + new (empty) → the translated text stays; half-done is a draft.
        assert merged.target == "游客拍照。"
        assert merged.status == "draft"
        assert merged.source == "Visitors take photos. It is beautiful."
        assert result.removed_id == third
        with pytest.raises(StructureError, match="last of its paragraph"):
            merge_segments(session, second, author="ed")


def test_split_then_merge_then_undo_both(workspace: Workspace) -> None:
    with workspace.session() as session:
        ids = store(session, Language.ZH, ZH_SEGMENTS)
        first = ids[0]
        block = block_of(session, first)
        original = snapshots(session, block)
        split = split_segment(session, first, 5, 13, author="ed")
        after_split = snapshots(session, block)
        assert after_split[0].target == "Night falls."
        assert after_split[0].target_sep == " "  # the space at the cut
        assert after_split[1].target == "The lights come on."
        merge = merge_segments(session, split.first_id, author="ed")
        assert snapshots(session, block)[0] == original[0]  # merging the halves gives it back
        undo_merge(session, merge, author="ed")
        assert snapshots(session, block) == after_split
        undo_split(session, split, author="ed")
        assert snapshots(session, block) == original
        assert block_state(session, block)[2] == [0, 1]


@pytest.mark.parametrize("offset", [0, -1, len("Hi   there."), 100])
def test_split_offsets_out_of_range(workspace: Workspace, offset: int) -> None:
    with workspace.session() as session:
        ids = store(session, Language.EN, [DraftSegment("Hi   there.", "你好。")])
        with pytest.raises(StructureError, match="both parts need text"):
            split_segment(session, ids[0], offset, None, author="ed")


@pytest.mark.parametrize("offset", [2, 3, 4, 5])
def test_split_anywhere_in_a_run_of_spaces_keeps_it_all_as_separator(
    workspace: Workspace, offset: int
) -> None:
    with workspace.session() as session:
        ids = store(session, Language.EN, [DraftSegment("Hi   there.", "你好。")])
        block = block_of(session, ids[0])
        split_segment(session, ids[0], offset, None, author="ed")
        halves = snapshots(session, block)
        assert [(h.source, h.source_sep) for h in halves] == [("Hi", "   "), ("there.", "")]


def test_split_and_merge_refusals(workspace: Workspace) -> None:
    with workspace.session() as session:
        first, second, third, other = store(session, Language.EN, EN_SEGMENTS)
        with pytest.raises(StructureError, match="both parts need text"):
            split_segment(session, second, len("Visitors take photos."), None, author="ed")
        with pytest.raises(StructureError, match="translation of segment"):
            split_segment(session, second, 3, 99, author="ed")
        with pytest.raises(StructureError, match="last of its paragraph"):
            merge_segments(session, third, author="ed")  # the next segment is in another block
        with pytest.raises(StructureError, match="last of its paragraph"):
            merge_segments(session, other, author="ed")
        session.execute(sa.update(Segment).where(Segment.id == second).values(status="locked"))
        session.expire_all()
        with pytest.raises(LockedSegmentError):
            merge_segments(session, first, author="ed")  # the second one is locked
        with pytest.raises(LockedSegmentError):
            split_segment(session, second, 3, None, author="ed")
        save_draft(session, first, "typing", author="tr")
        with pytest.raises(PendingDraftError, match="unconfirmed typing"):
            split_segment(session, first, 5, None, author="ed")
        assert issubclass(PendingDraftError, WorkbenchError)


def test_undo_refuses_when_the_segments_changed_since(workspace: Workspace) -> None:
    with workspace.session() as session:
        first, *_ = store(session, Language.ZH, ZH_SEGMENTS)
        split = split_segment(session, first, 5, None, author="ed")
        session.execute(
            sa.update(Segment).where(Segment.id == split.second_id).values(target="typed later")
        )
        session.expire_all()
        with pytest.raises(StructureError, match="changed since"):
            undo_split(session, split, author="ed")


def test_undo_merge_gives_a_new_id_when_the_old_one_was_taken(workspace: Workspace) -> None:
    with workspace.session() as session:
        block = DraftBlock(
            kind=BlockKind.PARAGRAPH,
            source="一。二。",
            segments=[DraftSegment("一。", "One.", "", " "), DraftSegment("二。", "Two.")],
        )
        doc = store_draft(session, DraftDocument(Language.ZH, Language.EN, [block]), author="i")
        first, second = session.scalars(
            select(Segment.id).where(Segment.document_id == doc.id).order_by(Segment.id)
        ).all()
        assert first is not None and second is not None
        block_id = block_of(session, first)
        original = snapshots(session, block_id)
        result = merge_segments(session, first, author="ed")
        # Another import takes the freed id (SQLite reuses the highest rowid).
        other = store_draft(
            session,
            DraftDocument(
                Language.ZH, Language.EN, [DraftBlock(BlockKind.PARAGRAPH, "三。", "Three.")]
            ),
            author="i",
        )
        taken = session.scalars(select(Segment.id).where(Segment.document_id == other.id)).one()
        assert taken == second
        restored = undo_merge(session, result, author="ed")
        assert restored not in (first, second)
        assert snapshots(session, block_id) == original
        assert [r.field for r in segment_history(session, restored)] == ["created", "split"]
