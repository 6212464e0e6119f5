"""Things a QA run shares between checks and units: the term matcher, the words the spelling
check must accept, and a per-unit memo so two checks do not match the same text twice."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from workbench.qa.model import Side, Unit
from workbench.termbase.matcher import TermHit, TermMatcher


class QAResources:
    """``matcher`` is the term base, or ``load_matcher`` builds it when a check first asks
    (a file run reads the term base while the checks that need none already run)."""

    def __init__(
        self,
        matcher: TermMatcher | None = None,
        *,
        user_words: Iterable[str] = (),
        load_matcher: Callable[[], TermMatcher | None] | None = None,
    ) -> None:
        self._matcher = matcher
        self._load_matcher = load_matcher
        self.user_words = frozenset(word.casefold() for word in user_words)
        self._memo_unit: Unit | None = None
        self._memo: dict[Any, Any] = {}
        self._shared: dict[str, Any] = {}

    @property
    def matcher(self) -> TermMatcher | None:
        if self._load_matcher is not None:
            load, self._load_matcher = self._load_matcher, None
            self._matcher = load()
        return self._matcher

    # --- per unit ------------------------------------------------------------------

    def memo(self, unit: Unit, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per unit and key (the memo is dropped when the unit changes)."""
        if self._memo_unit is not unit:
            self._memo_unit = unit
            self._memo = {}
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def term_hits(self, unit: Unit, side: Side) -> list[TermHit]:
        """Every term-base hit on one side of the unit (empty without a term base)."""
        matcher = self.matcher
        if matcher is None:
            return []
        return self.memo(
            unit, ("terms", side), lambda: matcher.match(unit.text(side), unit.lang(side))
        )

    # --- per run -------------------------------------------------------------------

    def shared(self, key: str, build: Callable[[], Any]) -> Any:
        """A value built once per run (a dictionary, a compiled word list)."""
        if key not in self._shared:
            self._shared[key] = build()
        return self._shared[key]
