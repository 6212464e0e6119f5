"""Rebuild headings and paragraphs from the text left once the furniture is removed.

* The body is cut at each removal into pieces; each piece into language runs (``runs.py``).
  A run is one block: extracted text has no paragraph breaks inside one language, so the
  Chinese between two English runs is one paragraph (or heading).
* A removal usually ends a block (furniture sits between blocks). It does not where the
  text goes on across the page: a run that has not ended its sentence joins the next run
  of the same language when that one carries on (English: starts in lower case or with a
  digit; Chinese: the run before is longer than a heading).
* A heading is short and has no sentence-final punctuation; everything else is a paragraph.
  A heading glued to the end of the paragraph before it in the same language (``…走过古道。
  黎明前的集市`` followed by the English heading) is split off when the next block is a
  heading in the other language: its translation.
  The last block of the text without a sentence end is marked ``cut`` (the page ends there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.importers.extracted.runs import CLOSERS, TERMINAL, Run, ends_sentence, split_runs
from workbench.language import han_count
from workbench.models.enums import BlockKind, Language

HEADING_MAX_HAN = 40
HEADING_MAX_WORDS = 20
SHORT_HEADING_WORDS = 8
TITLE_CASE_SHARE = 0.6
_ZH_CLAUSE = re.compile(r"[，,；;]")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f0-9]+")
_INNER_END = re.compile(r"[。！？]|[.!?](?=\s|[A-Z])")


@dataclass
class TextBlock:
    """One language's block: ``spans`` are the pieces of the extracted text it was built from."""

    lang: Language
    text: str
    spans: list[tuple[int, int]]
    kind: BlockKind = BlockKind.PARAGRAPH
    cut: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def clean(text: str, lang: Language) -> str:
    """Line breaks inside a run become a space between English words, nothing otherwise."""
    lines = [line.strip() for line in text.split("\n")]
    out = lines[0]
    for line in lines[1:]:
        if not line:
            continue
        glue = " " if lang is Language.EN and out and out[-1] != "-" else ""
        out = f"{out}{glue}{line}" if out else line
    return out


def looks_like_heading(text: str, lang: Language) -> bool:
    """Short, no sentence end, no clause punctuation (Chinese); English starts in capitals
    and, past a few words, capitalises most of its longer words (Title Case)."""
    if not text or ends_sentence(text) or text.rstrip()[-1] in "，,；;：:、":
        return False
    if _INNER_END.search(text.rstrip().rstrip("".join(TERMINAL))):
        return False
    if lang is Language.ZH:
        return han_count(text) <= HEADING_MAX_HAN and not _ZH_CLAUSE.search(text)
    words = _WORD.findall(text)
    if not text[0].isupper() or len(words) > HEADING_MAX_WORDS:
        return False
    long_words = [word for word in words if len(word) >= 4 and word.isalpha()]
    capitalised = sum(word[0].isupper() for word in long_words)
    return len(words) <= SHORT_HEADING_WORDS or capitalised >= TITLE_CASE_SHARE * len(long_words)


def _carries_on(before: TextBlock, run_text: str) -> bool:
    if ends_sentence(before.text):
        return False
    if before.lang is Language.EN:
        return bool(run_text) and (run_text[0].islower() or run_text[0].isdigit())
    return han_count(before.text) > HEADING_MAX_HAN


def _pieces(length: int, start: int, removed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    position = start
    for a, b in sorted(removed):
        if a > position:
            pieces.append((position, a))
        position = max(position, b)
    if position < length:
        pieces.append((position, length))
    return pieces


def _last_sentence_end(text: str) -> int:
    """Index just after the last sentence-final mark (and closing quotes); 0 if none."""
    end = 0
    for index, char in enumerate(text):
        if char in TERMINAL:
            end = index + 1
            while end < len(text) and text[end] in CLOSERS:
                end += 1
    return end


def _split_trailing_heading(block: TextBlock, following: TextBlock) -> TextBlock | None:
    """Cut a heading off the end of ``block`` if ``following`` is its translation."""
    if block.kind is BlockKind.HEADING or following.kind is not BlockKind.HEADING:
        return None
    if following.lang is block.lang:
        return None
    cut = _last_sentence_end(block.text)
    tail = block.text[cut:].strip()
    if not cut or not tail or not looks_like_heading(tail, block.lang):
        return None
    start, end = block.spans[-1]
    tail_start = end - len(tail) if block.text.endswith(tail) else end
    block.text = block.text[:cut].rstrip()
    block.spans[-1] = (start, tail_start)
    return TextBlock(block.lang, tail, [(tail_start, end)], BlockKind.HEADING)


def _with_headings_split(blocks: list[TextBlock]) -> list[TextBlock]:
    result: list[TextBlock] = []
    for index, block in enumerate(blocks):
        result.append(block)
        if index + 1 < len(blocks):
            heading = _split_trailing_heading(block, blocks[index + 1])
            if heading is not None:
                result.append(heading)
    return result


def build_blocks(
    text: str, body_start: int, removed: list[tuple[int, int]]
) -> tuple[list[TextBlock], list[tuple[int, int]]]:
    """Blocks of ``text[body_start:]`` without the ``removed`` spans, and the pieces of text
    that had no letters at all (kept out of the blocks)."""
    blocks: list[TextBlock] = []
    empty: list[tuple[int, int]] = []
    for piece_start, piece_end in _pieces(len(text), body_start, removed):
        runs: list[Run] = split_runs(text, piece_start, piece_end)
        if not runs and text[piece_start:piece_end].strip():
            empty.append((piece_start, piece_end))
        for index, run in enumerate(runs):
            run_text = clean(text[run.start : run.end], run.lang)
            last = blocks[-1] if blocks else None
            if (
                index == 0
                and last is not None
                and last.lang is run.lang
                and _carries_on(last, run_text)
            ):
                glue = " " if run.lang is Language.EN else ""
                last.text = f"{last.text}{glue}{run_text}"
                last.spans.append((run.start, run.end))
                continue
            blocks.append(TextBlock(run.lang, run_text, [(run.start, run.end)]))
    for block in blocks:
        if looks_like_heading(block.text, block.lang):
            block.kind = BlockKind.HEADING
    blocks = _with_headings_split(blocks)
    if blocks and not ends_sentence(blocks[-1].text) and blocks[-1].kind is BlockKind.PARAGRAPH:
        blocks[-1].cut = True
    return blocks, empty
