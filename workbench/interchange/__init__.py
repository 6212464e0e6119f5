"""Bilingual interchange files (XLIFF 1.2, XLIFF 2.x, TMX) read into plain units.

* ``units`` — ``BilingualUnit`` / ``BilingualFile``, the shape every reader returns.
* ``xmlsafe`` — safe streaming parse (entities never expanded) and the inline-code walker.
* ``xliff`` / ``tmx`` — the format readers; ``reader`` — ``sniff_format``, ``read_bilingual``.
"""

from __future__ import annotations

from workbench.interchange.reader import read_bilingual, sniff_format
from workbench.interchange.units import (
    FORMATS,
    TMX,
    XLIFF_2,
    XLIFF_12,
    BilingualFile,
    BilingualUnit,
)

__all__ = [
    "FORMATS",
    "TMX",
    "XLIFF_2",
    "XLIFF_12",
    "BilingualFile",
    "BilingualUnit",
    "read_bilingual",
    "sniff_format",
]
