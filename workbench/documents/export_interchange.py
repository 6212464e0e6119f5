"""Export a document as XLIFF 1.2, XLIFF 2.x or TMX (atomic write, segments streamed).

A document imported from the same format comes back as that file: its skeleton or header,
every unit it had, untouched units verbatim (``interchange.xliff_writer`` /
``interchange.tmx_writer``). Any other document is written fresh; languages are the file's
own codes when the document came from an interchange file, else zh-CN / en-US.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.db.workspace import Workspace
from workbench.errors import NotFoundError, WorkbenchError
from workbench.fileio import atomic_writer
from workbench.interchange.tmx_writer import write_tmx
from workbench.interchange.units import TMX, XLIFF_2, XLIFF_12
from workbench.interchange.writing import ExportDocument, ExportSegment, file_language
from workbench.interchange.xliff_writer import write_xliff
from workbench.models import Block, Document, Segment

# The CLI's names for the formats.
EXPORT_FORMATS = {"xliff": XLIFF_12, "xliff2": XLIFF_2, "tmx": TMX}
_ROWS = 1000


def export_interchange(workspace: Workspace, document_id: int, path: str | Path, fmt: str) -> int:
    """Write the document to ``path`` as ``fmt`` ("xliff", "xliff2", "tmx" or a format
    constant); returns how many units were written."""
    fmt = EXPORT_FORMATS.get(fmt, fmt)
    if fmt not in EXPORT_FORMATS.values():
        raise WorkbenchError(f"Unknown export format {fmt!r}; use xliff, xliff2 or tmx")
    target = Path(path)
    with workspace.session() as session:
        document = exported_document(session, document_id, fmt)
        try:
            if fmt == TMX:
                with atomic_writer(target, "wb") as handle:
                    return write_tmx(handle, document)
            with atomic_writer(target, "w") as handle:
                return write_xliff(handle, document)
        except OSError as exc:
            raise WorkbenchError(f"Cannot write {target}: {exc.strerror or exc}") from exc


def exported_document(session: Session, document_id: int, fmt: str) -> ExportDocument:
    """The document as the writers take it; its blocks are read lazily, in order."""
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError(f"No document with id {document_id}")
    origin = _json(document.origin_meta)
    original = Path(document.origin_path).name if document.origin_path else ""
    title = document.title_zh or document.title_en
    return ExportDocument(
        fmt=fmt,
        source_lang=file_language(document.source_lang, origin.get("source_lang", "")),
        target_lang=file_language(document.target_lang, origin.get("target_lang", "")),
        original=original or title or f"document-{document_id}",
        blocks=_blocks(session, document_id),
        origin_meta=origin,
    )


def _json(text: str) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}  # unreadable metadata: written fresh rather than refused
    return value if isinstance(value, dict) else {}


def _blocks(session: Session, document_id: int) -> Iterator[list[ExportSegment]]:
    query = (
        sa.select(
            Segment.block_id,
            Segment.source,
            Segment.target,
            Segment.source_sep,
            Segment.target_sep,
            Segment.status,
            Segment.note,
            Segment.meta,
        )
        .join(Block, Block.id == Segment.block_id)
        .where(Segment.document_id == document_id)
        .order_by(Block.position, Segment.position)
        .execution_options(yield_per=_ROWS)
    )
    current: int | None = None
    block: list[ExportSegment] = []
    for row in session.execute(query):
        if row.block_id != current:
            if block:
                yield block
            current, block = row.block_id, []
        block.append(
            ExportSegment(
                source=row.source,
                target=row.target,
                source_sep=row.source_sep,
                target_sep=row.target_sep,
                status=str(row.status),
                note=row.note,
                meta=_json(row.meta) or None,
            )
        )
    if block:
        yield block
