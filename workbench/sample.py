"""The sample workspace: a few bilingual articles and a magazine issue, so the app shows
something real on first launch. The content lives in resources/sample/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from workbench.db.workspace import Workspace
from workbench.documents.joining import default_separator
from workbench.documents.store import store_draft
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import Block, Document, Issue, Publication, Section
from workbench.models.enums import BlockKind, DocumentStatus, Language
from workbench.resources import resource_path

SAMPLE_FILE = "sample/sample_workspace.json"


def load_sample_data() -> dict[str, Any]:
    return json.loads(resource_path(SAMPLE_FILE).read_text("utf-8"))


def _sample_picture(name: str, workspace: Workspace) -> str:
    """Copy a sample picture next to the workspace (``media/``), where pictures live, and
    return the path the block stores (relative to the workspace folder when it has one)."""
    source = resource_path(f"sample/{name}")
    if workspace.path is None:
        return str(source)
    media = Path(workspace.path).resolve().parent / "media"
    media.mkdir(parents=True, exist_ok=True)
    target = media / name
    if not target.exists():
        shutil.copyfile(source, target)
    return f"media/{name}"


def _draft(item: dict[str, Any]) -> DraftDocument:
    source_lang, target_lang = Language(item["source_lang"]), Language(item["target_lang"])
    blocks: list[DraftBlock] = []
    for block in item["blocks"]:
        pairs = block["segments"]
        segments = [
            DraftSegment(
                source=source,
                target=target,
                source_sep=default_separator(source_lang) if i < len(pairs) - 1 else "",
                target_sep=default_separator(target_lang) if i < len(pairs) - 1 else "",
            )
            for i, (source, target) in enumerate(pairs)
        ]
        blocks.append(
            DraftBlock(
                kind=BlockKind(block["kind"]),
                level=int(block.get("level", 0)),
                source="".join(s.source + s.source_sep for s in segments),
                segments=segments,
                origin="sample",
            )
        )
    return DraftDocument(
        source_lang=source_lang,
        target_lang=target_lang,
        blocks=blocks,
        title_zh=item["title_zh"],
        title_en=item["title_en"],
        byline=item.get("byline", ""),
        origin_format="sample",
    )


def populate_sample(workspace: Workspace, *, author: str) -> bool:
    """Add the sample content to an empty workspace; returns False if it already has documents."""
    data = load_sample_data()
    with workspace.session() as session:
        if session.scalar(sa.select(sa.func.count()).select_from(Document)):
            return False
        documents: list[Document] = []
        for item in data["documents"]:
            document = store_draft(session, _draft(item), author=author)
            document.status = DocumentStatus(item["status"])
            for position, block in enumerate(item["blocks"]):
                if block.get("image"):
                    session.execute(
                        sa.update(Block)
                        .where(Block.document_id == document.id, Block.position == position)
                        .values(image=_sample_picture(block["image"], workspace))
                    )
            documents.append(document)
        pub_data = data["publication"]
        publication = Publication(
            name_zh=pub_data["name_zh"],
            name_en=pub_data["name_en"],
            description=pub_data["description"],
        )
        session.add(publication)
        session.flush()
        issue_data = pub_data["issue"]
        issue = Issue(
            publication_id=publication.id or 0,
            label=issue_data["label"],
            title_zh=issue_data["title_zh"],
            title_en=issue_data["title_en"],
        )
        session.add(issue)
        session.flush()
        sections_data = issue_data["sections"]
        for position, section_data in enumerate(sections_data):
            section = Section(
                issue_id=issue.id or 0,
                position=position,
                title_zh=section_data["title_zh"],
                title_en=section_data["title_en"],
            )
            session.add(section)
            session.flush()
            for order, number in enumerate(section_data["documents"]):
                document = documents[number - 1]
                document.section_id = section.id
                document.section_position = order
    from workbench.termbase.starter import add_starter_termbase

    add_starter_termbase(workspace, author=author)
    return True


def ensure_sample_workspace(location: str) -> Workspace:
    """Open the workspace at ``location``, filling it with the sample when it is new."""
    from workbench.db.workspace import open_workspace
    from workbench.settings import current_author

    workspace = open_workspace(location)
    populate_sample(workspace, author=current_author())
    return workspace
