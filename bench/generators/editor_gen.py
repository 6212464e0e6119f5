"""A workspace holding one long zh→en document, for the editor (GUI) benchmarks.

Shape (``segments`` requested; the count is exact):

* one document, Chinese source, English target, in blocks like an imported article series:
  a heading every 15–25 blocks (``H1`` about every tenth heading, else ``H2``), a caption
  about every 150 blocks, body paragraphs of 1–4 sentence segments;
* sentences are single-sentence units from ``Material`` (our templates and
  ``../shared/corpus``), so lengths are those of real news sentences (Chinese ~20–60
  characters, English ~10–35 words);
* the first half of the segments (in document order) is translated (status ``translated``),
  the second half is new with an empty target — a document half-way through translation.

Stored through ``workbench.documents.store.store_draft`` (the importer's own writer) into a
fresh workspace made by ``open_workspace``, then closed (the WAL is checkpointed, so the
cached file is self-contained). The clock is pinned while generating, so the same
(segments, seed, corpus, schema) gives a byte-identical database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.generators.material import Material, Unit

AUTHOR = "bench"
_FIXED_TIME = dt.datetime(2025, 1, 1, 8, 0, 0, tzinfo=dt.UTC)
_SENTENCES_PER_PARAGRAPH = (1, 1, 2, 2, 2, 3, 3, 4)


@contextlib.contextmanager
def _pinned_clock() -> Iterator[None]:
    """Make ``utcnow`` constant where the store and the workspace creation read it."""
    import workbench.documents.store as store
    import workbench.models.base as base

    saved = (base.utcnow, store.utcnow)
    base.utcnow = store.utcnow = lambda: _FIXED_TIME
    try:
        yield
    finally:
        base.utcnow, store.utcnow = saved


def _sentence(material: Material) -> Unit:
    """One aligned sentence (corpus paragraphs that did not split 1:1 are skipped)."""
    while True:
        unit = material.unit()
        if unit.sentences == 1:
            return unit


def _blocks(material: Material, segments: int) -> tuple[list[Any], dict[str, int]]:
    from workbench.importers.draft import DraftBlock, DraftSegment
    from workbench.models.enums import BlockKind

    rng = material.rng
    translated_until = segments // 2
    blocks: list[DraftBlock] = []
    made = headings = captions = 0
    next_heading = 0
    next_caption = rng.randint(120, 180)

    def add(kind: BlockKind, pairs: list[tuple[str, str]], level: int = 0, style: str = "") -> None:
        nonlocal made
        parts: list[DraftSegment] = []
        for index, (zh, en) in enumerate(pairs):
            last = index == len(pairs) - 1
            parts.append(
                DraftSegment(
                    source=zh,
                    target=en if made < translated_until else "",
                    source_sep="",
                    target_sep="" if last else " ",
                )
            )
            made += 1
        blocks.append(
            DraftBlock(
                kind=kind,
                source="".join(zh for zh, _ in pairs),
                level=level,
                style=style,
                segments=parts,
            )
        )

    while made < segments:
        if len(blocks) >= next_heading:
            level = 1 if headings % 10 == 0 else 2
            en, zh = material.title()
            add(BlockKind.HEADING, [(zh, en)], level=level, style=f"Heading {level}")
            headings += 1
            next_heading = len(blocks) + rng.randint(15, 25)
        elif len(blocks) >= next_caption:
            unit = _sentence(material)
            captions += 1
            add(
                BlockKind.CAPTION,
                [(f"图{captions} {unit.zh}", f"Figure {captions}: {unit.en}")],
                style="Caption",
            )
            next_caption = len(blocks) + rng.randint(120, 180)
        else:
            count = min(rng.choice(_SENTENCES_PER_PARAGRAPH), segments - made)
            units = [_sentence(material) for _ in range(count)]
            add(BlockKind.PARAGRAPH, [(u.zh, u.en) for u in units], style="Normal")
    return blocks, {"headings": headings, "captions": captions}


def generate_editor_workspace(
    out: Path, segments: int, seed: int, corpus: Path | None
) -> dict[str, int]:
    from workbench.db.workspace import open_workspace
    from workbench.documents.store import store_draft
    from workbench.importers.draft import DraftDocument
    from workbench.models.enums import Language

    rng = random.Random(f"editor:{segments}:{seed}")
    material = Material(rng, corpus)
    blocks, shape = _blocks(material, segments)
    title_en, title_zh = material.title()
    draft = DraftDocument(
        source_lang=Language.ZH,
        target_lang=Language.EN,
        blocks=blocks,
        title_zh=title_zh,
        title_en=title_en,
        origin_path=f"bench-editor-{segments}.docx",
        origin_format="docx",
    )
    with _pinned_clock():
        workspace = open_workspace(out)
        try:
            with workspace.session() as session:
                document = store_draft(session, draft, author=AUTHOR)
                document_id = int(document.id or 0)
        finally:
            workspace.close()  # checkpoints the WAL into the file
    segs = [seg for block in blocks for seg in block.segments or ()]
    return {
        "segments": len(segs),
        "blocks": len(blocks),
        **shape,
        "translated": sum(1 for seg in segs if seg.target),
        "zh_chars": sum(len(seg.source) for seg in segs),
        "document_id": document_id,
    }
