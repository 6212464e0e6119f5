"""Time zone, supported years and name overrides shared by the calendar modules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

from workbench.errors import WorkbenchError

BEIJING = ZoneInfo("Asia/Shanghai")
# The Chinese calendar is reckoned in UTC+8 standard time (GB/T 33661-2017). Asia/Shanghai
# is the same offset today but had summer time (1986–1991 and earlier) and local mean time
# before 1901, so dates are taken in this fixed zone, never in the civil one.
BEIJING_STANDARD = timezone(timedelta(hours=8), "UTC+08:00")

# The range the solar terms and lunar dates are offered (and tested) for.
FIRST_YEAR = 1900
LAST_YEAR = 2100

# zh name → (preferred English, admitted English variants), e.g. from the term base.
EnglishNames = Mapping[str, tuple[str, tuple[str, ...]]]


def year_supported(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def check_year(year: int) -> None:
    if not year_supported(year):
        raise WorkbenchError(
            f"The calendar covers the years {FIRST_YEAR}–{LAST_YEAR}; {year} is outside"
        )
