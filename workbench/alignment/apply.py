"""Rewrite a document's segments to follow alignment links, with revisions and an undo.

Decision: links are *applied to the segments* (one segment per link), not only offered as
translation-memory units. The source side of every block joins back exactly as before (the
links never move source text between blocks); only where the target text sits changes.
The GUI review view may still write confirmed links to the TM instead (``tm.store``); both
start from the same ``AlignmentResult``.

What is refused rather than guessed:

* stale links: a link's text no longer matches the document (someone edited it since);
* links that do not cover a block: every source sentence of a block the links touch must be
  in one of them, in order, and every target sentence of those blocks likewise;
* locked segments and segments with unconfirmed typing in a block that would change.

Segments are rewritten in place, position by position: the first ones keep their ids (and
history), extra links get new segments, surplus segments are deleted (their revisions stay,
with ``segment_id`` nulled, as after a merge). Each changed segment gets an ``align``
revision (source before → after) plus one per changed target, status or note. A segment whose
source and target did not change keeps its status; a changed one with a target gets the
lowest status among the block's translated segments, at most "translated" (a review no
longer holds); one left without a target is "new".

``undo_alignment`` writes the blocks back as they were (more revisions; history stays
append-only) and refuses when a block changed since.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.alignment.document import (
    AlignedLink,
    DocumentText,
    block_segments,
    joined_text,
    read_document,
)
from workbench.documents.editing import LockedSegmentError
from workbench.documents.joining import default_separator
from workbench.editor.drafts import segments_with_drafts
from workbench.editor.structure import SegmentSnapshot, snapshot
from workbench.editor.workflow import lower_status
from workbench.errors import WorkbenchError
from workbench.models import Document, Segment, SegmentRevision
from workbench.models.base import utcnow
from workbench.models.enums import SegmentStatus

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace


class AlignmentError(WorkbenchError):
    """Links that cannot be applied (stale, not covering a block, locked segments)."""


@dataclass(frozen=True)
class BlockChange:
    block_id: int
    before: tuple[SegmentSnapshot, ...]
    after: tuple[SegmentSnapshot, ...]


@dataclass(frozen=True)
class AlignmentApplied:
    document_id: int
    blocks: tuple[BlockChange, ...]  # only the blocks whose segments changed

    @property
    def segments_before(self) -> int:
        return sum(len(block.before) for block in self.blocks)

    @property
    def segments_after(self) -> int:
        return sum(len(block.after) for block in self.blocks)


def apply_alignment(
    workspace: Workspace, document_id: int, links: Sequence[AlignedLink], author: str
) -> AlignmentApplied:
    """``apply_links`` in a transaction of its own."""
    with workspace.session() as session:
        return apply_links(session, document_id, links, author=author)


def apply_links(
    session: Session, document_id: int, links: Sequence[AlignedLink], *, author: str
) -> AlignmentApplied:
    """Rewrite the segments of the blocks the links belong to (see the module docstring)."""
    text = read_document(session, document_id)
    _check_links(text, links)
    linked = {link.block_id for link in links}
    if not linked <= set(text.block_ids):
        raise AlignmentError(f"These links name blocks that are not in document {document_id}")
    # Blocks with links, and blocks whose translation the links move away.
    linked |= {text.target[k].block_id for link in links for k in link.target}
    touched = [block_id for block_id in text.block_ids if block_id in linked]
    _check_cover(text, links, touched)
    changes: list[BlockChange] = []
    now = utcnow()
    for block_id in touched:
        old = text.segments[block_id]
        new = block_segments(text, links, block_id)
        if [(s.source, s.target) for s in old] == [(s.source, s.target) for s in new]:
            continue
        floor = _status_floor(old)
        wanted = []
        for position, seg in enumerate(new):
            same = position < len(old) and (old[position].source, old[position].target) == (
                seg.source,
                seg.target,
            )
            status = old[position].status if same else _status(floor, seg.target)
            note = old[position].note if position < len(old) else ""
            wanted.append(
                SegmentSnapshot(
                    seg.source, seg.target, seg.source_sep, seg.target_sep, str(status), note
                )
            )
        before = tuple(snapshot(s) for s in old)
        _rewrite(session, document_id, block_id, old, wanted, author=author, now=now)
        changes.append(BlockChange(block_id, before, tuple(wanted)))
    if changes:
        document = session.get(Document, document_id)
        if document is not None:
            document.updated_at = now
            session.add(document)
    session.flush()
    return AlignmentApplied(document_id, tuple(changes))


def undo_alignment(session: Session, applied: AlignmentApplied, *, author: str) -> None:
    """Put the changed blocks back as they were before ``applied``."""
    now = utcnow()
    for change in applied.blocks:
        current = _block_rows(session, change.block_id)
        if tuple(snapshot(s) for s in current) != change.after:
            raise AlignmentError(
                f"Cannot undo the alignment: block {change.block_id} changed since; undo those"
                " changes first"
            )
        wanted = list(change.before)
        _rewrite(
            session, applied.document_id, change.block_id, current, wanted, author=author, now=now
        )
    session.flush()


# --------------------------------------------------------------------------- checks


def _check_links(text: DocumentText, links: Sequence[AlignedLink]) -> None:
    """Every index in range and used once; every link's text still what the document says."""
    sides = (
        ("source", text.source, default_separator(text.source_lang)),
        ("target", text.target, default_separator(text.target_lang)),
    )
    for side, sentences, joiner in sides:
        seen: set[int] = set()
        for link in links:
            indices = getattr(link, side)
            if any(not 0 <= k < len(sentences) for k in indices) or seen.intersection(indices):
                raise AlignmentError(
                    f"These links do not fit document {text.document_id} (a {side} sentence is"
                    " missing or used twice); align it again"
                )
            seen.update(indices)
            if joined_text(sentences, indices, joiner) != getattr(link, f"{side}_text"):
                raise AlignmentError(
                    f"Document {text.document_id} changed since it was aligned; align it again"
                    " before applying the links"
                )


def _check_cover(text: DocumentText, links: Sequence[AlignedLink], touched: list[int]) -> None:
    """The links of the touched blocks hold exactly those blocks' sentences, in order."""
    blocks = set(touched)
    for block_id in touched:
        own = [k for link in links if link.block_id == block_id for k in link.source]
        expected = [k for k, s in enumerate(text.source) if s.block_id == block_id]
        if own != expected:
            raise AlignmentError(
                f"The links do not cover the source sentences of block {block_id} in order;"
                " apply all the links of a block together"
            )
    covered = [k for block_id in touched for link in links if link.block_id == block_id
               for k in link.target]  # fmt: skip
    expected_target = [k for k, s in enumerate(text.target) if s.block_id in blocks]
    if covered != expected_target:
        raise AlignmentError(
            "The links do not cover the translation of the blocks they touch in order (a"
            " sentence would be lost or moved out of order); apply all the links together"
        )


def _status_floor(segments: Sequence[Segment]) -> str:
    """The lowest status among the block's translated segments (a changed segment cannot
    claim more than the work the block had)."""
    statuses = [str(s.status) for s in segments if s.target]
    floor = SegmentStatus.TRANSLATED.value
    for status in statuses:
        floor = lower_status(floor, status)
    return floor


def _status(floor: str, target: str) -> str:
    if not target:
        return SegmentStatus.NEW.value
    if floor == SegmentStatus.NEW.value:
        return SegmentStatus.DRAFT.value
    return floor


def _block_rows(session: Session, block_id: int) -> list[Segment]:
    return list(
        session.scalars(
            sa.select(Segment)
            .where(col(Segment.block_id) == block_id)
            .order_by(col(Segment.position))
        )
    )


def _check_editable(segments: Sequence[Segment], session: Session) -> None:
    for segment in segments:
        if segment.status == SegmentStatus.LOCKED:
            raise LockedSegmentError(
                f"Segment {segment.id} is locked; unlock it before aligning its paragraph"
            )
    busy = segments_with_drafts(session, [s.id or 0 for s in segments])
    if busy:
        raise AlignmentError(
            f"Segment {min(busy)} has unconfirmed typing; confirm or discard it first"
        )


# --------------------------------------------------------------------------- writing


def _rewrite(
    session: Session,
    document_id: int,
    block_id: int,
    old: list[Segment],
    wanted: list[SegmentSnapshot],
    *,
    author: str,
    now: datetime,
) -> None:
    """Make the block's segments ``wanted``: update in place by position, add, delete."""
    _check_editable(old, session)
    revisions: list[SegmentRevision] = []
    for position, snap in enumerate(wanted):
        if position < len(old):
            segment = old[position]
            before: SegmentSnapshot | None = snapshot(segment)
            if segment.position != position:  # closes a gap; moves down only, never a clash
                segment.position = position
                session.add(segment)
                session.flush()
            if before == snap:
                continue
        else:
            segment = Segment(block_id=block_id, document_id=document_id, position=position)
            before = None
        _set(segment, snap, author=author, now=now)
        session.add(segment)
        session.flush()  # the id, for the revisions
        revisions += _revisions(document_id, segment.id, before, snap, author=author, now=now)
    for segment in old[len(wanted) :]:
        session.delete(segment)
    session.flush()
    session.add_all(revisions)


def _set(segment: Segment, snap: SegmentSnapshot, *, author: str, now: datetime) -> None:
    segment.source = snap.source
    segment.target = snap.target
    segment.source_sep = snap.source_sep
    segment.target_sep = snap.target_sep
    segment.status = SegmentStatus(snap.status)
    segment.note = snap.note
    segment.updated_by = author
    segment.updated_at = now


def _revisions(
    document_id: int,
    segment_id: int | None,
    old: SegmentSnapshot | None,
    new: SegmentSnapshot,
    *,
    author: str,
    now: datetime,
) -> list[SegmentRevision]:
    """An ``align`` revision (source before → after), then one per other changed field."""
    rows = [("align", old.source if old else "", new.source)]
    for name in ("target", "status", "note"):
        before = getattr(old, name) if old else ""
        after = getattr(new, name)
        if before != after and (old is not None or after):
            rows.append((name, before, after))
    return [
        SegmentRevision(
            document_id=document_id,
            segment_id=segment_id,
            field=name,
            before=before,
            after=after,
            author=author,
            created_at=now,
        )
        for name, before, after in rows
    ]
