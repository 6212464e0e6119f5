"""Calendar knowledge: solar-term moments checked against an independent computation (Jean
Meeus, *Astronomical Algorithms*, 2nd ed., ch. 25 with the VSOP87 series of Appendix III,
nutation from ch. 22 and aberration), festivals against published dates and lunar-month
rules, holidays and make-up working days, day marks, term-base names and the
``workbench calendar`` command."""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.planner.calendar import (
    BEIJING,
    FIRST_YEAR,
    LAST_YEAR,
    SOLAR_TERM_NAMES,
    DayMark,
    festivals,
    holidays,
    holidays_known,
    is_working_day,
    marks_between,
    next_working_day,
    solar_terms,
)

UTC8 = timezone(timedelta(hours=8))

# --------------------------------------------------------------------------------------
# Independent reference: the sun's apparent geocentric longitude (Meeus ch. 25, "higher
# accuracy"). Earth's heliocentric longitude from the truncated VSOP87 series of Meeus
# Appendix III, each term (A, B, C) → A·cos(B + C·τ), τ in Julian millennia from J2000.

_L0 = (
    (175347046, 0, 0), (3341656, 4.6692568, 6283.07585), (34894, 4.6261, 12566.1517),
    (3497, 2.7441, 5753.3849), (3418, 2.8289, 3.5231), (3136, 3.6277, 77713.7715),
    (2676, 4.4181, 7860.4194), (2343, 6.1352, 3930.2097), (1324, 0.7425, 11506.7698),
    (1273, 2.0371, 529.691), (1199, 1.1096, 1577.3435), (990, 5.233, 5884.927),
    (902, 2.045, 26.298), (857, 3.508, 398.149), (780, 1.179, 5223.694),
    (753, 2.533, 5507.553), (505, 4.583, 18849.228), (492, 4.205, 775.523),
    (357, 2.92, 0.067), (317, 5.849, 11790.629), (284, 1.899, 796.298),
    (271, 0.315, 10977.079), (243, 0.345, 5486.778), (206, 4.806, 2544.314),
    (205, 1.869, 5573.143), (202, 2.458, 6069.777), (156, 0.833, 213.299),
    (132, 3.411, 2942.463), (126, 1.083, 20.775), (115, 0.645, 0.98),
    (103, 0.636, 4694.003), (102, 0.976, 15720.839), (102, 4.267, 7.114),
    (99, 6.21, 2146.17), (98, 0.68, 155.42), (86, 5.98, 161000.69),
    (85, 1.3, 6275.96), (85, 3.67, 71430.7), (80, 1.81, 17260.15),
    (79, 3.04, 12036.46), (75, 1.76, 5088.63), (74, 3.5, 3154.69),
    (74, 4.68, 801.82), (70, 0.83, 9437.76), (62, 3.98, 8827.39),
    (61, 1.82, 7084.9), (57, 2.78, 6286.6), (56, 4.39, 14143.5),
    (56, 3.47, 6279.55), (52, 0.19, 12139.55), (52, 1.33, 1748.02),
    (51, 0.28, 5856.48), (49, 0.49, 1194.45), (41, 5.37, 8429.24),
    (41, 2.4, 19651.05), (39, 6.17, 10447.39), (37, 6.04, 10213.29),
    (37, 2.57, 1059.38), (36, 1.71, 2352.87), (36, 1.78, 6812.77),
    (33, 0.59, 17789.85), (30, 0.44, 83996.85), (30, 2.74, 1349.87),
    (25, 3.16, 4690.48),
)  # fmt: skip
_L1 = (
    (628331966747, 0, 0), (206059, 2.678235, 6283.07585), (4303, 2.6351, 12566.1517),
    (425, 1.59, 3.523), (119, 5.796, 26.298), (109, 2.966, 1577.344),
    (93, 2.59, 18849.23), (72, 1.14, 529.69), (68, 1.87, 398.15),
    (67, 4.41, 5507.55), (59, 2.89, 5223.69), (56, 2.17, 155.42),
    (45, 0.4, 796.3), (36, 0.47, 775.52), (29, 2.65, 7.11),
    (21, 5.34, 0.98), (19, 1.85, 5486.78), (19, 4.97, 213.3),
    (17, 2.99, 6275.96), (16, 0.03, 2544.31), (16, 1.43, 2146.17),
    (15, 1.21, 10977.08), (12, 2.83, 1748.02), (12, 3.26, 5088.63),
    (12, 5.27, 1194.45), (12, 2.08, 4694.0), (11, 0.77, 553.57),
    (10, 1.3, 6286.6), (10, 4.24, 1349.87), (9, 2.7, 242.73),
    (9, 5.64, 951.72), (8, 5.3, 2352.87), (6, 2.65, 9437.76), (6, 4.67, 4690.48),
)  # fmt: skip
_L2 = (
    (52919, 0, 0), (8720, 1.0721, 6283.0758), (309, 0.867, 12566.152),
    (27, 0.05, 3.52), (16, 5.19, 26.3), (16, 3.68, 155.42), (10, 0.76, 18849.23),
    (9, 2.06, 77713.77), (7, 0.83, 775.52), (5, 4.66, 1577.34), (4, 1.03, 7.11),
    (4, 3.44, 5573.14), (3, 5.14, 796.3), (3, 6.05, 5507.55), (3, 1.19, 242.73),
    (3, 6.12, 529.69), (3, 0.31, 398.15), (3, 2.28, 553.57), (2, 4.38, 5223.69),
    (2, 3.75, 0.98),
)  # fmt: skip
_L3 = (
    (289, 5.844, 6283.076), (35, 0, 0), (17, 5.49, 12566.15), (3, 5.2, 155.42),
    (1, 4.72, 3.52), (1, 5.3, 18849.23), (1, 5.97, 242.73),
)  # fmt: skip
_L4 = ((114, 3.142, 0), (8, 4.13, 6283.08), (1, 3.84, 12566.15))
_L5 = ((1, 3.14, 0),)
_J2000 = 2451545.0


def apparent_longitude(jde: float) -> float:
    """Apparent geocentric ecliptic longitude of the sun (degrees) at Julian Ephemeris
    Day ``jde``: VSOP87 → geocentric, FK5 correction, nutation, aberration."""
    tau = (jde - _J2000) / 365250.0
    t = tau * 10  # Julian centuries
    series = (_L0, _L1, _L2, _L3, _L4, _L5)
    lon = sum(
        sum(a * math.cos(b + c * tau) for a, b, c in terms) * tau**power
        for power, terms in enumerate(series)
    )
    theta = math.degrees(lon / 1e8) + 180.0 - 0.09033 / 3600  # geocentric, FK5
    # Nutation in longitude, ch. 22 low-accuracy form (0.5").
    omega = math.radians(125.04452 - 1934.136261 * t)
    sun = math.radians(280.4665 + 36000.7698 * t)
    moon = math.radians(218.3165 + 481267.8813 * t)
    nutation = (
        -17.20 * math.sin(omega)
        - 1.32 * math.sin(2 * sun)
        - 0.23 * math.sin(2 * moon)
        + 0.21 * math.sin(2 * omega)
    )
    # Aberration −20.4898″/R, with R from the leading terms of VSOP87 R0.
    radius = (
        1.00013989
        + 0.01670700 * math.cos(3.0984635 + 6283.07585 * tau)
        + 0.00013956 * math.cos(3.05525 + 12566.1517 * tau)
    )
    return (theta + (nutation - 20.4898 / radius) / 3600) % 360.0


def delta_t(year: float) -> float:
    """TT − UT in seconds: the Espenak & Meeus polynomials (NASA eclipse pages)."""
    if year < 1920:
        t = year - 1900
        return -2.79 + 1.494119 * t - 0.0598939 * t**2 + 0.0061966 * t**3 - 0.000197 * t**4
    if year < 1941:
        t = year - 1920
        return 21.20 + 0.84493 * t - 0.076100 * t**2 + 0.0020936 * t**3
    if year < 1961:
        t = year - 1950
        return 29.07 + 0.407 * t - t**2 / 233 + t**3 / 2547
    if year < 1986:
        t = year - 1975
        return 45.45 + 1.067 * t - t**2 / 260 - t**3 / 718
    if year < 2005:
        t = year - 2000
        return (
            63.86
            + 0.3345 * t
            - 0.060374 * t**2
            + 0.0017275 * t**3
            + 0.000651814 * t**4
            + 0.00002373599 * t**5
        )
    if year < 2050:
        t = year - 2000
        return 62.92 + 0.32217 * t + 0.005589 * t**2
    return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year)


_EPOCH = datetime(2000, 1, 1, 12, tzinfo=UTC)  # JD 2451545.0 (UT here)


def reference_term(year: int, index: int) -> datetime:
    """When the sun's apparent longitude reaches 285° + 15°·index (index 0 = 小寒), by
    bisection over a 12-day bracket around the mean date, in UTC+8."""
    target = (285 + 15 * index) % 360
    shift = delta_t(year + index / 24) / 86400
    guess = datetime(year, 1, 6, tzinfo=UTC) + timedelta(days=15.22 * index)
    low = (guess - _EPOCH).total_seconds() / 86400 + _J2000 - 6
    high = low + 12

    def behind(jd_ut: float) -> float:  # degrees short of the target, wrapped to ±180
        return (apparent_longitude(jd_ut + shift) - target + 180) % 360 - 180

    assert behind(low) < 0 < behind(high)
    for _ in range(40):  # 12 days / 2^40: far below a second
        middle = (low + high) / 2
        low, high = (middle, high) if behind(middle) < 0 else (low, middle)
    return (_EPOCH + timedelta(days=(low + high) / 2 - _J2000)).astimezone(UTC8)


def test_reference_reproduces_meeus_example_25b() -> None:
    # Meeus example 25.b: 1992 October 13.0 TD (JDE 2448908.5), λ = 199°54′21.818″.
    expected = 199 + 54 / 60 + 21.818 / 3600
    assert abs(apparent_longitude(2448908.5) - expected) * 3600 < 1.0


# --------------------------------------------------------------------------------------
# Solar terms


@pytest.mark.parametrize("year", [1950, 2000, 2024, 2027, 2031, 2100])
def test_term_moments_match_the_independent_computation(year: int) -> None:
    terms = solar_terms(year)
    assert len(terms) == 24
    for term in terms:
        reference = reference_term(year, term.index)
        assert term.date == reference.date(), (term.name_zh, term.moment, reference)
        gap = abs((term.moment - reference).total_seconds())
        assert gap <= 600, (term.name_zh, term.moment, reference, gap)


def test_published_term_times() -> None:
    terms = {t.name_zh: t for t in solar_terms(2024)}
    # Purple Mountain Observatory / China Meteorological Administration announcements.
    assert terms["立春"].moment.strftime("%Y-%m-%d %H:%M") == "2024-02-04 16:27"
    assert terms["冬至"].moment.strftime("%Y-%m-%d %H:%M") == "2024-12-21 17:20"
    assert terms["立春"].moment == datetime(2024, 2, 4, 16, 27, 7, tzinfo=BEIJING)
    terms_2025 = {t.name_zh: t for t in solar_terms(2025)}
    assert terms_2025["清明"].date == date(2025, 4, 4)
    # 2025 立春 at 22:10:28 BJT by JPL DE421 (library notes §3): to the second.
    assert terms_2025["立春"].moment == datetime(2025, 2, 3, 22, 10, 28, tzinfo=UTC8)


def test_terms_are_the_24_of_the_year_in_order_with_names() -> None:
    for year in (FIRST_YEAR, 1985, 2025, LAST_YEAR):
        terms = solar_terms(year)
        assert [t.index for t in terms] == list(range(24))
        assert [t.name_zh for t in terms] == [zh for zh, _, _ in SOLAR_TERM_NAMES]
        assert all(t.date.year == year for t in terms)
        assert [t.moment for t in terms] == sorted(t.moment for t in terms)
        assert all(t.moment.tzinfo is BEIJING for t in terms)
        assert all(t.moment.microsecond == 0 for t in terms)
    first = solar_terms(2025)
    assert (first[0].name_zh, first[0].name_en) == ("小寒", "Minor Cold")
    assert (first[23].name_zh, first[23].name_en) == ("冬至", "Winter Solstice")
    by_zh = {t.name_zh: t for t in first}
    assert by_zh["谷雨"].name_en == "Grain Rain"
    assert by_zh["立春"].variants_en == ("Beginning of Spring",)
    assert "Insects Awaken" in by_zh["惊蛰"].variants_en


def test_date_is_the_standard_time_date_in_summer_time_years() -> None:
    # 1990 夏至: 23:32 UTC+8 on 21 June by the reference; China was on summer time then,
    # so the civil clock (Asia/Shanghai) read 00:32 on the 22nd. Calendars keep the 21st.
    term = solar_terms(1990)[11]
    reference = reference_term(1990, 11)
    assert reference.date() == date(1990, 6, 21)
    assert term.date == date(1990, 6, 21)
    assert term.moment.date() == date(1990, 6, 22)  # the civil wall clock
    assert term.standard_time.strftime("%H:%M") == reference.strftime("%H:%M")


def test_names_mapping_overrides_the_built_in_english() -> None:
    names = {"清明": ("Pure Brightness", ("Qingming",)), "春节": ("Chinese New Year", ())}
    qingming = solar_terms(2025, names)[6]
    assert (qingming.name_en, qingming.variants_en) == ("Pure Brightness", ("Qingming",))
    assert solar_terms(2025, names)[7].name_en == "Grain Rain"
    spring = next(f for f in festivals(2025, names) if f.key == "spring-festival")
    assert spring.name_en == "Chinese New Year"


@pytest.mark.parametrize("year", [FIRST_YEAR - 1, LAST_YEAR + 1, 0, -5])
def test_years_outside_the_range_are_refused(year: int) -> None:
    with pytest.raises(WorkbenchError, match="1900–2100"):
        solar_terms(year)
    with pytest.raises(WorkbenchError):
        festivals(year)


# --------------------------------------------------------------------------------------
# Festivals

# Published dates (State Council holiday notices for the years they cover; otherwise the
# Purple Mountain Observatory's calendar as reprinted in almanacs). Cross-checks in the
# comments: a lunar month starts on the Beijing day of a new moon, the festival is day N.
PUBLISHED = {
    2024: {
        "spring-festival-eve": date(2024, 2, 9),  # 腊月三十: 腊月 began 11 Jan (new moon)
        "spring-festival": date(2024, 2, 10),  # new moon 10 Feb 06:59 BJT
        "lantern": date(2024, 2, 24),  # full moon 24 Feb
        "qingming": date(2024, 4, 4),  # = 清明 solar term, 15:02 BJT
        "dragon-boat": date(2024, 6, 10),  # new moon 6 Jun → day 5 on 10 Jun
        "qixi": date(2024, 8, 10),  # new moon 4 Aug → day 7 on 10 Aug
        "mid-autumn": date(2024, 9, 17),  # full moon 18 Sep 10:34 BJT; new moon 3 Sep
        "double-ninth": date(2024, 10, 11),  # new moon 3 Oct → day 9 on 11 Oct
    },
    2025: {
        # 腊月 began 31 Dec 2024 (new moon 06:27 BJT) and the next new moon fell on
        # 29 Jan: a 29-day 腊月, so the eve is 腊月廿九, not 腊月三十.
        "spring-festival-eve": date(2025, 1, 28),
        "spring-festival": date(2025, 1, 29),  # new moon 29 Jan 20:36 BJT
        "lantern": date(2025, 2, 12),  # SF + 14
        "qingming": date(2025, 4, 4),  # 清明 at 20:48 BJT
        "dragon-boat": date(2025, 5, 31),  # new moon 27 May → day 5 on 31 May
        "qixi": date(2025, 8, 29),  # new moon 23 Aug (after 闰六月)
        "mid-autumn": date(2025, 10, 6),  # new moon 22 Sep → day 15 on 6 Oct
        "double-ninth": date(2025, 10, 29),  # new moon 21 Oct → day 9 on 29 Oct
    },
    2026: {
        "spring-festival-eve": date(2026, 2, 16),
        "spring-festival": date(2026, 2, 17),  # new moon 17 Feb 20:01 BJT
        "lantern": date(2026, 3, 3),  # SF + 14 (total lunar eclipse that night)
        "qingming": date(2026, 4, 5),
        "dragon-boat": date(2026, 6, 19),
        "qixi": date(2026, 8, 19),
        "mid-autumn": date(2026, 9, 25),
        "double-ninth": date(2026, 10, 18),
    },
}
SPRING_FESTIVALS = {
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),  # new moon 6 Feb 2027 23:56 BJT
    2031: date(2031, 1, 23),  # new moon 23 Jan 2031
    2034: date(2034, 2, 19),  # after the 2033 闰十一月
    1985: date(1985, 2, 20),  # the day after 雨水: the well-known late New Year
}


@pytest.mark.parametrize("year", sorted(PUBLISHED))
def test_festivals_on_their_published_dates(year: int) -> None:
    found = festivals(year)
    assert {f.key: f.date for f in found} == PUBLISHED[year]
    assert [f.date for f in found] == sorted(f.date for f in found)


def test_spring_festival_dates() -> None:
    for year, expected in SPRING_FESTIVALS.items():
        spring = next(f for f in festivals(year) if f.key == "spring-festival")
        assert spring.date == expected, year


def test_festival_names_and_other_years() -> None:
    # 2031: Mid-Autumn on National Day, as in 2001 and 2020.
    mid_autumn = {2024: date(2024, 9, 17), 2025: date(2025, 10, 6), 2031: date(2031, 10, 1)}
    for year, expected in mid_autumn.items():
        assert next(f for f in festivals(year) if f.key == "mid-autumn").date == expected
    names = {f.key: (f.name_zh, f.name_en) for f in festivals(2031)}
    assert names["spring-festival-eve"] == ("除夕", "Chinese New Year's Eve")
    assert names["qingming"] == ("清明节", "Qingming Festival")
    assert names["double-ninth"] == ("重阳节", "Double Ninth Festival")
    assert len(names) == 8


_MEAN_NEW_MOON = datetime(2000, 1, 6, 18, 14, tzinfo=UTC)  # Meeus ch. 49, k = 0
_SYNODIC = 29.530588861
# Lunar month → (its 中气 solar term index, the festival's day in it).
_MONTH_RULES = {
    "spring-festival": (3, 1),  # 正月 holds 雨水
    "dragon-boat": (11, 5),  # 五月 holds 夏至
    "qixi": (15, 7),  # 七月 holds 处暑
    "mid-autumn": (17, 15),  # 八月 holds 秋分
    "double-ninth": (19, 9),  # 九月 holds 霜降
}
# Where the simple rule "a month holds its 中气" gives way, because an earlier month holds
# two 中气: the 1985, 2034 and 2053 New Years come the day after 雨水, and 2033's ninth
# month starts on the day of 秋分 (the "2033 problem", settled with a 闰十一月).
_RULE_EXCEPTIONS = {
    (1985, "spring-festival"),
    (2033, "double-ninth"),
    (2034, "spring-festival"),
    (2053, "spring-festival"),
}


def test_lunar_festivals_follow_new_moons_and_the_principal_terms() -> None:
    broken = set()
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        terms = solar_terms(year)
        found = {f.key: f.date for f in festivals(year)}
        assert found["spring-festival-eve"] == found["spring-festival"] - timedelta(days=1)
        assert found["lantern"] == found["spring-festival"] + timedelta(days=14)
        assert found["qingming"] == terms[6].date
        assert date(year, 1, 21) <= found["spring-festival"] <= date(year, 2, 20)
        for key, (term_index, day) in _MONTH_RULES.items():
            first = found[key] - timedelta(days=day - 1)
            # The month starts within a day or so of the mean new moon (the true one
            # wanders up to ~14 h from it).
            noon = datetime(first.year, first.month, first.day, 4, tzinfo=UTC)
            age = ((noon - _MEAN_NEW_MOON).total_seconds() / 86400) % _SYNODIC
            assert min(age, _SYNODIC - age) < 1.5, (year, key, first)
            if not first <= terms[term_index].date < first + timedelta(days=30):
                broken.add((year, key))
    assert broken == _RULE_EXCEPTIONS


# --------------------------------------------------------------------------------------
# Holidays and working days


def test_2025_national_day_and_mid_autumn() -> None:
    by_day = {h.date: h for h in holidays(2025)}
    golden_week = [date(2025, 10, 1) + timedelta(days=n) for n in range(8)]
    for day in golden_week:
        assert by_day[day].working_day is False
        assert not is_working_day(day)
    assert by_day[date(2025, 10, 6)].name_en == "Mid-Autumn Festival"
    assert (by_day[date(2025, 10, 1)].name_zh, by_day[date(2025, 10, 1)].name_en) == (
        "国庆节",
        "National Day",
    )
    # Make-up working days (调休上班): Sunday 28 September and Saturday 11 October.
    for day in (date(2025, 9, 28), date(2025, 10, 11)):
        assert day.weekday() >= 5
        assert by_day[day].working_day is True
        assert is_working_day(day)
    assert not is_working_day(date(2025, 10, 12))  # an ordinary Sunday
    assert is_working_day(date(2025, 10, 9))
    assert by_day[date(2025, 4, 4)].name_en == "Qingming Festival"  # not the library's name
    assert holidays(2025) == sorted(holidays(2025), key=lambda h: h.date)


def test_unknown_years_use_the_weekday_rule() -> None:
    assert holidays_known(2025)
    assert not holidays_known(2035)
    assert holidays(2035) == []
    assert is_working_day(date(2035, 10, 1))  # a Monday: no notice yet for 2035
    assert not is_working_day(date(2035, 10, 6))  # Saturday
    assert not holidays_known(1999)
    assert is_working_day(datetime(1999, 10, 1, 9, 0))  # a Friday; datetimes are fine


def test_next_working_day() -> None:
    assert next_working_day(date(2025, 10, 1)) == date(2025, 10, 9)
    assert next_working_day(date(2025, 10, 1), forward=False) == date(2025, 9, 30)
    assert next_working_day(date(2025, 10, 9)) == date(2025, 10, 9)  # already one
    assert next_working_day(date(2025, 10, 11)) == date(2025, 10, 11)  # make-up Saturday
    assert next_working_day(date(2025, 9, 27), forward=False) == date(2025, 9, 26)
    assert next_working_day(date(2035, 6, 2)) == date(2035, 6, 4)  # Sat → Mon


# --------------------------------------------------------------------------------------
# Day marks


def test_marks_between() -> None:
    observances = [
        ("世界粮食日", "World Food Day", 10, 16, None),
        ("开馆仪式", "Museum opening", 10, 1, 2025),
        ("开馆仪式", "Museum opening", 10, 2, 2024),  # another year: not shown
        ("闰日", "Leap day", 2, 29, None),
    ]
    marks = marks_between(date(2025, 9, 27), date(2025, 10, 16), observances)
    assert list(marks) == sorted(marks)
    assert all(day == m.date for day, found in marks.items() for m in found)
    assert marks[date(2025, 9, 28)] == [
        DayMark(date(2025, 9, 28), "workday", "国庆节", "National Day")
    ]
    assert [m.kind for m in marks[date(2025, 10, 1)]] == ["holiday", "observance"]
    assert [(m.kind, m.name_zh) for m in marks[date(2025, 10, 6)]] == [
        ("holiday", "中秋节"),
        ("festival", "中秋节"),
    ]
    assert [(m.kind, m.name_en) for m in marks[date(2025, 10, 8)]] == [
        ("holiday", "National Day"),
        ("solar-term", "Cold Dew"),
    ]
    assert marks[date(2025, 10, 16)][0].name_en == "World Food Day"
    assert date(2025, 9, 30) not in marks  # an ordinary Tuesday
    assert date(2025, 10, 2) in marks and len(marks[date(2025, 10, 2)]) == 1

    leap = marks_between(date(2024, 2, 28), date(2025, 3, 1), observances)
    assert [m.name_en for m in leap[date(2024, 2, 29)]] == ["Leap day"]
    assert date(2025, 2, 28) not in leap  # no 29 February in 2025, and no stand-in
    assert marks_between(date(2025, 10, 2), date(2025, 10, 1)) == {}


def test_marks_across_years_and_beyond_the_supported_range() -> None:
    marks = marks_between(date(2030, 12, 20), date(2031, 1, 6))
    kinds = {(m.kind, m.name_zh) for found in marks.values() for m in found}
    assert ("solar-term", "冬至") in kinds and ("solar-term", "小寒") in kinds
    late = marks_between(date(2100, 12, 1), date(2101, 1, 31), [("测试", "Test", 1, 5, None)])
    assert [m.name_zh for m in late[date(2101, 1, 5)]] == ["测试"]  # no terms, no error
    assert any(m.name_zh == "冬至" for m in late[solar_terms(2100)[23].date])


# --------------------------------------------------------------------------------------
# English names from the term base


def _add_city_termbase(workspace: object) -> None:
    from workbench.termbase import store
    from workbench.termbase.data import ConceptData, TermData, TermStatus

    concepts = [
        ConceptData(  # the team prefers another rendering, and forbids the usual one
            [
                TermData("清明", "zh-Hans"),
                TermData("Pure Brightness", "en"),
                TermData("Qingming", "en", TermStatus.ADMITTED),
                TermData("Clear and Bright", "en", TermStatus.DEPRECATED),
            ]
        ),
        ConceptData(  # a forbidden zh term does not name the calendar day
            [
                TermData("谷雨", "zh-Hans", TermStatus.DEPRECATED),
                TermData("Grain Rains", "en"),
            ]
        ),
        ConceptData([TermData("除夕", "zh-Hans"), TermData("Spring Festival Eve", "en")]),
    ]
    with workspace.session() as session:  # type: ignore[attr-defined]
        termbase = store.create_termbase(session, "City", author="tester", priority=-10)
        store.add_concepts(session, termbase.id, concepts, author="tester")


def test_english_names_from_the_term_base(workspace: object) -> None:
    from workbench.planner.calendar import english_names_from_termbase
    from workbench.termbase.starter import add_starter_termbase

    with workspace.session() as session:  # type: ignore[attr-defined]
        assert english_names_from_termbase(session) == {}
    add_starter_termbase(workspace, author="tester")
    with workspace.session() as session:  # type: ignore[attr-defined]
        names = english_names_from_termbase(session)
    assert names["立春"] == ("Start of Spring", ("Beginning of Spring",))
    assert names["除夕"] == ("Chinese New Year's Eve", ("Spring Festival Eve", "Chuxi"))
    assert len(names) == 32  # 24 terms + 8 festivals

    _add_city_termbase(workspace)  # priority -10: consulted before the starter terms
    with workspace.session() as session:  # type: ignore[attr-defined]
        names = english_names_from_termbase(session)
    assert names["清明"] == ("Pure Brightness", ("Qingming",))
    assert names["谷雨"] == ("Grain Rain", ())  # the deprecated zh entry is ignored
    assert names["除夕"] == ("Spring Festival Eve", ())
    term = solar_terms(2025, names)[6]
    assert (term.name_en, term.variants_en) == ("Pure Brightness", ("Qingming",))


# --------------------------------------------------------------------------------------
# workbench calendar


def _calendar_json(
    capsys: pytest.CaptureFixture[str], *argv: str, workspace: str | None = None
) -> dict:
    prefix = ["--workspace", workspace] if workspace else []
    assert main([*prefix, "calendar", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_cli_json_2031(capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.settings import default_workspace_path

    payload = _calendar_json(capsys, "--year", "2031")
    assert list(payload) == ["solar_terms", "festivals"]
    terms = payload["solar_terms"]
    assert len(terms) == 24
    for term in terms:
        assert list(term) == ["name_zh", "name_en", "date", "time"]
        assert re.fullmatch(r"2031-\d\d-\d\d", term["date"])
        assert re.fullmatch(r"\d\d:\d\d", term["time"])
    assert [t["name_zh"] for t in terms] == [zh for zh, _, _ in SOLAR_TERM_NAMES]
    # The time is the moment truncated to the minute, in Beijing time.
    winter = solar_terms(2031)[23]
    assert (
        terms[23]["date"] == winter.date.isoformat() == reference_term(2031, 23).date().isoformat()
    )
    assert terms[23]["time"] == winter.moment.strftime("%H:%M")
    fests = payload["festivals"]
    assert [f["name_zh"] for f in fests] == [
        "除夕", "春节", "元宵节", "清明节", "端午节", "七夕节", "中秋节", "重阳节"
    ]  # fmt: skip
    for fest in fests:
        assert list(fest) == ["name_zh", "name_en", "date"]
    assert fests[1] == {"name_zh": "春节", "name_en": "Spring Festival", "date": "2031-01-23"}
    assert fests[0]["date"] == "2031-01-22"
    assert not default_workspace_path().exists()  # the command needs no workspace


def test_cli_holidays(capsys: pytest.CaptureFixture[str]) -> None:
    payload = _calendar_json(capsys, "--year", "2025", "--holidays")
    assert list(payload) == ["solar_terms", "festivals", "holidays"]
    makeup = [h for h in payload["holidays"] if h["working_day"]]
    sunday = {"name_zh": "国庆节", "name_en": "National Day", "date": "2025-09-28"}
    assert {**sunday, "working_day": True} in makeup
    assert all(isinstance(h["working_day"], bool) for h in payload["holidays"])

    assert main(["calendar", "--year", "2035", "--holidays", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["holidays"] == []
    assert "no official holiday data for 2035" in captured.err


def test_cli_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calendar", "--year", "2024", "--holidays"]) == 0
    out = capsys.readouterr().out
    assert "Solar terms 2024" in out and "Festivals 2024" in out and "Public holidays 2024" in out
    assert re.search(r"2024-02-04 16:27\s+立春\s+Start of Spring", out)
    assert re.search(r"2024-12-21 17:20\s+冬至\s+Winter Solstice", out)
    assert re.search(r"2024-02-10\s+春节\s+Spring Festival", out)
    assert re.search(r"2024-09-14 Sat\s+中秋节\s+Mid-Autumn Festival\s+make-up working day", out)


@pytest.mark.parametrize("year", ["1899", "2101"])
def test_cli_year_out_of_range(capsys: pytest.CaptureFixture[str], year: str) -> None:
    assert main(["calendar", "--year", year]) == 1
    captured = capsys.readouterr()
    assert "1900–2100" in captured.err and captured.out == ""


def test_cli_termbase_names(capsys: pytest.CaptureFixture[str], workspace: object) -> None:
    from workbench.termbase.starter import add_starter_termbase

    add_starter_termbase(workspace, author="tester")
    _add_city_termbase(workspace)
    location = str(workspace.path)  # type: ignore[attr-defined]
    plain = _calendar_json(capsys, "--year", "2025")
    assert plain["solar_terms"][6]["name_en"] == "Clear and Bright"  # opt-in only
    named = _calendar_json(capsys, "--year", "2025", "--termbase-names", workspace=location)
    assert named["solar_terms"][6]["name_en"] == "Pure Brightness"
    assert named["festivals"][0]["name_en"] == "Spring Festival Eve"


def test_cli_termbase_names_needs_an_existing_workspace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "none.db"
    code = main(["--workspace", str(missing), "calendar", "--year", "2025", "--termbase-names"])
    assert code == 1
    assert "No workspace" in capsys.readouterr().err
    assert not missing.exists()
