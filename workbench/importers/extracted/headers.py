"""Running headers: a bilingual phrase repeated page after page, learned from repetition.

A running header carries the section title in both languages, so somewhere inside it one
script gives way to the other. Every such switch in the text is a seed: the few characters
around it. Seeds that occur more than once are grown left and right for as long as *all*
their occurrences agree; what comes out is the longest text those places share. It is a
header when it holds a real Chinese part and a real English part (a Latin name repeated
inside Chinese sentences is not one) and does not cross a line break or removed text.

A second kind of seed is the text right next to each folio: a phrase in *one* language
that stands by the folios page after page is a header too (some magazines print the section
title in Chinese on left-hand pages and in English on right-hand ones). Only its copies that
touch removed text count, so the same words in a body sentence stay.

Where the text around a header is glued to it (``…Header TextWith three themes``), the
differing neighbours end the growth by themselves; a header whose copies all happen to be
followed by the same letter is cut back to the last word boundary.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.importers.extracted.blocks import looks_like_heading
from workbench.importers.extracted.runs import ends_sentence, script_of, split_runs
from workbench.language import han_count
from workbench.models.enums import Language

SEED_RADIUS = 4
MIN_COPIES = 2
MIN_HAN = 4
MIN_WORDS = 2
MIN_WORDS_ALONE = 3  # an English-only header next to folios
# Copies of one text this frequent are not worth growing (a page of tables, say).
_MAX_COPIES = 500
_EDGE_PUNCT = " \t.,;:!?。，、；：？！"
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")


@dataclass(frozen=True)
class Header:
    text: str
    starts: tuple[int, ...]  # where each copy begins

    def spans(self) -> list[tuple[int, int]]:
        return [(start, start + len(self.text)) for start in self.starts]


def _switches(text: str) -> list[int]:
    """Positions where the script changes (neutral characters in between are skipped)."""
    found: list[int] = []
    last: Language | None = None
    for index, char in enumerate(text):
        if char == "\n":
            last = None
            continue
        lang = script_of(char)
        if lang is None:
            continue
        if last is not None and lang is not last:
            found.append(index)
        last = lang
    return found


def _grow(text: str, starts: list[int], length: int) -> tuple[list[int], int]:
    """Extend the equal copies ``text[s:s+length]`` both ways while all copies agree (never
    across a ``\\n``)."""

    def agree(positions: list[int]) -> bool:
        if any(p < 0 or p >= len(text) for p in positions):
            return False
        chars = {text[p] for p in positions}
        return len(chars) == 1 and "\n" not in chars

    while agree([s - 1 for s in starts]):
        starts = [s - 1 for s in starts]
        length += 1
    while agree([s + length for s in starts]):
        length += 1
    return starts, length


def _is_letter(char: str) -> bool:
    return script_of(char) is Language.EN


def _word_cut(text: str, starts: list[int], length: int) -> tuple[int, int]:
    """(offset, length) trimmed to word boundaries and of edge punctuation."""
    head, tail = 0, length
    first = starts[0]

    def inside_word(at: int) -> bool:
        # A boundary between two letters in some copy, unless a lower→upper glue
        # ("ImageWith") marks a word start in every copy.
        for s in starts:
            left, right = text[s + at - 1 : s + at], text[s + at : s + at + 1]
            glued = left.islower() and right.isupper()
            if left and right and _is_letter(left) and _is_letter(right) and not glued:
                return True
        return False

    while head < tail and inside_word(head):
        head += 1
    while tail > head and inside_word(tail):
        tail -= 1
    piece = text[first + head : first + tail]
    stripped = piece.lstrip(_EDGE_PUNCT)
    head += len(piece) - len(stripped)
    stripped = stripped.rstrip(_EDGE_PUNCT)
    return head, len(stripped)


def _bilingual(piece: str) -> bool:
    """A real Chinese and a real English part, neither of them ending a sentence (a header
    is a title; text that repeats up to a full stop is body)."""
    runs = split_runs(piece)
    langs = {run.lang for run in runs}
    if len(runs) < 2 or langs != {Language.ZH, Language.EN}:
        return False
    if any(ends_sentence(piece[r.start : r.end]) for r in runs):
        return False
    zh = "".join(piece[r.start : r.end] for r in runs if r.lang is Language.ZH)
    en = " ".join(piece[r.start : r.end] for r in runs if r.lang is Language.EN)
    return han_count(zh) >= MIN_HAN and len(_LATIN_WORD.findall(en)) >= MIN_WORDS


def header_sides(header: str) -> tuple[str, str]:
    """A bilingual header's Chinese and English text."""
    runs = split_runs(header)
    zh = " ".join(header[r.start : r.end] for r in runs if r.lang is Language.ZH)
    en = " ".join(header[r.start : r.end] for r in runs if r.lang is Language.EN)
    return zh, en


def _copies(text: str, piece: str) -> tuple[int, ...]:
    starts: list[int] = []
    position = text.find(piece)
    while position >= 0:
        starts.append(position)
        position = text.find(piece, position + len(piece))
    return tuple(starts)


def _beside_removed(text: str, start: int, end: int) -> bool:
    """The copy touches removed text (masked as ``\\n``) on one side, through one space."""
    before = text[max(0, start - 2) : start].rstrip(" \t")
    after = text[end : end + 2].lstrip(" \t")
    return start == 0 or before.endswith("\n") or after.startswith("\n") or end == len(text)


def _one_language(piece: str) -> bool:
    """A substantial title in one language (not the shared start of two sentences)."""
    runs = split_runs(piece)
    if len(runs) != 1 or not looks_like_heading(piece, runs[0].lang):
        return False
    if runs[0].lang is Language.ZH:
        return han_count(piece) >= MIN_HAN
    return len(_LATIN_WORD.findall(piece)) >= MIN_WORDS_ALONE


def _seeds(text: str, folio_edges: Sequence[tuple[int, int]]) -> tuple[list[list[int]], ...]:
    """Copies of each seed: around script switches, and next to folios."""
    switching: dict[str, list[int]] = defaultdict(list)
    for switch in _switches(text):
        start = switch - SEED_RADIUS
        seed = text[start : switch + SEED_RADIUS]
        if start >= 0 and len(seed) == 2 * SEED_RADIUS and "\n" not in seed:
            switching[seed].append(start)
    # Next to folios the seed is shorter: a header glued to the body shares little more.
    beside: dict[str, list[int]] = defaultdict(list)
    for folio_start, folio_end in folio_edges:
        after = folio_end + (text[folio_end : folio_end + 1] == " ")
        before = folio_start - (text[folio_start - 1 : folio_start] == " ")
        for start in (after, before - SEED_RADIUS):
            seed = text[max(start, 0) : start + SEED_RADIUS]
            if start >= 0 and len(seed) == SEED_RADIUS and "\n" not in seed:
                beside[seed].append(start)
    return list(switching.values()), list(beside.values())


def _grown(text: str, starts: list[int], size: int) -> str:
    if not MIN_COPIES <= len(set(starts)) <= _MAX_COPIES:
        return ""
    grown, length = _grow(text, sorted(set(starts)), size)
    head, size = _word_cut(text, grown, length)
    return text[grown[0] + head : grown[0] + head + size]


def find_headers(text: str, folio_edges: Sequence[tuple[int, int]] = ()) -> list[Header]:
    """Running headers in ``text`` (``\\n`` marks line breaks and removed text), longest first;
    no two share a character.

    ``folio_edges`` (the folios' spans) seed a second kind: a phrase in one language that
    stands next to folios page after page (the section title in Chinese on left-hand pages,
    in English on right-hand ones); only its copies next to removed text count."""
    switching, beside = _seeds(text, folio_edges)
    candidates: dict[str, tuple[int, ...]] = {}
    for starts in switching:
        piece = _grown(text, starts, 2 * SEED_RADIUS)
        if piece and piece not in candidates and _bilingual(piece):
            copies = _copies(text, piece)
            if len(copies) >= MIN_COPIES:
                candidates[piece] = copies
    for starts in beside:
        piece = _grown(text, starts, SEED_RADIUS)
        if piece and piece not in candidates and (_bilingual(piece) or _one_language(piece)):
            copies = tuple(
                s for s in _copies(text, piece) if _beside_removed(text, s, s + len(piece))
            )
            if len(copies) >= MIN_COPIES:
                candidates[piece] = copies
    chosen: list[Header] = []
    taken: list[tuple[int, int]] = []
    for piece, starts in sorted(candidates.items(), key=lambda kv: -len(kv[0]) * len(kv[1])):
        spans = [(s, s + len(piece)) for s in starts]
        if any(a < d and c < b for a, b in spans for c, d in taken):
            continue
        chosen.append(Header(piece, starts))
        taken.extend(spans)
    return chosen
