"""The bilingual review DOCX, coming back: the reviewer's targets and comments into the
workspace, each change a revision, the whole import one transaction.

How the file is read (table found by its header, tracked changes, Word comments) is
described in ``workbench.publishing.review``.

Which export the file answers (the base, each segment's target when it was exported):

1. the token in the core properties (``identifier``/``keywords``) or in the visible
   reference line → that ``ReviewExport``;
2. no known token, but a document id (keywords, subject or reference line): the export of
   that document made when the file was created (core ``created``), else the one whose base
   agrees with most of the file's targets, the oldest of equals: when in doubt an older
   base turns an edit into a reported conflict, a newer one could overwrite (a warning
   says which export was used);
3. no export recorded: the targets at the file's creation time, rebuilt from the revision
   history; without a creation time the workspace targets are the base, so conflicts
   cannot be detected and the reviewer's text wins (a warning says so).

Per row: a reviewer target equal to the base or to the workspace → nothing; else if the
workspace still has the base → the target is updated and the status set to ``reviewed``
(also from ``approved``: changed text needs approving again; a locked segment is never
changed, neither its target nor its note: it is listed in ``locked``); else → a conflict is
reported and nothing is overwritten. An emptied target cell is not applied (a warning).
The Comment cell, when it differs from the note at export time, replaces the note if the
workspace note is unchanged since the export, else the reviewer's addition is appended.
The Status column is informational and never imported.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from workbench.editor.changes import EditBatch, SegmentEdit, chunks, state
from workbench.errors import NotFoundError, WorkbenchError
from workbench.models import ReviewExport, Segment, SegmentRevision
from workbench.models.base import utcnow
from workbench.models.enums import SegmentStatus
from workbench.publishing.review import (
    ACCEPT,
    REJECT,
    Reference,
    ReviewRow,
    as_utc,
    read_review_docx,
)

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace

_ID = re.compile(r"#?\s*(\d+)")
# A DOCX's creation time and its export record's agree to the second; allow clock slack.
_SAME_EXPORT = timedelta(seconds=5)


@dataclass(frozen=True)
class ReviewConflict:
    segment_id: int
    base: str
    workspace: str
    reviewer: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "segment_id": self.segment_id,
            "base": self.base,
            "workspace": self.workspace,
            "reviewer": self.reviewer,
        }


@dataclass(frozen=True)
class SkippedRow:
    row: int  # 1-based, the header row counted, as Word shows it
    segment_id: str  # the id cell's text
    reason: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "segment_id": self.segment_id,
            "reason": self.reason,
            "text": self.text,
        }


@dataclass
class ReviewImportResult:
    path: Path
    document_id: int
    token: str | None
    matched_by: str  # "token", "document", "history" or "none" (see the module docstring)
    tracked_policy: str
    reviewer: str = ""  # last-modified-by of the file, for information
    updated: list[int] = field(default_factory=list)
    unchanged: int = 0
    notes: list[int] = field(default_factory=list)
    conflicts: list[ReviewConflict] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    locked: list[int] = field(default_factory=list)
    tracked_insertions: int = 0
    tracked_deletions: int = 0
    word_comments: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def tracked_accepted(self) -> int:
        changes = self.tracked_insertions + self.tracked_deletions
        return changes if self.tracked_policy == ACCEPT else 0

    @property
    def tracked_rejected(self) -> int:
        changes = self.tracked_insertions + self.tracked_deletions
        return changes if self.tracked_policy == REJECT else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "document_id": self.document_id,
            "token": self.token,
            "matched_by": self.matched_by,
            "reviewer": self.reviewer,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "notes": self.notes,
            "conflicts": [c.to_dict() for c in self.conflicts],
            "skipped": [s.to_dict() for s in self.skipped],
            "locked": self.locked,
            "tracked_changes": {
                "policy": self.tracked_policy,
                "insertions": self.tracked_insertions,
                "deletions": self.tracked_deletions,
                "accepted": self.tracked_accepted,
                "rejected": self.tracked_rejected,
            },
            "word_comments": self.word_comments,
            "warnings": self.warnings,
        }


# --------------------------------------------------------------------------- cell text


# --------------------------------------------------------------------------- workspace


def _same(a: str, b: str) -> bool:
    return a.strip() == b.strip()


def _append(note: str, line: str) -> str:
    return f"{note.rstrip()}\n{line}" if note.strip() else line


def merged_note(current: str, exported: str, cell: str | None, comments: list[str]) -> str:
    """The segment's note after the reviewer's Comment cell and Word comments."""
    note = current
    cell = (cell or "").strip()
    if cell and not _same(cell, exported):
        if _same(current, exported):
            note = cell  # nobody else touched the note: the reviewer's version stands
        else:
            old = exported.strip()
            addition = cell[len(old) :].strip() if old and cell.startswith(old) else cell
            if addition and addition not in note:
                note = _append(note, addition)
    for line in comments:
        if line not in note:
            note = _append(note, line)
    return note


def _values_at(
    session: Session, segments: dict[int, Segment], name: str, when: datetime | None
) -> dict[int, str]:
    """Each segment's ``name`` field as it was at ``when``, from the revision history."""
    values = {sid: str(getattr(seg, name)) for sid, seg in segments.items()}
    if when is None:
        return values
    for chunk in chunks(list(segments)):
        query = (
            select(SegmentRevision.segment_id, SegmentRevision.before)
            .where(SegmentRevision.field == name, SegmentRevision.created_at > when)
            .where(col(SegmentRevision.segment_id).in_(chunk))
            .order_by(col(SegmentRevision.id).desc())
        )
        for sid, before in session.exec(query):
            values[sid] = before  # newest first: the first change after `when` is set last
    return values


def _agreement(export: ReviewExport, rows: list[ReviewRow]) -> int:
    base = json.loads(export.base)
    return sum(1 for row in rows if _same(base.get(row.id_text, "\0"), row.target))


def _pick_export(
    exports: list[ReviewExport], created: datetime | None, rows: list[ReviewRow]
) -> ReviewExport | None:
    if created is not None:
        for export in exports:
            made = as_utc(export.created_at)
            if made is not None and abs(made - created) <= _SAME_EXPORT:
                return export
    if not exports:
        return None
    # max() keeps the first of equals: exports come oldest first (see the module docstring).
    return max(exports, key=lambda export: _agreement(export, rows))


@dataclass
class _Base:
    document_id: int
    export: ReviewExport | None
    matched_by: str
    when: datetime | None  # the moment the base stands for (export time or file creation)


def _resolve(
    session: Session, ref: Reference, rows: list[ReviewRow], path: Path, warnings: list[str]
) -> _Base:
    from workbench.documents.query import get_document

    export = session.get(ReviewExport, ref.token) if ref.token else None
    if export is not None:
        return _Base(export.document_id, export, "token", export.created_at)
    if ref.token:
        warnings.append(
            f"The review reference {ref.token} is not known in this workspace (was the file "
            "exported from another workspace?); it was matched by its document id instead"
        )
    if ref.document_id is None:
        raise WorkbenchError(
            f"Cannot import review document {path}: it does not say which document it belongs "
            "to (its review reference is missing); export a new review document and send that"
        )
    try:
        get_document(session, ref.document_id)
    except NotFoundError:
        raise WorkbenchError(
            f"Cannot import review document {path}: it belongs to document {ref.document_id}, "
            "which is not in this workspace"
        ) from None
    exports = list(
        session.exec(
            select(ReviewExport)
            .where(ReviewExport.document_id == ref.document_id)
            .order_by(col(ReviewExport.created_at))
        )
    )
    export = _pick_export(exports, ref.created, rows)
    if export is not None:
        warnings.append(
            f"The file carries no usable review reference (another app may have saved it); "
            f"it was matched to the review export of document {ref.document_id} made "
            f"{export.created_at:%Y-%m-%d %H:%M} UTC"
        )
        return _Base(ref.document_id, export, "document", export.created_at)
    if ref.created is not None:
        warnings.append(
            f"No review export of document {ref.document_id} is recorded here; the targets "
            f"as they were when the file was made ({ref.created:%Y-%m-%d %H:%M} UTC) were "
            "rebuilt from the revision history and used to detect conflicts"
        )
        return _Base(ref.document_id, None, "history", ref.created)
    warnings.append(
        f"No review export of document {ref.document_id} is recorded here and the file has no "
        "creation time, so conflicts cannot be detected: where the reviewer's target differs "
        "from the workspace, the reviewer's target was applied"
    )
    return _Base(ref.document_id, None, "none", None)


def _skip_reason(
    row: ReviewRow, sid: int | None, segments: dict[int, Segment], seen: set[int], document_id: int
) -> str:
    """Why a row cannot be imported, or "" when it can."""
    if row.deleted:
        return "the row was deleted with Track Changes"
    if not row.id_text:
        return "no segment id (a row the reviewer added?)"
    if sid is None:
        return f"the segment id {row.id_text!r} is not a number"
    if sid not in segments:
        return f"document {document_id} has no segment {sid}"
    if sid in seen:
        return f"segment {sid} appears in an earlier row, which was used"
    return ""


def _usable_rows(
    rows: list[ReviewRow],
    segments: dict[int, Segment],
    document_id: int,
    comments: dict[int, str],
    result: ReviewImportResult,
) -> list[tuple[ReviewRow, int]]:
    """Rows that name a segment of the document (once); the others go to ``skipped``."""
    usable: list[tuple[ReviewRow, int]] = []
    seen: set[int] = set()
    for row in rows:
        match = _ID.fullmatch(row.id_text)
        sid = int(match.group(1)) if match else None
        reason = _skip_reason(row, sid, segments, seen, document_id)
        if reason:
            texts = row.cells + [comments[i] for i in row.comment_ids]
            if texts:  # a wholly empty row is no loss worth reporting
                result.skipped.append(
                    SkippedRow(row.number, row.id_text, reason, " | ".join(texts))
                )
            continue
        assert sid is not None
        seen.add(sid)
        usable.append((row, sid))
    return usable


def _plan(
    session: Session,
    rows: list[ReviewRow],
    base: _Base,
    comments: dict[int, str],
    result: ReviewImportResult,
) -> list[SegmentEdit]:
    """The edits the rows ask for; conflicts, locked segments and warnings go to ``result``."""
    segments = {
        seg.id or 0: seg
        for seg in session.exec(select(Segment).where(Segment.document_id == base.document_id))
    }
    usable = _usable_rows(rows, segments, base.document_id, comments, result)
    wanted = {sid: segments[sid] for _, sid in usable}
    exported = json.loads(base.export.base) if base.export is not None else {}
    targets = _values_at(session, wanted, "target", base.when)
    notes = _values_at(session, wanted, "note", base.when)
    missing = [sid for sid in wanted if base.export is not None and str(sid) not in exported]
    if missing:
        result.warnings.append(
            f"{len(missing)} row(s) name segments that were not in this export (first: "
            f"{missing[0]}); they were compared with their targets at export time"
        )
    edits: list[SegmentEdit] = []
    for row, sid in usable:
        base_target = exported.get(str(sid), targets[sid])
        row_comments = [comments[i] for i in row.comment_ids]
        edit = _row_edit(row, wanted[sid], base_target, notes[sid], row_comments, result)
        if edit is not None:
            edits.append(edit)
    return edits


def _row_edit(
    row: ReviewRow,
    segment: Segment,
    base: str,
    exported_note: str,
    comments: list[str],
    result: ReviewImportResult,
) -> SegmentEdit | None:
    sid = segment.id or 0
    before = state(segment)
    after = before
    reviewer = row.target
    if _same(reviewer, base) or _same(reviewer, before.target):
        result.unchanged += 1
    elif not reviewer:
        result.warnings.append(f"Segment {sid}: the reviewer emptied the target; not applied")
    elif _same(before.target, base):
        after = replace(after, target=reviewer, status=SegmentStatus.REVIEWED.value)
    else:
        result.conflicts.append(ReviewConflict(sid, base, before.target, reviewer))
    note = merged_note(before.note, exported_note, row.comment, comments)
    after = replace(after, note=note)
    if after == before:
        return None
    if before.status == SegmentStatus.LOCKED:
        result.locked.append(sid)
        result.warnings.append(f"Segment {sid} is locked; the reviewer's changes were not applied")
        return None
    if after.target != before.target:
        result.updated.append(sid)
    if after.note != before.note:
        result.notes.append(sid)
    return SegmentEdit(sid, before, after)


def import_review_docx(
    workspace: Workspace, path: Path | str, *, tracked_changes: str = ACCEPT, author: str
) -> ReviewImportResult:
    """Bring a returned review DOCX into the workspace (see the module docstring for the
    rules). Every change is a revision by ``author``; any error changes nothing."""
    from workbench.editor.changes import apply_batch

    path = Path(path)
    returned = read_review_docx(path, tracked_changes)
    ref, rows = returned.reference, returned.rows
    warnings = [
        f"A Word comment outside the table rows was not imported: {text}"
        for text in returned.outside
    ]
    with workspace.session() as session:
        base = _resolve(session, ref, rows, path, warnings)
        result = ReviewImportResult(
            path=path,
            document_id=base.document_id,
            token=base.export.token if base.export is not None else ref.token,
            matched_by=base.matched_by,
            tracked_policy=tracked_changes,
            reviewer=ref.reviewer,
            tracked_insertions=returned.tally.insertions,
            tracked_deletions=returned.tally.deletions,
            word_comments=len(returned.comments) - len(returned.outside),
            warnings=warnings,
        )
        edits = _plan(session, rows, base, returned.comments, result)
        apply_batch(session, EditBatch(f"Import review {path.name}", edits), author=author)
        if base.export is not None:
            base.export.imported_at = utcnow()
            session.add(base.export)
    return result
