"""Never lose typing: the editor's unconfirmed text is saved every few seconds.

A draft sits in ``segment_draft`` beside the segment until the translator confirms
(``workflow.confirm`` removes it), discards it, or leaves the segment without
confirming (``commit_draft``: the text becomes the target with status "draft").
After a crash, ``restore_drafts`` does the same for every draft left behind.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workbench.documents.editing import LockedSegmentError
from workbench.editor.changes import EditBatch, SegmentEdit, apply_batch, chunks, edit_to
from workbench.errors import NotFoundError
from workbench.models import Block, Segment, SegmentDraft
from workbench.models.base import utcnow
from workbench.models.enums import SegmentStatus


def save_draft(session: Session, segment_id: int, text: str, *, author: str) -> None:
    """Insert or update the segment's draft (two primary-key statements: cheap enough
    for a timer). The first draft of a "new" segment marks it "draft", with a revision."""
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFoundError(f"No segment with id {segment_id}")
    if segment.status == SegmentStatus.LOCKED:
        raise LockedSegmentError(f"Segment {segment_id} is locked; unlock it before editing")
    draft = session.get(SegmentDraft, segment_id)
    if draft is None:
        session.add(
            SegmentDraft(
                segment_id=segment_id,
                document_id=segment.document_id,
                text=text,
                author=author,
                saved_at=utcnow(),
            )
        )
        if segment.status == SegmentStatus.NEW:
            batch = EditBatch("Start translating", [edit_to(segment, status="draft")])
            apply_batch(session, batch, author=author)
        return
    draft.text = text
    draft.author = author
    draft.saved_at = utcnow()
    session.add(draft)


def discard_draft(session: Session, segment_id: int, *, author: str = "") -> bool:
    """Forget the unconfirmed text. A segment that only became "draft" because typing
    started (its target is still empty) goes back to "new". True if a draft existed."""
    draft = session.get(SegmentDraft, segment_id)
    if draft is None:
        return False
    session.delete(draft)
    segment = session.get(Segment, segment_id)
    if segment is not None and segment.status == SegmentStatus.DRAFT and not segment.target:
        batch = EditBatch("Discard typing", [edit_to(segment, status="new")])
        apply_batch(session, batch, author=author or draft.author)
    session.flush()
    return True


def pending_drafts(session: Session, document_id: int) -> dict[int, str]:
    """Segment id → unconfirmed text, for every draft in the document."""
    rows = session.execute(
        sa.select(col(SegmentDraft.segment_id), col(SegmentDraft.text)).where(
            col(SegmentDraft.document_id) == document_id
        )
    )
    return {segment_id: text for segment_id, text in rows}


def segments_with_drafts(session: Session, segment_ids: Iterable[int]) -> set[int]:
    """Which of these segments have unconfirmed typing."""
    ids = list(segment_ids)
    found: set[int] = set()
    for chunk in chunks(ids):
        found.update(
            session.scalars(
                sa.select(col(SegmentDraft.segment_id)).where(
                    col(SegmentDraft.segment_id).in_(chunk)
                )
            )
        )
    return found


def delete_drafts(session: Session, segment_ids: Iterable[int]) -> None:
    ids = list(segment_ids)
    for chunk in chunks(ids):
        session.execute(sa.delete(SegmentDraft).where(col(SegmentDraft.segment_id).in_(chunk)))


def _commit_edits(drafts: list[SegmentDraft], segments: dict[int, Segment]) -> list[SegmentEdit]:
    edits = []
    for draft in drafts:
        segment = segments[draft.segment_id]
        if draft.text == segment.target:
            continue  # nothing new was typed: keep the status the segment has
        edits.append(edit_to(segment, target=draft.text, status=SegmentStatus.DRAFT.value))
    return edits


def commit_draft(session: Session, segment_id: int, *, author: str) -> EditBatch | None:
    """The editor closed without confirming: the typed text becomes the target with status
    "draft" (revisions written) and the draft row goes. Returns the applied batch, or None
    when there was no draft or it held the target unchanged.

    A locked segment raises ``LockedSegmentError`` and keeps its draft.
    """
    draft = session.get(SegmentDraft, segment_id)
    if draft is None:
        return None
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFoundError(f"No segment with id {segment_id}")
    edits = _commit_edits([draft], {segment_id: segment})
    batch = EditBatch("Keep unconfirmed translation", edits)
    apply_batch(session, batch, author=author)  # raises before deleting if locked
    session.delete(draft)
    session.flush()
    return batch if batch.edits else None


def restore_drafts(session: Session, document_id: int, *, author: str) -> list[int]:
    """After a crash: every draft of the document becomes its segment's target with status
    "draft". Returns the segment ids whose drafts were consumed, in document order.

    Drafts of locked segments are left in place (nothing typed is thrown away).
    """
    rows = session.exec(
        select(SegmentDraft, Segment)
        .join(Segment, col(Segment.id) == col(SegmentDraft.segment_id))
        .join(Block, col(Block.id) == col(Segment.block_id))
        .where(col(SegmentDraft.document_id) == document_id)
        .order_by(col(Block.position), col(Segment.position))
    ).all()
    usable = [(d, s) for d, s in rows if s.status != SegmentStatus.LOCKED]
    segments = {s.id or 0: s for _, s in usable}
    edits = _commit_edits([d for d, _ in usable], segments)
    apply_batch(session, EditBatch("Restore unconfirmed translations", edits), author=author)
    for draft, _ in usable:
        session.delete(draft)
    session.flush()
    return [s.id or 0 for _, s in usable]
