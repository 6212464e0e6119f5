"""Bead costs: the replaceable piece of the aligner.

The aligner (``aligner.py``) only knows bead *shapes* and asks a scorer for the cost of the
bead that covers ``source[i:i+di]`` and ``target[j:j+dj]``. A cost is a negative log
probability (lower is better), so costs add along a path and ``exp(-cost)`` is a weight.

``GaleChurchCost`` is the length-only baseline. A later model (anchors from numbers, Latin
tokens, term-base hits) can wrap it: build its own scorer from the same sentences and add a
bonus or penalty to the length cost.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from workbench.alignment.length import aligned_length
from workbench.models.enums import Language

Shape = tuple[int, int]  # (source sentences, target sentences) in one bead


class BeadScorer(Protocol):
    def __call__(self, i: int, j: int, di: int, dj: int) -> float:
        """Cost of the bead ``source[i:i+di]`` ↔ ``target[j:j+dj]``."""
        ...


class CostModel(Protocol):
    @property
    def shapes(self) -> Sequence[Shape]:
        """The bead shapes the aligner may use (each with di + dj > 0)."""
        ...

    def scorer(
        self,
        source: Sequence[str],
        target: Sequence[str],
        source_lang: Language,
        target_lang: Language,
    ) -> BeadScorer:
        """Prepare whatever the model needs (lengths, anchors) once per alignment."""
        ...


# Gale–Church's priors (1-1 0.89, 2-1/1-2 0.089, 1-0/0-1 0.0099, 2-2 0.011), shifted for
# zh–en: a Chinese sentence often runs on with commas and semicolons where English makes
# several sentences (the zhengzhou corpus has a 3-1 bead in 3 of its 12 paragraphs and a
# 5-1 when ";" does not end a sentence), so 3-1 … 5-1 get real weight. Shapes are
# (source, target); the table is symmetric, so it serves zh→en and en→zh alike.
ZH_EN_PRIORS: Mapping[Shape, float] = {
    (1, 1): 0.80,
    (2, 1): 0.06,
    (1, 2): 0.06,
    (3, 1): 0.02,
    (1, 3): 0.02,
    (4, 1): 0.007,
    (1, 4): 0.007,
    (5, 1): 0.002,
    (1, 5): 0.002,
    (2, 2): 0.01,
    (1, 0): 0.005,
    (0, 1): 0.005,
}

# Variance of the length difference per unit of length (Gale–Church's s²; 6.8 for
# English–French/German): Σ(l_en − l_zh)² / Σ mean over the hand-aligned beads of the
# zhengzhou corpus, Chinese scaled by length.EN_CHARS_PER_HAN — 5.4 (22 beads, sentences
# ending at 。?!) and 8.1 (27 beads, also ending at ";"). We take the larger, 8.0; anything
# from 4 to 40 aligns the corpus the same, but a smaller value makes confidences peakier.
ZH_EN_VARIANCE = 8.0

# Cost of an unmatched sentence (1-0 or 0-1 bead) per English character, on top of its prior.
# The C reference (and NLTK) instead prices it like a 1-1 bead against an empty side, whose
# z-score grows as √length; then merging the sentence into a neighbour (2-1) is *always*
# cheaper, and a dropped or added sentence can never be found. A mild linear charge keeps
# long gaps unlikely but lets a sentence stand alone when merging it would break the
# neighbour's length match. Tuned on synthetic insertions (0.005–0.02 find an untranslated
# 100-character sentence between two of equal length, 0.04 merges it); the zhengzhou beads
# come out the same at any of these values.
GAP_COST_PER_CHAR = 0.02

_LOG2 = math.log(2.0)
_INV_SQRT2 = 1.0 / math.sqrt(2.0)
_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)


def log_two_tailed(z: float) -> float:
    """log P(|Z| ≥ |z|) for a standard normal Z, without underflow for large |z|."""
    z = abs(z)
    tail = math.erfc(z * _INV_SQRT2)  # = 2 · (1 − Φ(z))
    if tail > 1e-300:
        return math.log(tail)
    # Mills-ratio asymptote: 1 − Φ(z) ≈ φ(z) / z.
    return _LOG2 - 0.5 * z * z - math.log(z) - _HALF_LOG_2PI


@dataclass(frozen=True)
class GaleChurchCost:
    """Gale & Church (1993) length cost, both sides measured by ``length`` (same unit)."""

    priors: Mapping[Shape, float] = field(default_factory=lambda: dict(ZH_EN_PRIORS))
    variance: float = ZH_EN_VARIANCE
    gap_per_char: float = GAP_COST_PER_CHAR
    length: Callable[[str, Language], float] = aligned_length

    @property
    def shapes(self) -> Sequence[Shape]:
        return tuple(shape for shape, prior in self.priors.items() if prior > 0)

    def scorer(
        self,
        source: Sequence[str],
        target: Sequence[str],
        source_lang: Language,
        target_lang: Language,
    ) -> BeadScorer:
        # Prefix sums make any bead's length O(1).
        src = _prefix_sums(self.length(text, source_lang) for text in source)
        tgt = _prefix_sums(self.length(text, target_lang) for text in target)
        log_prior = {shape: math.log(p) for shape, p in self.priors.items() if p > 0}
        variance = self.variance
        gap_per_char = self.gap_per_char
        erfc, log = math.erfc, math.log

        def cost(i: int, j: int, di: int, dj: int) -> float:
            len_s = src[i + di] - src[i]
            len_t = tgt[j + dj] - tgt[j]
            if di == 0 or dj == 0:
                return -log_prior[(di, dj)] + gap_per_char * (len_s + len_t)
            mean = (len_s + len_t) / 2.0
            if mean <= 0:
                return -log_prior[(di, dj)]
            z = abs(len_s - len_t) / math.sqrt(mean * variance)
            # Inline common case of log_two_tailed (this is the aligner's hot loop).
            tail = erfc(z * _INV_SQRT2)
            log_tail = log(tail) if tail > 1e-300 else log_two_tailed(z)
            return -(log_prior[(di, dj)] + log_tail)

        return cost


def _prefix_sums(values: Iterable[float]) -> list[float]:
    sums = [0.0]
    for value in values:
        sums.append(sums[-1] + value)
    return sums
