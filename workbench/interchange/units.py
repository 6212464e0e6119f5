"""Plain bilingual units: what every interchange reader hands over, whatever the format.

Inline codes become compact placeholder tags (``<g1>…</g1>``, ``<x2/>``) that read the same
in source and target, so QA can compare them as text; the original XML of each placeholder
is kept in ``source_codes``/``target_codes`` so a writer can put it back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

XLIFF_12 = "xliff-1.2"
XLIFF_2 = "xliff-2"
TMX = "tmx"
FORMATS = (XLIFF_12, XLIFF_2, TMX)

NO_CODES: Mapping[str, str] = MappingProxyType({})


def _no_codes() -> Mapping[str, str]:
    return NO_CODES


@dataclass(frozen=True, slots=True)
class BilingualUnit:
    """One translation unit. Ids are made unique across ``<file>``s; an id a file itself
    repeats inside one ``<file>`` is kept as written (QA can report it)."""

    id: str
    source: str
    target: str
    note: str = ""
    state: str = ""
    # Placeholder tag text -> original inline XML. Not hashed: units stay usable in sets.
    source_codes: Mapping[str, str] = field(default_factory=_no_codes, hash=False)
    target_codes: Mapping[str, str] = field(default_factory=_no_codes, hash=False)


@dataclass(slots=True)
class BilingualFile:
    """A whole file: its format, its languages as written in it, and its units in order."""

    path: Path
    format: str
    source_lang: str
    target_lang: str
    units: list[BilingualUnit]


class InlineText:
    """Collects text and placeholders of one ``<source>``/``<target>``/``<seg>``."""

    __slots__ = ("clash", "codes", "counts", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.codes: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        # The first placeholder that stood for two different codes (it cannot be written back).
        self.clash = ""

    def text(self, value: str | None) -> None:
        if value:
            self.parts.append(value)

    def code(self, placeholder: str, xml: str) -> None:
        self.parts.append(placeholder)
        # A placeholder that repeats (an invalid file) keeps its first XML.
        if self.codes.setdefault(placeholder, xml) != xml and not self.clash:
            self.clash = placeholder

    def nth(self, name: str) -> int:
        """1-based count of ``name`` codes so far: the number of a code without an id."""
        count = self.counts.get(name, 0) + 1
        self.counts[name] = count
        return count

    def result(self) -> tuple[str, Mapping[str, str]]:
        codes = MappingProxyType(self.codes) if self.codes else NO_CODES
        return "".join(self.parts), codes
