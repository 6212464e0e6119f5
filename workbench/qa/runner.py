"""Run a profile's checks over a list of units."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from workbench.errors import Cancelled
from workbench.qa.model import SEVERITY_RANK, Finding, Severity, Side, Unit
from workbench.qa.profiles import Profile
from workbench.qa.registry import CHECK_IDS, Check, CheckContext, RunCheck, UnitCheck, all_checks
from workbench.qa.resources import QAResources

if TYPE_CHECKING:
    from workbench.qa.termbase_worker import TermbaseWorker

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
        return [f for f in self.findings if f.ignored_reason is None]

    @property
    def has_errors(self) -> bool:
        error = Severity.ERROR
        return any(f.severity is error and f.ignored_reason is None for f in self.findings)

    def summary(self) -> dict[str, Any]:
        active = self.active
        # map + attrgetter: counted in C (a large report has tens of thousands of findings)
        by_check = Counter(map(attrgetter("check"), active))
        by_severity = Counter(map(attrgetter("severity"), active))
        return {
            "units": self.units,
            "units_with_findings": len(set(map(attrgetter("unit.position"), active))),
            "findings": len(active),
            "ignored": len(self.findings) - len(active),
            "by_severity": {s.value: by_severity.get(s, 0) for s in Severity},
            "by_check": {c: by_check[c] for c in self.checks if by_check.get(c)},
            "checks": list(self.checks),
        }


def finding_order(finding: Finding) -> tuple[int, int, int, int, int]:
    return (
        finding.unit.position,
        finding.side is not Side.SOURCE,
        finding.span[0],
        _CHECK_ORDER.get(finding.check, 99),
        SEVERITY_RANK[finding.severity],
    )


def distinct_units(units: Sequence[Unit]) -> tuple[list[Unit], list[list[Unit]]]:
    """The first unit of each distinct text pair, and the units that repeat it.

    Per-unit checks read only a unit's texts and languages, so a repetition (common in
    translation files: headings, captions, boilerplate) is checked once and its findings
    are copied to the other units.
    """
    first: dict[tuple[str, str, str, str], int] = {}
    distinct: list[Unit] = []
    repeats: list[list[Unit]] = []
    for unit in units:
        key = (unit.source, unit.target, unit.source_lang, unit.target_lang)
        index = first.get(key)
        if index is None:
            first[key] = len(distinct)
            distinct.append(unit)
            repeats.append([])
        else:
            repeats[index].append(unit)
    return distinct, repeats


def copy_to_repeats(found: Sequence[Finding], repeats: Sequence[Unit]) -> list[Finding]:
    """``found`` (the findings of one unit) for each unit in ``repeats``."""
    return [replace(finding, unit=unit) for unit in repeats for finding in found]


def profile_checks(
    profile: Profile, resources: QAResources
) -> tuple[list[Check], list[tuple[UnitCheck, CheckContext]], list[tuple[RunCheck, CheckContext]]]:
    """The enabled checks of ``profile``, and their per-unit and run-wide functions, each
    with its context (severity and options from the profile, the run's resources)."""
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
    return enabled, per_unit, per_run


def run_qa(
    units: Sequence[Unit],
    profile: Profile,
    resources: QAResources | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = 1,
    termbase_worker: TermbaseWorker | None = None,
) -> QAResult:
    """Every enabled check of ``profile`` over ``units``; findings in unit order.

    ``workers`` > 1 runs the per-unit checks in forked processes (see ``parallel``); use
    ``parallel.worker_count(len(units))`` to choose, and never from a process with threads.
    ``termbase_worker`` runs the checks that read the term base in its own process.
    """
    resources = resources or QAResources()
    enabled, per_unit, per_run = profile_checks(profile, resources)
    total = len(units)
    distinct, repeats = distinct_units(units)
    if termbase_worker is not None:
        # The worker runs the checks that read the term base (see ``termbase_worker``).
        per_unit = [(fn, ctx) for fn, ctx in per_unit if not ctx.spec.uses_termbase]
    if workers > 1 and per_unit and total > 1:
        findings = _run_parallel(
            units, distinct, repeats, per_unit, per_run, workers, progress, termbase_worker
        )
    else:
        findings = _check_units(distinct, repeats, per_unit, progress, cancelled)
        for run_fn, context in per_run:
            if cancelled is not None and cancelled():
                raise Cancelled("QA run cancelled")
            findings.extend(run_fn(units, context))
        if termbase_worker is not None:
            termbase_worker.send(distinct)
            findings += termbase_worker.receive(distinct, repeats)
        if progress is not None:
            progress(total, total)
    findings.sort(key=finding_order)
    return QAResult(findings, total, [check.id for check in enabled])


def _check_units(
    distinct: Sequence[Unit],
    repeats: Sequence[list[Unit]],
    per_unit: Sequence[tuple[UnitCheck, CheckContext]],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Finding]:
    """The per-unit checks over the distinct units, findings copied to the repeats."""
    total = len(distinct) + sum(len(copies) for copies in repeats)
    findings: list[Finding] = []
    done = next_report = 0
    for unit, copies in zip(distinct, repeats, strict=True):
        if done >= next_report:
            next_report = done + _PROGRESS_EVERY
            if cancelled is not None and cancelled():
                raise Cancelled("QA run cancelled")
            if progress is not None:
                progress(done, total)
        found: list[Finding] = []
        for unit_fn, context in per_unit:
            found.extend(unit_fn(unit, context))
        findings.extend(found)
        if copies and found:
            findings.extend(copy_to_repeats(found, copies))
        done += 1 + len(copies)
    return findings


def _run_parallel(
    units: Sequence[Unit],
    distinct: list[Unit],
    repeats: list[list[Unit]],
    per_unit: list[tuple[UnitCheck, CheckContext]],
    per_run: list[tuple[RunCheck, CheckContext]],
    workers: int,
    progress: Progress | None,
    termbase_worker: TermbaseWorker | None,
) -> list[Finding]:
    """Per-unit checks that need no term base, and the run-wide checks, in forked workers;
    meanwhile the parent loads the term base (when that is still to do) and runs the
    checks that read it, or hands the units to the ``termbase_worker`` that does."""
    from workbench.qa.parallel import run_unit_checks

    forked = [(fn, ctx) for fn, ctx in per_unit if not ctx.spec.uses_termbase]
    local = [(fn, ctx) for fn, ctx in per_unit if ctx.spec.uses_termbase]
    if not forked:
        return _check_units(distinct, repeats, per_unit) + [
            finding for run_fn, context in per_run for finding in run_fn(units, context)
        ]
    # Checking one unit in the parent builds what checks build lazily (word lists,
    # patterns), so the workers inherit it instead of each building their own.
    for unit_fn, context in forked:
        list(unit_fn(units[0], context))

    def run_wide() -> list[Finding]:
        return [finding for run_fn, context in per_run for finding in run_fn(units, context)]

    def in_parent() -> list[Finding]:
        if termbase_worker is not None:
            termbase_worker.send(distinct)  # its answer is read after the workers'
        return _check_units(distinct, repeats, local)

    findings = run_unit_checks(
        distinct,
        repeats,
        forked,
        workers,
        every_unit=units,
        run_wide=run_wide,
        while_waiting=in_parent,
        progress=progress,
    )
    if termbase_worker is not None:
        findings += termbase_worker.receive(distinct, repeats)
    return findings
