"""Assembling print issues: publications, issues, ordered sections holding ordered articles.

Every change is one transaction through ``Workspace.session()``; positions of sections in
an issue and of articles in a section are kept dense (0 … n-1) after each of them. A
``position`` argument is the index the moved thing has afterwards (clamped to the list).
Reads take a session and return plain frozen dataclasses (see ``outline``). Qt-free.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime
from enum import Enum
from typing import Literal

from sqlmodel import Session, select

from workbench.db.workspace import Workspace
from workbench.errors import WorkbenchError
from workbench.models import Document, Issue, Publication, Section
from workbench.publishing.options import Fonts, PageSetup, parse_layout, print_settings_from_json
from workbench.publishing.outline import (
    ArticleEntry,
    IssueInfo,
    IssueOutline,
    PublicationInfo,
    SectionEntry,
    _document,
    _issue,
    _issue_info,
    _publication,
    _publication_info,
    _section,
    _section_documents,
    _sections,
    get_issue,
    get_publication,
    issue_of_document,
    issue_outline,
    list_issues,
    list_publications,
    unplaced_documents,
)


class _Keep(Enum):
    KEEP = 0


KEEP: Literal[_Keep.KEEP] = _Keep.KEEP  # "leave this field as it is" in update_issue
_MARGINS = ("top", "bottom", "inside", "outside", "gutter", "header", "footer")


def _clamp(position: int | None, length: int) -> int:
    if position is None:
        return length
    return max(0, min(int(position), length))


# --- publications --------------------------------------------------------------------------
def _checked_page(page: PageSetup) -> PageSetup:
    """The page re-derived from its trim (named sizes win over stale widths) and checked."""
    margins = {name: float(getattr(page, name)) for name in _MARGINS}
    checked = PageSetup.for_trim(
        page.trim, page.width_mm, page.height_mm, mirror=bool(page.mirror), **margins
    )
    negative = [name for name, value in margins.items() if value < 0]
    if negative:
        raise WorkbenchError(f"Margins cannot be negative ({', '.join(negative)})")
    if checked.inside + checked.outside + checked.gutter > checked.width_mm - 40:
        raise WorkbenchError(
            f"The side margins and gutter leave less than 40 mm of a {checked.width_mm:g} mm page"
        )
    if checked.top + checked.bottom > checked.height_mm - 40:
        raise WorkbenchError(
            f"The top and bottom margins leave less than 40 mm of a {checked.height_mm:g} mm page"
        )
    return checked


def _store_setup(publication: Publication, page: PageSetup, fonts: Fonts) -> None:
    page = _checked_page(page)
    custom = page.trim == "custom"
    publication.trim_size = page.trim
    publication.page_width_mm = page.width_mm if custom else None
    publication.page_height_mm = page.height_mm if custom else None
    settings = print_settings_from_json(publication.print_settings)  # keep other keys
    margins = asdict(page)
    for key in ("trim", "width_mm", "height_mm"):
        margins.pop(key)
    settings["page"] = margins
    settings["fonts"] = {k: v.strip() for k, v in asdict(fonts).items()}
    publication.print_settings = json.dumps(settings, ensure_ascii=False)


def _names(name_zh: str, name_en: str) -> tuple[str, str]:
    name_zh, name_en = name_zh.strip(), name_en.strip()
    if not name_zh and not name_en:
        raise WorkbenchError("A publication needs a Chinese or an English name")
    return name_zh, name_en


def create_publication(
    workspace: Workspace,
    name_zh: str = "",
    name_en: str = "",
    *,
    description: str = "",
    page: PageSetup | None = None,
    template: str = "",
    fonts: Fonts | None = None,
) -> int:
    """A new publication with its print setup (trim size, margins, template, fonts)."""
    name_zh, name_en = _names(name_zh, name_en)
    with workspace.session() as session:
        publication = Publication(
            name_zh=name_zh, name_en=name_en, description=description, template=template.strip()
        )
        _store_setup(publication, page or PageSetup(), fonts or Fonts())
        session.add(publication)
        session.flush()
        return publication.id or 0


def update_publication(
    workspace: Workspace,
    publication_id: int,
    *,
    name_zh: str | None = None,
    name_en: str | None = None,
    description: str | None = None,
    page: PageSetup | None = None,
    template: str | None = None,
    fonts: Fonts | None = None,
) -> PublicationInfo:
    """Change what is given; ``None`` leaves a field as it is."""
    with workspace.session() as session:
        publication = _publication(session, publication_id)
        current = _publication_info(publication)
        publication.name_zh, publication.name_en = _names(
            current.name_zh if name_zh is None else name_zh,
            current.name_en if name_en is None else name_en,
        )
        if description is not None:
            publication.description = description
        if template is not None:
            publication.template = template.strip()
        if page is not None or fonts is not None:
            _store_setup(publication, page or current.page, fonts or current.fonts)
        session.add(publication)
        session.flush()
        return _publication_info(publication)


def delete_publication(workspace: Workspace, publication_id: int) -> None:
    """Delete a publication with its issues and sections; the articles stay, unplaced."""
    with workspace.session() as session:
        publication = _publication(session, publication_id)
        issue_ids = session.exec(
            select(Issue.id).where(Issue.publication_id == publication_id)
        ).all()
        for issue_id in issue_ids:
            _delete_issue(session, issue_id or 0)
        session.delete(publication)


# --- issues --------------------------------------------------------------------------------
def _check_label(session: Session, publication_id: int, label: str, issue_id: int | None) -> str:
    label = label.strip()
    if not label:
        raise WorkbenchError("An issue needs a label, e.g. 2025-04 or 2025年第4期")
    clash = session.exec(
        select(Issue.id).where(Issue.publication_id == publication_id, Issue.label == label)
    ).first()
    if clash is not None and clash != issue_id:
        name = _publication_info(_publication(session, publication_id)).title
        raise WorkbenchError(f"{name} already has an issue labelled {label!r}")
    return label


def _check_start(start_page: int) -> int:
    if not 1 <= int(start_page) <= 9999:
        raise WorkbenchError(f"The first page number must be between 1 and 9999, not {start_page}")
    return int(start_page)


def _as_datetime(value: date | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


def create_issue(
    workspace: Workspace,
    publication_id: int,
    label: str,
    *,
    title_zh: str = "",
    title_en: str = "",
    start_page: int = 1,
    publish_date: date | None = None,
) -> int:
    with workspace.session() as session:
        _publication(session, publication_id)
        issue = Issue(
            publication_id=publication_id,
            label=_check_label(session, publication_id, label, None),
            title_zh=title_zh.strip(),
            title_en=title_en.strip(),
            start_page=_check_start(start_page),
            publish_date=_as_datetime(publish_date),
        )
        session.add(issue)
        session.flush()
        return issue.id or 0


def update_issue(
    workspace: Workspace,
    issue_id: int,
    *,
    label: str | None = None,
    title_zh: str | None = None,
    title_en: str | None = None,
    start_page: int | None = None,
    publish_date: date | Literal[_Keep.KEEP] | None = KEEP,
) -> IssueInfo:
    """Change what is given; ``None`` (``KEEP`` for the date) leaves a field as it is."""
    with workspace.session() as session:
        issue = _issue(session, issue_id)
        if label is not None:
            issue.label = _check_label(session, issue.publication_id, label, issue_id)
        if title_zh is not None:
            issue.title_zh = title_zh.strip()
        if title_en is not None:
            issue.title_en = title_en.strip()
        if start_page is not None:
            issue.start_page = _check_start(start_page)
        if publish_date is not KEEP:
            issue.publish_date = _as_datetime(publish_date)
        session.add(issue)
        session.flush()
        return _issue_info(issue)


def _delete_issue(session: Session, issue_id: int) -> None:
    for section in _sections(session, issue_id):
        _unplace(session, _section_documents(session, section.id or 0))
        session.delete(section)
    session.flush()
    issue = session.get(Issue, issue_id)
    if issue is not None:
        session.delete(issue)


def delete_issue(workspace: Workspace, issue_id: int) -> None:
    """Delete an issue and its sections; its articles stay in the workspace, unplaced."""
    with workspace.session() as session:
        _issue(session, issue_id)
        _delete_issue(session, issue_id)


# --- sections ------------------------------------------------------------------------------
def _titles(title_zh: str, title_en: str) -> tuple[str, str]:
    title_zh, title_en = title_zh.strip(), title_en.strip()
    if not title_zh and not title_en:
        raise WorkbenchError("A section needs a Chinese or an English title")
    return title_zh, title_en


def _renumber_sections(sections: Sequence[Section]) -> None:
    for position, section in enumerate(sections):
        section.position = position


def add_section(
    workspace: Workspace,
    issue_id: int,
    title_zh: str = "",
    title_en: str = "",
    *,
    position: int | None = None,
) -> int:
    """A new section at ``position`` (default: at the end)."""
    title_zh, title_en = _titles(title_zh, title_en)
    with workspace.session() as session:
        _issue(session, issue_id)
        sections = _sections(session, issue_id)
        section = Section(issue_id=issue_id, title_zh=title_zh, title_en=title_en)
        session.add(section)
        sections.insert(_clamp(position, len(sections)), section)
        _renumber_sections(sections)
        session.flush()
        return section.id or 0


def rename_section(workspace: Workspace, section_id: int, title_zh: str, title_en: str) -> None:
    title_zh, title_en = _titles(title_zh, title_en)
    with workspace.session() as session:
        section = _section(session, section_id)
        section.title_zh, section.title_en = title_zh, title_en
        session.add(section)


def delete_section(workspace: Workspace, section_id: int) -> list[int]:
    """Delete a section; returns the ids of its articles, which stay in the workspace."""
    with workspace.session() as session:
        section = _section(session, section_id)
        documents = _section_documents(session, section_id)
        _unplace(session, documents)
        session.delete(section)
        session.flush()
        _renumber_sections(_sections(session, section.issue_id))
        return [d.id or 0 for d in documents]


def move_sections(workspace: Workspace, section_ids: Sequence[int], position: int) -> None:
    """Move sections of one issue, in the given order, to ``position``."""
    wanted = list(dict.fromkeys(section_ids))
    if not wanted:
        return
    with workspace.session() as session:
        moved = [_section(session, i) for i in wanted]
        issues = {s.issue_id for s in moved}
        if len(issues) > 1:
            raise WorkbenchError("Sections of different issues cannot be moved together")
        remaining = [s for s in _sections(session, moved[0].issue_id) if s.id not in wanted]
        index = _clamp(position, len(remaining))
        _renumber_sections([*remaining[:index], *moved, *remaining[index:]])


def move_section(workspace: Workspace, section_id: int, position: int) -> None:
    """Move a section to ``position`` within its issue."""
    move_sections(workspace, [section_id], position)


# --- articles ------------------------------------------------------------------------------
def _renumber_documents(documents: Sequence[Document]) -> None:
    for position, document in enumerate(documents):
        document.section_position = position


def _unplace(session: Session, documents: Iterable[Document]) -> None:
    for document in documents:
        document.section_id = None
        document.section_position = 0
        session.add(document)


def place_documents(
    workspace: Workspace,
    document_ids: Sequence[int],
    section_id: int,
    position: int | None = None,
) -> None:
    """Put documents into a section, in the given order, starting at ``position`` (default:
    the end). Each leaves the section it was in (in this issue or another)."""
    wanted = list(dict.fromkeys(document_ids))
    with workspace.session() as session:
        target = _section(session, section_id)
        documents = [_document(session, i) for i in wanted]
        old_sections = {d.section_id for d in documents if d.section_id not in (None, section_id)}
        remaining = [d for d in _section_documents(session, section_id) if d.id not in wanted]
        index = _clamp(position, len(remaining))
        ordered = [*remaining[:index], *documents, *remaining[index:]]
        for document in documents:
            document.section_id = target.id
        _renumber_documents(ordered)
        session.add_all(ordered)
        session.flush()
        for old in old_sections:
            if old is not None:
                _renumber_documents(_section_documents(session, old))


def place_document(
    workspace: Workspace, document_id: int, section_id: int, position: int | None = None
) -> None:
    place_documents(workspace, [document_id], section_id, position)


def move_document(
    workspace: Workspace, document_id: int, position: int, *, section_id: int | None = None
) -> None:
    """Move an article to ``position`` in ``section_id`` (default: the section it is in)."""
    if section_id is None:
        with workspace.session() as session:
            document = _document(session, document_id)
            if document.section_id is None:
                raise WorkbenchError(
                    f"Document {document_id} is not in an issue; choose a section to put it in"
                )
            section_id = document.section_id
    place_documents(workspace, [document_id], section_id, position)


def remove_documents(workspace: Workspace, document_ids: Sequence[int]) -> None:
    """Take articles out of their sections; the documents stay in the workspace."""
    with workspace.session() as session:
        documents = [_document(session, i) for i in dict.fromkeys(document_ids)]
        sections = {d.section_id for d in documents if d.section_id is not None}
        _unplace(session, documents)
        session.flush()
        for section_id in sections:
            if section_id is not None:
                _renumber_documents(_section_documents(session, section_id))


def remove_document(workspace: Workspace, document_id: int) -> None:
    remove_documents(workspace, [document_id])


def set_article_options(
    workspace: Workspace,
    document_ids: int | Sequence[int],
    *,
    start_right: bool | None = None,
    layout: str | None = None,
) -> None:
    """Per-article print options: open on a right-hand page; a layout other than the
    issue's ("" = the issue's). ``None`` leaves an option as it is."""
    if layout:
        layout = parse_layout(layout).value
    ids = [document_ids] if isinstance(document_ids, int) else list(document_ids)
    with workspace.session() as session:
        for document in (_document(session, i) for i in ids):
            if start_right is not None:
                document.print_start_right = bool(start_right)
            if layout is not None:
                document.print_layout = layout
            session.add(document)


__all__ = [
    "KEEP",
    "ArticleEntry",
    "IssueInfo",
    "IssueOutline",
    "PublicationInfo",
    "SectionEntry",
    "add_section",
    "create_issue",
    "create_publication",
    "delete_issue",
    "delete_publication",
    "delete_section",
    "get_issue",
    "get_publication",
    "issue_of_document",
    "issue_outline",
    "list_issues",
    "list_publications",
    "move_document",
    "move_section",
    "move_sections",
    "place_document",
    "place_documents",
    "remove_document",
    "remove_documents",
    "rename_section",
    "set_article_options",
    "unplaced_documents",
    "update_issue",
    "update_publication",
]
