"""Change segments; every change writes a revision (who, when, before → after)."""

from __future__ import annotations

from sqlmodel import Session

from workbench.errors import NotFoundError, WorkbenchError
from workbench.models import Document, Segment, SegmentRevision
from workbench.models.base import utcnow
from workbench.models.enums import SegmentStatus


class LockedSegmentError(WorkbenchError):
    """A locked segment is read-only."""


def update_segment(
    session: Session,
    segment_id: int,
    *,
    author: str,
    target: str | None = None,
    status: SegmentStatus | str | None = None,
    note: str | None = None,
) -> Segment:
    """Apply the given changes to one segment and record a revision for each field that changed.

    Editing a locked segment is refused unless the change is the unlock itself.
    """
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFoundError(f"No segment with id {segment_id}")
    new_status = SegmentStatus(status) if status is not None else None
    if segment.status == SegmentStatus.LOCKED and (
        target is not None or note is not None or new_status in (None, SegmentStatus.LOCKED)
    ):
        raise LockedSegmentError(f"Segment {segment_id} is locked; unlock it before editing")

    now = utcnow()
    changes: list[tuple[str, str, str]] = []
    if target is not None and target != segment.target:
        changes.append(("target", segment.target, target))
        segment.target = target
    if note is not None and note != segment.note:
        changes.append(("note", segment.note, note))
        segment.note = note
    if new_status is not None and new_status != segment.status:
        changes.append(("status", str(segment.status), new_status.value))
        segment.status = new_status
    if not changes:
        return segment
    segment.updated_at = now
    segment.updated_by = author
    for field, before, after in changes:
        session.add(
            SegmentRevision(
                document_id=segment.document_id,
                segment_id=segment.id,
                field=field,
                before=before,
                after=after,
                author=author,
                created_at=now,
            )
        )
    document = session.get(Document, segment.document_id)
    if document is not None:
        document.updated_at = now
    session.add(segment)
    return segment


def segment_history(session: Session, segment_id: int) -> list[SegmentRevision]:
    from sqlmodel import select

    return list(
        session.exec(
            select(SegmentRevision)
            .where(SegmentRevision.segment_id == segment_id)
            .order_by(SegmentRevision.id)
        )
    )
