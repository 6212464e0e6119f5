"""SQLModel tables of the workspace. Importing this package registers every table."""

from __future__ import annotations

from workbench.models.documents import (
    Block,
    Document,
    Issue,
    Publication,
    Section,
    Segment,
    SegmentRevision,
)
from workbench.models.drafts import SegmentDraft
from workbench.models.enums import BlockKind, DocumentStatus, Language, SegmentStatus
from workbench.models.meta import WorkspaceInfo
from workbench.models.publishing import ReviewExport
from workbench.models.qa import QAIgnore, QAProfileRecord, QAUserWord
from workbench.models.termbase import Concept, Term, TermBase, TermRevision

__all__ = [
    "Block",
    "BlockKind",
    "Concept",
    "Document",
    "DocumentStatus",
    "Issue",
    "Language",
    "Publication",
    "QAIgnore",
    "QAProfileRecord",
    "QAUserWord",
    "ReviewExport",
    "Section",
    "Segment",
    "SegmentDraft",
    "SegmentRevision",
    "SegmentStatus",
    "Term",
    "TermBase",
    "TermRevision",
    "WorkspaceInfo",
]
