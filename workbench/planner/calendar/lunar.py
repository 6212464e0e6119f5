"""The traditional festivals of a Gregorian year: lunar dates from tyme4py, Qingming from
its solar term, Chinese New Year's Eve as the day before the Spring Festival."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tyme4py.lunar import LunarDay

from workbench.planner.calendar.solar import QINGMING, solar_terms
from workbench.planner.calendar.timebase import EnglishNames, check_year


@dataclass(frozen=True)
class Festival:
    key: str
    name_zh: str
    name_en: str
    date: dt.date


# key → (zh, English); English as the starter term base prefers it.
FESTIVAL_NAMES: dict[str, tuple[str, str]] = {
    "spring-festival-eve": ("除夕", "Chinese New Year's Eve"),
    "spring-festival": ("春节", "Spring Festival"),
    "lantern": ("元宵节", "Lantern Festival"),
    "qingming": ("清明节", "Qingming Festival"),
    "dragon-boat": ("端午节", "Dragon Boat Festival"),
    "qixi": ("七夕节", "Qixi Festival"),
    "mid-autumn": ("中秋节", "Mid-Autumn Festival"),
    "double-ninth": ("重阳节", "Double Ninth Festival"),
}
# Festivals on a fixed day of a (never leap) lunar month of the lunar year that starts in
# the same Gregorian year, so each falls inside that Gregorian year too.
_LUNAR_DAYS = {
    "spring-festival": (1, 1),
    "lantern": (1, 15),
    "dragon-boat": (5, 5),
    "qixi": (7, 7),
    "mid-autumn": (8, 15),
    "double-ninth": (9, 9),
}


def _lunar_to_date(year: int, month: int, day: int) -> dt.date:
    solar = LunarDay.from_ymd(year, month, day).get_solar_day()
    return dt.date(solar.get_year(), solar.get_month(), solar.get_day())


def festival_dates(year: int) -> dict[str, dt.date]:
    check_year(year)
    dates = {key: _lunar_to_date(year, *md) for key, md in _LUNAR_DAYS.items()}
    # The last day of the lunar year: 腊月 has 29 days in some years (no 大年三十 then),
    # so it is counted back from 正月初一, never taken as 腊月三十.
    dates["spring-festival-eve"] = dates["spring-festival"] - dt.timedelta(days=1)
    dates["qingming"] = solar_terms(year)[QINGMING].date
    return dates


def festivals(year: int, names: EnglishNames | None = None) -> list[Festival]:
    """The eight festivals in ``year``, in date order; ``names`` (zh → preferred English,
    variants) overrides the built-in English names."""
    found = []
    for key, day in festival_dates(year).items():
        name_zh, name_en = FESTIVAL_NAMES[key]
        if names and name_zh in names:
            name_en = names[name_zh][0]
        found.append(Festival(key, name_zh, name_en, day))
    return sorted(found, key=lambda f: f.date)
