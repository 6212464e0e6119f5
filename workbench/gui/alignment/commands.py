"""Re-segmenting a document to follow reviewed links, as one step of the editor's undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from workbench.alignment.apply import AlignmentApplied, apply_links, undo_alignment
from workbench.alignment.document import AlignedLink
from workbench.db.workspace import Workspace
from workbench.errors import WorkbenchError

Reload = Callable[[int | None], None]
Report = Callable[[str], None]


class ApplyAlignmentCommand(QUndoCommand):
    def __init__(
        self,
        workspace: Workspace,
        label: str,
        document_id: int,
        links: Sequence[AlignedLink],
        author: str,
        reload: Reload,
        report: Report,
    ) -> None:
        super().__init__(label)
        self.workspace, self.document_id, self.links = workspace, document_id, list(links)
        self.author, self.reload, self.report = author, reload, report
        self.applied: AlignmentApplied | None = None

    def redo(self) -> None:
        try:
            with self.workspace.session() as session:
                self.applied = apply_links(
                    session, self.document_id, self.links, author=self.author
                )
        except WorkbenchError as exc:
            self.setObsolete(True)  # QUndoStack drops it after push
            self.report(str(exc))
            return
        self.reload(None)

    def undo(self) -> None:
        if self.applied is None:
            return
        with self.workspace.session() as session:
            undo_alignment(session, self.applied, author=self.author)
        self.reload(None)
