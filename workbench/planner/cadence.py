"""Cadence rules of a series (stored as JSON in ``Series.cadence``) and their dates.

A rule says when a series publishes: weekly on chosen weekdays, monthly on a day, on
custom dates, or on the solar terms; each at a clock time in its audience's time zone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar

from workbench.errors import WorkbenchError
from workbench.planner.store_base import zone

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class WeeklyRule:
    weekdays: tuple[int, ...]  # 0 = Monday … 6 = Sunday
    at: time = time(8, 0)
    timezone: str = "Asia/Shanghai"
    every: int = 1  # every n-th week …
    anchor: date | None = None  # … counted from this day's week (default: the period start)
    kind: ClassVar[str] = "weekly"


@dataclass(frozen=True)
class MonthlyRule:
    day: int  # 1–31; months shorter than that publish on their last day
    at: time = time(8, 0)
    timezone: str = "Asia/Shanghai"
    kind: ClassVar[str] = "monthly"


@dataclass(frozen=True)
class DatesRule:
    dates: tuple[date, ...]
    at: time = time(8, 0)
    timezone: str = "Asia/Shanghai"
    kind: ClassVar[str] = "dates"


@dataclass(frozen=True)
class SolarTermRule:
    """On the Beijing date of each solar term (``terms``: indexes 0 = 小寒 … 23 = 冬至;
    empty = all 24)."""

    terms: tuple[int, ...] = ()
    at: time = time(8, 0)
    timezone: str = "Asia/Shanghai"
    kind: ClassVar[str] = "solar-terms"


Rule = WeeklyRule | MonthlyRule | DatesRule | SolarTermRule
_KINDS: dict[str, type[Any]] = {
    cls.kind: cls for cls in (WeeklyRule, MonthlyRule, DatesRule, SolarTermRule)
}


def validate(rule: Rule) -> Rule:
    zone(rule.timezone)
    if isinstance(rule, WeeklyRule):
        if not rule.weekdays or any(not 0 <= d <= 6 for d in rule.weekdays):
            raise WorkbenchError("A weekly cadence needs weekdays from 0 (Monday) to 6 (Sunday)")
        if rule.every < 1:
            raise WorkbenchError("A weekly cadence repeats every 1 or more weeks")
    elif isinstance(rule, MonthlyRule):
        if not 1 <= rule.day <= 31:
            raise WorkbenchError("A monthly cadence needs a day from 1 to 31")
    elif isinstance(rule, DatesRule):
        if not rule.dates:
            raise WorkbenchError("A custom cadence needs at least one date")
    elif any(not 0 <= t <= 23 for t in rule.terms):
        raise WorkbenchError("Solar terms are numbered 0 (小寒) to 23 (冬至)")
    return rule


def _window(rule: Rule, start: date | datetime, end: date | datetime) -> tuple[datetime, datetime]:
    """[low, high) in the rule's zone: dates are whole days with ``end`` included."""
    tz = zone(rule.timezone)

    def edge(value: date | datetime, after: bool) -> datetime:
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=tz)
        day = value + timedelta(days=1) if after else value
        return datetime.combine(day, time(0), tz)

    return edge(start, False), edge(end, True)


def _candidate_days(rule: Rule, first: date, last: date) -> list[date]:
    if isinstance(rule, DatesRule):
        return sorted(set(rule.dates))
    if isinstance(rule, SolarTermRule):
        from workbench.planner.calendar import solar_terms

        wanted = set(rule.terms) or set(range(24))
        return [
            term.date
            for year in range(first.year, last.year + 1)
            for term in solar_terms(year)
            if term.index in wanted
        ]
    days = []
    day = first
    anchor = (rule.anchor or first) if isinstance(rule, WeeklyRule) else first
    anchor_monday = anchor - timedelta(days=anchor.weekday())
    while day <= last:
        if isinstance(rule, WeeklyRule):
            weeks = (day - timedelta(days=day.weekday()) - anchor_monday).days // 7
            if day.weekday() in rule.weekdays and weeks % rule.every == 0:
                days.append(day)
        elif day.day == min(rule.day, _month_length(day)):
            days.append(day)
        day += timedelta(days=1)
    return days


def _month_length(day: date) -> int:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def occurrences(rule: Rule, start: date | datetime, end: date | datetime) -> list[datetime]:
    """Publication moments of ``rule`` from ``start`` to ``end`` (dates: both days
    included, in the rule's zone; datetimes: ``end`` excluded), aware in the rule's zone."""
    validate(rule)
    low, high = _window(rule, start, end)
    if high <= low:
        return []
    tz = zone(rule.timezone)
    first, last = low.astimezone(tz).date(), high.astimezone(tz).date()
    moments = (datetime.combine(day, rule.at, tz) for day in _candidate_days(rule, first, last))
    return sorted({m for m in moments if low <= m < high})


# --- JSON -------------------------------------------------------------------------------


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": rule.kind,
        "at": rule.at.strftime("%H:%M"),
        "timezone": rule.timezone,
    }
    if isinstance(rule, WeeklyRule):
        data |= {"weekdays": list(rule.weekdays), "every": rule.every}
        if rule.anchor is not None:
            data["anchor"] = rule.anchor.isoformat()
    elif isinstance(rule, MonthlyRule):
        data["day"] = rule.day
    elif isinstance(rule, DatesRule):
        data["dates"] = [d.isoformat() for d in sorted(set(rule.dates))]
    else:
        data["terms"] = list(rule.terms)
    return data


def rule_from_dict(data: Mapping[str, Any]) -> Rule:
    """The rule a ``rule_to_dict`` mapping describes; a bad one raises WorkbenchError."""
    kind = data.get("kind")
    if kind not in _KINDS:
        raise WorkbenchError(f"Unknown cadence {kind!r}; cadences are: {', '.join(_KINDS)}")
    try:
        common: dict[str, Any] = {
            "at": time.fromisoformat(str(data.get("at", "08:00"))),
            "timezone": str(data.get("timezone", "Asia/Shanghai")),
        }
        if kind == WeeklyRule.kind:
            anchor = data.get("anchor")
            rule: Rule = WeeklyRule(
                weekdays=tuple(int(d) for d in data["weekdays"]),
                every=int(data.get("every", 1)),
                anchor=date.fromisoformat(anchor) if anchor else None,
                **common,
            )
        elif kind == MonthlyRule.kind:
            rule = MonthlyRule(day=int(data["day"]), **common)
        elif kind == DatesRule.kind:
            rule = DatesRule(dates=tuple(date.fromisoformat(d) for d in data["dates"]), **common)
        else:
            rule = SolarTermRule(terms=tuple(int(t) for t in data.get("terms", ())), **common)
    except (KeyError, TypeError, ValueError) as exc:
        raise WorkbenchError(f"Cadence {dict(data)!r} is not valid: {exc}") from None
    return validate(rule)


def describe(rule: Rule) -> str:
    """One line for lists: "weekly on Mon, Thu at 08:00 (Asia/Shanghai)"."""
    when = f"at {rule.at.strftime('%H:%M')} ({rule.timezone})"
    if isinstance(rule, WeeklyRule):
        days = ", ".join(WEEKDAYS[d] for d in sorted(set(rule.weekdays)))
        every = "weekly" if rule.every == 1 else f"every {rule.every} weeks"
        return f"{every} on {days} {when}"
    if isinstance(rule, MonthlyRule):
        return f"monthly on day {rule.day} {when}"
    if isinstance(rule, DatesRule):
        return f"on {len(set(rule.dates))} chosen dates {when}"
    count = len(set(rule.terms)) or 24
    return f"on {count} solar terms {when}"
