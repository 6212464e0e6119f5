"""Apply an ordered SRX rule list to a text and return the break positions.

SRX semantics: at a position between two characters, the first rule (in order) whose
``beforebreak`` matches text ending there and whose ``afterbreak`` matches text starting there
decides; if no rule matches, there is no break. Evaluating every rule at every position would
be quadratic in practice, so this works in two passes whose cost is linear in the text
(given break rules that match a run of marks once, from its start, as default.srx does):

1. **Candidates.** Each ``break="yes"`` rule is compiled to ``(?:before)(?=after)`` and run
   over the whole text with ``finditer``; every match end is a candidate, labelled with the
   lowest index of a break rule that produced it. Like other SRX engines, a rule's matches are
   found left to right without overlapping each other.
2. **Exceptions.** At each candidate, the ``break="no"`` rules that come *before* that break
   rule are tried: ``afterbreak`` is anchored at the position (cheap, and usually fails first),
   then ``beforebreak`` is searched with ``\\Z`` at the position in a window just wide enough
   for the longest text the regex can match (from the regex's own width; unbounded regexes are
   capped at ``MAX_LOOKBEHIND`` characters). The first matching no-break rule cancels the break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.segmentation.srx import Rule, SRXError

MAX_LOOKBEHIND = 512  # characters a no-break beforebreak may reach back when unbounded


@dataclass(frozen=True)
class _NoBreak:
    index: int
    before: re.Pattern[str]  # (?:before)\Z, searched with endpos at the position
    after: re.Pattern[str] | None  # anchored with .match at the position; None = anything
    reach: int  # how far back the before regex can start


@dataclass(frozen=True)
class _Break:
    index: int
    scan: re.Pattern[str]


def _max_width(pattern: str) -> int:
    """Longest text ``pattern`` can match (capped); falls back to the cap if unknown."""
    parser = getattr(re, "_parser", None)  # private, but stable since 3.11; optional here
    try:
        width = parser.parse(pattern).getwidth()[1] if parser else MAX_LOOKBEHIND
    except Exception:  # any parser surprise only costs speed, never correctness
        width = MAX_LOOKBEHIND
    return min(int(width), MAX_LOOKBEHIND)


class CompiledRules:
    """An ordered rule list ready to run; build once and reuse (it is immutable)."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._breaks: list[_Break] = []
        self._exceptions: list[_NoBreak] = []
        for index, rule in enumerate(rules):
            try:
                self._add(index, rule)
            except re.error as exc:  # each part compiled alone; the combination did not
                raise SRXError(rule.where or "<rules>", f"rule does not compile: {exc}") from exc

    def _add(self, index: int, rule: Rule) -> None:
        if rule.breaks:
            scan = re.compile(f"(?:{rule.before})(?=(?:{rule.after}))")
            self._breaks.append(_Break(index, scan))
        else:
            self._exceptions.append(
                _NoBreak(
                    index=index,
                    before=re.compile(f"(?:{rule.before})\\Z"),
                    after=re.compile(rule.after) if rule.after else None,
                    reach=_max_width(rule.before),
                )
            )

    def break_positions(self, text: str) -> list[int]:
        """Sorted positions (0 < p < len(text)) where the rules put a break."""
        candidates: dict[int, int] = {}  # position -> index of the first break rule there
        end, unset = len(text), len(self.rules)
        for rule in self._breaks:
            for match in rule.scan.finditer(text):
                position = match.end()
                if 0 < position < end and rule.index < candidates.get(position, unset):
                    candidates[position] = rule.index
        if not candidates:
            return []
        return [p for p in sorted(candidates) if not self._cancelled(text, p, candidates[p])]

    def _cancelled(self, text: str, position: int, break_index: int) -> bool:
        for rule in self._exceptions:
            if rule.index > break_index:
                return False
            if rule.after is not None and rule.after.match(text, position) is None:
                continue
            if rule.before.search(text, max(0, position - rule.reach), position):
                return True
        return False
