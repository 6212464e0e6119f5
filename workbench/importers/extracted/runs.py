"""Split text where Chinese and English run together into language runs.

Characters are *strong* (Han ideographs and Chinese full-width punctuation → zh; Latin
letters → en) or *neutral* (digits, spaces, ASCII punctuation, curly quotes, which both
languages use). A run is a stretch of one language's strong characters with the neutrals
between them, so ``浏览量突破500万`` stays Chinese and ``of“Striving for …”,`` stays English.

Two refinements:

* A short island of the other script strictly inside a run, where the host sentence has not
  ended (``邀请“City Walk”达人``), belongs to the host: Latin names in Chinese sentences,
  a Chinese word quoted in English (in quotation marks, a longer one). After a sentence
  end it is a new run (a heading).
* Neutrals between two runs are shared out: up to the last closing mark (``.`` ``”`` ``)``
  ``%`` …) they stay with the run they close (``in 2021.``), the rest (opening quotes,
  digits) opens the next run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.language import HAN_CLASS
from workbench.models.enums import Language

# Full-width punctuation only Chinese text uses; it counts as Chinese (。after a Latin name
# ends a Chinese sentence). Curly quotes are shared and stay neutral.
ZH_PUNCT = "、。，；：？！《》「」『』【】（）〈〉"
_ZH_CHAR = re.compile(f"[{HAN_CLASS}{ZH_PUNCT}]")
_LATIN_CHAR = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_HAN_CHAR = re.compile(f"[{HAN_CLASS}]")

TERMINAL = frozenset(".!?。！？…")
CLOSERS = "\"'”’」』）)]】》"
# Neutrals that close the run before them when they follow it directly.
_TRAILING = frozenset(".,;:!?)]}”’%‰…°")
_CLOSING = frozenset(".!?…)]}”’%‰°")

# An island of the other script this small, inside an unfinished sentence, is embedded.
ISLAND_MAX_WORDS = 4
ISLAND_MAX_LETTERS = 30
ISLAND_MAX_HAN = 3
# … and in quotation marks or brackets (``the motto“绿水青山就是金山银山”``) four times that.
QUOTED_SCALE = 4
_OPENERS = "“‘\"'(（[「『《〈"
_QUOTE_CLOSERS = "”’\"')）]」』》〉"


def script_of(char: str) -> Language | None:
    """zh for Han and Chinese punctuation, en for Latin letters, None for neutrals."""
    if _ZH_CHAR.match(char):
        return Language.ZH
    if _LATIN_CHAR.match(char):
        return Language.EN
    return None


@dataclass(frozen=True)
class Run:
    """``text[start:end]`` is written in ``lang`` (trimmed of surrounding whitespace)."""

    lang: Language
    start: int
    end: int


@dataclass
class _Stretch:
    lang: Language
    start: int  # first strong character
    end: int  # after the last strong character


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (closing quotes skipped)."""
    core = text.rstrip().rstrip(CLOSERS).rstrip()
    return bool(core) and core[-1] in TERMINAL


def _stretches(text: str, start: int, end: int) -> list[_Stretch]:
    found: list[_Stretch] = []
    for index in range(start, end):
        lang = script_of(text[index])
        if lang is None:
            continue
        if found and found[-1].lang is lang:
            found[-1].end = index + 1
        else:
            found.append(_Stretch(lang, index, index + 1))
    return found


def _small(text: str, lang: Language, quoted: bool) -> bool:
    scale = QUOTED_SCALE if quoted else 1
    if lang is Language.EN:
        words = _LATIN_WORD.findall(text)
        return (
            len(words) <= ISLAND_MAX_WORDS * scale
            and sum(map(len, words)) <= ISLAND_MAX_LETTERS * scale
        )
    return len(_HAN_CHAR.findall(text)) <= ISLAND_MAX_HAN * scale


def _quoted(text: str, start: int, end: int) -> bool:
    """The island ``text[start:end]`` stands inside quotation marks or brackets."""
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return bool(before) and before in _OPENERS and bool(after) and after in _QUOTE_CLOSERS


def _embed(text: str, stretches: list[_Stretch]) -> list[_Stretch]:
    """Fold small islands into the run around them while the host sentence goes on."""
    merged = list(stretches)
    index = 1
    while index < len(merged) - 1:
        before, island, after = merged[index - 1], merged[index], merged[index + 1]
        quoted = _quoted(text, island.start, island.end)
        if (
            before.lang is after.lang
            and not ends_sentence(text[before.start : island.start])
            and _small(text[island.start : island.end], island.lang, quoted)
        ):
            merged[index - 1 : index + 2] = [_Stretch(before.lang, before.start, after.end)]
            continue  # the grown run may swallow the next island too
        index += 1
    return merged


def _boundary(text: str, start: int, end: int) -> int:
    """Where the neutrals ``text[start:end]`` between two runs divide: after the last mark
    that closes something (``in 2021.`` stays English), else after any leading closers."""
    for position in range(end - 1, start - 1, -1):
        if text[position] in _CLOSING:
            return position + 1
    position = start
    spaced = False
    while position < end:
        char = text[position]
        if char.isspace():
            spaced = True
        elif not (char in _TRAILING or (char in "\"'" and not spaced)):
            break
        position += 1
    return position


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_runs(text: str, start: int = 0, end: int | None = None) -> list[Run]:
    """The language runs of ``text[start:end]``, in order, with offsets into ``text``.

    Neutral-only text (``6``, ``—``) yields no run.
    """
    stop = len(text) if end is None else end
    stretches = _embed(text, _stretches(text, start, stop))
    runs: list[Run] = []
    begin = start
    for index, stretch in enumerate(stretches):
        if index + 1 < len(stretches):
            finish = _boundary(text, stretch.end, stretches[index + 1].start)
        else:
            finish = stop
        first, last = _trim(text, begin, finish)
        if first < last:
            runs.append(Run(stretch.lang, first, last))
        begin = finish
    return runs
