"""``workbench calendar --year Y``: the solar terms and festivals of a year (and, with
``--holidays``, public holidays and make-up working days). No workspace is opened unless
``--termbase-names`` asks for the term base's English names."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.cli.commands import CommandContext
    from workbench.planner.calendar.timebase import EnglishNames

# The calendar modules (astronomy, lunar tables: 25 ms) load only when this command runs,
# not whenever the command line builds its parser.


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--year", type=int, help="Gregorian year, 1900–2100 (default: this year in Beijing)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--holidays",
        action="store_true",
        help="also list public holidays and make-up working days (years with official data)",
    )
    parser.add_argument(
        "--termbase-names",
        action="store_true",
        help="take English names from the workspace term base (opens the workspace)",
    )


def calendar_payload(year: int, names: EnglishNames | None, with_holidays: bool) -> dict[str, Any]:
    """The JSON document: dates YYYY-MM-DD, term times HH:MM in Beijing standard time."""
    from workbench.planner.calendar import festivals, holidays, solar_terms

    payload: dict[str, Any] = {
        "solar_terms": [
            {
                "name_zh": t.name_zh,
                "name_en": t.name_en,
                "date": t.date.isoformat(),
                "time": t.standard_time.strftime("%H:%M"),
            }
            for t in solar_terms(year, names)
        ],
        "festivals": [
            {"name_zh": f.name_zh, "name_en": f.name_en, "date": f.date.isoformat()}
            for f in festivals(year, names)
        ],
    }
    if with_holidays:
        payload["holidays"] = [
            {
                "name_zh": h.name_zh,
                "name_en": h.name_en,
                "date": h.date.isoformat(),
                "working_day": h.working_day,
            }
            for h in holidays(year)
        ]
    return payload


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    """Pads by display width, so Chinese names line up in a terminal."""
    return text + " " * max(0, width - _width(text))


def _text(year: int, payload: dict[str, Any]) -> str:
    lines = [f"Solar terms {year} · 二十四节气 (Beijing time)"]
    for term in payload["solar_terms"]:
        lines.append(
            f"  {term['date']} {term['time']}  {_pad(term['name_zh'], 6)}{term['name_en']}"
        )
    lines += ["", f"Festivals {year} · 传统节日"]
    for fest in payload["festivals"]:
        lines.append(f"  {fest['date']}        {_pad(fest['name_zh'], 8)}{fest['name_en']}")
    if "holidays" in payload:
        lines += ["", f"Public holidays {year} · 法定节假日"]
        for day in payload["holidays"]:
            label = "make-up working day · 调休上班" if day["working_day"] else "day off · 放假"
            weekday = dt.date.fromisoformat(day["date"]).strftime("%a")
            lines.append(
                f"  {day['date']} {weekday}    {_pad(day['name_zh'], 8)}"
                f"{_pad(day['name_en'], 22)}{label}"
            )
    return "\n".join(lines) + "\n"


def _termbase_names(location: str) -> EnglishNames:
    """Reads the names from an existing workspace; never creates one as a side effect."""
    from workbench.db.workspace import open_workspace
    from workbench.planner.calendar import english_names_from_termbase
    from workbench.settings import Preferences

    workspace = open_workspace(
        location, create=False, backup_keep=Preferences.load().backups_to_keep
    )
    try:
        with workspace.session() as session:
            return english_names_from_termbase(session)
    finally:
        workspace.close()


def handle(ctx: CommandContext) -> int:
    from workbench.planner.calendar import BEIJING, holidays_known, known_years
    from workbench.planner.calendar.timebase import check_year

    args = ctx.args
    year = args.year if args.year is not None else dt.datetime.now(BEIJING).year
    check_year(year)  # before a workspace is opened for nothing
    names = _termbase_names(ctx.workspace_location) if args.termbase_names else None
    payload = calendar_payload(year, names, args.holidays)
    if args.holidays and not holidays_known(year):
        first, last = known_years()
        print(
            f"workbench: no official holiday data for {year} (known: {first}–{last})",
            file=sys.stderr,
        )
    if args.format == "json":
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_text(year, payload))
    return 0
