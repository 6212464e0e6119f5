"""The cost model of a document-scope alignment (``document.align_document``).

It wraps the anchored cost so that no bead spans two source blocks (the source paragraphs
stay as they are) and so that paragraph breaks both sides share are kept where possible.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.alignment.anchors import AnchoredCost
from workbench.alignment.cost import BeadScorer, Shape
from workbench.models.enums import Language

# Document scope: cost of a bead that starts a paragraph on one side only, or whose target
# runs across a paragraph break. The target's breaks are not trusted (that is why the whole
# document is aligned) but they are evidence: where both sides start a paragraph together,
# the alignment should too. Constant over all paths when the target has no breaks.
BREAK_MISMATCH = 2.0


def _run_starts(blocks: Sequence[int]) -> list[int]:
    """For each sentence, the index of the first sentence of its block."""
    starts: list[int] = []
    for index, block in enumerate(blocks):
        starts.append(starts[-1] if index and blocks[index - 1] == block else index)
    return starts


class DocumentScopeCost:
    """Wraps the anchored cost: no bead spans two source blocks; paragraph breaks that the
    two sides share are kept where possible (``BREAK_MISMATCH``)."""

    def __init__(
        self, inner: AnchoredCost, source_blocks: Sequence[int], target_blocks: Sequence[int]
    ) -> None:
        self.inner = inner
        self.source_starts = _run_starts(source_blocks)
        self.target_starts = _run_starts(target_blocks)

    @property
    def shapes(self) -> Sequence[Shape]:
        return self.inner.shapes

    def scorer(
        self, source: Sequence[str], target: Sequence[str], sl: Language, tl: Language
    ) -> BeadScorer:
        cost = self.inner.scorer(source, target, sl, tl)
        src, tgt = self.source_starts, self.target_starts
        n, m = len(src), len(tgt)

        def bounded(i: int, j: int, di: int, dj: int) -> float:
            if di > 1 and src[i + di - 1] > i:  # its last sentence starts a later block
                return float("inf")
            penalty = 0.0
            if i < n and j < m and (src[i] == i) != (tgt[j] == j):
                penalty += BREAK_MISMATCH
            if dj > 1:
                penalty += BREAK_MISMATCH * sum(tgt[k] == k for k in range(j + 1, j + dj))
            return cost(i, j, di, dj) + penalty

        return bounded
