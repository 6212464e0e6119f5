"""Per-unit checks over a large run in worker processes (the command line on a 50,000-unit
file; the GUI never forks: a Qt process with threads must not).

Workers are forked, so the term matcher and word lists built in the parent are shared
copy-on-write instead of pickled; each worker sends back its findings as plain tuples that
name the unit by index, and the parent rebuilds them around its own ``Unit`` objects.
Where ``fork`` does not exist (Windows, macOS default) the caller runs in-process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from workbench.qa.model import Finding, Fix, Severity, Side, Unit, made_fast
from workbench.qa.registry import CheckContext

UnitChecks = list[tuple[Callable[[Unit, CheckContext], Iterable[Finding]], CheckContext]]
Packed = tuple[int, str, str, str, str, str, tuple[int, int], Any, dict[str, Any]]

# Enum lookups by value: ``Side(value)`` goes through ``EnumMeta.__call__`` (~2 µs), and a
# large run hands back tens of thousands of findings.
_SIDES = {side.value: side for side in Side}
_SEVERITIES = {severity.value: severity for severity in Severity}

MIN_UNITS = 20_000  # below this the fork and the hand-back cost more than they save
_CHUNKS_PER_WORKER = 8  # small enough that no worker idles long at the end

# Set in the parent just before forking; the workers read it (never pickled).
_STATE: tuple[Sequence[Unit], UnitChecks, Sequence[Unit], Callable[[], list[Finding]]] | None = None


def worker_count(units: int) -> int:
    """How many processes to use for ``units`` units (1 = stay in-process)."""
    if units < MIN_UNITS or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def pack_finding(finding: Finding, index: int) -> Packed:
    fix = finding.fix
    packed_fix = (
        None
        if fix is None
        else (fix.side.value, fix.start, fix.end, fix.replacement, fix.label_en, fix.label_zh)
    )
    return (
        index,
        finding.check,
        finding.side.value,
        finding.severity.value,
        finding.message_en,
        finding.message_zh,
        finding.span,
        packed_fix,
        finding.data,
    )


def unpack_finding(
    packed: Packed, units: Sequence[Unit], repeats: Sequence[list[Unit]] | None = None
) -> list[Finding]:
    """The finding for its unit and for each unit that repeats that unit's texts."""
    index, check, side, severity, message_en, message_zh, span, fix, data = packed
    unpacked_fix = None if fix is None else Fix(_SIDES[fix[0]], *fix[1:])
    side_value, severity_value = _SIDES[side], _SEVERITIES[severity]
    return [
        made_fast(
            Finding,
            check=check,
            unit=unit,
            side=side_value,
            severity=severity_value,
            message_en=message_en,
            message_zh=message_zh,
            span=span,
            fix=unpacked_fix,
            data=data,
            ignored_reason=None,
        )
        for unit in ((units[index], *repeats[index]) if repeats else (units[index],))
    ]


def _check_range(bounds: tuple[int, int]) -> tuple[tuple[int, int], list[Packed]]:
    assert _STATE is not None
    units, per_unit, _, _ = _STATE
    packed: list[Packed] = []
    for index in range(*bounds):
        unit = units[index]
        for unit_fn, context in per_unit:
            # A plain loop: most calls find nothing, and a generator expression per call
            # costs more than that (half a million calls on a large file).
            for finding in unit_fn(unit, context):
                packed.append(pack_finding(finding, index))
    return bounds, packed


def _run_wide(_: object) -> list[Packed]:
    """The run-wide checks in a worker; findings name their unit by its place in the run."""
    assert _STATE is not None
    _, _, every_unit, run_wide = _STATE
    # Forked objects keep their addresses: the ids are those of the parent's units.
    place = {id(unit): index for index, unit in enumerate(every_unit)}
    return [pack_finding(finding, place[id(finding.unit)]) for finding in run_wide()]


def run_unit_checks(
    units: Sequence[Unit],
    repeats: Sequence[list[Unit]],
    per_unit: UnitChecks,
    workers: int,
    *,
    every_unit: Sequence[Unit],
    run_wide: Callable[[], list[Finding]],
    while_waiting: Callable[[], list[Finding]],
    progress: Callable[[int, int], None] | None = None,
) -> list[Finding]:
    """The findings of ``per_unit`` over ``units`` and of ``run_wide`` (checks over
    ``every_unit``), both run by the workers, plus what ``while_waiting`` returns: the
    parent's own share (the checks that read the term base, which it loads meanwhile).
    ``units`` are distinct text pairs; ``repeats[i]`` are the units whose findings are
    those of ``units[i]``."""
    global _STATE
    total = len(units)
    all_units = len(every_unit)
    chunks = workers * _CHUNKS_PER_WORKER
    step = -(-total // chunks)
    ranges = [(start, min(start + step, total)) for start in range(0, total, step)]
    _STATE = (units, per_unit, every_unit, run_wide)
    # Frozen objects are never walked by the collector, so the workers do not write to
    # (and copy) every page of the parent's heap when their first collection runs.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers) as pool:
            wide = pool.apply_async(_run_wide, (None,))  # first: it is one long task
            # In the order they are done: the parent unpacks while the others still run.
            pending = pool.imap_unordered(_check_range, ranges)
            findings = while_waiting()
            by_chunk: dict[int, list[Finding]] = {}
            checked = 0
            for (start, end), packed in pending:
                by_chunk[start] = chunk = []
                for item in packed:
                    chunk.extend(unpack_finding(item, units, repeats))
                checked += end - start + sum(len(r) for r in repeats[start:end])
                if progress is not None:
                    progress(checked, all_units)
            for start in sorted(by_chunk):  # in unit order again: the final sort has less to do
                findings += by_chunk[start]
            for item in wide.get():
                findings.extend(unpack_finding(item, every_unit))
    finally:
        _STATE = None
        gc.unfreeze()
    return findings
