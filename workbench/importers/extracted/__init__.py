"""Text extracted from a bilingual print PDF: ``read_extracted(path) -> DraftDocument``.

What such text looks like (the *World and Chongqing* extract): title fragments and the
author on short lines at the top, then the two languages running together with no line
breaks, interleaved with the page furniture — a bilingual running header and folios (page
number + the magazine's name, on either side), often glued to the neighbouring word.

Steps, one module each:

1. ``title.top_lines``: the short lines at the top; the body starts at the first long line.
2. ``furniture.find_furniture``: folios learned from a name that stands next to rising page
   numbers, running headers from a bilingual phrase that repeats; both removed, plus a bare
   page number left glued to them. Nothing about one magazine is built in.
3. ``blocks.build_blocks``: language runs (``runs.py``) become blocks; headings are short
   and unpunctuated; a block cut off by the end of the text is marked.
4. ``pairing.pair_blocks``: each block paired with its neighbour in the other language by
   length and anchors, or left alone (where the page cuts off its translation).
5. Each pair is sentence-aligned as the bilingual importer does
   (``bilingual.align_paragraph``). Where that alignment leaves a sentence without a
   partner, the extraction is too uncertain to trust it: the pair stays one segment.

``notes`` report what was taken as title and author and every removal (``removed running
header '…' ×3``, ``removed folio '60 The World and Chongqing'``), and unpaired blocks.
"""

from __future__ import annotations

from pathlib import Path

from workbench.errors import ImportFailed
from workbench.importers.bilingual import align_paragraph
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.importers.encoding import read_text_file
from workbench.importers.extracted.blocks import TextBlock, build_blocks
from workbench.importers.extracted.furniture import find_furniture
from workbench.importers.extracted.pairing import BlockPair, leading_language, pair_blocks
from workbench.importers.extracted.title import Title, read_title, top_lines
from workbench.importers.text import encoding_note
from workbench.models.enums import BlockKind, Language

__all__ = ["FORMAT", "read_extracted"]

FORMAT = "extracted"
_NAMES = {Language.ZH: "Chinese", Language.EN: "English"}


def _other(lang: Language) -> Language:
    return Language.EN if lang is Language.ZH else Language.ZH


def _where(text: str, block: TextBlock) -> str:
    """``line 9, characters 120–480`` (columns in the file, 1-based)."""
    line = text.count("\n", 0, block.start) + 1
    column = block.start - (text.rfind("\n", 0, block.start) + 1)
    last_line = text.count("\n", 0, block.end) + 1
    if last_line != line:
        return f"lines {line}–{last_line}"
    return f"line {line}, characters {column + 1}–{column + block.end - block.start}"


def _segments(
    source: str, target: str, src: Language, tgt: Language
) -> tuple[list[DraftSegment], bool]:
    """The sentence alignment of a pair, or one segment pair when it leaves a sentence alone
    (second value False)."""
    segments = align_paragraph(source, target, src, tgt)
    if segments and all(seg.source and seg.target for seg in segments):
        return segments, True
    return [DraftSegment(source, target)], False


def _pair_block(
    pair: BlockPair, text: str, src: Language, tgt: Language
) -> tuple[DraftBlock, bool]:
    """The draft block of a pair (or lone block); False when a pair stayed one segment."""
    sides = {Language.ZH: pair.zh, Language.EN: pair.en}
    source_block, target_block = sides[src], sides[tgt]
    source = source_block.text if source_block else ""
    target = target_block.text if target_block else ""
    kind = pair.blocks[0].kind
    aligned = True
    segments: list[DraftSegment] | None = None  # a lone source block: the store segments it
    if source and target:
        segments, aligned = _segments(source, target, src, tgt)
    elif target:
        segments = align_paragraph("", target, src, tgt) or [DraftSegment("", target)]
    block = DraftBlock(
        kind=kind,
        source=source,
        target=target,
        level=2 if kind is BlockKind.HEADING else 0,
        origin="; ".join(f"{b.lang} {_where(text, b)}" for b in pair.blocks),
        segments=segments,
    )
    return block, aligned


def _title_notes(title: Title) -> list[str]:
    notes: list[str] = []
    if title.zh or title.en:
        first, last = title.lines
        lines = f"line {first}" if first == last else f"lines {first}–{last}"
        shown = " / ".join(t for t in (title.zh, title.en) if t)
        notes.append(f"title from {lines}: {shown}")
        if title.from_header:
            notes.append("title completed from the running header it repeats")
    if title.author:
        notes.append(f"author '{title.author}' (line {title.author_line})")
    return notes


def _lone_note(pair: BlockPair, text: str) -> str:
    block = pair.blocks[0]
    missing = _NAMES[_other(block.lang)]
    why = " (the text is cut off here)" if block.cut else ""
    return (
        f"{_NAMES[block.lang]} {block.kind} at {_where(text, block)} has no {missing} "
        f"counterpart{why}: kept alone"
    )


def read_extracted(
    path: Path | str, *, source_lang: Language | None = None, encoding: str | None = None
) -> DraftDocument:
    """Read PDF-extracted bilingual text into a draft of paired blocks."""
    decoded = read_text_file(path, encoding)
    # pdftotext ends each page with a form feed: a line break like any other here.
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    lines, body_start = top_lines(text)
    furniture = find_furniture(text, body_start)
    title = read_title(lines, furniture.headers)
    blocks, letterless = build_blocks(
        text, body_start, [(r.start, r.end) for r in furniture.removals]
    )
    if not blocks:
        raise ImportFailed(path, "no Chinese or English text found after the title lines")
    pairs = pair_blocks(blocks)
    src = Language(source_lang) if source_lang else leading_language(pairs) or Language.ZH
    tgt = _other(src)

    document = DraftDocument(
        source_lang=src,
        target_lang=tgt,
        origin_path=str(path),
        origin_format=FORMAT,
        title_zh=title.zh,
        title_en=title.en,
        byline=title.author,
    )
    document.notes.append(encoding_note(decoded))
    if decoded.warning:
        document.notes.append(decoded.warning)
    document.notes += _title_notes(title)
    document.notes += furniture.notes()
    for start, end in letterless:
        document.notes.append(f"skipped text with no letters: '{text[start:end].strip()}'")
    if title.zh or title.en:
        source, target = (title.zh, title.en) if src is Language.ZH else (title.en, title.zh)
        document.blocks.append(
            DraftBlock(
                kind=BlockKind.HEADING,
                source=source,
                target=target,
                level=1,
                origin="title",
                segments=[DraftSegment(source, target)],
            )
        )
    whole = 0
    for pair in pairs:
        block, aligned = _pair_block(pair, text, src, tgt)
        document.blocks.append(block)
        whole += not aligned
        if not pair.paired:
            document.notes.append(_lone_note(pair, text))
    paired = sum(pair.paired for pair in pairs)
    alone = len(pairs) - paired
    document.notes.append(f"{paired} Chinese–English pairs; {alone} block(s) without a counterpart")
    if whole:
        document.notes.append(
            f"{whole} pairs kept as one segment each: their sentences did not align one to one"
        )
    return document
