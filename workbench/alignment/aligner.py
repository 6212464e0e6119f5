"""Monotonic sentence alignment by dynamic programming over beads (Gale–Church style).

A path from (0, 0) to (n, m) is a sequence of beads; each bead takes ``di`` source and ``dj``
target sentences and has a cost from the cost model (``cost.py``). The best path is found
by Viterbi; each link's confidence is the bead's posterior probability over *all* paths
(forward–backward with the costs read as negative log probabilities), so a link that wins
narrowly against an alternative reads low and a clear one reads close to 1.

Cells far from the diagonal are skipped for long inputs (``band``), which keeps the work at
O(n · band · shapes) instead of O(n · m · shapes).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.alignment.cost import BeadScorer, CostModel, GaleChurchCost, Shape
from workbench.models.enums import Language

# Up to this many DP cells (≈ 200 × 200 sentences) the whole matrix is searched.
FULL_SEARCH_CELLS = 201 * 201
# Otherwise only cells within this many target sentences of the diagonal.
DEFAULT_BAND = 50

_INF = math.inf


@dataclass(frozen=True)
class Link:
    """One bead: source and target sentence indices (consecutive, possibly empty)."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    cost: float
    confidence: float  # posterior probability of this bead, 0..1

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"2-1"``, ``"1-0"`` … (source count, target count)."""
        return f"{len(self.source)}-{len(self.target)}"


def align_sentences(
    source: Sequence[str],
    target: Sequence[str],
    source_lang: Language | str,
    target_lang: Language | str,
    *,
    model: CostModel | None = None,
    band: int | None = None,
) -> list[Link]:
    """Align two sentence lists; the links cover every sentence once, in order.

    ``band`` limits the search to cells within ``band`` target sentences of the diagonal;
    None searches everything for inputs up to ~200 × 200 and uses ``DEFAULT_BAND`` above.
    """
    n, m = len(source), len(target)
    if n == 0 and m == 0:
        return []
    model = model or GaleChurchCost()
    shapes = [shape for shape in model.shapes if shape[0] + shape[1] > 0]
    scorer = model.scorer(source, target, Language(source_lang), Language(target_lang))
    if band is None and (n + 1) * (m + 1) > FULL_SEARCH_CELLS:
        band = DEFAULT_BAND
    rows = _rows(n, m, band)
    lattice = _Lattice(rows, shapes, scorer)
    if band is not None and lattice.best_cost == _INF:
        # A narrow band can cut every path (uneven inputs); search the whole matrix instead.
        lattice = _Lattice(_rows(n, m, None), shapes, scorer)
    if lattice.best_cost == _INF:
        raise ValueError("no alignment: the cost model allows no path through these inputs")
    return lattice.links()


def _rows(n: int, m: int, band: int | None) -> list[tuple[int, int]]:
    """For each source position i, the inclusive range of target positions searched."""
    if band is None or n == 0:
        return [(0, m)] * (n + 1)
    width = max(band, 4)
    rows = []
    for i in range(n + 1):
        centre = i * m / n
        rows.append((max(0, math.floor(centre) - width), min(m, math.ceil(centre) + width)))
    return rows


def _logsumexp(values: list[float]) -> float:
    top = max(values)
    if top == -_INF:
        return -_INF
    return top + math.log(sum(math.exp(v - top) for v in values))


class _Lattice:
    """Viterbi costs, back-pointers and forward/backward log weights over the band."""

    def __init__(self, rows: list[tuple[int, int]], shapes: list[Shape], scorer: BeadScorer):
        self.rows = rows
        self.shapes = shapes
        self.scorer = scorer
        self.n = len(rows) - 1
        self.m = rows[-1][1]
        self.best: list[list[float]] = []  # Viterbi cost to reach each cell
        self.back: list[list[int]] = []
        self.forward: list[list[float]] = []  # log of the summed weight of all paths here
        self._run_forward()
        lo, _ = rows[self.n]
        self.best_cost = self.best[self.n][self.m - lo] if self.m >= lo else _INF

    def _run_forward(self) -> None:
        rows, shapes, scorer = self.rows, self.shapes, self.scorer
        best, back, forward = self.best, self.back, self.forward
        for i, (lo, hi) in enumerate(rows):
            best_row = [_INF] * (hi - lo + 1)
            back_row = [-1] * (hi - lo + 1)
            fwd_row = [-_INF] * (hi - lo + 1)
            for j in range(lo, hi + 1):
                if i == 0 and j == 0:
                    best_row[0] = 0.0
                    fwd_row[0] = 0.0
                    continue
                here = j - lo
                terms: list[float] = []
                for k, (di, dj) in enumerate(shapes):
                    pi, pj = i - di, j - dj
                    if pi < 0 or pj < 0:
                        continue
                    plo, phi = rows[pi]
                    if not plo <= pj <= phi:
                        continue
                    # A 0-1 bead comes from the row being built.
                    prev_best = best[pi][pj - plo] if di else best_row[pj - lo]
                    if prev_best == _INF:
                        continue
                    cost = scorer(pi, pj, di, dj)
                    if prev_best + cost < best_row[here]:
                        best_row[here] = prev_best + cost
                        back_row[here] = k
                    terms.append((forward[pi][pj - plo] if di else fwd_row[pj - lo]) - cost)
                if terms:
                    fwd_row[here] = _logsumexp(terms)
            best.append(best_row)
            back.append(back_row)
            forward.append(fwd_row)

    def _run_backward(self) -> list[list[float]]:
        rows, shapes, scorer, n, m = self.rows, self.shapes, self.scorer, self.n, self.m
        backward = [[-_INF] * (hi - lo + 1) for lo, hi in rows]
        for i in range(n, -1, -1):
            lo, hi = rows[i]
            row = backward[i]
            for j in range(hi, lo - 1, -1):
                if i == n and j == m:
                    row[j - lo] = 0.0
                    continue
                terms: list[float] = []
                for di, dj in shapes:
                    ni, nj = i + di, j + dj
                    if ni > n or nj > m:
                        continue
                    nlo, nhi = rows[ni]
                    if not nlo <= nj <= nhi:
                        continue
                    after = backward[ni][nj - nlo]
                    if after == -_INF:
                        continue
                    terms.append(after - scorer(i, j, di, dj))
                if terms:
                    row[j - lo] = _logsumexp(terms)
        return backward

    def links(self) -> list[Link]:
        beads: list[tuple[int, int, int, int]] = []
        i, j = self.n, self.m
        while i > 0 or j > 0:
            di, dj = self.shapes[self.back[i][j - self.rows[i][0]]]
            i, j = i - di, j - dj
            beads.append((i, j, di, dj))
        beads.reverse()
        backward = self._run_backward()
        total = self.forward[self.n][self.m - self.rows[self.n][0]]
        links = []
        for i, j, di, dj in beads:
            cost = self.scorer(i, j, di, dj)
            log_post = (
                self.forward[i][j - self.rows[i][0]]
                - cost
                + backward[i + di][j + dj - self.rows[i + di][0]]
                - total
            )
            confidence = min(1.0, math.exp(log_post))
            links.append(
                Link(
                    source=tuple(range(i, i + di)),
                    target=tuple(range(j, j + dj)),
                    cost=cost,
                    confidence=confidence,
                )
            )
        return links
