"""The catalogue of checks: each has a stable id, names and descriptions in Chinese and
English, a default severity, the sides it reads and its options.

A check is a function registered with ``@unit_check(spec)`` (sees one unit at a time) or
``@run_check(spec)`` (sees every unit of the run: consistency checks). Check modules live in
``workbench.qa.checks`` and are imported by ``all_checks()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.qa.model import Finding, Fix, Severity, Side, Unit, made_fast

if TYPE_CHECKING:
    from workbench.qa.resources import QAResources

BOTH = (Side.SOURCE, Side.TARGET)


@dataclass(frozen=True)
class CheckSpec:
    id: str
    name_en: str
    name_zh: str
    description_en: str
    description_zh: str
    severity: Severity
    sides: tuple[Side, ...] = BOTH
    options: Mapping[str, Any] = field(default_factory=dict)  # defaults; profiles override
    # Reads the term base (its terms, or words and names taken from it). A large run starts
    # the other checks in worker processes while the term base is still being read.
    uses_termbase: bool = False

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en

    def description(self, lang: str = "en") -> str:
        return self.description_zh if lang.startswith("zh") else self.description_en


@dataclass
class CheckContext:
    """What a check function gets besides the unit: its settings in the active profile and
    the run's shared resources (term matcher, dictionary, per-unit memo)."""

    spec: CheckSpec
    severity: Severity
    options: Mapping[str, Any]
    resources: QAResources

    def __post_init__(self) -> None:
        # Checks read options for every unit: one lookup in one dict.
        self._settings = {**self.spec.options, **self.options}

    def option(self, name: str) -> Any:
        return self._settings.get(name)

    def finding(
        self,
        unit: Unit,
        side: Side,
        span: tuple[int, int],
        message_en: str,
        message_zh: str,
        *,
        fix: Fix | None = None,
        **data: Any,
    ) -> Finding:
        return made_fast(
            Finding,
            check=self.spec.id,
            unit=unit,
            side=side,
            severity=self.severity,
            message_en=message_en,
            message_zh=message_zh,
            span=span,
            fix=fix,
            data=data,
            ignored_reason=None,
        )


UnitCheck = Callable[[Unit, CheckContext], Iterable[Finding]]
RunCheck = Callable[[Sequence[Unit], CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    spec: CheckSpec
    unit_fn: UnitCheck | None = None
    run_fn: RunCheck | None = None

    @property
    def id(self) -> str:
        return self.spec.id


_CHECKS: dict[str, Check] = {}

# The order checks are listed in (settings, reports, the command line's help).
CHECK_IDS = (
    "term-missing",
    "term-forbidden",
    "number-mismatch",
    "punct-width",
    "punct-spacing",
    "unpaired-brackets",
    "untranslated",
    "same-as-source",
    "inconsistent-target",
    "inconsistent-source",
    "repeated-word",
    "missing-apostrophe",
    "double-space",
    "whitespace-edge",
    "length-ratio",
    "cjk-latin-spacing",
    "tag-mismatch",
    "spelling",
)


def _add(check: Check) -> None:
    if check.id not in CHECK_IDS:
        raise ValueError(f"unknown check id {check.id!r}: add it to CHECK_IDS")
    if check.id in _CHECKS:
        raise ValueError(f"check {check.id!r} registered twice")
    _CHECKS[check.id] = check


def unit_check(spec: CheckSpec) -> Callable[[UnitCheck], UnitCheck]:
    def register(fn: UnitCheck) -> UnitCheck:
        _add(Check(spec, unit_fn=fn))
        return fn

    return register


def run_check(spec: CheckSpec) -> Callable[[RunCheck], RunCheck]:
    def register(fn: RunCheck) -> RunCheck:
        _add(Check(spec, run_fn=fn))
        return fn

    return register


def all_checks() -> dict[str, Check]:
    """Every check by id, in ``CHECK_IDS`` order."""
    import workbench.qa.checks  # noqa: F401  (registers the checks)

    return {check_id: _CHECKS[check_id] for check_id in CHECK_IDS if check_id in _CHECKS}


def check_spec(check_id: str) -> CheckSpec:
    checks = all_checks()
    if check_id not in checks:
        raise KeyError(check_id)
    return checks[check_id].spec
