"""``workbench plan export`` and ``workbench plan import``: the content plan to and from the
calendars and spreadsheets teams already use (``workbench.cli.plan`` registers them)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.cli.commands import CommandContext
    from workbench.planner.imports import ImportResult, PlanTable


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date such as 2027-02-04") from None


def _year(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a year") from None
    if not 1900 <= number <= 2100:
        raise argparse.ArgumentTypeError("the year must be between 1900 and 2100")
    return number


# --- export -----------------------------------------------------------------------------


def configure_export(parser: argparse.ArgumentParser) -> None:
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--ics", type=Path, metavar="FILE", help="iCalendar for Outlook/Google")
    target.add_argument("--xlsx", type=Path, metavar="FILE", help="Excel workbook")
    target.add_argument("--csv", type=Path, metavar="FILE", help="CSV (UTF-8 with BOM)")
    parser.add_argument(
        "--from", dest="start", type=_iso_date, metavar="DATE", help="first publication date"
    )
    parser.add_argument(
        "--to", dest="end", type=_iso_date, metavar="DATE", help="last publication date"
    )
    parser.add_argument("--series", metavar="NAME", help="only this series (Chinese or English)")
    parser.add_argument("--campaign", metavar="NAME", help="only this campaign")
    parser.add_argument(
        "--stages", action="store_true", help="--ics: one event per stage deadline as well"
    )
    parser.add_argument("--calendar-name", metavar="NAME", help="--ics: the calendar's name")


def handle_export(ctx: CommandContext) -> int:
    from workbench.models.planner import Campaign, Series
    from workbench.planner.exports import export_csv, export_ics, export_xlsx, find_named

    args = ctx.args
    if (args.stages or args.calendar_name) and args.ics is None:
        raise WorkbenchError("--stages and --calendar-name apply to --ics only")
    workspace = ctx.workspace()
    series_id = campaign_id = None
    with workspace.session() as session:
        if args.series:
            series_id = find_named(session, Series, args.series)
        if args.campaign:
            campaign_id = find_named(session, Campaign, args.campaign)
    period: dict[str, Any] = {
        "start": args.start,
        "end": args.end,
        "series_id": series_id,
        "campaign_id": campaign_id,
    }
    if args.ics is not None:
        name = args.calendar_name
        if name is None and (args.series or args.campaign):
            name = f"内容计划 Content plan — {args.series or args.campaign}"
        count = export_ics(
            workspace, args.ics, include_stages=args.stages, calendar_name=name, **period
        )
        print(f"Wrote {count} event(s) to {args.ics}", file=sys.stderr)
    elif args.xlsx is not None:
        count = export_xlsx(workspace, args.xlsx, **period)
        print(f"Wrote {count} item(s) to {args.xlsx}", file=sys.stderr)
    else:
        count = export_csv(workspace, args.csv, **period)
        print(f"Wrote {count} item(s) to {args.csv}", file=sys.stderr)
    return 0


# --- import -----------------------------------------------------------------------------


def configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="an .xlsx (first sheet) or .csv plan")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN,…",
        help="set which column holds a field, over the guess (FIELD= leaves it out); "
        "repeatable; --dry-run lists the fields",
    )
    parser.add_argument("--dry-run", action="store_true", help="check and show; import nothing")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument(
        "--timezone",
        default="Asia/Shanghai",
        help="time zone of rows without one (and whose first channel is new); "
        "default Asia/Shanghai",
    )
    parser.add_argument("--year", type=_year, help="year of dates written without one (2月4日)")
    parser.add_argument(
        "--no-create",
        action="store_true",
        help="refuse unknown series, campaigns, channels and people instead of creating them",
    )
    parser.add_argument("--encoding", help="CSV text encoding (default: detected)")


# "field=Column" pairs are split at commas that start the next pair, so a header may hold
# a comma of its own.
_PAIR_START = re.compile(r",\s*(?=[a-z_]+\s*=)")


def parse_map(values: list[str]) -> dict[str, str]:
    from workbench.planner.imports import FIELDS

    mapping: dict[str, str] = {}
    for value in values:
        for pair in _PAIR_START.split(value):
            if not pair.strip():
                continue
            name, sep, column = pair.partition("=")
            name = name.strip()
            if not sep or name not in FIELDS:
                raise WorkbenchError(
                    f"--map wants FIELD=COLUMN pairs, not {pair.strip()!r}; "
                    f"fields: {', '.join(FIELDS)}"
                )
            mapping[name] = column.strip()
    return mapping


def _merged(guess: dict[str, str], given: dict[str, str], table: PlanTable) -> dict[str, str]:
    """The guess, overruled by the user: a column the user gives to a field leaves any
    other field the guess had put on it."""
    from workbench.planner.imports import FIELDS

    taken = {table.column(column) for column in given.values() if column}
    mapping = {
        name: column
        for name, column in guess.items()
        if name not in given and table.column(column) not in taken
    }
    mapping.update({name: column for name, column in given.items() if column})
    return {name: mapping[name] for name in FIELDS if name in mapping}


def _report(
    table: PlanTable, mapping: dict[str, str], result: ImportResult | None
) -> dict[str, Any]:
    from workbench.planner.imports import FIELDS, column_letter

    used = {table.column(column) for column in mapping.values()}
    return {
        "file": str(table.path),
        "format": table.format,
        "sheet": table.sheet,
        "encoding": table.encoding,
        "header_row": table.header_row,
        "rows": len(table.rows),
        "mapping": {
            name: {"column": column, "letter": column_letter(table.column(column))}
            for name, column in mapping.items()
        },
        "unmapped_columns": [h for i, h in enumerate(table.headers) if i not in used],
        "fields": list(FIELDS),
        "result": result.to_json() if result is not None else None,
    }


def _print_mapping(report: dict[str, Any]) -> None:
    where = f'sheet "{report["sheet"]}"' if report["sheet"] else f"encoding {report['encoding']}"
    rows = f"header on row {report['header_row']}, {report['rows']} row(s)"
    print(f"{report['file']} ({where}): {rows}")
    print("Columns:")
    for name, column in report["mapping"].items():
        print(f"  {name:<22} ← {column['letter']}  {column['column']}")
    if report["unmapped_columns"]:
        print(f"Not imported: {', '.join(report['unmapped_columns'])}")


def _print_result(result: dict[str, Any]) -> None:
    dry_run = result["dry_run"]
    verb = "Would import" if dry_run else "Imported"
    ids = result["item_ids"]
    span = f" (#{ids[0]}–#{ids[-1]})" if ids else ""
    print(f"{verb} {result['items']} item(s){span}")
    for key, label in (
        ("created_series", "series"),
        ("created_campaigns", "campaigns"),
        ("created_channels", "channels"),
        ("created_people", "people"),
    ):
        if result[key]:
            new = "new" if dry_run else "created"
            print(f"  {new} {label}: {', '.join(result[key])}")
    for warning in result["warnings"]:
        print(f"workbench: {warning}", file=sys.stderr)


def handle_import(ctx: CommandContext) -> int:
    from workbench.planner.imports import guess_mapping, import_plan, read_plan_table

    args = ctx.args
    table = read_plan_table(args.file, encoding=args.encoding)
    mapping = _merged(guess_mapping(table.headers), parse_map(args.map), table)
    if args.dry_run and args.format == "text":
        # The mapping first: when a row fails, the user sees which column was read as what.
        _print_mapping(_report(table, mapping, None))
    result = import_plan(
        ctx.workspace(),
        table,
        mapping,
        default_timezone=args.timezone,
        create_missing=not args.no_create,
        year=args.year,
        dry_run=args.dry_run,
    )
    if args.format == "json":
        report = _report(table, mapping, result)
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_result(result.to_json())
    return 0
