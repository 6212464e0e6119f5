"""Sentence alignment for zh–en (length-based, Gale–Church style; pure Python).

* ``align_sentences(source, target, source_lang, target_lang)`` → ``list[Link]``; each link
  names the source and target sentence indices of one bead (1-1, 2-1, 1-2, 3-1, 1-3, 4-1,
  1-4, 2-2, 1-0, 0-1), its cost and a confidence (the bead's posterior probability).
* The cost is a separate, replaceable model (``CostModel``); ``GaleChurchCost`` compares
  lengths measured in English characters (``aligned_length``; Chinese calibrated in
  ``length.py``: 4.5 English characters per Han character). ``AnchoredCost`` (``anchors.py``)
  adds anchors on top: numbers by value, Latin names copied across, term-base pairs.
* ``document.align_document(session, document_id)`` aligns a stored document's sentences
  (per paragraph or across the document) into an ``AlignmentResult``; ``apply.apply_links``
  / ``apply_alignment`` rewrite the segments to follow the links, with revisions and an undo.
  Those two modules use the database and are imported from their modules, not from here.
"""

from __future__ import annotations

from workbench.alignment.aligner import DEFAULT_BAND, Link, align_sentences
from workbench.alignment.anchors import AnchoredCost, AnchorIndex
from workbench.alignment.cost import (
    GAP_COST_PER_CHAR,
    ZH_EN_PRIORS,
    ZH_EN_VARIANCE,
    BeadScorer,
    CostModel,
    GaleChurchCost,
)
from workbench.alignment.length import EN_CHARS_PER_HAN, aligned_length

__all__ = [
    "DEFAULT_BAND",
    "EN_CHARS_PER_HAN",
    "GAP_COST_PER_CHAR",
    "ZH_EN_PRIORS",
    "ZH_EN_VARIANCE",
    "AnchorIndex",
    "AnchoredCost",
    "BeadScorer",
    "CostModel",
    "GaleChurchCost",
    "Link",
    "align_sentences",
    "aligned_length",
]
