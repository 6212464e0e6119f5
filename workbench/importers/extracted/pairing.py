"""Pair each Chinese block with its English block; either may come first, either may be alone.

Print layout puts a block's translation right before or after it, so only neighbours are
candidates. A dynamic programme over the blocks in order chooses, for each block, to pair
it with the next one (of the other language) or to leave it alone, at the lowest total cost:

* a pair costs the Gale–Church length cost of the two texts (lengths in English characters,
  ``alignment.aligned_length``; the variance is the sentence aligner's), minus a bonus for
  shared anchors (numbers, Latin names in the Chinese found in the English), plus a penalty
  when a heading would pair with a paragraph;
* a block left alone costs ``ALONE_COST`` — what a pair of very unequal length costs, so a
  block is only left alone where the page cut off its translation or its neighbours are
  clearly the better pairs;
* a pair printed in the other order than most pairs of the text costs ``ORDER_PENALTY``
  more (learned in a first pass), so a cut-off block does not steal its neighbour's partner.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from workbench.alignment import ZH_EN_VARIANCE, aligned_length
from workbench.alignment.cost import log_two_tailed
from workbench.importers.extracted.blocks import TextBlock
from workbench.models.enums import Language

ALONE_COST = 5.0
KIND_PENALTY = 6.0
ANCHOR_BONUS = 3.0
ORDER_PENALTY = 2.0
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@dataclass(frozen=True)
class BlockPair:
    """A pair (both sides) or a block alone (one side None); ``first`` is the one printed
    first."""

    zh: TextBlock | None
    en: TextBlock | None
    first: Language

    @property
    def blocks(self) -> list[TextBlock]:
        return [b for b in (self.zh, self.en) if b is not None]

    @property
    def paired(self) -> bool:
        return self.zh is not None and self.en is not None


def _anchors(zh: str) -> set[str]:
    numbers = {n.replace(",", "") for n in _NUMBER.findall(zh)}
    names = {w.lower() for w in _LATIN.findall(zh)}
    return numbers | names


def anchor_share(zh: str, en: str) -> float:
    """Share of the Chinese block's numbers and Latin words that the English block has."""
    wanted = _anchors(zh)
    if not wanted:
        return 0.0
    english = {n.replace(",", "") for n in _NUMBER.findall(en)}
    english |= {w.lower() for w in _LATIN.findall(en)}
    return len(wanted & english) / len(wanted)


def pair_cost(a: TextBlock, b: TextBlock) -> float:
    """The cost of pairing two blocks of different languages (lower is likelier)."""
    zh, en = (a, b) if a.lang is Language.ZH else (b, a)
    len_zh, len_en = aligned_length(zh.text, Language.ZH), aligned_length(en.text, Language.EN)
    mean = (len_zh + len_en) / 2.0
    z = abs(len_zh - len_en) / math.sqrt(max(mean, 1.0) * ZH_EN_VARIANCE)
    cost = -log_two_tailed(z)
    if a.kind is not b.kind:
        cost += KIND_PENALTY
    return cost - ANCHOR_BONUS * anchor_share(zh.text, en.text)


def _solve(blocks: list[TextBlock], lead: Language | None) -> list[BlockPair]:
    """The cheapest pairing; pairs not printed in ``lead``'s order pay ``ORDER_PENALTY``."""
    count = len(blocks)
    best = [0.0] * (count + 1)
    take = [1] * (count + 1)  # 1: block i alone, 2: blocks i and i+1 paired
    for i in range(count - 1, -1, -1):
        best[i] = ALONE_COST + best[i + 1]
        take[i] = 1
        if i + 1 < count and blocks[i].lang is not blocks[i + 1].lang:
            cost = pair_cost(blocks[i], blocks[i + 1])
            if lead is not None and blocks[i].lang is not lead:
                cost += ORDER_PENALTY
            if cost + best[i + 2] < best[i]:
                best[i], take[i] = cost + best[i + 2], 2
    pairs: list[BlockPair] = []
    i = 0
    while i < count:
        chosen = blocks[i : i + take[i]]
        zh = next((b for b in chosen if b.lang is Language.ZH), None)
        en = next((b for b in chosen if b.lang is Language.EN), None)
        pairs.append(BlockPair(zh, en, chosen[0].lang))
        i += take[i]
    return pairs


def leading_language(pairs: list[BlockPair]) -> Language | None:
    """The language printed first in most pairs (None on a tie)."""
    votes = Counter(pair.first for pair in pairs if pair.paired)
    if votes[Language.ZH] == votes[Language.EN]:
        return None
    return Language.ZH if votes[Language.ZH] > votes[Language.EN] else Language.EN


def pair_blocks(blocks: list[TextBlock]) -> list[BlockPair]:
    """Neighbouring zh/en blocks paired where that is cheapest; the rest stand alone.

    A first pass learns which language the layout prints first; the second prefers that
    order where lengths alone cannot tell (a block cut off by the page end)."""
    return _solve(blocks, leading_language(_solve(blocks, None)))
