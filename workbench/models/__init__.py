"""SQLModel tables of the workspace.

Names load on first use (PEP 562): ``from workbench.models import Document`` imports only
the module that defines it, so a command that needs two tables does not pay for creating
every SQLModel class (~0.2 s). ``load_all()`` registers every table on
``SQLModel.metadata`` (migrations, schema checks).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULE_OF = {
    "TMUnit": "tm",
    "Observance": "planner",
    "ItemStage": "planner",
    "CampaignChannel": "planner",
    "SeriesChannel": "planner",
    "ItemChannel": "planner",
    "ContentItem": "planner",
    "Campaign": "planner",
    "Series": "planner",
    "Person": "planner",
    "Channel": "planner",
    "Block": "documents",
    "Document": "documents",
    "Issue": "documents",
    "Publication": "documents",
    "Section": "documents",
    "Segment": "documents",
    "SegmentRevision": "documents",
    "SegmentDraft": "drafts",
    "BlockKind": "enums",
    "DocumentStatus": "enums",
    "Language": "enums",
    "SegmentStatus": "enums",
    "WorkspaceInfo": "meta",
    "ReviewExport": "publishing",
    "QAIgnore": "qa",
    "QAProfileRecord": "qa",
    "QAUserWord": "qa",
    "Concept": "termbase",
    "Term": "termbase",
    "TermBase": "termbase",
    "TermRevision": "termbase",
}
__all__ = [
    "Block",
    "BlockKind",
    "Campaign",
    "CampaignChannel",
    "Channel",
    "Concept",
    "ContentItem",
    "Document",
    "DocumentStatus",
    "Issue",
    "ItemChannel",
    "ItemStage",
    "Language",
    "Observance",
    "Person",
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
    "Series",
    "SeriesChannel",
    "TMUnit",
    "Term",
    "TermBase",
    "TermRevision",
    "WorkspaceInfo",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'workbench.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"workbench.models.{module}"), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def load_all() -> None:
    """Import every table module, so ``SQLModel.metadata`` knows the whole schema."""
    for module in sorted(set(_MODULE_OF.values())):
        importlib.import_module(f"workbench.models.{module}")


if TYPE_CHECKING:
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
    from workbench.models.planner import (
        Campaign,
        CampaignChannel,
        Channel,
        ContentItem,
        ItemChannel,
        ItemStage,
        Observance,
        Person,
        Series,
        SeriesChannel,
    )
    from workbench.models.publishing import ReviewExport
    from workbench.models.qa import QAIgnore, QAProfileRecord, QAUserWord
    from workbench.models.termbase import Concept, Term, TermBase, TermRevision
    from workbench.models.tm import TMUnit
