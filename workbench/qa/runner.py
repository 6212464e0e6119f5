"""Run a profile's checks over a list of units."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import Cancelled
from workbench.qa.model import SEVERITY_RANK, Finding, Severity, Unit
from workbench.qa.profiles import Profile
from workbench.qa.registry import CHECK_IDS, CheckContext, all_checks
from workbench.qa.resources import QAResources

Progress = Callable[[int, int], None]  # (units done, units in all)
_PROGRESS_EVERY = 500
_CHECK_ORDER = {check_id: rank for rank, check_id in enumerate(CHECK_IDS)}


@dataclass
class QAResult:
    findings: list[Finding]
    units: int
    checks: list[str] = field(default_factory=list)

    @property
    def active(self) -> list[Finding]:
        """Findings nobody has ignored."""
        return [f for f in self.findings if not f.ignored]

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.active)

    def summary(self) -> dict[str, Any]:
        active = self.active
        by_check = Counter(f.check for f in active)
        by_severity = Counter(f.severity.value for f in active)
        return {
            "units": self.units,
            "units_with_findings": len({f.unit.position for f in active}),
            "findings": len(active),
            "ignored": len(self.findings) - len(active),
            "by_severity": {s.value: by_severity.get(s.value, 0) for s in Severity},
            "by_check": {c: by_check[c] for c in self.checks if by_check.get(c)},
            "checks": list(self.checks),
        }


def finding_order(finding: Finding) -> tuple[int, int, int, int, int]:
    return (
        finding.unit.position,
        0 if finding.side.value == "source" else 1,
        finding.span[0],
        _CHECK_ORDER.get(finding.check, 99),
        SEVERITY_RANK[finding.severity],
    )


def run_qa(
    units: Sequence[Unit],
    profile: Profile,
    resources: QAResources | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> QAResult:
    """Every enabled check of ``profile`` over ``units``; findings in unit order."""
    resources = resources or QAResources()
    checks = all_checks()
    enabled = [checks[c] for c in profile.enabled_checks() if c in checks]
    contexts = {
        check.id: CheckContext(
            spec=check.spec,
            severity=profile.severity(check.spec),
            options=profile.options(check.spec),
            resources=resources,
        )
        for check in enabled
    }
    per_unit = [(check.unit_fn, contexts[check.id]) for check in enabled if check.unit_fn]
    per_run = [(check.run_fn, contexts[check.id]) for check in enabled if check.run_fn]

    findings: list[Finding] = []
    total = len(units)
    for done, unit in enumerate(units):
        if done % _PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled("QA run cancelled")
            if progress is not None:
                progress(done, total)
        for unit_fn, context in per_unit:
            findings.extend(unit_fn(unit, context))
    for run_fn, context in per_run:
        if cancelled is not None and cancelled():
            raise Cancelled("QA run cancelled")
        findings.extend(run_fn(units, context))
    if progress is not None:
        progress(total, total)
    findings.sort(key=finding_order)
    return QAResult(findings, total, [check.id for check in enabled])
