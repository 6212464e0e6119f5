"""What goes into a print export, read from the workspace into plain data.

The builder never touches the database: it gets an ``IssueContent`` (sections → articles →
paragraph pairs by language), so it can be tested and benchmarked on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, select

from workbench.documents.joining import join_pieces
from workbench.errors import NotFoundError
from workbench.models import Block, Document, Issue, Publication, Section, Segment


@dataclass(frozen=True)
class Paragraph:
    """One block in both languages. ``image`` is a caption's picture (absolute path)."""

    kind: str  # heading | paragraph | caption | quote | byline
    zh: str
    en: str
    level: int = 0
    image: Path | None = None


@dataclass
class Article:
    document_id: int
    title_zh: str
    title_en: str
    byline_zh: str = ""
    byline_latin: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    start_right: bool = False
    layout: str = ""  # "" = the issue's layout
    untranslated: int = 0  # paragraphs with one language missing


@dataclass
class SectionContent:
    title_zh: str
    title_en: str
    articles: list[Article] = field(default_factory=list)


@dataclass
class IssueContent:
    publication_zh: str
    publication_en: str
    issue_label: str = ""
    issue_title_zh: str = ""
    issue_title_en: str = ""
    start_page: int = 1
    sections: list[SectionContent] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        return [article for section in self.sections for article in section.articles]


_LATIN = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’.\- ]*[A-Za-zÀ-ɏ.]|[A-Za-zÀ-ɏ]")
_BYLINE_PREFIX = re.compile(r"^\s*(?:文\s*[/／:：]|作者\s*[:：]|By\s+)", re.IGNORECASE)


def split_byline(byline: str) -> tuple[str, str]:
    """ "林小雨 Lin Xiaoyu" → ("林小雨", "Lin Xiaoyu"); either part may be empty."""
    text = _BYLINE_PREFIX.sub("", byline).strip()
    latin = " ".join(m.group().strip() for m in _LATIN.finditer(text)).strip()
    chinese = _LATIN.sub(" ", text)
    chinese = re.sub(r"\s+", " ", chinese).strip(" /／,，")
    return chinese, latin


def _image_path(value: str, base: Path | None) -> Path | None:
    if not value:
        return None
    path = Path(value)
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


def load_articles(
    session: Session, document_ids: list[int], media_base: Path | None = None
) -> dict[int, Article]:
    """Articles for ``document_ids`` (in one query per table, not per document)."""
    if not document_ids:
        return {}
    documents = session.exec(select(Document).where(Document.id.in_(document_ids))).all()  # type: ignore[union-attr]
    found = {d.id for d in documents}
    missing = [i for i in document_ids if i not in found]
    if missing:
        raise NotFoundError(f"Document {missing[0]} does not exist")
    # Column rows, not ORM objects: building 6,000 SQLModel instances costs more than the
    # whole DOCX body.
    blocks = session.exec(
        select(Block.id, Block.document_id, Block.kind, Block.level, Block.image)
        .where(Block.document_id.in_(document_ids))  # type: ignore[attr-defined]
        .order_by(Block.document_id, Block.position)
    ).all()
    segments = session.exec(
        select(
            Segment.block_id, Segment.source, Segment.source_sep, Segment.target, Segment.target_sep
        )
        .where(Segment.document_id.in_(document_ids))  # type: ignore[attr-defined]
        .order_by(Segment.block_id, Segment.position)
    ).all()
    by_block: dict[int, list[tuple[str, str, str, str]]] = {}
    for block_id, source, source_sep, target, target_sep in segments:
        by_block.setdefault(block_id, []).append((source, source_sep, target, target_sep))
    by_document: dict[int, list[tuple[int, str, int, str]]] = {}
    for block_id, document_id, kind, level, image in blocks:
        by_document.setdefault(document_id, []).append((block_id, str(kind), level, image))

    articles: dict[int, Article] = {}
    for document in documents:
        source_lang = str(document.source_lang)
        byline_zh, byline_latin = split_byline(document.byline)
        article = Article(
            document_id=document.id or 0,
            title_zh=document.title_zh,
            title_en=document.title_en,
            byline_zh=byline_zh,
            byline_latin=byline_latin,
            start_right=bool(document.print_start_right),
            layout=document.print_layout or "",
        )
        for block_id, kind, level, image in by_document.get(document.id or 0, []):
            segs = by_block.get(block_id, [])
            source = join_pieces((s[0], s[1]) for s in segs).strip()
            target = join_pieces((s[2], s[3]) for s in segs).strip()
            zh, en = (source, target) if source_lang == "zh" else (target, source)
            if not zh and not en:
                continue
            if not zh or not en:
                article.untranslated += 1
            article.paragraphs.append(
                Paragraph(
                    kind=kind,
                    zh=zh,
                    en=en,
                    level=level,
                    image=_image_path(image, media_base),
                )
            )
        _drop_repeated_title(article)
        articles[article.document_id] = article
    return articles


def _drop_repeated_title(article: Article) -> None:
    """Imported articles often start with their title as a heading block; the builder
    prints the title from the document, so that block would appear twice."""
    if not article.paragraphs:
        return
    first = article.paragraphs[0]
    if first.kind == "heading" and (first.zh, first.en) == (article.title_zh, article.title_en):
        article.paragraphs.pop(0)
    elif first.kind == "heading" and not article.title_zh and not article.title_en:
        article.title_zh, article.title_en = first.zh, first.en
        article.paragraphs.pop(0)
    if (
        article.paragraphs
        and article.paragraphs[0].kind == "byline"
        and (article.byline_zh or article.byline_latin)
    ):
        article.paragraphs.pop(0)  # the byline is printed from the document's byline field


def load_issue(session: Session, issue_id: int, media_base: Path | None = None) -> IssueContent:
    issue = session.get(Issue, issue_id)
    if issue is None:
        raise NotFoundError(f"Issue {issue_id} does not exist")
    publication = session.get(Publication, issue.publication_id)
    assert publication is not None  # foreign key
    sections = session.exec(
        select(Section).where(Section.issue_id == issue_id).order_by(Section.position, Section.id)
    ).all()
    placed = session.exec(
        select(Document.id, Document.section_id)
        .where(Document.section_id.in_([s.id for s in sections]))  # type: ignore[union-attr]
        .order_by(Document.section_position, Document.id)
    ).all()
    articles = load_articles(session, [doc_id for doc_id, _ in placed], media_base)
    content = IssueContent(
        publication_zh=publication.name_zh,
        publication_en=publication.name_en,
        issue_label=issue.label,
        issue_title_zh=issue.title_zh,
        issue_title_en=issue.title_en,
        start_page=issue.start_page or 1,
    )
    for section in sections:
        content.sections.append(
            SectionContent(
                title_zh=section.title_zh,
                title_en=section.title_en,
                articles=[articles[d] for d, s in placed if s == section.id],
            )
        )
    return content


def load_single(session: Session, document_id: int, media_base: Path | None = None) -> IssueContent:
    """One document as a one-article "issue", for ``workbench export DOC --format docx``.
    Its running header is its section's title when it sits in an issue."""
    article = load_articles(session, [document_id], media_base)[document_id]
    document = session.get(Document, document_id)
    section = (
        session.get(Section, document.section_id) if document and document.section_id else None
    )
    issue = session.get(Issue, section.issue_id) if section else None
    publication = session.get(Publication, issue.publication_id) if issue else None
    return IssueContent(
        publication_zh=publication.name_zh if publication else "",
        publication_en=publication.name_en if publication else "",
        issue_label=issue.label if issue else "",
        sections=[
            SectionContent(
                title_zh=section.title_zh if section else article.title_zh,
                title_en=section.title_en if section else article.title_en,
                articles=[article],
            )
        ],
    )
