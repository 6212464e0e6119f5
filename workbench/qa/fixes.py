"""Applying fixes: to a string, or to workspace segments as one undoable edit batch.

Fixes on one side are applied right to left so earlier offsets stay valid; a fix that
overlaps one already taken is left for the next run (two checks proposing edits to the
same characters). A fix never changes the status: it is mechanical (a comma's width, a
doubled space) and keeps a reviewed segment reviewed; the revision still records it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlmodel import Session

from workbench.editor.changes import EditBatch, SegmentEdit, load_segments, state
from workbench.models.enums import SegmentStatus
from workbench.qa.model import Finding, Fix, Side


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """``text`` with every non-overlapping fix applied, and the fixes that were applied."""
    ordered = sorted(fixes, key=lambda f: (f.start, f.end))
    taken: list[Fix] = []
    last_end = -1
    for fix in ordered:
        if fix.start < last_end:
            continue  # overlaps the previous fix
        previous = taken[-1] if taken else None
        if previous and fix.start == fix.end == previous.start == previous.end:
            continue  # a second insertion at the same place
        taken.append(fix)
        last_end = fix.end
    for fix in reversed(taken):
        text = fix.apply(text)
    return text, taken


def fixable(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.fix is not None and not f.ignored]


def fix_batch(session: Session, findings: Sequence[Finding], *, label: str) -> EditBatch:
    """One edit batch applying the fixes of ``findings`` to their segments.

    A finding whose segment changed since the run (its text no longer matches the unit)
    is skipped: its offsets would land in the wrong place. Locked segments are skipped
    and listed in ``skipped_locked``.
    """
    by_segment: dict[int, list[Finding]] = defaultdict(list)
    for finding in fixable(findings):
        if finding.unit.segment_id is not None:
            by_segment[finding.unit.segment_id].append(finding)
    if not by_segment:
        return EditBatch(label, [])
    segments = load_segments(session, list(by_segment))
    edits: list[SegmentEdit] = []
    locked: list[int] = []
    for segment_id, group in by_segment.items():
        segment = segments[segment_id]
        unit = group[0].unit
        if segment.source != unit.source or segment.target != unit.target:
            continue  # stale finding
        if segment.status == SegmentStatus.LOCKED:
            locked.append(segment_id)
            continue
        new_source, _ = apply_fixes(
            segment.source, [f.fix for f in group if f.fix and f.fix.side is Side.SOURCE]
        )
        new_target, _ = apply_fixes(
            segment.target, [f.fix for f in group if f.fix and f.fix.side is Side.TARGET]
        )
        if new_source == segment.source and new_target == segment.target:
            continue
        before = replace(state(segment), source=segment.source)
        after = replace(before, target=new_target, source=new_source)
        edits.append(SegmentEdit(segment_id, before, after))
    return EditBatch(label, edits, skipped_locked=locked)
