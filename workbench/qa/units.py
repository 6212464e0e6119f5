"""Units for a QA run: from workspace documents, or from a bilingual file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workbench.errors import NotFoundError
from workbench.models import Block, Document, Segment
from workbench.qa.model import Unit


def document_units(session: Session, document_ids: Iterable[int]) -> list[Unit]:
    """Every segment of the documents in document order; ``key`` is the segment's number
    in its document (what the editor's row header shows)."""
    units: list[Unit] = []
    for document_id in document_ids:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFoundError(f"No document with id {document_id}")
        rows = session.execute(
            sa.select(Segment.id, Segment.source, Segment.target)
            .join(Block, col(Block.id) == col(Segment.block_id))
            .where(col(Segment.document_id) == document_id)
            .order_by(col(Block.position), col(Segment.position))
        ).all()
        for number, (segment_id, source, target) in enumerate(rows, start=1):
            units.append(
                Unit(
                    key=str(number),
                    source=source,
                    target=target,
                    source_lang=str(document.source_lang),
                    target_lang=str(document.target_lang),
                    position=len(units) + 1,
                    segment_id=segment_id,
                    document_id=document_id,
                )
            )
    return units


def issue_document_ids(session: Session, issue_id: int) -> list[int]:
    """The documents placed in an issue's sections, in print order."""
    from workbench.models import Section

    rows = session.exec(
        select(Document.id)
        .join(Section, col(Section.id) == col(Document.section_id))
        .where(Section.issue_id == issue_id)
        .order_by(col(Section.position), col(Document.section_position), col(Document.id))
    ).all()
    return [row for row in rows if row is not None]


def all_document_ids(session: Session) -> list[int]:
    return [i for i in session.exec(select(Document.id).order_by(col(Document.id))) if i]


def segment_units(session: Session, segment_ids: Sequence[int]) -> list[Unit]:
    """Units for a few segments (the one just confirmed), numbered as in their document."""
    wanted = set(segment_ids)
    document_ids = {
        doc_id
        for doc_id in session.exec(
            select(Segment.document_id).where(col(Segment.id).in_(list(wanted)))
        )
    }
    return [u for u in document_units(session, sorted(document_ids)) if u.segment_id in wanted]
