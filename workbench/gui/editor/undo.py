"""Undo commands: each wraps one core operation; the database is the only state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.db.workspace import Workspace
from workbench.editor.changes import EditBatch, apply_batch
from workbench.editor.structure import (
    MergeResult,
    SplitResult,
    merge_segments,
    split_segment,
    undo_merge,
    undo_split,
)
from workbench.errors import WorkbenchError

Refresh = Callable[[list[int]], None]  # repaint these segment ids
Reload = Callable[[int | None], None]  # structure changed: reload ids, select this segment
Report = Callable[[str], None]


class _Guarded(QUndoCommand):
    """A refused operation (locked, last in paragraph…) becomes a message and no undo step."""

    report: Report = staticmethod(lambda _message: None)  # type: ignore[assignment]

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except WorkbenchError as exc:
            self.setObsolete(True)  # QUndoStack drops it after push
            self.report(str(exc))


class BatchCommand(QUndoCommand):
    """An ``EditBatch`` (confirm, status change, replace-all …) as one undo step.

    The batch was already applied by the core when the command is pushed, so the first
    ``redo()`` (which ``QUndoStack.push`` calls) does nothing.
    """

    def __init__(
        self,
        workspace: Workspace,
        batch: EditBatch,
        author: str,
        refresh: Refresh,
        *,
        already_applied: bool = True,
    ) -> None:
        super().__init__(batch.label)
        self.workspace, self.batch, self.author, self.refresh = workspace, batch, author, refresh
        self._skip_next_redo = already_applied

    def _ids(self) -> list[int]:
        return [edit.segment_id for edit in self.batch.edits]

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
        else:
            with self.workspace.session() as session:
                apply_batch(session, self.batch, author=self.author)
        self.refresh(self._ids())

    def undo(self) -> None:
        with self.workspace.session() as session:
            apply_batch(session, self.batch.inverted(), author=self.author)
        self.refresh(self._ids())


class SplitCommand(_Guarded):
    def __init__(
        self,
        workspace: Workspace,
        label: str,
        segment_id: int,
        source_offset: int,
        target_offset: int | None,
        author: str,
        reload: Reload,
        report: Report,
    ) -> None:
        super().__init__(label)
        self.report = report
        self.workspace, self.author, self.reload = workspace, author, reload
        self.segment_id, self.source_offset, self.target_offset = (
            segment_id,
            source_offset,
            target_offset,
        )
        self.result: SplitResult | None = None

    def redo(self) -> None:
        self._guard(self._split)

    def _split(self) -> None:
        with self.workspace.session() as session:
            self.result = split_segment(
                session, self.segment_id, self.source_offset, self.target_offset, author=self.author
            )
        self.reload(self.result.second_id)

    def undo(self) -> None:
        assert self.result is not None
        with self.workspace.session() as session:
            undo_split(session, self.result, author=self.author)
        self.reload(self.result.first_id)


class MergeCommand(_Guarded):
    def __init__(
        self,
        workspace: Workspace,
        label: str,
        first_id: int,
        author: str,
        reload: Reload,
        report: Report,
    ) -> None:
        super().__init__(label)
        self.report = report
        self.workspace, self.author, self.reload = workspace, author, reload
        self.first_id = first_id
        self.result: MergeResult | None = None

    def redo(self) -> None:
        self._guard(self._merge)

    def _merge(self) -> None:
        with self.workspace.session() as session:
            self.result = merge_segments(session, self.first_id, author=self.author)
        self.reload(self.result.kept_id)

    def undo(self) -> None:
        assert self.result is not None
        with self.workspace.session() as session:
            restored = undo_merge(session, self.result, author=self.author)
        # The segment that came back may carry a new id; a later redo merges into first_id.
        self.reload(restored if isinstance(restored, int) else self.first_id)
