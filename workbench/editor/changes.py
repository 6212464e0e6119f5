"""Undoable edits of segment text, status and note.

The GUI wraps each ``EditBatch`` in one ``QUndoCommand``: redo applies the batch, undo
applies ``batch.inverted()``. Both directions write revisions, so the history stays
append-only and shows the undo as what it is: another change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workbench.documents.editing import LockedSegmentError
from workbench.errors import NotFoundError
from workbench.models import Document, Segment, SegmentRevision
from workbench.models.base import utcnow
from workbench.models.enums import SegmentStatus
from workbench.tm.hooks import record_confirmed

# SQLite allows 32,766 bound parameters; stay far below it (and below PostgreSQL's habits).
IN_CHUNK = 500

# Revision field names, shared with documents.editing.update_segment.
_FIELDS = ("target", "status", "note")


@dataclass(frozen=True)
class SegmentState:
    """The editable part of a segment (source and separators belong to structure edits)."""

    target: str
    status: str
    note: str
    # Only QA fixes edit the source (half-width punctuation in a Chinese source); None in
    # every other edit means "not part of this edit".
    source: str | None = None


@dataclass(frozen=True)
class SegmentEdit:
    segment_id: int
    before: SegmentState
    after: SegmentState

    def inverted(self) -> SegmentEdit:
        return SegmentEdit(self.segment_id, before=self.after, after=self.before)


@dataclass
class EditBatch:
    """One undo step: the edits of one action (a confirm with its propagation, a replace-all)."""

    label: str
    edits: list[SegmentEdit]
    # Segments the action wanted to change but left alone because they are locked.
    skipped_locked: list[int] = field(default_factory=list)

    def inverted(self) -> EditBatch:
        """The batch that undoes this one (edits reversed, before and after swapped)."""
        return EditBatch(self.label, [edit.inverted() for edit in reversed(self.edits)])

    @property
    def segment_ids(self) -> list[int]:
        return [edit.segment_id for edit in self.edits]

    def __bool__(self) -> bool:
        return bool(self.edits)


def chunks(ids: Sequence[int], size: int = IN_CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def load_segments(session: Session, ids: Iterable[int]) -> dict[int, Segment]:
    """Segments by id (in the order given) with a few IN queries; a missing id is an error."""
    wanted = list(dict.fromkeys(ids))
    found: dict[int, Segment] = {}
    for chunk in chunks(wanted):
        for segment in session.exec(select(Segment).where(col(Segment.id).in_(chunk))):
            found[segment.id or 0] = segment
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFoundError(f"No segment with id {missing[0]}")
    return {i: found[i] for i in wanted}  # in the order asked for


def state(segment: Segment) -> SegmentState:
    return SegmentState(target=segment.target, status=str(segment.status), note=segment.note)


def state_of(session: Session, segment_id: int) -> SegmentState:
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFoundError(f"No segment with id {segment_id}")
    return state(segment)


def edit_to(segment: Segment, **changes: str) -> SegmentEdit:
    """An edit from the segment's current state to that state with ``changes``."""
    before = state(segment)
    return SegmentEdit(segment.id or 0, before, replace(before, **changes))


def check_not_locked(segment: Segment, after: SegmentState) -> None:
    """A locked segment's text and note are read-only; changing its status (unlocking) is not."""
    if segment.status != SegmentStatus.LOCKED:
        return
    source_changed = after.source is not None and after.source != segment.source
    if after.target != segment.target or after.note != segment.note or source_changed:
        raise LockedSegmentError(f"Segment {segment.id} is locked; unlock it before editing")


def apply_batch(session: Session, batch: EditBatch, *, author: str) -> None:
    """Set every segment of the batch to its ``after`` state, with a revision per changed field.

    Everything is checked before anything is written, and the whole batch runs in the
    caller's transaction, so a refused edit leaves the workspace untouched.
    """
    if not batch.edits:
        return
    segments = load_segments(session, batch.segment_ids)
    for edit in batch.edits:
        SegmentStatus(edit.after.status)  # an unknown status is a programming error: fail early
        check_not_locked(segments[edit.segment_id], edit.after)

    now = utcnow()
    revisions: list[dict[str, object]] = []
    touched_documents: set[int] = set()
    for edit in batch.edits:
        segment = segments[edit.segment_id]
        current = state(segment)
        changed = [
            (name, getattr(current, name), getattr(edit.after, name))
            for name in _FIELDS
            if getattr(current, name) != getattr(edit.after, name)
        ]
        if edit.after.source is not None and edit.after.source != segment.source:
            changed.append(("source", segment.source, edit.after.source))
            segment.source = edit.after.source
        if not changed:
            continue
        segment.target = edit.after.target
        segment.note = edit.after.note
        segment.status = SegmentStatus(edit.after.status)
        segment.updated_at = now
        segment.updated_by = author
        session.add(segment)
        touched_documents.add(segment.document_id)
        revisions.extend(
            {
                "document_id": segment.document_id,
                "segment_id": segment.id,
                "field": name,
                "before": before,
                "after": after,
                "author": author,
                "created_at": now,
            }
            for name, before, after in changed
        )
    if not revisions:
        return
    session.flush()
    session.execute(sa.insert(SegmentRevision), revisions)
    for document_id in touched_documents:
        document = session.get(Document, document_id)
        if document is not None:
            document.updated_at = now
            session.add(document)
    record_confirmed(session, {row["segment_id"] for row in revisions})  # the TM follows
