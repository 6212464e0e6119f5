"""Print exports as one call each, for the CLI and the GUI: read the content, build the
document, save it atomically, optionally render the PDF proof."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.errors import NotFoundError
from workbench.publishing.builder import IssueBuilder
from workbench.publishing.content import IssueContent, load_issue, load_single
from workbench.publishing.options import (
    PageSetup,
    PublishOptions,
    Script,
    fonts_from,
    page_setup_for,
    print_settings_from_json,
)
from workbench.publishing.output import check_writable, save_docx

if TYPE_CHECKING:
    from sqlmodel import Session

    from workbench.db.workspace import Workspace

Progress = Callable[[int, int], None]


@dataclass
class PublishResult:
    output: Path
    articles: int
    paragraphs: int
    warnings: list[str] = field(default_factory=list)
    pdf: Path | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "articles": self.articles,
            "paragraphs": self.paragraphs,
            "warnings": list(self.warnings),
            "pdf": str(self.pdf) if self.pdf else None,
            "seconds": round(self.seconds, 3),
        }


def _media_base(workspace: Workspace) -> Path | None:
    """Pictures are stored relative to the workspace file's folder."""
    path = getattr(workspace, "path", None)
    return Path(path).resolve().parent if path else None


def _publication_defaults(session: Session, issue_id: int) -> tuple[PublishOptions, PageSetup]:
    from workbench.models import Issue, Publication

    issue = session.get(Issue, issue_id)
    if issue is None:
        raise NotFoundError(f"Issue {issue_id} does not exist")
    publication = session.get(Publication, issue.publication_id)
    assert publication is not None  # foreign key
    settings = print_settings_from_json(publication.print_settings)
    page = page_setup_for(
        publication.trim_size, publication.page_width_mm, publication.page_height_mm, settings
    )
    options = PublishOptions(template=publication.template or None, fonts=fonts_from(settings))
    return options, page


def issue_options(workspace: Workspace, issue_id: int) -> PublishOptions:
    """The options a new export of ``issue_id`` starts from (the publication's)."""
    with workspace.session() as session:
        options, page = _publication_defaults(session, issue_id)
    return options.with_(page=page)


def _filters(
    session: Session, content: IssueContent, options: PublishOptions
) -> tuple[Callable[[str], str] | None, Callable[[str], str] | None]:
    zh_steps: list[Callable[[str], str]] = []
    en_steps: list[Callable[[str], str]] = []
    if options.normalize_punctuation:
        from workbench.publishing.script import normalize_punctuation

        zh_steps.append(lambda text: normalize_punctuation(text, "zh"))
        en_steps.append(lambda text: normalize_punctuation(text, "en"))
    if options.script is not Script.SIMPLIFIED or options.uses_corner_quotes:
        from workbench.publishing.script import (
            ScriptConverter,
            proper_nouns,
            protected_from_termbase,
        )

        bylines = [a.byline_zh for a in content.articles if a.byline_zh]
        converter = ScriptConverter(
            options.script,
            protected=protected_from_termbase(session),
            names=proper_nouns(bylines),
            corner_quotes=options.uses_corner_quotes,
        )
        zh_steps.append(converter.convert)

    def chain(steps: list[Callable[[str], str]]) -> Callable[[str], str] | None:
        if not steps:
            return None

        def run(text: str) -> str:
            for step in steps:
                text = step(text)
            return text

        return run

    return chain(zh_steps), chain(en_steps)


def _export(
    workspace: Workspace,
    load: Callable[[Session], IssueContent],
    output: Path,
    options: PublishOptions,
    page: PageSetup | None,
    *,
    front_matter: bool,
    pdf: Path | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> PublishResult:
    started = time.perf_counter()
    output = Path(output)
    check_writable(output)  # say so before the work, not after it
    if pdf is not None:
        check_writable(Path(pdf))
    with workspace.session() as session:
        content = load(session)
        zh_filter, en_filter = _filters(session, content, options)
    builder = IssueBuilder(
        content,
        options,
        page,
        zh_filter=zh_filter,
        en_filter=en_filter,
        front_matter=front_matter,
        progress=progress,
        cancelled=cancelled,
    )
    document = builder.build()
    core = document.core_properties
    core.title = " · ".join(
        t for t in (content.publication_zh, content.publication_en, content.issue_label) if t
    )
    core.author = core.last_modified_by = "ICC Workbench"
    save_docx(document, output)
    report = builder.report
    result = PublishResult(output, report.articles, report.paragraphs, list(report.warnings))
    if pdf is not None:
        from workbench.publishing.pdf import docx_to_pdf

        proof = docx_to_pdf(output, Path(pdf), cancelled=cancelled)
        result.pdf = proof.path
        result.warnings.extend(proof.warnings)
    result.seconds = time.perf_counter() - started
    return result


def publish_issue(
    workspace: Workspace,
    issue_id: int,
    output: Path,
    options: PublishOptions | None = None,
    *,
    pdf: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PublishResult:
    """The print DOCX of an issue: cover and contents, then its sections' articles."""
    with workspace.session() as session:
        defaults, page = _publication_defaults(session, issue_id)
    options = options or defaults
    if options.template is None:
        options = options.with_(template=defaults.template)
    start_page = options.start_page
    media = _media_base(workspace)

    def load(session: Session) -> IssueContent:
        content = load_issue(session, issue_id, media)
        if start_page is not None:
            content.start_page = start_page
        return content

    return _export(
        workspace,
        load,
        output,
        options,
        options.page or page,
        front_matter=True,
        pdf=pdf,
        progress=progress,
        cancelled=cancelled,
    )


def export_document_docx(
    workspace: Workspace,
    document_id: int,
    output: Path,
    options: PublishOptions | None = None,
    *,
    pdf: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PublishResult:
    """One article in print layout (no cover or contents), with its issue's page setup
    when it sits in one, else the template's."""
    options = options or PublishOptions()
    media = _media_base(workspace)
    page = options.page
    with workspace.session() as session:
        from workbench.models import Document, Section

        document = session.get(Document, document_id)
        if document is None:
            raise NotFoundError(f"Document {document_id} does not exist")
        if page is None and document.section_id is not None:
            section = session.get(Section, document.section_id)
            if section is not None:
                defaults, page = _publication_defaults(session, section.issue_id)
                if options.template is None:
                    options = options.with_(template=defaults.template)
    return _export(
        workspace,
        lambda session: load_single(session, document_id, media),
        output,
        options,
        page,
        front_matter=False,
        pdf=pdf,
        progress=progress,
        cancelled=cancelled,
    )
