"""Split a segment in two, or merge it with the next one in its block; both undoable.

Structure edits keep the block's promise: joining ``text + sep`` over its segments gives
the paragraph back exactly. Positions stay unique and gap-free inside a block (shifted in
two steps through negative numbers, so the UNIQUE(block_id, position) constraint holds
after every statement).

Each operation returns what its undo needs. Undo refuses (rather than overwrite) when a
segment changed since: with a linear undo stack that cannot happen, so it means a bug.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.documents.editing import LockedSegmentError
from workbench.documents.joining import default_separator
from workbench.editor.changes import chunks
from workbench.editor.drafts import segments_with_drafts
from workbench.editor.workflow import lower_status
from workbench.errors import NotFoundError, WorkbenchError
from workbench.models import Document, Segment, SegmentRevision
from workbench.models.base import utcnow
from workbench.models.enums import SegmentStatus


class StructureError(WorkbenchError):
    """A split or merge that cannot be done (bad offset, across blocks, …)."""


class PendingDraftError(StructureError):
    """A segment has unconfirmed typing; confirm or discard it first."""


@dataclass(frozen=True)
class SegmentSnapshot:
    """Everything a split or merge changes in a segment."""

    source: str
    target: str
    source_sep: str
    target_sep: str
    status: str
    note: str


@dataclass(frozen=True)
class SplitResult:
    first_id: int
    second_id: int
    before: SegmentSnapshot  # the segment before the split
    first: SegmentSnapshot  # the two halves right after it
    second: SegmentSnapshot


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    removed_id: int
    kept_before: SegmentSnapshot
    removed_before: SegmentSnapshot
    merged: SegmentSnapshot  # the kept segment right after the merge
    # The removed segment's history, re-attached to it on undo.
    removed_revision_ids: tuple[int, ...] = ()


def snapshot(segment: Segment) -> SegmentSnapshot:
    return SegmentSnapshot(
        source=segment.source,
        target=segment.target,
        source_sep=segment.source_sep,
        target_sep=segment.target_sep,
        status=str(segment.status),
        note=segment.note,
    )


def _get(session: Session, segment_id: int) -> Segment:
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFoundError(f"No segment with id {segment_id}")
    return segment


def _check_editable(session: Session, *segments: Segment) -> None:
    for segment in segments:
        if segment.status == SegmentStatus.LOCKED:
            raise LockedSegmentError(f"Segment {segment.id} is locked; unlock it first")
    busy = segments_with_drafts(session, [s.id or 0 for s in segments])
    if busy:
        raise PendingDraftError(
            f"Segment {min(busy)} has unconfirmed typing; confirm or discard it first"
        )


def _shift(session: Session, block_id: int, after_position: int, delta: int) -> None:
    """Move every segment of the block after ``after_position`` by ``delta``.

    Two steps so no statement ever holds two rows at one position: first to distinct
    negative numbers, then to the final ones.
    """
    block_rows = col(Segment.block_id) == block_id
    session.execute(
        sa.update(Segment)
        .where(block_rows, col(Segment.position) > after_position)
        .values(position=-col(Segment.position) - 1)
        .execution_options(synchronize_session="fetch")
    )
    session.execute(
        sa.update(Segment)
        .where(block_rows, col(Segment.position) < 0)
        .values(position=-col(Segment.position) - 1 + delta)
        .execution_options(synchronize_session="fetch")
    )


def _set(segment: Segment, snap: SegmentSnapshot, *, author: str, now: datetime) -> None:
    segment.source = snap.source
    segment.target = snap.target
    segment.source_sep = snap.source_sep
    segment.target_sep = snap.target_sep
    segment.status = SegmentStatus(snap.status)
    segment.note = snap.note
    segment.updated_by = author
    segment.updated_at = now


def _record(
    session: Session,
    segment: Segment,
    kind: str,
    old: SegmentSnapshot | None,
    new: SegmentSnapshot,
    *,
    author: str,
    now: datetime,
) -> None:
    """A ``kind`` ("split"/"merge") revision with the source before → after, plus one per
    changed target/status/note, so the history shows every text that changed."""
    rows = [(kind, old.source if old else "", new.source)]
    if old is not None:
        rows += [
            (name, getattr(old, name), getattr(new, name))
            for name in ("target", "status", "note")
            if getattr(old, name) != getattr(new, name)
        ]
    session.add_all(
        SegmentRevision(
            document_id=segment.document_id,
            segment_id=segment.id,
            field=name,
            before=before,
            after=after,
            author=author,
            created_at=now,
        )
        for name, before, after in rows
    )
    document = session.get(Document, segment.document_id)
    if document is not None:
        document.updated_at = now


def _part_status(status: str, target: str) -> str:
    """Status of one half after a split: its text now covers a different source, so a
    review no longer holds; an empty half starts again as "new"."""
    if not target:
        return SegmentStatus.NEW.value
    if status in (SegmentStatus.REVIEWED, SegmentStatus.APPROVED):
        return SegmentStatus.TRANSLATED.value
    if status == SegmentStatus.NEW:
        return SegmentStatus.DRAFT.value
    return status


def _cut(text: str, offset: int) -> tuple[str, str, str]:
    """``text`` cut at ``offset`` into (left, whitespace at the cut, right)."""
    left, right = text[:offset], text[offset:]
    stripped_left, stripped_right = left.rstrip(), right.lstrip()
    gap = left[len(stripped_left) :] + right[: len(right) - len(stripped_right)]
    return stripped_left, gap, stripped_right


def split_segment(
    session: Session,
    segment_id: int,
    source_offset: int,
    target_offset: int | None,
    *,
    author: str,
) -> SplitResult:
    """Split the segment's source at ``source_offset`` (and its target at ``target_offset``;
    None keeps the whole target on the first half). The first half keeps the id."""
    segment = _get(session, segment_id)
    _check_editable(session, segment)
    before = snapshot(segment)
    first_source, source_gap, second_source = _cut(segment.source, source_offset)
    if not (0 < source_offset < len(segment.source)) or not first_source or not second_source:
        raise StructureError(
            f"Cannot split segment {segment_id} at {source_offset}: both parts need text"
            f" (the source has {len(segment.source)} characters)"
        )
    document = session.get(Document, segment.document_id)
    joiner = default_separator(document.target_lang if document else "en")
    if target_offset is None:
        first_target, target_gap, second_target = segment.target, joiner, ""
    else:
        if not 0 <= target_offset <= len(segment.target):
            raise StructureError(
                f"Cannot split the translation of segment {segment_id} at {target_offset}:"
                f" it has {len(segment.target)} characters"
            )
        first_target, target_gap, second_target = _cut(segment.target, target_offset)
        if not (first_target and second_target) and not target_gap:
            target_gap = joiner  # nothing to join back exactly; ready for typing
    first = SegmentSnapshot(
        source=first_source,
        target=first_target,
        source_sep=source_gap,
        target_sep=target_gap,
        status=_part_status(before.status, first_target),
        note=before.note,
    )
    second = SegmentSnapshot(
        source=second_source,
        target=second_target,
        source_sep=before.source_sep,
        target_sep=before.target_sep,
        status=_part_status(before.status, second_target),
        note="",
    )

    now = utcnow()
    _shift(session, segment.block_id, segment.position, +1)
    _set(segment, first, author=author, now=now)
    new = Segment(
        block_id=segment.block_id,
        document_id=segment.document_id,
        position=segment.position + 1,
    )
    _set(new, second, author=author, now=now)
    session.add_all([segment, new])
    session.flush()
    _record(session, segment, "split", before, first, author=author, now=now)
    _record(session, new, "split", None, second, author=author, now=now)
    session.flush()
    return SplitResult(segment_id, new.id or 0, before, first, second)


def _next_in_block(session: Session, segment: Segment) -> Segment | None:
    next_id = session.scalar(
        sa.select(col(Segment.id)).where(
            col(Segment.block_id) == segment.block_id, col(Segment.position) == segment.position + 1
        )
    )
    return session.get(Segment, next_id) if next_id is not None else None


def _merged(first: SegmentSnapshot, second: SegmentSnapshot) -> SegmentSnapshot:
    if first.target and second.target:
        target = first.target + first.target_sep + second.target
    else:
        target = first.target or second.target
    status = lower_status(first.status, second.status)
    if status == SegmentStatus.NEW and target:
        status = SegmentStatus.DRAFT.value  # half-translated is a draft, not untouched
    return SegmentSnapshot(
        source=first.source + first.source_sep + second.source,
        target=target,
        source_sep=second.source_sep,
        target_sep=second.target_sep,
        status=status,
        note="\n".join(n for n in (first.note, second.note) if n),
    )


def merge_segments(session: Session, first_id: int, *, author: str) -> MergeResult:
    """Merge the segment with the next one in its block; the first keeps its id."""
    first = _get(session, first_id)
    second = _next_in_block(session, first)
    if second is None:
        raise StructureError(
            f"Segment {first_id} is the last of its paragraph; segments merge only within one"
        )
    _check_editable(session, first, second)
    kept_before, removed_before = snapshot(first), snapshot(second)
    merged = _merged(kept_before, removed_before)
    removed_id = second.id or 0
    history = tuple(
        rev_id
        for rev_id in session.scalars(
            sa.select(col(SegmentRevision.id))
            .where(col(SegmentRevision.segment_id) == removed_id)
            .order_by(col(SegmentRevision.id))
        )
        if rev_id is not None
    )

    now = utcnow()
    session.delete(second)
    session.flush()  # the position is free before the later segments move up
    _shift(session, first.block_id, first.position, -1)
    _set(first, merged, author=author, now=now)
    session.add(first)
    _record(session, first, "merge", kept_before, merged, author=author, now=now)
    session.flush()
    return MergeResult(first_id, removed_id, kept_before, removed_before, merged, history)


def _check_unchanged(segment: Segment, expected: SegmentSnapshot, action: str) -> None:
    if snapshot(segment) != expected:
        raise StructureError(
            f"Cannot undo the {action}: segment {segment.id} changed since; undo those"
            " changes first"
        )


def undo_split(session: Session, result: SplitResult, *, author: str) -> None:
    """Join the two halves back into the segment exactly as it was before the split."""
    first = _get(session, result.first_id)
    second = _get(session, result.second_id)
    if second.block_id != first.block_id or second.position != first.position + 1:
        raise StructureError("Cannot undo the split: the two halves are no longer neighbours")
    _check_unchanged(first, result.first, "split")
    _check_unchanged(second, result.second, "split")
    _check_editable(session, first, second)

    now = utcnow()
    session.delete(second)
    session.flush()
    _shift(session, first.block_id, first.position, -1)
    _set(first, result.before, author=author, now=now)
    session.add(first)
    _record(session, first, "merge", result.first, result.before, author=author, now=now)
    session.flush()


def undo_merge(session: Session, result: MergeResult, *, author: str) -> int:
    """Split the merged segment back into the two it was made from. The removed segment
    comes back with its old id when that is still free (else a new one): returns its id."""
    kept = _get(session, result.kept_id)
    _check_unchanged(kept, result.merged, "merge")
    _check_editable(session, kept)

    now = utcnow()
    _shift(session, kept.block_id, kept.position, +1)
    _set(kept, result.kept_before, author=author, now=now)
    old_id_free = session.get(Segment, result.removed_id) is None
    restored = Segment(
        id=result.removed_id if old_id_free else None,
        block_id=kept.block_id,
        document_id=kept.document_id,
        position=kept.position + 1,
    )
    _set(restored, result.removed_before, author=author, now=now)
    session.add_all([kept, restored])
    session.flush()
    restored_id = restored.id or 0
    for chunk in chunks(result.removed_revision_ids):
        session.execute(
            sa.update(SegmentRevision)
            .where(
                col(SegmentRevision.id).in_(chunk),
                col(SegmentRevision.segment_id).is_(None),
            )
            .values(segment_id=restored_id)
            .execution_options(synchronize_session=False)
        )
    _record(session, kept, "split", result.merged, result.kept_before, author=author, now=now)
    _record(session, restored, "split", None, result.removed_before, author=author, now=now)
    session.flush()
    return restored_id
