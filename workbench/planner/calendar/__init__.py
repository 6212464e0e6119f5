"""Calendar knowledge for planning: the 24 solar terms (to the second), the traditional
festivals, mainland public holidays with make-up working days, and the marks a calendar
view shows on each day. Beijing time throughout; no database needed except to read
English names from the term base."""

from __future__ import annotations

from workbench.planner.calendar.lunar import FESTIVAL_NAMES, Festival, festivals
from workbench.planner.calendar.marks import MARK_KINDS, DayMark, ObservanceRow, marks_between
from workbench.planner.calendar.solar import SOLAR_TERM_NAMES, SolarTerm, solar_terms
from workbench.planner.calendar.termbase_names import english_names_from_termbase
from workbench.planner.calendar.timebase import (
    BEIJING,
    BEIJING_STANDARD,
    FIRST_YEAR,
    LAST_YEAR,
    EnglishNames,
)
from workbench.planner.calendar.workdays import (
    Holiday,
    holidays,
    holidays_known,
    is_working_day,
    known_years,
    next_working_day,
)

__all__ = [
    "BEIJING",
    "BEIJING_STANDARD",
    "FESTIVAL_NAMES",
    "FIRST_YEAR",
    "LAST_YEAR",
    "MARK_KINDS",
    "SOLAR_TERM_NAMES",
    "DayMark",
    "EnglishNames",
    "Festival",
    "Holiday",
    "ObservanceRow",
    "SolarTerm",
    "english_names_from_termbase",
    "festivals",
    "holidays",
    "holidays_known",
    "is_working_day",
    "known_years",
    "marks_between",
    "next_working_day",
    "solar_terms",
]
