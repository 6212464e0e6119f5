"""``workbench plan``: the content plan from the command line — channels, people, series,
campaigns, items, the solar-term generator and the team's workload."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from workbench.errors import WorkbenchError

BEIJING = ZoneInfo("Asia/Shanghai")  # dates typed on the command line are Beijing days

_FAR_PAST, _FAR_FUTURE = date(1900, 1, 1), date(2999, 12, 30)


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _moment(value: str) -> datetime:
    """ "2027-02-04 08:00"; a bare date means 08:00 (the series default)."""
    try:
        if len(value.strip()) == 10:
            return datetime.combine(date.fromisoformat(value.strip()), time(8, 0))
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date and time") from None


def _clock(value: str) -> time:
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a time (HH:MM)") from None


def _pairs(value: str | None, what: str) -> dict[str, str]:
    """ "draft=14,translation=10" → {"draft": "14", "translation": "10"}."""
    result: dict[str, str] = {}
    for part in (value or "").split(","):
        if not part.strip():
            continue
        key, sep, val = part.partition("=")
        if not sep or not key.strip() or not val.strip():
            raise WorkbenchError(f"{what} {part.strip()!r} is not of the form name=value")
        result[key.strip().lower()] = val.strip()
    return result


def _numbers(value: str | None, what: str, kind: Callable[[str], Any] = int) -> dict[str, Any]:
    try:
        return {key: kind(val) for key, val in _pairs(value, what).items()}
    except ValueError:
        raise WorkbenchError(f"{what} values must be numbers: {value}") from None


def _names(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _print_json(payload: object) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _emit(ctx: Any, rows: Sequence[Any], line: Callable[[Any], str]) -> int:
    if ctx.args.format == "json":
        _print_json([row.to_json() for row in rows])
    else:
        for row in rows:
            print(line(row))
    return 0


def _lister(function: str, line: Callable[[Any], str]) -> Callable[[Any], int]:
    """A handler printing what ``store.<function>(session)`` lists."""

    def handler(ctx: Any) -> int:
        with ctx.workspace().session() as session:
            rows = getattr(_store(), function)(session)
        return _emit(ctx, rows, line)

    return handler


def _span(r: Any) -> str:
    return f"{r.start_date or '?'} – {r.end_date or '?'}"


def _leaf(sub: Any, name: str, handler: Callable[[Any], int], help: str) -> Any:
    parser = sub.add_parser(name, help=help, description=help)
    parser.set_defaults(plan_handler=handler)
    return parser


def _with_format(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--format", choices=["text", "json"], default="text")
    return parser


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="plan_command", metavar="WHAT", required=True)
    groups = {
        name: sub.add_parser(name, help=help, description=help).add_subparsers(
            dest="plan_action", metavar="ACTION", required=True
        )
        for name, help in (
            ("channel", "publishing channels"),
            ("person", "team members"),
            ("series", "recurring series"),
            ("campaign", "campaigns"),
            ("item", "content items"),
            ("generate", "plan many items in one action"),
        )
    }
    channels = _lister("list_channels", lambda r: f"{r.id:>4}  {r.name:<16} {r.timezone}")
    _with_format(_leaf(groups["channel"], "list", channels, "list the channels"))
    _leaf(groups["channel"], "seed", _channel_seed, "add the default channels if there are none")

    people = _lister("list_people", lambda r: f"{r.id:>4}  {r.name:<20} {r.weekly_hours:>5.1f} h")
    _with_format(_leaf(groups["person"], "list", people, "list the team"))
    p = _leaf(groups["person"], "add", _person_add, "add a team member")
    p.add_argument("name")
    p.add_argument("--roles", default="", help="translator,editor,reviewer,designer,lead")
    p.add_argument("--hours", type=float, default=20.0, help="hours a week for planned work")

    series = _lister("list_series", lambda r: f"{r.id:>4}  {r.status:<7} {_both(r)}")
    _with_format(_leaf(groups["series"], "list", series, "list the series"))
    p = _leaf(groups["series"], "add", _series_add, "add a series")
    _names_options(p)
    p.add_argument("--description", default="")
    p.add_argument("--team", help="stage=person,… e.g. translation=Li Na")
    p = _with_format(_leaf(groups["series"], "show", _series_show, "show a series"))
    p.add_argument("series", help="id or name")

    campaigns = _lister(
        "list_campaigns", lambda r: f"{r.id:>4}  {r.status:<9} {_span(r):<25} {_both(r)}"
    )
    _with_format(_leaf(groups["campaign"], "list", campaigns, "list the campaigns"))
    p = _leaf(groups["campaign"], "add", _campaign_add, "add a campaign")
    _names_options(p)
    p.add_argument("--start", type=_day)
    p.add_argument("--end", type=_day)
    p.add_argument("--objectives", default="")
    p.add_argument("--kpi", help="targets, e.g. views=100000,shares=500")
    p = _with_format(_leaf(groups["campaign"], "show", _campaign_show, "show a campaign"))
    p.add_argument("campaign", help="id or name")
    p = _leaf(groups["campaign"], "copy", _campaign_copy, "copy a campaign with its items")
    p.add_argument("campaign", help="id or name")
    moved = p.add_mutually_exclusive_group(required=True)
    moved.add_argument("--to-year", type=int, help="same months and days in this year")
    moved.add_argument("--shift-days", type=int, help="move everything by this many days")
    p.add_argument("--name-zh")
    p.add_argument("--name-en")

    p = _with_format(_leaf(groups["item"], "list", _item_list, "list items by publication"))
    p.add_argument("--from", dest="start", type=_day, help="first day (Beijing)")
    p.add_argument("--to", dest="end", type=_day, help="last day, included")
    for name in ("series", "campaign", "channel", "person"):
        p.add_argument(f"--{name}", help=f"only items of this {name} (id or name)")
    p.add_argument("--status", help="only items with this status")
    p = _leaf(groups["item"], "add", _item_add, "add a content item")
    p.add_argument("--title-zh", default="")
    p.add_argument("--title-en", default="")
    p.add_argument("--publish", type=_moment, help="YYYY-MM-DD HH:MM in --timezone")
    p.add_argument("--timezone", default="Asia/Shanghai", help="the audience's time zone")
    p.add_argument("--type", default="article")
    p.add_argument("--series", help="id or name; its team takes the stages")
    p.add_argument("--campaign", help="id or name")
    p.add_argument("--channels", help="channel names, comma-separated")
    p.add_argument("--lead", help="days before publication per stage, e.g. draft=14,review=5")
    p = _with_format(_leaf(groups["item"], "show", _item_show, "show an item with its stages"))
    p.add_argument("item", type=int)

    gen = groups["generate"]
    p = _leaf(gen, "solar-terms", _generate_solar_terms, "a series with one item per solar term")
    p.add_argument("--series", required=True, help="the series name (Chinese or English)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--name-zh", help="Chinese name when --series is English")
    p.add_argument("--name-en", help="English name when --series is Chinese")
    p.add_argument("--lead", help="draft=14,translation=10,review=5,approval=3 (the default)")
    p.add_argument(
        "--holidays",
        choices=["keep", "skip", "shift-earlier", "shift-later"],
        default="keep",
        help="deadlines on non-working days: keep, skip the item, or move them",
    )
    p.add_argument("--time", type=_clock, default=time(8, 0), help="publication time (Beijing)")
    p.add_argument("--channels", help="channel names, comma-separated")
    p.add_argument("--team", help="stage=person,… e.g. draft=Wang Fang,translation=Li Na")
    p.add_argument("--type", default="article")

    p = _with_format(_leaf(sub, "workload", _workload, "hours per person per week; missed"))
    p.add_argument("--from", dest="start", type=_day, help="first day (default: today)")
    p.add_argument("--to", dest="end", type=_day, help="last day (default: 8 weeks on)")
    _reserve_io(sub)


def _reserve_io(sub: Any) -> None:
    # `plan export` / `plan import` belong to workbench.cli.plan_io, written separately;
    # until it exists the two sub-commands are simply not offered.
    try:
        from workbench.cli import plan_io
    except ImportError:
        return
    plan_io.configure_export(_leaf(sub, "export", plan_io.handle_export, "export the plan"))
    plan_io.configure_import(_leaf(sub, "import", plan_io.handle_import, "import a plan"))


def _names_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name-zh", default="")
    parser.add_argument("--name-en", default="")
    parser.add_argument("--colour", help="#RRGGBB on the calendar")
    parser.add_argument("--channels", help="channel names, comma-separated")


def _store() -> Any:
    # The database stack loads only when a plan command runs, not with every parser.
    from workbench.planner import store

    return store


def handle(ctx: Any) -> int:
    return int(ctx.args.plan_handler(ctx))


# --- handlers ---------------------------------------------------------------------------


def _channel_seed(ctx: Any) -> int:
    added = _store().seed_channels(ctx.workspace())
    print(f"Added {added} channels" if added else "The workspace already has channels")
    return 0


def _person_add(ctx: Any) -> int:
    args = ctx.args
    person = _store().add_person(
        ctx.workspace(), args.name, roles=args.roles, weekly_hours=args.hours
    )
    print(person.id)
    return 0


def _team(session: Any, value: str | None) -> dict[str, int]:
    return {
        stage: _store().resolve_person(session, name)
        for stage, name in _pairs(value, "Team").items()
    }


def _both(row: Any) -> str:
    return " / ".join(name for name in (row.name_zh, row.name_en) if name)


def _series_add(ctx: Any) -> int:
    args = ctx.args
    with ctx.workspace().session() as session:
        view = _store().add_series(
            session,
            name_zh=args.name_zh,
            name_en=args.name_en,
            description=args.description,
            team=_team(session, args.team),
            channels=_names(args.channels),
            **({"colour": args.colour} if args.colour else {}),
        )
    print(view.id)
    return 0


def _series_show(ctx: Any) -> int:
    from workbench.planner.cadence import describe, rule_from_dict

    with ctx.workspace().session() as session:
        view = _store().find_series(session, ctx.args.series)
    if ctx.args.format == "json":
        _print_json(view.to_json())
        return 0
    print(f"#{view.id}  {_both(view)}  ({view.status}, {view.colour})")
    print(f"cadence:  {describe(rule_from_dict(view.cadence)) if view.cadence else '-'}")
    print(f"channels: {', '.join(c.name for c in view.channels) or '-'}")
    with ctx.workspace().session() as session:
        people = {p.id: p.name for p in _store().list_people(session)}
    team = ", ".join(f"{s.value}={people.get(p, p)}" for s, p in view.team.items())
    print(f"team:     {team or '-'}")
    print(f"items:    {view.item_count}")
    return 0


def _campaign_add(ctx: Any) -> int:
    args = ctx.args
    view = _store().add_campaign(
        ctx.workspace(),
        name_zh=args.name_zh,
        name_en=args.name_en,
        start_date=args.start,
        end_date=args.end,
        objectives=args.objectives,
        kpi_targets=_numbers(args.kpi, "KPI", float),
        channels=_names(args.channels),
        **({"colour": args.colour} if args.colour else {}),
    )
    print(view.id)
    return 0


def _campaign_show(ctx: Any) -> int:
    with ctx.workspace().session() as session:
        view = _store().find_campaign(session, ctx.args.campaign)
    if ctx.args.format == "json":
        _print_json(view.to_json())
        return 0
    print(f"#{view.id}  {_both(view)}  ({view.status}, {view.colour})")
    print(f"dates:    {_span(view)}")
    print(f"channels: {', '.join(c.name for c in view.channels) or '-'}")
    print(f"items:    {view.item_count}")
    for metric, target in view.kpi_targets.items():
        print(f"KPI {metric}: {view.results.get(metric, 0)} of {target:g}")
    return 0


def _campaign_copy(ctx: Any) -> int:
    from workbench.planner.generators import copy_campaign

    args = ctx.args
    workspace = ctx.workspace()
    with workspace.session() as session:
        source = _store().find_campaign(session, args.campaign)
        shift = timedelta(days=args.shift_days) if args.shift_days is not None else None
        new_id = copy_campaign(
            session,
            source.id,
            shift=shift,
            to_year=args.to_year,
            name_zh=args.name_zh,
            name_en=args.name_en,
        )
    print(new_id)
    return 0


def _filters(session: Any, args: argparse.Namespace) -> dict[str, Any]:
    found: dict[str, Any] = {"status": args.status}
    if args.series:
        found["series_id"] = _store().find_series(session, args.series).id
    if args.campaign:
        found["campaign_id"] = _store().find_campaign(session, args.campaign).id
    if args.channel:
        found["channel_id"] = _store().resolve_channels(session, [args.channel])[0]
    if args.person:
        found["person_id"] = _store().resolve_person(session, args.person)
    return found


def _item_list(ctx: Any) -> int:
    args = ctx.args
    with ctx.workspace().session() as session:
        filters = _filters(session, args)
        rows = _store().items_between(
            session, args.start or _FAR_PAST, args.end or _FAR_FUTURE, **filters
        )
        if args.start is None and args.end is None:
            rows += _store().unscheduled_items(session, **filters)
    if args.format == "json":
        _print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        local = row.local_publish_at
        when = f"{local:%Y-%m-%d %H:%M} {row.timezone}" if local else "unscheduled"
        channels = ", ".join(c.name for c in row.channels)
        title = " / ".join(t for t in (row.title_zh, row.title_en) if t)
        print(f"{row.id:>5}  {when:<33} {row.status.value:<11} {title}  [{channels}]")
    return 0


def _item_add(ctx: Any) -> int:
    args = ctx.args
    st = _store()
    if args.lead and args.publish is None:
        raise WorkbenchError("--lead needs --publish")
    with ctx.workspace().session() as session:
        series = st.find_series(session, args.series) if args.series else None
        campaign = st.find_campaign(session, args.campaign) if args.campaign else None
        team = series.team if series else {}  # the series' team takes the stages
        stages = {stage: st.StagePlan(assignee_id=person) for stage, person in team.items()}
        if args.publish is not None:
            publish = args.publish.replace(tzinfo=args.publish.tzinfo or ZoneInfo(args.timezone))
            stages = st.plan_stages(publish, _numbers(args.lead, "Lead"), team=team)
        view = st.add_item(
            session,
            title_zh=args.title_zh,
            title_en=args.title_en,
            publish_at=args.publish,
            timezone=args.timezone,
            type=args.type,
            series_id=series.id if series else None,
            campaign_id=campaign.id if campaign else None,
            channels=_names(args.channels),
            stages=stages,
        )
    print(view.id)
    return 0


def _item_show(ctx: Any) -> int:
    with ctx.workspace().session() as session:
        view = _store().get_item(session, ctx.args.item)
    if ctx.args.format == "json":
        _print_json(view.to_json())
        return 0
    local = view.local_publish_at
    print(f"#{view.id}  {view.title_zh} / {view.title_en}")
    when = f"{local:%Y-%m-%d %H:%M} {view.timezone}" if local else "unscheduled"
    print(f"{view.type.value}, {view.status.value}; publish {when}")
    print(f"series: {view.series_name_en or view.series_name_zh or '-'}; campaign: "
          f"{view.campaign_name_en or view.campaign_name_zh or '-'}")  # fmt: skip
    print(f"channels: {', '.join(c.name for c in view.channels) or '-'}")
    for stage in view.stages:
        due = f"{stage.due.astimezone(BEIJING):%Y-%m-%d %H:%M}" if stage.due else "-"
        done = "done" if stage.done else ""
        print(
            f"  {stage.stage.value:<12} {due:<17} {stage.assignee_name or '-':<16} {done}".rstrip()
        )
    return 0


def _generate_solar_terms(ctx: Any) -> int:
    from workbench.language import detect_language
    from workbench.planner.generators import generate_solar_term_series

    args = ctx.args
    chinese = detect_language(args.series) == "zh"
    name_zh = args.series if chinese else (args.name_zh or f"二十四节气 {args.year}")
    name_en = (args.name_en or f"24 Solar Terms {args.year}") if chinese else args.series
    with ctx.workspace().session() as session:
        series_id = generate_solar_term_series(
            session,
            name_zh=name_zh,
            name_en=name_en,
            year=args.year,
            publish_time=args.time,
            lead_days=_numbers(args.lead, "Lead") if args.lead else None,
            holiday_policy=args.holidays,
            channels=_names(args.channels),
            team=_team(session, args.team),
            item_type=args.type,
        )
        view = _store().get_series(session, series_id)
    print(f"Created series #{series_id} {_both(view)} with {view.item_count} items")
    return 0


def _workload(ctx: Any) -> int:
    from workbench.models.base import utcnow
    from workbench.planner.workload import missed_deadlines, workload

    args = ctx.args
    start = args.start or utcnow().astimezone(BEIJING).date()
    end = args.end or start + timedelta(weeks=8)
    with ctx.workspace().session() as session:
        rows = workload(session, start, end)
        missed = missed_deadlines(session)
    if args.format == "json":
        _print_json({"weeks": [r.to_json() for r in rows], "missed": [m.to_json() for m in missed]})
        return 0
    _print_load(rows)
    if missed:
        print("\nMissed deadlines:")
    for m in missed:
        who = m.assignee_name or "unassigned"
        print(f"  #{m.item_id:<5} {m.stage.value:<12} {m.days_late:>3} days late  {who:<16} "
              f"{m.title_zh or m.title_en}")  # fmt: skip
    return 0


def _print_load(rows: Sequence[Any]) -> None:
    busy = [r for r in rows if r.planned_hours or r.overloaded]
    if not busy:
        print("No planned work in this period")
    for r in busy:
        flag = "  OVERLOADED" if r.overloaded else ""
        print(f"{r.person_name:<20} {r.label}  {r.planned_hours:>6.1f} / {r.capacity:.1f} h{flag}")
