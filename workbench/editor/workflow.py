"""Segment status rules: typing, confirming (with auto-propagation), reviewer actions.

Statuses climb new → draft → translated → reviewed → approved (→ locked):

* typing in a "new" segment makes it "draft" (``drafts.save_draft``);
* confirming makes it "translated"; a reviewed/approved segment whose text changed drops
  back to "translated", one whose text did not change keeps its status;
* editing text by other means (replace-all) leaves "draft"/"translated" as they are,
  drops reviewed/approved to "translated", and a "new" segment that gains text is "draft";
* a reviewer marks translated text "reviewed" or "approved", or locks it; unlocking
  gives "translated" (or "new" when the target is empty).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.documents.editing import LockedSegmentError
from workbench.editor.changes import EditBatch, SegmentEdit, apply_batch, edit_to, load_segments
from workbench.editor.drafts import delete_drafts, segments_with_drafts
from workbench.errors import NotFoundError, WorkbenchError
from workbench.models import Segment
from workbench.models.enums import SegmentStatus

# Order used when two statuses must be combined (merge keeps the lower one).
STATUS_RANK = {status.value: rank for rank, status in enumerate(SegmentStatus)}
UNLOCK = "unlock"
REVIEW_ACTIONS = ("translated", "reviewed", "approved", "locked", UNLOCK)


class EmptyTranslationError(WorkbenchError):
    """Confirming needs some target text."""


def lower_status(a: str, b: str) -> str:
    return a if STATUS_RANK[a] <= STATUS_RANK[b] else b


def status_after_text_edit(status: str, old_target: str, new_target: str) -> str:
    """The status a segment gets when its target text is changed without a confirm."""
    if new_target == old_target:
        return status
    if not new_target:
        return SegmentStatus.NEW.value if status != SegmentStatus.LOCKED else status
    if status == SegmentStatus.NEW:
        return SegmentStatus.DRAFT.value
    if status in (SegmentStatus.REVIEWED, SegmentStatus.APPROVED):
        return SegmentStatus.TRANSLATED.value
    return status


def status_after_confirm(status: str, old_target: str, new_target: str) -> str:
    if status in (SegmentStatus.NEW, SegmentStatus.DRAFT) or new_target != old_target:
        return SegmentStatus.TRANSLATED.value
    return status  # unchanged text keeps translated/reviewed/approved/locked


@dataclass
class ConfirmResult:
    batch: EditBatch
    # Other segments that received the same translation (identical source, were empty).
    propagated: list[int] = field(default_factory=list)


def _propagation_targets(session: Session, segment: Segment) -> list[Segment]:
    """Untranslated segments of the same document with the same source (ignoring edge spaces)."""
    key = segment.source.strip()
    if not key:
        return []
    candidates = session.execute(
        sa.select(col(Segment.id), col(Segment.source)).where(
            col(Segment.document_id) == segment.document_id,
            col(Segment.id) != segment.id,
            col(Segment.target) == "",
            col(Segment.status).in_([SegmentStatus.NEW.value, SegmentStatus.DRAFT.value]),
            col(Segment.source).contains(key, autoescape=True),
        )
    ).all()
    ids = [seg_id for seg_id, source in candidates if source.strip() == key]
    # A segment with unconfirmed typing of its own keeps it: never overwrite typing.
    busy = segments_with_drafts(session, ids)
    ids = sorted(i for i in ids if i not in busy)
    return list(load_segments(session, ids).values()) if ids else []


def confirm(
    session: Session, segment_id: int, text: str, *, author: str, propagate: bool = True
) -> ConfirmResult:
    """Confirm ``text`` as the segment's translation: build ONE batch, apply it, drop the
    segment's draft. With ``propagate``, empty new/draft segments with the same source get
    the same translation, status "translated", in the same batch (the same undo step)."""
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFoundError(f"No segment with id {segment_id}")
    if not text.strip():
        raise EmptyTranslationError(f"Segment {segment_id} has no translation to confirm")
    if segment.status == SegmentStatus.LOCKED and text != segment.target:
        raise LockedSegmentError(f"Segment {segment_id} is locked; unlock it before editing")

    status = status_after_confirm(str(segment.status), segment.target, text)
    edits: list[SegmentEdit] = []
    if (text, status) != (segment.target, str(segment.status)):
        edits.append(edit_to(segment, target=text, status=status))
    others = _propagation_targets(session, segment) if propagate else []
    edits.extend(
        edit_to(other, target=text, status=SegmentStatus.TRANSLATED.value) for other in others
    )
    label = "Confirm segment"
    if others:
        label += f" and fill {len(others)} repetition{'s' if len(others) != 1 else ''}"
    batch = EditBatch(label, edits)
    apply_batch(session, batch, author=author)
    delete_drafts(session, [segment_id])
    return ConfirmResult(batch, [other.id or 0 for other in others])


def set_status(
    session: Session, segment_ids: Iterable[int], status: str, *, author: str
) -> EditBatch:
    """A reviewer action on several segments at once, applied as one batch (returned for undo).

    ``status`` is "reviewed", "approved", "translated" (send back), "locked" or "unlock".
    Locked segments are left alone (listed in ``skipped_locked``) except by "unlock";
    "unlock" gives "translated", or "new" when the target is empty. Segments without a
    target cannot be marked translated/reviewed/approved and are left as they are.
    """
    if status not in REVIEW_ACTIONS:
        raise WorkbenchError(
            f"Unknown status action {status!r}; use one of: {', '.join(REVIEW_ACTIONS)}"
        )
    segments = load_segments(session, list(segment_ids))
    edits: list[SegmentEdit] = []
    skipped_locked: list[int] = []
    for seg_id, segment in segments.items():
        current = str(segment.status)
        if status == UNLOCK:
            if current != SegmentStatus.LOCKED:
                continue
            new = SegmentStatus.TRANSLATED.value if segment.target else SegmentStatus.NEW.value
        elif current == SegmentStatus.LOCKED:
            if status != SegmentStatus.LOCKED:
                skipped_locked.append(seg_id)
            continue
        elif status != SegmentStatus.LOCKED and not segment.target:
            continue
        else:
            new = status
        if new != current:
            edits.append(edit_to(segment, status=new))
    label = {
        UNLOCK: "Unlock",
        "locked": "Lock",
        "translated": "Send back to translated",
        "reviewed": "Mark reviewed",
        "approved": "Approve",
    }[status]
    batch = EditBatch(f"{label} {len(edits)} segment{'s' if len(edits) != 1 else ''}", edits)
    batch.skipped_locked = skipped_locked
    apply_batch(session, batch, author=author)
    return batch
