"""Plain text files: each non-empty line is one paragraph.

Rules:

* Line ends are normalised (CRLF, CR and LF all end a line); line numbers in ``origin`` are
  the ones an editor shows. Leading/trailing whitespace (including the full-width indent
  ``　　`` Chinese paragraphs often carry) is stripped; blank lines are dropped.
* A short, title-like first line (no sentence-final punctuation; ≤ 80 characters of English
  or ≤ 40 of Chinese) followed by more lines is a level-1 HEADING and the document title.
* The source language is the majority of the lines' languages (ties: the first line's);
  the target is the other language.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from workbench.errors import ImportFailed
from workbench.importers.draft import DraftBlock, DraftDocument
from workbench.importers.encoding import DecodedText, read_text_file
from workbench.language import detect_language
from workbench.models.enums import BlockKind, Language

FORMAT = "txt"

TITLE_MAX_CHARS = {Language.EN: 80, Language.ZH: 40}
_FINAL_PUNCT = frozenset(".。!！?？;；:：,，、…")
_CLOSERS = "\"'”’」』）)]】》"
# The language vote reads at most this many lines, spread over the file: a 50 MB file
# needs no full scan to know what it is written in.
_VOTE_LINES = 2000
_DEFAULT_LANG = Language.ZH


def other_language(lang: Language) -> Language:
    return Language.EN if lang is Language.ZH else Language.ZH


def split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them. Not ``str.splitlines``: it also breaks on form
    feeds, U+2028 etc., which would shift the line numbers users are told."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def looks_like_title(line: str, lang: Language) -> bool:
    """Short and without sentence-final punctuation (closing quotes/brackets ignored)."""
    core = line.rstrip(_CLOSERS).rstrip()
    return bool(core) and core[-1] not in _FINAL_PUNCT and len(line) <= TITLE_MAX_CHARS[lang]


def majority_language(texts: list[str]) -> Language | None:
    """The language most of ``texts`` are written in; a tie goes to the first one's."""
    if len(texts) > _VOTE_LINES:
        step = len(texts) / _VOTE_LINES
        texts = [texts[int(i * step)] for i in range(_VOTE_LINES)]
    votes = [lang for lang in map(detect_language, texts) if lang is not None]
    if not votes:
        return None
    counts = Counter(votes).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return votes[0]
    return counts[0][0]


def encoding_note(decoded: DecodedText) -> str:
    how = "detected" if decoded.detected else "as given"
    bom = ", with BOM" if decoded.bom else ""
    return f"encoding: {decoded.encoding} ({how}{bom})"


def import_text(
    path: Path | str, *, source_lang: Language | None = None, encoding: str | None = None
) -> DraftDocument:
    """Read a plain text file into a draft of one paragraph block per non-empty line."""
    decoded = read_text_file(path, encoding)
    lines = [
        (number, stripped)
        for number, line in enumerate(split_lines(decoded.text), start=1)
        if (stripped := line.strip())
    ]
    if not lines:
        raise ImportFailed(path, "the file is empty")

    notes = [encoding_note(decoded)]
    if decoded.warning:
        notes.append(decoded.warning)
    if source_lang is not None:
        src = Language(source_lang)
    else:
        detected = majority_language([text for _, text in lines])
        if detected is None:
            notes.append(f"no Chinese or English letters found; assumed {_DEFAULT_LANG}")
        src = detected or _DEFAULT_LANG

    draft = DraftDocument(
        source_lang=src,
        target_lang=other_language(src),
        origin_path=str(path),
        origin_format=FORMAT,
        notes=notes,
    )
    first_number, first = lines[0]
    title_lang = detect_language(first) or src
    if len(lines) > 1 and looks_like_title(first, title_lang):
        draft.set_title(title_lang, first)
        draft.blocks.append(
            DraftBlock(kind=BlockKind.HEADING, source=first, level=1, origin=f"line {first_number}")
        )
        lines = lines[1:]
    draft.blocks.extend(
        DraftBlock(kind=BlockKind.PARAGRAPH, source=text, origin=f"line {number}")
        for number, text in lines
    )
    return draft
