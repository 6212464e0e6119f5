"""What an importer produces: a document in memory, before it is stored.

Importers only read files; ``workbench.documents.store`` segments (unless the importer
already did, as the bilingual importer does) and writes the draft in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.models.enums import BlockKind, Language


@dataclass
class DraftSegment:
    """A pre-aligned segment. ``*_sep`` is the text that followed it in its paragraph."""

    source: str
    target: str = ""
    source_sep: str = ""
    target_sep: str = ""


@dataclass
class DraftBlock:
    """One paragraph-level unit. ``segments`` is None when the store should segment ``source``
    (and ``target``, if given, is kept as one segment-aligned run only when bilingual)."""

    kind: BlockKind
    source: str
    target: str = ""
    level: int = 0
    style: str = ""
    origin: str = ""
    segments: list[DraftSegment] | None = None


@dataclass
class DraftDocument:
    source_lang: Language
    target_lang: Language
    blocks: list[DraftBlock] = field(default_factory=list)
    title_zh: str = ""
    title_en: str = ""
    byline: str = ""
    origin_path: str = ""
    origin_format: str = ""
    # Facts the importer wants the user to see (detected encoding, skipped parts, …).
    notes: list[str] = field(default_factory=list)

    def set_title(self, lang: Language, text: str) -> None:
        if lang is Language.ZH:
            self.title_zh = text
        else:
            self.title_en = text
