"""Page folios: a page number next to the publication's name, learned from repetition.

Nothing about any one magazine is built in. Every number that could be a page number (one to
three digits, not part of a decimal, a percentage or ``20th``) proposes the words standing
right after it and right before it (``60 The World and …``, ``… and Chongqing 61``) as a
name. The name is the phrase found next to the most *different* numbers (ties: the longer
phrase); its folios are the places where it stands next to a number, kept only while their
numbers rise page by page in reading order. Folios may sit on either side of the number and
may be glued to the word before or after (``Chongqing.62 The World…``, ``…Chongqing 63We``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from workbench.language import HAN_CLASS

# A page number: not inside a longer number or a decimal, not a percentage, not "20th".
_NUMBER = r"(?<!\d)(?<!\d[.,])\d{1,3}(?!\d)(?![.,]\d)(?![%‰a-z])"
_NUMBER_RE = re.compile(_NUMBER)
_WORD = r"(?:[A-Za-z\u00c0-\u024f]+(?:['’-][A-Za-z\u00c0-\u024f]+)*|&)"
_MAX_WORDS = 8
_MAX_HAN = 12
_AFTER_LATIN = re.compile(rf"[ \t]?({_WORD}(?: {_WORD}){{0,{_MAX_WORDS - 1}}})")
_AFTER_HAN = re.compile(f"[ \\t]?([{HAN_CLASS}]{{1,{_MAX_HAN}}})")
_BEFORE_LATIN = re.compile(
    rf"(?<![A-Za-z\u00c0-\u024f'’-])({_WORD}(?: {_WORD}){{0,{_MAX_WORDS - 1}}})[ \t]?$"
)
_BEFORE_HAN = re.compile(f"([{HAN_CLASS}]{{1,{_MAX_HAN}}})[ \\t]?$")
_WINDOW = 160

# A name needs this much substance (so "In 3 … In 4" or "3月 … 5月" are no names).
MIN_NAME_LETTERS = 4
MIN_NAME_HAN = 3
MIN_FOLIOS = 2
# Consecutive folios may skip a few pages (full-page pictures carry none).
MAX_PAGE_STEP = 4
_TRIES = 20


@dataclass(frozen=True)
class Folio:
    start: int
    end: int
    page: int
    text: str


def _latin_phrases(words: str, *, prefixes: bool) -> list[str]:
    parts = words.split(" ")
    cuts = range(1, len(parts) + 1)
    return [" ".join(parts[:n] if prefixes else parts[-n:]) for n in cuts]


def _candidates(text: str, start: int, end: int) -> list[str]:
    """Phrases standing right after and right before the number at ``text[start:end]``."""
    found: list[str] = []
    after = text[end : end + _WINDOW]
    if match := _AFTER_LATIN.match(after):
        found += _latin_phrases(match.group(1), prefixes=True)
    elif match := _AFTER_HAN.match(after):
        run = match.group(1)
        found += [run[:n] for n in range(1, len(run) + 1)]
    before = text[max(0, start - _WINDOW) : start]
    if match := _BEFORE_LATIN.search(before):
        found += _latin_phrases(match.group(1), prefixes=False)
    elif match := _BEFORE_HAN.search(before):
        run = match.group(1)
        found += [run[-n:] for n in range(1, len(run) + 1)]
    return [phrase for phrase in found if _substantial(phrase)]


def _substantial(phrase: str) -> bool:
    if re.match(f"[{HAN_CLASS}]", phrase):
        return len(phrase) >= MIN_NAME_HAN
    letters = sum(char.isalpha() for char in phrase)
    return phrase[0].isupper() and letters >= MIN_NAME_LETTERS


def _ranked_names(text: str, start: int, end: int) -> list[str]:
    numbers: dict[str, set[int]] = defaultdict(set)
    for match in _NUMBER_RE.finditer(text, start, end):
        for phrase in _candidates(text, match.start(), match.end()):
            numbers[phrase].add(int(match.group()))
    ranked = [(len(pages), len(phrase), phrase) for phrase, pages in numbers.items()]
    ranked = [entry for entry in ranked if entry[0] >= MIN_FOLIOS]
    ranked.sort(reverse=True)
    return [phrase for _, _, phrase in ranked]


def _pattern(name: str) -> re.Pattern[str]:
    escaped = re.escape(name)
    before = rf"(?P<pre>{_NUMBER})[ \t]?{escaped}(?![a-z])"
    after = rf"{escaped}[ \t]?(?P<post>{_NUMBER})"
    return re.compile(f"{before}|{after}")


def _rising(folios: list[Folio]) -> list[Folio]:
    """The longest run of folios whose pages rise by 1 … MAX_PAGE_STEP, in reading order."""
    best: list[int] = [1] * len(folios)
    back: list[int] = [-1] * len(folios)
    for j, folio in enumerate(folios):
        for i in range(j):
            step = folio.page - folios[i].page
            if 0 < step <= MAX_PAGE_STEP and best[i] + 1 > best[j]:
                best[j], back[j] = best[i] + 1, i
    if not folios:
        return []
    index = max(range(len(folios)), key=lambda k: best[k])
    chain: list[Folio] = []
    while index >= 0:
        chain.append(folios[index])
        index = back[index]
    return chain[::-1]


def find_folios(text: str, start: int = 0, end: int | None = None) -> tuple[str, list[Folio]]:
    """The publication name and its folios in ``text[start:end]`` (``""``, [] when none)."""
    stop = len(text) if end is None else end
    for name in _ranked_names(text, start, stop)[:_TRIES]:
        folios = [
            Folio(
                match.start(),
                match.end(),
                int(match.group("pre") or match.group("post")),
                match.group(),
            )
            for match in _pattern(name).finditer(text, start, stop)
        ]
        chain = _rising(folios)
        if len(chain) >= MIN_FOLIOS:
            return name, chain
    return "", []
