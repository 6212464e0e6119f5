"""Protected spans: Chinese quotations and book titles are never split inside.

SRX rules look only at a little text on each side of a position, so they cannot tell whether
a 。 sits inside “…” or 《…》 — that needs bracket matching, which regexes cannot do. This small
layer runs after the SRX rules and drops any break that falls strictly inside a protected span
(a break right after the closing mark is fine: the closing mark stays with its sentence).

Pairs: “…” ‘…’ 「…」 『…』 《…》 〈…〉, nested in any combination, and ASCII "…" pairs (each
second ``"`` closes the first). It is built to fail open: a mark without a partner protects
nothing, and nothing is carried across a line break, so one missing closing quote cannot
swallow the rest of a document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

_CLOSER_TO_OPENER = {"”": "“", "’": "‘", "」": "「", "』": "『", "》": "《", "〉": "〈"}
_OPENERS = frozenset(_CLOSER_TO_OPENER.values())
_MARKS = re.compile('[“”‘’「」『』《》〈〉"\n]')
# Marks that open as well as close: a break rule may take one as a closing quote when it
# actually opens the next quotation; the break then moves back in front of it.
_AMBIGUOUS = frozenset("\"'")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` spans from an opening to a closing mark."""
    found: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    open_count: Counter[str] = Counter()
    ascii_open: int | None = None
    for match in _MARKS.finditer(text):
        mark, position = match.group(), match.start()
        if mark == "\n":
            stack.clear()
            open_count.clear()
            ascii_open = None
        elif mark == '"':
            if ascii_open is None:
                ascii_open = position
            else:
                found.append((ascii_open, position + 1))
                ascii_open = None
        elif mark in _OPENERS:
            stack.append((mark, position))
            open_count[mark] += 1
        elif open_count[opener := _CLOSER_TO_OPENER[mark]]:
            # Close the nearest matching opener; unmatched openers above it are dropped
            # (e.g. a ‘ whose ’ was never typed). The count check keeps a closer with no
            # opener from scanning the stack, so the whole pass stays linear.
            depth = len(stack) - 1
            while stack[depth][0] != opener:
                depth -= 1
            found.append((stack[depth][1], position + 1))
            for dropped, _ in stack[depth:]:
                open_count[dropped] -= 1
            del stack[depth:]
    return _merge(found)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:  # nested or overlapping: keep the outer extent
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def filter_breaks(text: str, breaks: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """Drop breaks strictly inside a protected span (see the module docstring)."""
    if not spans:
        return breaks
    starts = [start for start, _ in spans]
    kept: list[int] = []
    for position in breaks:
        index = bisect_right(starts, position - 1) - 1
        if index < 0 or not (spans[index][0] < position < spans[index][1]):
            kept.append(position)
            continue
        start = spans[index][0]
        if start > 0 and position - start <= 2 and set(text[start:position]) <= _AMBIGUOUS:
            kept.append(start)  # the break swallowed the next quotation's opening "
    return sorted(set(kept))
