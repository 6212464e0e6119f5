"""Documents: storing imports, reading trees back, editing segments, exporting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.db.workspace import Workspace
from workbench.errors import Cancelled
from workbench.importers import ImportFormat, import_file
from workbench.importers.draft import DraftDocument
from workbench.models.enums import Language


def import_into_workspace(
    workspace: Workspace,
    path: str | Path,
    *,
    author: str,
    fmt: ImportFormat | str = ImportFormat.AUTO,
    source_lang: Language | str | None = None,
    encoding: str | None = None,
    title: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, DraftDocument]:
    """Read a file and store it as a new document in one transaction; returns its id.

    ``cancelled`` is polled between the steps; answering True rolls everything back.
    XLIFF and TMX files keep their ids, states, notes and inline codes for a round trip.
    """
    from workbench.documents.store import store_draft
    from workbench.importers.interchange import interchange_kind

    if kind := interchange_kind(path, ImportFormat(fmt).value):
        from workbench.documents.store_interchange import import_interchange

        return import_interchange(
            workspace,
            path,
            author=author,
            kind=kind,
            source_lang=source_lang,
            title=title,
            cancelled=cancelled,
        )

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    draft = import_file(path, fmt=fmt, source_lang=source_lang, encoding=encoding)
    check()
    if not title and not (draft.title_zh or draft.title_en):
        title = Path(path).stem  # a list of "#12"s helps nobody; the file name does
    with workspace.session() as session:
        document = store_draft(session, draft, author=author, title=title)
        assert document.id is not None
        check()  # still inside the transaction: a late cancel leaves nothing behind
        return document.id, draft
