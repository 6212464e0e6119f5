"""What a calendar view shows on each day: solar terms, festivals, public holidays,
make-up working days and the team's observances."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.planner.calendar.lunar import festivals
from workbench.planner.calendar.solar import solar_terms
from workbench.planner.calendar.timebase import EnglishNames, year_supported
from workbench.planner.calendar.workdays import holidays

# (name_zh, name_en, month, day, year or None for every year): an Observance row as
# plain values, so this module needs no database.
ObservanceRow = tuple[str, str, int, int, int | None]

MARK_KINDS = ("holiday", "workday", "festival", "solar-term", "observance")


@dataclass(frozen=True)
class DayMark:
    date: dt.date
    kind: str  # one of MARK_KINDS
    name_zh: str
    name_en: str


def _year_marks(year: int, names: EnglishNames | None) -> list[DayMark]:
    marks = [
        DayMark(h.date, "workday" if h.working_day else "holiday", h.name_zh, h.name_en)
        for h in holidays(year)
    ]
    # Outside the supported years a calendar view still opens, just without these.
    if year_supported(year):
        marks += [DayMark(f.date, "festival", f.name_zh, f.name_en) for f in festivals(year, names)]
        marks += [
            DayMark(t.date, "solar-term", t.name_zh, t.name_en) for t in solar_terms(year, names)
        ]
    return marks


def _observance_marks(year: int, observances: Iterable[ObservanceRow]) -> list[DayMark]:
    marks = []
    for name_zh, name_en, month, day, only_year in observances:
        if only_year is not None and only_year != year:
            continue
        try:
            when = dt.date(year, month, day)
        except ValueError:  # 29 February in a common year, or a bad row: nothing to show
            continue
        marks.append(DayMark(when, "observance", name_zh, name_en))
    return marks


def marks_between(
    start: dt.date,
    end: dt.date,
    observances: Iterable[ObservanceRow] = (),
    *,
    names: EnglishNames | None = None,
) -> dict[dt.date, list[DayMark]]:
    """Marked days from ``start`` to ``end`` (both included), in date order; each day's
    marks ordered as MARK_KINDS. Days without marks are left out."""
    rows = list(observances)
    found: dict[dt.date, list[DayMark]] = {}
    for year in range(start.year, end.year + 1):
        for mark in _year_marks(year, names) + _observance_marks(year, rows):
            if start <= mark.date <= end:
                found.setdefault(mark.date, []).append(mark)
    order = {kind: position for position, kind in enumerate(MARK_KINDS)}
    return {
        day: sorted(found[day], key=lambda m: order[m.kind])  # stable: source order kept
        for day in sorted(found)
    }
