"""QA findings kept current while people edit.

A full run (a document, an issue, the workspace) gives a ``LiveQA``; when segments change
(confirm, fix, undo, replace-all) their per-unit checks run again and replace those
segments' findings. Run-wide checks (consistency across units) keep their findings until
the next full run: one changed segment cannot say whether the run is consistent.

Qt-free: the desktop app's QA panel drives it; ordering, grouping and navigation live here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from sqlmodel import Session

from workbench.qa import store
from workbench.qa.model import SEVERITY_RANK, Finding, Severity, Side
from workbench.qa.profiles import Profile
from workbench.qa.registry import CHECK_IDS, all_checks
from workbench.qa.runner import QAResult, run_qa
from workbench.qa.units import segment_units

_DOC_STRIDE = 10_000_000  # position = document rank * stride + segment number
_CHECK_ORDER = {check_id: rank for rank, check_id in enumerate(CHECK_IDS)}


def unit_check_ids() -> frozenset[str]:
    """Checks that look at one unit at a time (they can re-run on a single segment)."""
    return frozenset(c for c, check in all_checks().items() if check.unit_fn is not None)


def per_unit_profile(profile: Profile) -> Profile:
    """``profile`` with only its enabled per-unit checks on (severities and options kept)."""
    per_unit = unit_check_ids()
    return profile.only(c for c in profile.enabled_checks() if c in per_unit)


def recheck(session: Session, segment_ids: Sequence[int], profile: Profile) -> list[Finding]:
    """The per-unit findings of ``segment_ids`` now, ignores marked."""
    from workbench.qa.jobs import workspace_resources

    if not segment_ids:
        return []
    units = segment_units(session, segment_ids)
    if not units:
        return []
    result = run_qa(units, per_unit_profile(profile), workspace_resources(session))
    return store.mark_ignored(session, result.findings)


def segment_number(finding: Finding) -> int:
    try:
        return int(finding.unit.key)
    except ValueError:
        return finding.unit.position


@dataclass
class LiveQA:
    """The findings of the last full run, updated segment by segment."""

    result: QAResult
    profile: Profile
    document_ids: list[int]
    _rank: dict[int, int] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self._rank = {doc: rank for rank, doc in enumerate(self.document_ids)}
        self.result.findings = self._ordered(self.result.findings)

    # --- reading -----------------------------------------------------------------------
    @property
    def findings(self) -> list[Finding]:
        return self.result.findings

    @property
    def multi_document(self) -> bool:
        return len(self.document_ids) > 1

    def covers(self, document_id: int) -> bool:
        return document_id in self._rank

    def open_findings(self, document_id: int | None = None) -> list[Finding]:
        return [
            f
            for f in self.findings
            if not f.ignored and (document_id is None or f.unit.document_id == document_id)
        ]

    def segments_with_findings(self, document_id: int) -> frozenset[int]:
        return frozenset(
            f.unit.segment_id for f in self.open_findings(document_id) if f.unit.segment_id
        )

    def groups(self, *, show_ignored: bool = True) -> list[tuple[str, list[Finding]]]:
        """Findings by check, in catalogue order."""
        by_check: dict[str, list[Finding]] = {}
        for finding in self.findings:
            if show_ignored or not finding.ignored:
                by_check.setdefault(finding.check, []).append(finding)
        return sorted(by_check.items(), key=lambda item: _CHECK_ORDER.get(item[0], 99))

    def counts(self) -> dict[str, int]:
        """Open findings by severity, plus ``ignored`` and ``units``."""
        active = Counter(f.severity.value for f in self.findings if not f.ignored)
        data = {s.value: active.get(s.value, 0) for s in Severity}
        data["ignored"] = sum(1 for f in self.findings if f.ignored)
        data["units"] = self.result.units
        return data

    def fixable_of_kind(self, check: str, document_id: int) -> list[Finding]:
        return [
            f for f in self.open_findings(document_id) if f.check == check and f.fix is not None
        ]

    def step(
        self, document_id: int, number: int, current: Finding | None, forward: bool
    ) -> Finding | None:
        """The next (or previous) open finding of a document after ``current`` (or after the
        segment the cursor is on), wrapping around."""
        candidates = self.open_findings(document_id)
        if not candidates:
            return None
        if current is not None and current in candidates:
            index = candidates.index(current)
            return candidates[(index + (1 if forward else -1)) % len(candidates)]
        if forward:
            after = [f for f in candidates if segment_number(f) > number]
            return after[0] if after else candidates[0]
        before = [f for f in candidates if segment_number(f) < number]
        return before[-1] if before else candidates[-1]

    # --- changing ----------------------------------------------------------------------
    def replace_segments(self, segment_ids: Iterable[int], fresh: Sequence[Finding]) -> None:
        """Swap the per-unit findings of ``segment_ids`` for ``fresh`` (from ``recheck``)."""
        ids = set(segment_ids)
        per_unit = unit_check_ids()
        kept = [f for f in self.findings if not (f.unit.segment_id in ids and f.check in per_unit)]
        # Run-wide findings of a changed segment keep their text: a fix for them is stale
        # (fix_batch skips it) until the next full run.
        self.result.findings = self._ordered([*kept, *fresh])

    def forget_segments(self, segment_ids: Iterable[int]) -> None:
        """Drop every finding of segments that no longer exist (merged away)."""
        gone = set(segment_ids)
        self.result.findings = [f for f in self.findings if f.unit.segment_id not in gone]

    def set_ignored(self, finding: Finding, reason: str | None) -> Finding:
        """Mark ``finding`` (and its twins: same segment, check, side and text) ignored."""
        updated = replace(finding, ignored_reason=reason)
        key = _ignore_key(finding)
        self.result.findings = [
            replace(f, ignored_reason=reason) if _ignore_key(f) == key else f for f in self.findings
        ]
        return updated

    def _ordered(self, findings: Iterable[Finding]) -> list[Finding]:
        placed = []
        for finding in findings:
            position = self._rank.get(finding.unit.document_id or 0, 0) * _DOC_STRIDE
            position += segment_number(finding)
            if finding.unit.position != position:
                finding = replace(finding, unit=replace(finding.unit, position=position))
            placed.append(finding)
        placed.sort(key=_order)
        return placed


def _ignore_key(finding: Finding) -> tuple[int | None, str, str, str]:
    return (finding.unit.segment_id, finding.check, finding.side.value, finding.span_text)


def _order(finding: Finding) -> tuple[int, int, int, int, int]:
    return (
        finding.unit.position,
        0 if finding.side is Side.SOURCE else 1,
        finding.span[0],
        _CHECK_ORDER.get(finding.check, 99),
        SEVERITY_RANK[finding.severity],
    )
