"""The editor's one call into the memory: ``editor.changes.apply_batch`` reports the
segments whose text or status it changed, and the memory follows in the same transaction
(a confirm adds or updates the segment's unit, a review keeps it, an undone confirm
removes it; see ``store.sync_confirmed``)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from workbench.tm.store import SyncResult, sync_confirmed


def record_confirmed(session: Session, segment_ids: Iterable[int]) -> SyncResult:
    """Bring the units of these segments in line with them: a few indexed statements for
    the whole batch, nothing written for a segment whose unit is already up to date."""
    return sync_confirmed(session, segment_ids)
