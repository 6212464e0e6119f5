"""Bilingual interchange files (XLIFF 1.2, XLIFF 2.x, TMX): read into plain units, and
read/written for a round trip through the workspace.

* ``units`` — ``BilingualUnit`` / ``BilingualFile``, the shape every reader returns.
* ``xmlsafe`` — safe streaming parse (entities never expanded) and the inline-code walker.
* ``xliff`` / ``tmx`` — the format readers (``iter_tmx_units`` streams a TMX);
  ``reader`` — ``sniff_format``, ``read_bilingual``.
* ``capture`` — a file read with its skeleton and per-segment metadata (import);
  ``states`` — statuses <-> XLIFF states; ``inline`` — placeholders back to inline XML;
  ``writing``, ``xliff_writer``, ``tmx_writer`` — export.
"""

from __future__ import annotations

from workbench.interchange.reader import read_bilingual, sniff_format
from workbench.interchange.tmx import iter_tmx_units, tmx_languages
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
    "iter_tmx_units",
    "read_bilingual",
    "sniff_format",
    "tmx_languages",
]
