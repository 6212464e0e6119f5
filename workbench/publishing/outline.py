"""The read side of issue assembly: publications, issues and an issue's outline as plain
frozen dataclasses (``issue_outline``), plus the lookups that raise ``NotFoundError``.
Qt-free; ``workbench.publishing.assembly`` re-exports the public names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workbench.errors import NotFoundError
from workbench.models import Document, Issue, Publication, Section, Segment
from workbench.models.enums import Language
from workbench.publishing.options import (
    Fonts,
    PageSetup,
    fonts_from,
    page_setup_for,
    print_settings_from_json,
)

_DONE = ("translated", "reviewed", "approved", "locked")


# --- read model ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PublicationInfo:
    id: int
    name_zh: str
    name_en: str
    description: str
    template: str  # a built-in template name, a .docx path, or "" for the default
    page: PageSetup  # trim size and margins
    fonts: Fonts
    issues: int = 0

    @property
    def title(self) -> str:
        return " / ".join(n for n in (self.name_zh, self.name_en) if n) or f"#{self.id}"


@dataclass(frozen=True)
class IssueInfo:
    id: int
    publication_id: int
    label: str
    title_zh: str
    title_en: str
    start_page: int
    publish_date: date | None

    @property
    def title(self) -> str:
        return self.title_zh or self.title_en or self.label


@dataclass(frozen=True)
class ArticleEntry:
    """A document as an article of an issue (or one not placed in any issue yet)."""

    id: int
    title_zh: str
    title_en: str
    status: str
    source_lang: str
    target_lang: str
    position: int  # in its section; 0 when unplaced
    start_right: bool  # open on a right-hand (odd) page
    layout: str  # "" = the issue's layout, else a Layout value
    segments: int
    confirmed: int
    section_id: int | None = None

    @property
    def title(self) -> str:
        """The title in the source language, else the other one."""
        first, second = (
            (self.title_zh, self.title_en)
            if self.source_lang == Language.ZH
            else (self.title_en, self.title_zh)
        )
        return first or second or f"#{self.id}"


@dataclass(frozen=True)
class SectionEntry:
    id: int
    position: int
    title_zh: str
    title_en: str
    articles: tuple[ArticleEntry, ...]

    @property
    def title(self) -> str:
        return " · ".join(t for t in (self.title_zh, self.title_en) if t) or f"#{self.id}"


@dataclass(frozen=True)
class IssueOutline:
    issue: IssueInfo
    publication: PublicationInfo
    sections: tuple[SectionEntry, ...]

    @property
    def article_ids(self) -> list[int]:
        """Every placed document, in print order."""
        return [a.id for s in self.sections for a in s.articles]


def _publication_info(publication: Publication, issues: int = 0) -> PublicationInfo:
    settings = print_settings_from_json(publication.print_settings)
    page = page_setup_for(
        publication.trim_size, publication.page_width_mm, publication.page_height_mm, settings
    )
    return PublicationInfo(
        id=publication.id or 0,
        name_zh=publication.name_zh,
        name_en=publication.name_en,
        description=publication.description,
        template=publication.template,
        page=page,
        fonts=fonts_from(settings),
        issues=issues,
    )


def _issue_info(issue: Issue) -> IssueInfo:
    published = issue.publish_date.date() if issue.publish_date else None
    return IssueInfo(
        id=issue.id or 0,
        publication_id=issue.publication_id,
        label=issue.label,
        title_zh=issue.title_zh,
        title_en=issue.title_en,
        start_page=issue.start_page,
        publish_date=published,
    )


def list_publications(session: Session) -> list[PublicationInfo]:
    counts = dict(
        session.exec(
            select(Issue.publication_id, sa.func.count()).group_by(Issue.publication_id)
        ).all()
    )
    publications = session.exec(select(Publication).order_by(col(Publication.id))).all()
    return [_publication_info(p, counts.get(p.id or 0, 0)) for p in publications]


def get_publication(session: Session, publication_id: int) -> PublicationInfo:
    publication = _publication(session, publication_id)
    count = session.scalar(
        select(sa.func.count()).select_from(Issue).where(Issue.publication_id == publication_id)
    )
    return _publication_info(publication, int(count or 0))


def list_issues(session: Session, publication_id: int) -> list[IssueInfo]:
    _publication(session, publication_id)
    issues = session.exec(
        select(Issue)
        .where(Issue.publication_id == publication_id)
        .order_by(col(Issue.publish_date).desc().nulls_last(), col(Issue.id).desc())
    ).all()
    return [_issue_info(issue) for issue in issues]


def get_issue(session: Session, issue_id: int) -> IssueInfo:
    return _issue_info(_issue(session, issue_id))


def _articles(session: Session, where: sa.ColumnElement[bool]) -> list[ArticleEntry]:
    done = sa.func.sum(sa.case((col(Segment.status).in_(_DONE), 1), else_=0))
    counts = (
        select(Segment.document_id, sa.func.count().label("n"), done.label("done"))
        .group_by(col(Segment.document_id))
        .subquery()
    )
    rows = session.exec(
        select(Document, counts.c.n, counts.c.done)
        .outerjoin(counts, counts.c.document_id == Document.id)
        .where(where)
        .order_by(col(Document.section_position), col(Document.id))
    ).all()
    return [
        ArticleEntry(
            id=doc.id or 0,
            title_zh=doc.title_zh,
            title_en=doc.title_en,
            status=str(doc.status),
            source_lang=str(doc.source_lang),
            target_lang=str(doc.target_lang),
            position=doc.section_position if doc.section_id is not None else 0,
            start_right=bool(doc.print_start_right),
            layout=doc.print_layout,
            segments=int(n or 0),
            confirmed=int(confirmed or 0),
            section_id=doc.section_id,
        )
        for doc, n, confirmed in rows
    ]


def issue_outline(session: Session, issue_id: int) -> IssueOutline:
    """An issue as it will print: its sections in order, each with its articles in order."""
    issue = _issue(session, issue_id)
    sections = _sections(session, issue_id)
    ids = [s.id for s in sections]
    by_section: dict[int, list[ArticleEntry]] = {}
    if ids:
        for article in _articles(session, col(Document.section_id).in_(ids)):
            by_section.setdefault(article.section_id or 0, []).append(article)
    return IssueOutline(
        issue=_issue_info(issue),
        publication=get_publication(session, issue.publication_id),
        sections=tuple(
            SectionEntry(
                id=s.id or 0,
                position=s.position,
                title_zh=s.title_zh,
                title_en=s.title_en,
                articles=tuple(by_section.get(s.id or 0, [])),
            )
            for s in sections
        ),
    )


def unplaced_documents(session: Session) -> list[ArticleEntry]:
    """Documents not in any issue (candidates to add), oldest first."""
    return sorted(_articles(session, col(Document.section_id).is_(None)), key=lambda a: a.id)


def issue_of_document(session: Session, document_id: int) -> int | None:
    """The issue a document is placed in, if any."""
    document = _document(session, document_id)
    if document.section_id is None:
        return None
    section = session.get(Section, document.section_id)
    return section.issue_id if section is not None else None


# --- lookups -------------------------------------------------------------------------------
def _publication(session: Session, publication_id: int) -> Publication:
    found = session.get(Publication, publication_id)
    if found is None:
        raise NotFoundError(f"No publication with id {publication_id} in this workspace")
    return found


def _issue(session: Session, issue_id: int) -> Issue:
    found = session.get(Issue, issue_id)
    if found is None:
        raise NotFoundError(f"No issue with id {issue_id} in this workspace")
    return found


def _section(session: Session, section_id: int) -> Section:
    found = session.get(Section, section_id)
    if found is None:
        raise NotFoundError(f"No section with id {section_id} in this workspace")
    return found


def _document(session: Session, document_id: int) -> Document:
    found = session.get(Document, document_id)
    if found is None:
        raise NotFoundError(f"No document with id {document_id} in this workspace")
    return found


def _sections(session: Session, issue_id: int) -> list[Section]:
    return list(
        session.exec(
            select(Section)
            .where(Section.issue_id == issue_id)
            .order_by(col(Section.position), col(Section.id))
        ).all()
    )


def _section_documents(session: Session, section_id: int) -> list[Document]:
    return list(
        session.exec(
            select(Document)
            .where(Document.section_id == section_id)
            .order_by(col(Document.section_position), col(Document.id))
        ).all()
    )
