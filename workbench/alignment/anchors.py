"""Anchors: things both sides of a translation share, added to the length cost.

Length alone cannot tell which of three equally long sentences went untranslated, and it
drifts when a translator condenses one sentence and expands the next. Anchors pin it down:

* **numbers, by value** (``qa.numbers.extract_numbers``): 500万 ↔ "5 million", 第十三届 ↔
  "13th", 百分之三十 ↔ "30 percent"; optional mentions ("one", 一, vague amounts) are not used;
* **Latin tokens copied across**: names, brands and acronyms kept in Latin script inside the
  Chinese (``WhereZhengzhou``, ``TikTok``, ``APEC``), found case-insensitively among the English
  words; a handful of English function words (``TALK IN 重庆``) are ignored;
* **term-base pairs**: a concept matched on both sides (``TermMatcher``; 郑州 ↔ Zhengzhou).

Each key found in both texts at all is *portable*. A bead whose two sides share a key earns
its weight as a bonus; a portable key on only one side of a bead costs half its weight (a
1-0 bead holding "2024" when the other text has a "2024" somewhere is unlikely). Weights are
in nats, the unit of the length cost, and divided by how many sentences of the busier side
hold the key: a year that every sentence repeats anchors little, a one-off figure a lot.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workbench.alignment.cost import BeadScorer, GaleChurchCost, Shape
from workbench.models.enums import Language
from workbench.qa.numbers import extract_numbers, format_value

if TYPE_CHECKING:
    from workbench.termbase.matcher import TermMatcher

# Bonus (nats) for a key shared by the two sides of a bead, before the rarity division.
# A shared number is the surest sign (few sentences share a figure by chance), then a copied
# Latin name, then a term pair (common terms such as a city name recur in many sentences).
DEFAULT_WEIGHTS: Mapping[str, float] = {"n": 4.0, "l": 3.0, "t": 2.0}
# Share of the weight charged for a portable key that a bead leaves on one side only.
MISS_SHARE = 0.5

_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# English function words that turn up in Latin runs inside Chinese ("TALK IN 重庆") and
# would otherwise pair with every English sentence.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it"}
    | {"of", "on", "or", "the", "to", "with"}
)


@dataclass
class AnchorIndex:
    """Anchor keys per sentence of both sides, with weights and readable labels."""

    source: list[frozenset[str]]
    target: list[frozenset[str]]
    weight: dict[str, float] = field(default_factory=dict)  # portable keys only
    labels: dict[str, str] = field(default_factory=dict)
    texts: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    @classmethod
    def build(
        cls,
        source: Sequence[str],
        target: Sequence[str],
        source_lang: Language | str,
        target_lang: Language | str,
        *,
        matcher: TermMatcher | None = None,
        weights: Mapping[str, float] = DEFAULT_WEIGHTS,
    ) -> AnchorIndex:
        labels: dict[str, str] = {}
        src_lang, tgt_lang = Language(source_lang), Language(target_lang)
        src = [_keys(text, src_lang, matcher, labels) for text in source]
        tgt = [_keys(text, tgt_lang, matcher, labels) for text in target]
        src_count = _counts(src)
        tgt_count = _counts(tgt)
        weight = {
            key: weights.get(key[0], 0.0) / max(src_count[key], tgt_count[key])
            for key in src_count.keys() & tgt_count.keys()
        }
        weight = {key: value for key, value in weight.items() if value > 0}
        # Keys found on one side only cannot anchor anything: drop them from the sets.
        src = [keys & weight.keys() for keys in src]
        tgt = [keys & weight.keys() for keys in tgt]
        return cls(src, tgt, weight, labels, (tuple(source), tuple(target)))

    def fits(self, source: Sequence[str], target: Sequence[str]) -> bool:
        return self.texts == (tuple(source), tuple(target))

    def spans(self, i: int, j: int, di: int, dj: int) -> tuple[frozenset[str], frozenset[str]]:
        return _union(self.source, i, di), _union(self.target, j, dj)

    def shared(self, i: int, j: int, di: int, dj: int) -> list[str]:
        """Readable labels of the anchors the bead's two sides share, in a stable order."""
        src, tgt = self.spans(i, j, di, dj)
        return [self.labels.get(key, key) for key in sorted(src & tgt)]

    @property
    def empty(self) -> bool:
        return not self.weight


def _union(sets: list[frozenset[str]], start: int, count: int) -> frozenset[str]:
    if count == 1:
        return sets[start]
    out: frozenset[str] = frozenset()
    for keys in sets[start : start + count]:
        out |= keys
    return out


def _counts(sets: list[frozenset[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for keys in sets:
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _keys(
    text: str, lang: Language, matcher: TermMatcher | None, labels: dict[str, str]
) -> frozenset[str]:
    keys: set[str] = set()
    for mention in extract_numbers(text, lang.value):
        if mention.optional:
            continue
        for value in (mention.value, *mention.alts):
            key = "n:" + format_value(value)
            keys.add(key)
            labels.setdefault(key, format_value(value))
    for token in _LATIN_TOKEN.findall(text):
        folded = token.casefold()
        if len(folded) < 2 or (lang is Language.ZH and folded in _FUNCTION_WORDS):
            continue
        key = "l:" + folded
        keys.add(key)
        if lang is Language.ZH or key not in labels:
            labels[key] = token  # the spelling the Chinese side copied
    if matcher is not None:
        for hit in matcher.match(text, lang.value):
            # Concepts built outside the store have no id: the object itself is the concept.
            concept = hit.concept_id if hit.concept_id is not None else f"@{id(hit.concept)}"
            key = f"t:{concept}"
            keys.add(key)
            if lang is Language.ZH:
                labels[key] = hit.term.text + " ↔ " + " | ".join(hit.targets("en")[:1])
            else:
                labels.setdefault(key, hit.term.text)
    return frozenset(keys)


class AnchoredCost:
    """The Gale–Church length cost plus anchor bonuses and penalties (see module docstring).

    ``index`` may be built beforehand (``AnchorIndex.build``) to read the shared anchors of
    the links afterwards; it is used when it was built from the same sentences.
    """

    def __init__(
        self,
        matcher: TermMatcher | None = None,
        *,
        base: GaleChurchCost | None = None,
        weights: Mapping[str, float] = DEFAULT_WEIGHTS,
        miss_share: float = MISS_SHARE,
        index: AnchorIndex | None = None,
    ) -> None:
        self.matcher = matcher
        self.base = base or GaleChurchCost()
        self.weights = dict(weights)
        self.miss_share = miss_share
        self.index = index

    @property
    def shapes(self) -> Sequence[Shape]:
        return self.base.shapes

    def scorer(
        self,
        source: Sequence[str],
        target: Sequence[str],
        source_lang: Language,
        target_lang: Language,
    ) -> BeadScorer:
        length_cost = self.base.scorer(source, target, source_lang, target_lang)
        index = self.index
        if index is None or not index.fits(source, target):
            index = AnchorIndex.build(
                source, target, source_lang, target_lang, matcher=self.matcher, weights=self.weights
            )
        if index.empty:
            return length_cost
        weight, miss = index.weight, self.miss_share
        src_sets, tgt_sets = index.source, index.target
        # Prefix counts of sentences holding a key: most beads hold none and skip the sets.
        src_any = _prefix_any(src_sets)
        tgt_any = _prefix_any(tgt_sets)
        memo: dict[tuple[int, int, int, int], float] = {}

        def cost(i: int, j: int, di: int, dj: int) -> float:
            base = length_cost(i, j, di, dj)
            if src_any[i + di] == src_any[i] and tgt_any[j + dj] == tgt_any[j]:
                return base
            bead = (i, j, di, dj)
            bonus = memo.get(bead)
            if bonus is None:
                src, tgt = _union(src_sets, i, di), _union(tgt_sets, j, dj)
                bonus = sum(weight[key] for key in src & tgt)
                bonus -= miss * sum(weight[key] for key in src ^ tgt)
                memo[bead] = bonus
            return base - bonus

        return cost


def _prefix_any(sets: list[frozenset[str]]) -> list[int]:
    out = [0]
    for keys in sets:
        out.append(out[-1] + bool(keys))
    return out
