"""The short lines at the top of an extracted article: title fragments and the author.

A print title set large comes out of a PDF as fragments, one per line (``山谷`` / ``茶路`` /
``_`` …), with the author's name on the last short line. The fragments of each
language are joined (a line of only punctuation, such as ``_``, is a space between them).

When the running header repeats the title — the article opens its section — the header's
text is the better title (fragments lose characters set in a different font), and it gives
the other language's title that the top lines may lack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from workbench.importers.extracted.headers import header_sides
from workbench.importers.extracted.runs import ends_sentence
from workbench.language import HAN_CLASS, detect_language
from workbench.models.enums import Language

TOP_LINE_MAX = 30  # characters: longer lines are body text
MAX_TOP_LINES = 20
_MATCH_RATIO = 0.8
_MIN_MATCH = 4

_BYLINE_PREFIX = r"(?:文\s*[/／:：]\s*|作者\s*[:：]\s*|记者\s*|[Bb]y\s+)"
_ZH_NAME = re.compile(f"^{_BYLINE_PREFIX}?[{HAN_CLASS}][{HAN_CLASS}·]{{1,4}}$")
_EN_NAME = re.compile(rf"^{_BYLINE_PREFIX}?[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]*){{1,3}}$")
_PREFIXED = re.compile(f"^{_BYLINE_PREFIX}\\S")
_FOLD = re.compile(r"[\s_\W]+")


@dataclass
class Title:
    zh: str = ""
    en: str = ""
    author: str = ""
    lines: tuple[int, int] = (0, 0)  # first and last title line (1-based), (0, 0) if none
    author_line: int = 0
    from_header: bool = False


def top_lines(text: str) -> tuple[list[tuple[int, str]], int]:
    """The short lines before the body (number, text) and the offset where the body starts."""
    found: list[tuple[int, str]] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped and (len(stripped) > TOP_LINE_MAX or ends_sentence(stripped)):
            return found, offset
        if len(found) >= MAX_TOP_LINES:
            break
        if stripped:
            found.append((number, stripped))
        offset += len(line) + 1
    return [], 0  # no body after them: the short lines are the text itself


def _join(lines: list[str]) -> tuple[str, str]:
    """Join fragments per language; punctuation-only lines separate words."""
    zh: list[str] = []
    en: list[str] = []
    pending = False
    for line in lines:
        lang = detect_language(line)
        if lang is None:
            pending = True
            continue
        if lang is Language.ZH:
            zh.append((" " if pending and zh else "") + line)
        else:
            en.append(line)
        pending = False
    return "".join(zh), " ".join(en)


def _fold(text: str) -> str:
    return _FOLD.sub("", text).lower()


def _likeness(fragments: str, header: str) -> float:
    """1.0 when one is the start of the other, else the similarity ratio (0 if too short)."""
    a, b = _fold(fragments), _fold(header)
    if len(a) < _MIN_MATCH or len(b) < _MIN_MATCH:
        return 0.0
    if a.startswith(b) or b.startswith(a):
        return 1.0
    return SequenceMatcher(None, a, b).ratio()


def _match(zh: str, en: str, sides: tuple[str, str]) -> float:
    return max(_likeness(zh, sides[0]), _likeness(en, sides[1]))


def _name_shaped(line: str) -> bool:
    return bool(_PREFIXED.match(line) or _ZH_NAME.match(line) or _EN_NAME.match(line))


def read_title(lines: list[tuple[int, str]], headers: list[str]) -> Title:
    """Title (both languages where found) and author from the top lines."""
    title = Title()
    if not lines:
        return title
    texts = [text for _, text in lines]
    sides = [header_sides(header) for header in headers]
    body = texts
    if len(texts) >= 2 and _name_shaped(texts[-1]):
        whole, rest = _join(texts), _join(texts[:-1])
        # Unless the last line makes the title closer to the header's, it is the author.
        if not any(_match(*whole, side) > max(_match(*rest, side), _MATCH_RATIO) for side in sides):
            body = texts[:-1]
            title.author = texts[-1]
            title.author_line = lines[-1][0]
    title.zh, title.en = _join(body)
    title.lines = (lines[0][0], lines[len(body) - 1][0])
    for side in sides:
        if _match(title.zh, title.en, side) >= _MATCH_RATIO:
            title.zh, title.en = side
            title.from_header = True
            break
    return title
