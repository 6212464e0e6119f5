"""The work the TM panel sends to a worker thread: thin calls into ``workbench.tm``.

Each job opens its own session (SQLite connections here are usable from any thread) and
returns plain data; nothing in this module touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from workbench.db.workspace import Workspace
from workbench.editor.changes import EditBatch, SegmentEdit, state_of
from workbench.editor.grid import SegmentRow, fetch_rows, segment_ids, segment_numbers
from workbench.gui.tm.panel import LookupResult
from workbench.models.enums import SegmentStatus
from workbench.tm.lookup import concordance, lookup

PREFILL_SCORE = 100.0


def lookup_job(
    workspace: Workspace,
    segment_id: int,
    source: str,
    source_lang: str,
    target_lang: str,
    context: tuple[str, str] | None,
    limit: int = 9,
) -> Callable[[], LookupResult]:
    """The matches for one segment, with the term-base terms each contains."""

    def work() -> LookupResult:
        with workspace.session() as session:
            matches = lookup(
                session, source, source_lang, target_lang, limit=limit, context=context
            )
        return LookupResult(segment_id, source, matches)

    return work


def concordance_job(workspace: Workspace) -> Callable[[str, str], list[Any]]:
    def search(query: str, side: str) -> list[Any]:
        with workspace.session() as session:
            return list(concordance(session, query, side=side, limit=50))

    return search


@dataclass(frozen=True)
class Fill:
    segment_id: int
    target: str
    score: float


def _context(rows: list[SegmentRow], at: int) -> tuple[str, str]:
    before = rows[at - 1].source if at > 0 else ""
    after = rows[at + 1].source if at + 1 < len(rows) else ""
    return before, after


def prefill_job(
    workspace: Workspace, document_id: int, source_lang: str, target_lang: str
) -> Callable[[], list[Fill]]:
    """For every empty, unlocked segment: its 100 % or context match, if the memory has one."""

    def work() -> list[Fill]:
        fills: list[Fill] = []
        with workspace.session() as session:
            ids = segment_ids(session, document_id)
            found = fetch_rows(session, ids, segment_numbers(session, document_id))
            rows = [found[i] for i in ids if i in found]
            for at, row in enumerate(rows):
                if row.target.strip() or row.draft or row.status == SegmentStatus.LOCKED:
                    continue
                matches = lookup(
                    session,
                    row.source,
                    source_lang,
                    target_lang,
                    limit=1,
                    min_score=PREFILL_SCORE,
                    context=_context(rows, at),
                    terms=False,
                )
                if matches and matches[0].score >= PREFILL_SCORE and matches[0].target:
                    fills.append(Fill(row.id, matches[0].target, float(matches[0].score)))
        return fills

    return work


def prefill_batch(
    workspace: Workspace, fills: list[Fill], label: str, *, skip: set[int], author: str
) -> EditBatch:
    """Write the fills that still apply (target still empty, not being edited) as drafts,
    in one batch: one undo step."""
    from workbench.editor.changes import apply_batch
    from workbench.editor.drafts import segments_with_drafts

    with workspace.session() as session:
        edits = []
        typed = segments_with_drafts(session, [fill.segment_id for fill in fills])
        for fill in fills:
            if fill.segment_id in skip or fill.segment_id in typed:
                continue
            before = state_of(session, fill.segment_id)
            if before.target.strip() or before.status == SegmentStatus.LOCKED:
                continue
            after = replace(before, target=fill.target, status=SegmentStatus.DRAFT.value)
            edits.append(SegmentEdit(fill.segment_id, before, after))
        batch = EditBatch(label, edits)
        apply_batch(session, batch, author=author)
    return batch
