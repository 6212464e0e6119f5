"""Bilingual text files: each paragraph line is followed by its translation on the next line.

What real files look like (e.g. the WhereZhengzhou year-end review): English paragraph,
Chinese paragraph, English, Chinese …; blank lines between them or not; sometimes a title
pair on top whose order may differ from the body's (Chinese title first, English body first).

Rules, in order:

* Blank lines are ignored; lines with neither Chinese nor English letters (``2025``, ``***``)
  are skipped and named in the notes.
* A first pair of one Chinese and one English line that both look like a title (short, no
  final punctuation) becomes a HEADING block and the document title, in either order.
* The body must alternate strictly, in the order of its first line. A break in the pattern
  is an ``ImportFailed`` naming the line; so is a last line without a partner (an odd line
  count usually means a paragraph lost its translation, and pairing the rest anyway would
  shift every pair by one — we refuse rather than half-import).
* ``source_lang`` defaults to the body's first language; an override swaps the sides.
* Each pair is one PARAGRAPH block whose ``segments`` are the sentence alignment of the two
  lines (``align_paragraph``), so joining the segments gives back each line exactly.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from workbench.alignment import align_sentences, aligned_length
from workbench.errors import ImportFailed
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.importers.encoding import read_text_file
from workbench.language import detect_language
from workbench.models.enums import BlockKind, Language
from workbench.segmentation import split_spans

FORMAT = "bilingual"

# looks_bilingual: at least this many pairs, and this share of neighbouring lines that switch
# language (a monolingual article with a few quoted English lines stays far below it).
MIN_PAIRS = 2
MIN_ALTERNATION = 0.8

# A title is short and has no sentence-final punctuation.
_TITLE_MAX_ZH = 40  # characters
_TITLE_MAX_EN_WORDS = 16
_FINAL_PUNCT = set(".。!！?？;；:：,，、…")
_CLOSERS = "\"'”’」』）)]】》"

# A pair whose lengths (in English characters) differ more than this is probably mispaired.
_SUSPICIOUS_RATIO = 2.5
_SUSPICIOUS_MIN_LENGTH = 60.0

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

_NAMES = {Language.EN: "English", Language.ZH: "Chinese"}


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based line in the file, blank lines counted
    text: str  # stripped
    lang: Language


def _article(lang: Language) -> str:
    return "an" if lang is Language.EN else "a"


def _other(lang: Language) -> Language:
    return Language.ZH if lang is Language.EN else Language.EN


def _content_lines(text: str) -> tuple[list[_Line], list[int]]:
    """Non-blank lines with a language, and the numbers of lines that have none."""
    lines: list[_Line] = []
    skipped: list[int] = []
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        lang = detect_language(stripped)
        if lang is None:
            skipped.append(number)
        else:
            lines.append(_Line(number, stripped, lang))
    return lines, skipped


def looks_bilingual(text: str) -> bool:
    """True when ≥ 2 pairs and ≥ 80 % of neighbouring paragraph lines switch language
    (counted with and without the first two lines, which may be a title pair in the other
    order)."""
    lines, _ = _content_lines(text)
    return _alternates(lines) or _alternates(lines[2:])


def _alternates(lines: list[_Line]) -> bool:
    if len(lines) < 2 * MIN_PAIRS or len({line.lang for line in lines}) < 2:
        return False
    switches = sum(a.lang is not b.lang for a, b in itertools.pairwise(lines))
    return switches >= MIN_ALTERNATION * (len(lines) - 1)


def _looks_like_title(line: _Line) -> bool:
    text = line.text.rstrip(_CLOSERS)
    if not text or text[-1] in _FINAL_PUNCT:
        return False
    if line.lang is Language.ZH:
        return len(text) <= _TITLE_MAX_ZH
    return len(text.split()) <= _TITLE_MAX_EN_WORDS


_Pair = tuple[_Line, _Line]


def _pairs(lines: list[_Line], path: Path | str) -> tuple[_Pair | None, list[_Pair]]:
    """Split into an optional title pair and the body pairs; fail where alternation breaks."""
    title: _Pair | None = None
    body = lines
    if (
        len(lines) >= 2
        and lines[0].lang is not lines[1].lang
        and _looks_like_title(lines[0])
        and _looks_like_title(lines[1])
    ):
        title, body = (lines[0], lines[1]), lines[2:]
    if not body:
        return title, []
    first = body[0].lang
    second = _other(first)
    order = f"{_NAMES[first]}, {_NAMES[second]}"
    pairs: list[_Pair] = []
    for k in range(0, len(body), 2):
        lead = body[k]
        if lead.lang is not first:
            raise ImportFailed(
                path,
                f"expected {_article(first)} {_NAMES[first]} paragraph here but found "
                f"{_NAMES[lead.lang]}: "
                f"the lines must alternate {order} (set by line {body[0].number}), so a "
                f"paragraph just above is missing its translation or has two",
                f"line {lead.number}",
            )
        if k + 1 == len(body):
            raise ImportFailed(
                path,
                f"this {_NAMES[first]} paragraph has no {_NAMES[second]} partner (the file ends "
                f"here): every paragraph must be followed by its translation; an odd number of "
                f"paragraph lines means one translation is missing somewhere",
                f"line {lead.number}",
            )
        partner = body[k + 1]
        if partner.lang is not second:
            raise ImportFailed(
                path,
                f"expected the {_NAMES[second]} version of line {lead.number} but found "
                f"{_NAMES[partner.lang]}: the lines must alternate {order}",
                f"line {partner.number}",
            )
        pairs.append((lead, partner))
    return title, pairs


def _sentence_cuts(text: str, lang: Language) -> list[tuple[int, int]]:
    """Sentence spans widened (or trimmed) so that only whitespace lies between them.

    The segmentation contract promises that already; enforcing it here means a segmenter
    that skips a stray character can never make the joined segments differ from the text.
    """
    spans: list[tuple[int, int]] = []
    for start, end in split_spans(text, lang):
        if start < 0 or start >= end or end > len(text) or (spans and start < spans[-1][1]):
            continue  # not a usable span (outside the contract); its text joins a neighbour
        spans.append((start, end))
    cuts: list[tuple[int, int]] = []
    begin = 0
    for index, (_, end) in enumerate(spans):
        following = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        # Anything but whitespace between this span and the next stays with this one.
        gap = text[end:following]
        cuts.append(_trimmed(text, begin, end + len(gap.rstrip())))
        begin = following
    if not spans:
        cuts.append(_trimmed(text, 0, len(text)))
    return [(start, end) for start, end in cuts if start < end]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def _side(text: str, cuts: list[tuple[int, int]], indices: tuple[int, ...]) -> tuple[str, str]:
    """The text of sentences ``indices`` (one slice) and the whitespace after it."""
    if not indices:
        return "", ""
    start, end = cuts[indices[0]][0], cuts[indices[-1]][1]
    after = indices[-1] + 1
    following = cuts[after][0] if after < len(cuts) else len(text)
    return text[start:end], text[end:following]


def align_paragraph(
    source: str, target: str, source_lang: Language, target_lang: Language
) -> list[DraftSegment]:
    """Segment both texts, align the sentences and return one segment per link.

    ``"".join(s.source + s.source_sep for s in result) == source`` (and likewise for target)
    whenever ``source`` and ``target`` carry no leading or trailing whitespace.
    """
    source_cuts = _sentence_cuts(source, source_lang)
    target_cuts = _sentence_cuts(target, target_lang)
    links = align_sentences(
        [source[a:b] for a, b in source_cuts],
        [target[a:b] for a, b in target_cuts],
        source_lang,
        target_lang,
    )
    segments: list[DraftSegment] = []
    for link in links:
        src_text, src_sep = _side(source, source_cuts, link.source)
        tgt_text, tgt_sep = _side(target, target_cuts, link.target)
        segments.append(DraftSegment(src_text, tgt_text, src_sep, tgt_sep))
    return segments


def _block(
    pair: tuple[_Line, _Line], kind: BlockKind, source_lang: Language, target_lang: Language
) -> DraftBlock:
    first, second = pair
    source, target = (first, second) if first.lang is source_lang else (second, first)
    return DraftBlock(
        kind=kind,
        source=source.text,
        target=target.text,
        level=1 if kind is BlockKind.HEADING else 0,
        origin=f"lines {first.number}–{second.number}",
        segments=align_paragraph(source.text, target.text, source_lang, target_lang),
    )


def _suspicious(pair: tuple[_Line, _Line]) -> str | None:
    lengths = sorted(aligned_length(line.text, line.lang) for line in pair)
    if lengths[1] >= _SUSPICIOUS_MIN_LENGTH and lengths[1] > _SUSPICIOUS_RATIO * lengths[0]:
        first, second = pair
        return (
            f"lines {first.number}–{second.number}: one side is over "
            f"{_SUSPICIOUS_RATIO:g}× longer than the other; check that they translate each other"
        )
    return None


def import_bilingual(
    path: Path | str, *, source_lang: Language | None = None, encoding: str | None = None
) -> DraftDocument:
    """Read a file of alternating-language paragraph lines into an aligned draft."""
    decoded = read_text_file(path, encoding)
    lines, skipped = _content_lines(decoded.text)
    if not lines:
        raise ImportFailed(path, "the file has no Chinese or English text")
    languages = {line.lang for line in lines}
    if len(languages) < 2:
        only = _NAMES[languages.pop()]
        raise ImportFailed(
            path,
            f"only {only} text found: a bilingual file alternates each paragraph with its "
            f"translation (import it as plain text instead)",
        )
    title, pairs = _pairs(lines, path)
    first_lang = pairs[0][0].lang if pairs else lines[0].lang
    src_lang = Language(source_lang) if source_lang else first_lang
    tgt_lang = _other(src_lang)

    document = DraftDocument(
        source_lang=src_lang,
        target_lang=tgt_lang,
        origin_path=str(path),
        origin_format=FORMAT,
    )
    detected = " (detected)" if decoded.detected else ""
    document.notes.append(f"text encoding {decoded.encoding}{detected}")
    if skipped:
        listed = ", ".join(str(number) for number in skipped)
        document.notes.append(f"skipped lines with no Chinese or English text: {listed}")
    if title is not None:
        for line in title:
            document.set_title(line.lang, line.text)
        document.blocks.append(_block(title, BlockKind.HEADING, src_lang, tgt_lang))
        document.notes.append(f"lines {title[0].number}–{title[1].number} taken as the title")
    for pair in pairs:
        document.blocks.append(_block(pair, BlockKind.PARAGRAPH, src_lang, tgt_lang))
        warning = _suspicious(pair)
        if warning:
            document.notes.append(warning)
    return document
