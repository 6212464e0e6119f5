"""Mainland public holidays and make-up working days (调休上班) from chinese_calendar,
which holds the State Council notices for the years it knows; other years fall back to
"Monday to Friday"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import chinese_calendar

from workbench.errors import WorkbenchError


@dataclass(frozen=True)
class Holiday:
    date: dt.date
    name_zh: str
    name_en: str
    working_day: bool  # True: a make-up working day on a weekend (调休上班)


# chinese_calendar's English value → our (zh, English); its own names are not house style.
_NAMES = {
    "New Year's Day": ("元旦", "New Year's Day"),
    "Spring Festival": ("春节", "Spring Festival"),
    "Tomb-sweeping Day": ("清明节", "Qingming Festival"),
    "Labour Day": ("劳动节", "Labour Day"),
    "Dragon Boat Festival": ("端午节", "Dragon Boat Festival"),
    "National Day": ("国庆节", "National Day"),
    "Mid-autumn Festival": ("中秋节", "Mid-Autumn Festival"),
    "Anti-Fascist 70th Day": (
        "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
        "70th Anniversary of the Victory of the Chinese People's War of Resistance "
        "against Japanese Aggression and the World Anti-Fascist War",
    ),
}
# A holiday block is at most nine days, plus weekends: no search needs to go further.
_SEARCH_DAYS = 60


def _names(value: str) -> tuple[str, str]:
    if value in _NAMES:
        return _NAMES[value]
    try:  # a holiday a newer chinese_calendar adds: keep its own Chinese name
        return chinese_calendar.Holiday(value).chinese, value
    except ValueError:
        return value, value


@lru_cache(maxsize=1)
def known_years() -> tuple[int, int]:
    """The first and last year chinese_calendar has official data for."""
    years = [day.year for day in chinese_calendar.holidays]
    return min(years), max(years)


def holidays_known(year: int) -> bool:
    first, last = known_years()
    return first <= year <= last


def holidays(year: int) -> list[Holiday]:
    """Days off and make-up working days of ``year`` in date order; [] for unknown years."""
    if not holidays_known(year):
        return []
    found = [
        Holiday(day, *_names(value), working_day=working)
        for table, working in (
            (chinese_calendar.holidays, False),
            (chinese_calendar.workdays, True),
        )
        for day, value in table.items()
        if day.year == year
    ]
    return sorted(found, key=lambda h: h.date)


def is_working_day(day: dt.date) -> bool:
    """Holidays are off, weekends too unless a make-up working day; unknown years:
    Monday to Friday."""
    if isinstance(day, dt.datetime):
        day = day.date()
    if holidays_known(day.year):
        return bool(chinese_calendar.is_workday(day))
    return day.weekday() < 5


def next_working_day(day: dt.date, *, forward: bool = True) -> dt.date:
    """``day`` itself if it is a working day, else the nearest working day after it (or
    before it with ``forward=False``), e.g. to move a deadline off a holiday."""
    if isinstance(day, dt.datetime):
        day = day.date()
    step = dt.timedelta(days=1 if forward else -1)
    candidate = day
    for _ in range(_SEARCH_DAYS):
        if is_working_day(candidate):
            return candidate
        candidate += step
    raise WorkbenchError(f"No working day within {_SEARCH_DAYS} days of {day.isoformat()}")
