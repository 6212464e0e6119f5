"""Confirming (with auto-propagation), undo through inverted batches, reviewer actions."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from workbench.db.workspace import Workspace
from workbench.documents.editing import LockedSegmentError, segment_history
from workbench.documents.store import store_draft
from workbench.editor.changes import (
    EditBatch,
    SegmentEdit,
    SegmentState,
    apply_batch,
    state_of,
)
from workbench.editor.drafts import pending_drafts, save_draft
from workbench.editor.workflow import EmptyTranslationError, confirm, set_status
from workbench.errors import NotFoundError, WorkbenchError
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import Segment, SegmentRevision
from workbench.models.enums import BlockKind, Language


def make_document(session: Session, paragraphs: list[list[tuple[str, str]]]) -> list[int]:
    """A zh→en document from (source, target) pairs per paragraph; segment ids in order."""
    blocks = [
        DraftBlock(
            kind=BlockKind.PARAGRAPH,
            source="".join(src for src, _ in pairs),
            segments=[
                DraftSegment(src, tgt, "", " " if i < len(pairs) - 1 else "")
                for i, (src, tgt) in enumerate(pairs)
            ],
        )
        for pairs in paragraphs
    ]
    doc = store_draft(session, DraftDocument(Language.ZH, Language.EN, blocks=blocks), author="imp")
    return [
        seg.id or 0
        for seg in session.exec(
            select(Segment).where(Segment.document_id == doc.id).order_by(Segment.id)
        )
    ]


def set_raw(session: Session, segment_id: int, **values: str) -> None:
    session.execute(sa.update(Segment).where(Segment.id == segment_id).values(**values))


def revision_count(session: Session) -> int:
    return session.scalar(select(sa.func.count()).select_from(SegmentRevision)) or 0


def states(session: Session, ids: list[int]) -> dict[int, SegmentState]:
    session.expire_all()
    return {i: state_of(session, i) for i in ids}


def test_confirm_sets_translated_writes_revisions_and_drops_the_draft(
    workspace: Workspace,
) -> None:
    with workspace.session() as session:
        (seg,) = make_document(session, [[("山城夜景。", "")]])
        save_draft(session, seg, "Night view", author="tr")
    with workspace.session() as session:
        result = confirm(session, seg, "Night views of the mountain city.", author="tr")
    with workspace.session() as session:
        assert state_of(session, seg) == SegmentState(
            "Night views of the mountain city.", "translated", ""
        )
        assert pending_drafts(session, session.get(Segment, seg).document_id) == {}  # type: ignore[union-attr]
        history = [(r.field, r.before, r.after) for r in segment_history(session, seg)]
    assert history[-2:] == [
        ("target", "", "Night views of the mountain city."),
        ("status", "draft", "translated"),
    ]
    assert result.propagated == [] and result.batch.label == "Confirm segment"


def test_confirm_propagates_to_empty_repetitions_and_undoes_as_one_step(
    workspace: Workspace,
) -> None:
    with workspace.session() as session:
        ids = make_document(
            session,
            [
                [("谢谢。", ""), ("重庆欢迎你。", "")],
                [("谢谢。", ""), ("谢谢。 ", "")],  # the last differs only by a trailing space
                [("谢谢。", "Thank you!"), ("谢谢。", ""), ("谢谢。", ""), ("谢谢你。", "")],
            ],
        )
        first, other, rep1, rep2, done, typing, locked, different = ids
        set_raw(session, locked, status="locked")
        save_draft(session, typing, "Many thanks", author="tr2")  # own typing: keep it
        before_states = states(session, ids)
        revisions_before = revision_count(session)
    with workspace.session() as session:
        result = confirm(session, first, "Thank you.", author="tr")
    assert result.propagated == [rep1, rep2]
    assert result.batch.label == "Confirm segment and fill 2 repetitions"
    assert [e.segment_id for e in result.batch.edits] == [first, rep1, rep2]
    with workspace.session() as session:
        after_states = states(session, ids)
        for seg_id in (first, rep1, rep2):
            assert after_states[seg_id] == SegmentState("Thank you.", "translated", "")
        for seg_id in (other, done, typing, locked, different):
            assert after_states[seg_id] == before_states[seg_id]
        revisions_after_confirm = revision_count(session)
    assert revisions_after_confirm == revisions_before + 6  # target + status on three

    # Undo: the inverted batch restores every segment exactly and adds revisions.
    with workspace.session() as session:
        apply_batch(session, result.batch.inverted(), author="tr")
    with workspace.session() as session:
        assert states(session, ids) == before_states
        assert revision_count(session) == revisions_after_confirm + 6
        last = [(r.field, r.before, r.after) for r in segment_history(session, rep2)][-2:]
    assert last == [("target", "Thank you.", ""), ("status", "translated", "new")]

    # Redo: the same batch applies again.
    with workspace.session() as session:
        apply_batch(session, result.batch, author="tr")
    with workspace.session() as session:
        assert states(session, ids) == after_states


def test_confirm_without_propagation(workspace: Workspace) -> None:
    with workspace.session() as session:
        first, second = make_document(session, [[("谢谢。", ""), ("谢谢。", "")]])
        result = confirm(session, first, "Thanks.", author="tr", propagate=False)
        assert result.propagated == []
        assert state_of(session, second).target == ""


def test_confirm_status_rules(workspace: Workspace) -> None:
    with workspace.session() as session:
        reviewed, approved, translated = make_document(
            session, [[("一。", "One."), ("二。", "Two."), ("三。", "Three.")]]
        )
        set_raw(session, reviewed, status="reviewed")
        set_raw(session, approved, status="approved")
    with workspace.session() as session:
        # Unchanged text keeps its status (and writes nothing).
        assert not confirm(session, reviewed, "One.", author="tr").batch
        assert state_of(session, reviewed).status == "reviewed"
        # Changed text drops back to translated.
        confirm(session, approved, "Two!", author="tr")
        assert state_of(session, approved) == SegmentState("Two!", "translated", "")
        confirm(session, translated, "Three!", author="tr")
        assert state_of(session, translated).status == "translated"
        with pytest.raises(EmptyTranslationError, match="no translation to confirm"):
            confirm(session, translated, "  ", author="tr")
        with pytest.raises(NotFoundError):
            confirm(session, 987_654, "x", author="tr")


def test_locked_segments_refuse_edits_before_anything_is_written(workspace: Workspace) -> None:
    with workspace.session() as session:
        free, locked = make_document(session, [[("一。", "One."), ("二。", "Two.")]])
        set_raw(session, locked, status="locked")
    with workspace.session() as session:
        revisions = revision_count(session)
        with pytest.raises(LockedSegmentError, match="locked"):
            confirm(session, locked, "Changed.", author="tr")
        # Confirming the unchanged text of a locked segment is a harmless no-op.
        assert not confirm(session, locked, "Two.", author="tr").batch
        batch = EditBatch(
            "edit both",
            [
                SegmentEdit(free, state_of(session, free), SegmentState("Uno.", "translated", "")),
                SegmentEdit(
                    locked, state_of(session, locked), SegmentState("Two.", "locked", "a note")
                ),
            ],
        )
        with pytest.raises(LockedSegmentError):
            apply_batch(session, batch, author="tr")
        assert state_of(session, free).target == "One."  # the first edit was not applied
        assert revision_count(session) == revisions
        # Changing only the status of a locked segment is the unlock: allowed.
        unlock = EditBatch(
            "unlock",
            [
                SegmentEdit(
                    locked, state_of(session, locked), SegmentState("Two.", "translated", "")
                )
            ],
        )
        apply_batch(session, unlock, author="rev")
        assert state_of(session, locked).status == "translated"


def test_reviewer_actions(workspace: Workspace) -> None:
    with workspace.session() as session:
        ids = make_document(
            session, [[("一。", "One."), ("二。", ""), ("三。", "Three."), ("四。", "Four.")]]
        )
        one, _empty, three, four = ids
        set_raw(session, four, status="locked")
        initial = states(session, ids)
    with workspace.session() as session:
        batch = set_status(session, ids, "reviewed", author="rev")
        assert batch.segment_ids == [one, three]  # the empty one cannot be reviewed
        assert batch.skipped_locked == [four]
        assert batch.label == "Mark reviewed 2 segments"
        assert state_of(session, one).status == "reviewed"
        approve = set_status(session, [one], "approved", author="rev")
        assert state_of(session, one).status == "approved"
        lock = set_status(session, ids, "locked", author="rev")
        assert {state_of(session, i).status for i in ids} == {"locked"}
        assert four not in lock.segment_ids  # already locked: nothing to do
        unlock = set_status(session, ids, "unlock", author="rev")
        assert [state_of(session, i).status for i in ids] == [
            "translated",
            "new",  # no target: back to new
            "translated",
            "translated",
        ]
        # Undo everything, newest first.
        for done in (unlock, lock, approve, batch):
            apply_batch(session, done.inverted(), author="rev")
        assert states(session, ids) == initial
        with pytest.raises(WorkbenchError, match="Unknown status action"):
            set_status(session, ids, "published", author="rev")
