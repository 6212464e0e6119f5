"""The 24 solar terms of a year: the moment the sun's apparent longitude reaches each
multiple of 15°, from tyme4py (within seconds of JPL DE421), with house English names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from tyme4py.solar import SolarTerm as _TymeTerm

from workbench.planner.calendar.timebase import (
    BEIJING,
    BEIJING_STANDARD,
    EnglishNames,
    check_year,
)

# In calendar-year order (index 0 = 小寒). Primary names as China Daily (chinaculture.org)
# and China News Service list them; variants seen in CGTN, Xinhua and China Daily copy.
SOLAR_TERM_NAMES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("小寒", "Minor Cold", ("Slight Cold", "Lesser Cold")),
    ("大寒", "Major Cold", ("Great Cold", "Greater Cold")),
    ("立春", "Start of Spring", ("Beginning of Spring",)),
    ("雨水", "Rain Water", ()),
    ("惊蛰", "Awakening of Insects", ("Insects Awakening", "Insects Awaken")),
    ("春分", "Spring Equinox", ("Vernal Equinox",)),
    ("清明", "Clear and Bright", ("Pure Brightness", "Qingming")),
    ("谷雨", "Grain Rain", ()),
    ("立夏", "Start of Summer", ("Beginning of Summer",)),
    ("小满", "Grain Buds", ("Lesser Fullness of Grain", "Grain Full")),
    ("芒种", "Grain in Ear", ("Grain in Beard",)),
    ("夏至", "Summer Solstice", ()),
    ("小暑", "Minor Heat", ("Slight Heat", "Lesser Heat")),
    ("大暑", "Major Heat", ("Great Heat", "Greater Heat")),
    ("立秋", "Start of Autumn", ("Beginning of Autumn",)),
    ("处暑", "End of Heat", ("Limit of Heat",)),
    ("白露", "White Dew", ()),
    ("秋分", "Autumn Equinox", ("Autumnal Equinox",)),
    ("寒露", "Cold Dew", ()),
    ("霜降", "Frost's Descent", ("Frost Descent",)),
    ("立冬", "Start of Winter", ("Beginning of Winter",)),
    ("小雪", "Minor Snow", ("Light Snow", "Lesser Snow")),
    ("大雪", "Major Snow", ("Heavy Snow", "Greater Snow")),
    ("冬至", "Winter Solstice", ()),
)
QINGMING = 6  # index of 清明, whose day is also the Qingming Festival


@dataclass(frozen=True)
class SolarTerm:
    index: int  # 0 = 小寒 Minor Cold … 23 = 冬至 Winter Solstice
    name_zh: str
    name_en: str
    variants_en: tuple[str, ...]
    moment: dt.datetime  # tz-aware (Asia/Shanghai), to the second

    @property
    def standard_time(self) -> dt.datetime:
        """The moment in Beijing standard time (UTC+8), the time the calendar uses."""
        return self.moment.astimezone(BEIJING_STANDARD)

    @property
    def date(self) -> dt.date:
        return self.standard_time.date()


@lru_cache(maxsize=256)
def _moments(year: int) -> tuple[dt.datetime, ...]:
    moments = []
    for index in range(24):
        # tyme4py counts from the previous 冬至 (0), so 小寒 is its 1 and 冬至 its 24.
        time = _TymeTerm.from_index(year, index + 1).get_julian_day().get_solar_time()
        standard = dt.datetime(
            time.get_year(),
            time.get_month(),
            time.get_day(),
            time.get_hour(),
            time.get_minute(),
            time.get_second(),
            tzinfo=BEIJING_STANDARD,
        )
        moments.append(standard.astimezone(BEIJING))
    return tuple(moments)


def solar_terms(year: int, names: EnglishNames | None = None) -> list[SolarTerm]:
    """The 24 terms whose Beijing date falls in ``year``, in date order (小寒 … 冬至).

    ``names`` (zh → preferred English, variants) overrides the built-in English names,
    e.g. with ``english_names_from_termbase(session)``.
    """
    check_year(year)
    terms = []
    for index, moment in enumerate(_moments(year)):
        name_zh, name_en, variants = SOLAR_TERM_NAMES[index]
        if names and name_zh in names:
            name_en, variants = names[name_zh]
        terms.append(SolarTerm(index, name_zh, name_en, tuple(variants), moment))
    return terms
