"""Page furniture: folios, running headers and page-number leftovers, found and removed.

``find_furniture(text, body_start)`` learns the folios first (``folios.py``), then — with
the folios masked out, so a header and a folio glued together are told apart — the running
headers (``headers.py``). Last, a bare number of a page (``6`` for page 60 or 61, a page
number the extraction split) glued to removed furniture and to a word that is no unit
(``…Header Text6茶农…``; not ``6月``, not ``6 issues``) is removed too.

The result lists each removal with its offsets; the caller keeps the text between them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from workbench.importers.extracted.folios import find_folios
from workbench.importers.extracted.headers import find_headers, header_sides

FOLIO = "folio"
HEADER = "running header"
STRAY = "stray page number"

# What may follow a number that belongs to the sentence (``6月``, ``30%``, ``6 issues``).
_UNITS = "年月日号时分秒岁个万亿千百元角名位项次届条家所篇期份件座人类种天周倍米公里吨"
_STRAY_AFTER = re.compile(rf"[ \t]?(\d{{1,3}})(?=[^\d\s.,%‰a-z{_UNITS}])")


@dataclass(frozen=True)
class Removal:
    kind: str
    start: int
    end: int
    text: str


@dataclass
class Furniture:
    folio_name: str = ""
    pages: list[int] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)

    def notes(self) -> list[str]:
        notes: list[str] = []
        if self.folio_name:
            first, last = self.pages[0], self.pages[-1]
            notes.append(f"folios learned: page numbers {first}–{last} next to '{self.folio_name}'")
        counts = Counter(r.text for r in self.removals if r.kind == HEADER)
        for header in self.headers:
            shown = " / ".join(side for side in header_sides(header) if side)
            notes.append(f"removed running header '{shown}' ×{counts[header]}")
        for removal in self.removals:
            if removal.kind != HEADER:
                notes.append(f"removed {removal.kind} '{_one_line(removal.text)}'")
        return notes


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "\n" * (end - start)
    return "".join(chars)


def _page_prefix(digits: str, pages: list[int]) -> bool:
    return any(str(page).startswith(digits) for page in pages)


def _strays(text: str, removals: list[Removal], pages: list[int]) -> list[Removal]:
    """Bare page numbers glued right after removed furniture and followed by no unit word."""
    found: list[Removal] = []
    starts = {r.start for r in removals}  # a folio's own number is no stray
    for end in sorted({r.end for r in removals}):
        after = _STRAY_AFTER.match(text, end)
        if after and _page_prefix(after.group(1), pages) and after.start(1) not in starts:
            found.append(Removal(STRAY, after.start(1), after.end(1), after.group(1)))
    return found


def find_furniture(text: str, body_start: int = 0) -> Furniture:
    """Folios, running headers and stray page numbers in ``text[body_start:]``."""
    furniture = Furniture()
    name, folios = find_folios(text, body_start)
    removals = [Removal(FOLIO, f.start, f.end, f.text) for f in folios]
    if folios:
        furniture.folio_name = name
        furniture.pages = [f.page for f in folios]
    masked = _mask(text, [(0, body_start)] + [(r.start, r.end) for r in removals])
    for header in find_headers(masked, [(f.start, f.end) for f in folios]):
        furniture.headers.append(header.text)
        removals += [Removal(HEADER, start, end, header.text) for start, end in header.spans()]
    if furniture.pages:
        removals += _strays(text, removals, furniture.pages)
    furniture.removals = sorted(removals, key=lambda r: r.start)
    return furniture
