"""Read documents back: summaries for lists, full trees for show/export."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from workbench.documents.joining import join_pieces
from workbench.errors import NotFoundError
from workbench.models import Block, Document, Segment
from workbench.models.enums import Language, SegmentStatus

DONE_STATUSES = (
    SegmentStatus.TRANSLATED,
    SegmentStatus.REVIEWED,
    SegmentStatus.APPROVED,
    SegmentStatus.LOCKED,
)


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title_zh: str
    title_en: str
    status: str
    source_lang: str
    target_lang: str
    segments: int
    confirmed: int
    updated_at: str
    series_id: int | None = None

    @property
    def title(self) -> str:
        """The title in the source language, else the other one."""
        first, second = (
            (self.title_zh, self.title_en)
            if self.source_lang == Language.ZH
            else (self.title_en, self.title_zh)
        )
        return first or second or f"#{self.id}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title_zh": self.title_zh,
            "title_en": self.title_en,
            "status": self.status,
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "segments": self.segments,
            "confirmed": self.confirmed,
            "updated_at": self.updated_at,
            "series_id": self.series_id,
        }


def list_documents(session: Session, *, status: str | None = None) -> list[DocumentSummary]:
    done = sa.func.sum(sa.case((Segment.status.in_([s.value for s in DONE_STATUSES]), 1), else_=0))
    counts = (
        select(Segment.document_id, sa.func.count().label("n"), done.label("done"))
        .group_by(Segment.document_id)
        .subquery()
    )
    query = (
        select(Document, counts.c.n, counts.c.done)
        .outerjoin(counts, counts.c.document_id == Document.id)
        .order_by(Document.id)
    )
    if status:
        query = query.where(Document.status == status)
    return [
        DocumentSummary(
            id=doc.id or 0,
            title_zh=doc.title_zh,
            title_en=doc.title_en,
            status=str(doc.status),
            source_lang=str(doc.source_lang),
            target_lang=str(doc.target_lang),
            segments=int(n or 0),
            confirmed=int(confirmed or 0),
            updated_at=doc.updated_at.isoformat(timespec="seconds"),
            series_id=doc.series_id,
        )
        for doc, n, confirmed in session.exec(query)
    ]


def get_document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError(f"No document with id {document_id} in this workspace")
    return document


def document_tree(session: Session, document_id: int) -> dict[str, Any]:
    """The whole document as plain data (the ``show --format json`` contract).

    Blocks carry ``source``/``target`` (by role) and ``zh``/``en`` (by language).
    """
    document = get_document(session, document_id)
    blocks = session.exec(
        select(Block).where(Block.document_id == document_id).order_by(Block.position)
    ).all()
    segments = session.exec(
        select(Segment)
        .join(Block, Block.id == Segment.block_id)
        .where(Segment.document_id == document_id)
        .order_by(Block.position, Segment.position)
    ).all()
    by_block: dict[int, list[Segment]] = {}
    for seg in segments:
        by_block.setdefault(seg.block_id, []).append(seg)

    source_lang, target_lang = str(document.source_lang), str(document.target_lang)
    block_items: list[dict[str, Any]] = []
    for block in blocks:
        segs = by_block.get(block.id or 0, [])
        source = join_pieces((s.source, s.source_sep) for s in segs)
        target = join_pieces((s.target, s.target_sep) for s in segs)
        block_items.append(
            {
                "id": block.id,
                "position": block.position,
                "kind": str(block.kind),
                "level": block.level,
                "origin": block.origin,
                "source": source,
                "target": target,
                source_lang: source,
                target_lang: target,
                "segments": [
                    {
                        "id": s.id,
                        "position": s.position,
                        "source": s.source,
                        "target": s.target,
                        source_lang: s.source,
                        target_lang: s.target,
                        "status": str(s.status),
                        "note": s.note,
                    }
                    for s in segs
                ],
            }
        )
    return {
        "id": document.id,
        "title_zh": document.title_zh,
        "title_en": document.title_en,
        "byline": document.byline,
        "source_lang": source_lang,
        "target_lang": target_lang,
        "status": str(document.status),
        "section_id": document.section_id,
        "series_id": document.series_id,
        "campaign_id": document.campaign_id,
        "content_item_id": document.content_item_id,
        "origin_path": document.origin_path,
        "origin_format": document.origin_format,
        "created_by": document.created_by,
        "created_at": document.created_at.isoformat(timespec="seconds"),
        "updated_at": document.updated_at.isoformat(timespec="seconds"),
        "blocks": block_items,
    }


def publication_tree(session: Session) -> list[dict[str, Any]]:
    """Publications → issues → sections → documents, for the navigator."""
    from workbench.models import Issue, Publication, Section

    publications = session.exec(select(Publication).order_by(Publication.id)).all()
    issues = session.exec(select(Issue).order_by(Issue.publication_id, Issue.label)).all()
    sections = session.exec(select(Section).order_by(Section.issue_id, Section.position)).all()
    placed = session.exec(
        select(Document.id, Document.title_zh, Document.title_en, Document.section_id)
        .where(Document.section_id.is_not(None))  # type: ignore[union-attr]
        .order_by(Document.section_position, Document.id)
    ).all()
    docs_by_section: dict[int, list[dict[str, Any]]] = {}
    for doc_id, title_zh, title_en, section_id in placed:
        docs_by_section.setdefault(section_id, []).append(
            {"id": doc_id, "title_zh": title_zh, "title_en": title_en}
        )
    sections_by_issue: dict[int, list[dict[str, Any]]] = {}
    for section in sections:
        sections_by_issue.setdefault(section.issue_id, []).append(
            {
                "id": section.id,
                "title_zh": section.title_zh,
                "title_en": section.title_en,
                "documents": docs_by_section.get(section.id or 0, []),
            }
        )
    issues_by_pub: dict[int, list[dict[str, Any]]] = {}
    for issue in issues:
        issues_by_pub.setdefault(issue.publication_id, []).append(
            {
                "id": issue.id,
                "label": issue.label,
                "title_zh": issue.title_zh,
                "title_en": issue.title_en,
                "sections": sections_by_issue.get(issue.id or 0, []),
            }
        )
    return [
        {
            "id": pub.id,
            "name_zh": pub.name_zh,
            "name_en": pub.name_en,
            "issues": issues_by_pub.get(pub.id or 0, []),
        }
        for pub in publications
    ]
