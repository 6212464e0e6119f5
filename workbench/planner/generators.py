"""Plan many items in one action: a solar-term series for a year, a recurring series from
its cadence, last year's campaign moved to this year. Each call is one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from workbench.errors import WorkbenchError
from workbench.models.planner import (
    Campaign,
    CampaignChannel,
    ContentItem,
    ItemChannel,
    ItemStage,
    Series,
    SeriesChannel,
)
from workbench.models.planner_enums import ItemStatus, ItemType, Stage
from workbench.planner.cadence import Rule, SolarTermRule, occurrences, rule_to_dict
from workbench.planner.store_base import (
    BEIJING,
    from_db,
    load_json_dict,
    require,
    resolve_channels,
    resolve_person,
    stage_map,
    team_from_json,
    transaction,
    zone,
)
from workbench.planner.store_items import StagePlan, insert_item, plan_stages
from workbench.planner.store_plans import add_campaign, add_series, update_series

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace

HOLIDAY_POLICIES = ("keep", "skip", "shift-earlier", "shift-later")
# Days before publication each stage is due: the draft two weeks ahead, then four days to
# translate, five to review, two for the leaders' approval and three days' margin.
DEFAULT_LEAD_DAYS: dict[Stage, int] = {
    Stage.DRAFT: 14,
    Stage.TRANSLATION: 10,
    Stage.REVIEW: 5,
    Stage.APPROVAL: 3,
}

Team = Mapping[Stage | str, int | str | None]


def apply_holiday_policy(
    plans: Mapping[Stage, StagePlan], publish_at: datetime, policy: str
) -> dict[Stage, StagePlan] | None:
    """Stage deadlines after ``policy`` for deadlines on non-working days (Beijing):
    keep them, skip the item (None), or move them to the previous / next working day at
    the same clock time. Publication stays on its date (a solar term does not move); a
    deadline moved later that would reach the publication day moves earlier instead."""
    from workbench.planner.calendar import is_working_day, next_working_day

    if policy not in HOLIDAY_POLICIES:
        raise WorkbenchError(f"Unknown holiday policy {policy!r}; use one of: keep, skip,"
                             " shift-earlier, shift-later")  # fmt: skip
    result = dict(plans)
    publish_day = publish_at.astimezone(BEIJING).date()
    for stage, plan in plans.items():
        if stage is Stage.PUBLICATION or plan.due is None or policy == "keep":
            continue
        local = plan.due.astimezone(BEIJING)
        if is_working_day(local.date()):
            continue
        if policy == "skip":
            return None
        day = next_working_day(local.date(), forward=policy == "shift-later")
        if day >= publish_day:
            day = next_working_day(local.date(), forward=False)
        moved = datetime.combine(day, local.time(), BEIJING)
        result[stage] = StagePlan(moved, plan.assignee_id, plan.effort_hours)
    return result


def _team_ids(session: Session, team: Team | None) -> dict[Stage, int]:
    return {
        stage: resolve_person(session, person)
        for stage, person in stage_map(team).items()
        if person is not None and person != ""
    }


def _plan_item(
    session: Session,
    *,
    title_zh: str,
    title_en: str,
    publish_at: datetime,
    lead_days: Mapping[Stage, int],
    policy: str,
    team: Mapping[Stage, int],
    effort: Mapping[Stage | str, float] | None,
    **fields: object,
) -> int | None:
    plans = plan_stages(publish_at, lead_days, team=team, effort=effort)
    adjusted = apply_holiday_policy(plans, publish_at, policy)
    if adjusted is None:
        return None
    item = insert_item(
        session,
        title_zh=title_zh,
        title_en=title_en,
        publish_at=publish_at,
        stages=adjusted,
        **fields,  # type: ignore[arg-type]
    )
    return item.id


def generate_solar_term_series(
    ws: Workspace | Session,
    *,
    name_zh: str,
    name_en: str,
    year: int,
    publish_time: time = time(8, 0),
    lead_days: Mapping[Stage | str, int] | None = None,
    holiday_policy: str = "keep",
    channels: Iterable[int | str] = (),
    team: Team | None = None,
    item_type: ItemType | str = ItemType.ARTICLE,
    effort: Mapping[Stage | str, float] | None = None,
    colour: str = "#2e7d32",
    description: str = "",
) -> int:
    """Create a series with one item per solar term of ``year`` ("立春 · 2027" /
    "Start of Spring · 2027"), published on the term's Beijing date at ``publish_time``,
    each with its five stage deadlines. Returns the new series id.

    English term names come from the workspace term base when it holds them."""
    from workbench.planner.calendar import english_names_from_termbase, solar_terms

    leads = stage_map(lead_days if lead_days is not None else DEFAULT_LEAD_DAYS)
    if any(days < 0 for days in leads.values()):
        raise WorkbenchError("Lead days cannot be negative")
    with transaction(ws) as session:
        terms = solar_terms(year, english_names_from_termbase(session))
        people = _team_ids(session, team)
        series = add_series(
            session,
            name_zh=name_zh,
            name_en=name_en,
            description=description,
            cadence=SolarTermRule(at=publish_time),
            team=people,
            colour=colour,
            channels=channels,
        )
        channel_ids = [c.id for c in series.channels]
        for term in terms:
            _plan_item(
                session,
                title_zh=f"{term.name_zh} · {year}",
                title_en=f"{term.name_en} · {year}",
                publish_at=datetime.combine(term.date, publish_time, BEIJING),
                lead_days=leads,
                policy=holiday_policy,
                team=people,
                effort=effort,
                type=item_type,
                series_id=series.id,
                channels=channel_ids,
            )
        return series.id


def generate_recurring(
    ws: Workspace | Session,
    series_id: int,
    rule: Rule,
    start: date | datetime,
    end: date | datetime,
    *,
    title_zh: str = "{series} · {date:%Y-%m-%d}",
    title_en: str = "{series} · {date:%Y-%m-%d}",
    lead_days: Mapping[Stage | str, int] | None = None,
    holiday_policy: str = "keep",
    channels: Iterable[int | str] | None = None,
    team: Team | None = None,
    item_type: ItemType | str = ItemType.ARTICLE,
    effort: Mapping[Stage | str, float] | None = None,
    save_rule: bool = True,
) -> list[int]:
    """Add the series' items for every occurrence of ``rule`` in the period (see
    ``cadence.occurrences``); titles are templates with ``{series}``, ``{date}`` (local
    publication date) and ``{n}`` (1, 2, …). Channels and team default to the series'.
    Occurrences the series already has an item for are left alone, so a period can be
    generated again. Returns the new item ids."""
    leads = stage_map(lead_days if lead_days is not None else DEFAULT_LEAD_DAYS)
    with transaction(ws) as session:
        series = require(session, Series, series_id, "series")
        if channels is None:
            channels = session.exec(
                select(SeriesChannel.channel_id).where(SeriesChannel.series_id == series_id)
            ).all()
        channel_ids = resolve_channels(session, channels)
        people = _team_ids(session, team) if team is not None else team_from_json(series.team)
        taken = {
            from_db(moment)
            for moment in session.exec(
                select(ContentItem.publish_at).where(ContentItem.series_id == series_id)
            ).all()
        }
        created: list[int] = []
        for n, moment in enumerate(occurrences(rule, start, end), start=1):
            if moment in taken:
                continue
            names = {"date": moment.date(), "n": n}
            item_id = _plan_item(
                session,
                title_zh=_title(title_zh, series.name_zh or series.name_en, names),
                title_en=_title(title_en, series.name_en or series.name_zh, names),
                publish_at=moment,
                lead_days=leads,
                policy=holiday_policy,
                team=people,
                effort=effort,
                type=item_type,
                timezone=rule.timezone,
                series_id=series_id,
                channels=channel_ids,
            )
            if item_id is not None:
                created.append(item_id)
        if save_rule:
            update_series(session, series_id, cadence=rule_to_dict(rule))
        return created


def _title(template: str, series: str, names: Mapping[str, object]) -> str:
    try:
        return template.format(series=series, **names)
    except (KeyError, IndexError, ValueError) as exc:
        raise WorkbenchError(
            f"Title template {template!r} is not valid ({exc}); use {{series}}, {{date}}, {{n}}"
        ) from None


# --- campaigns --------------------------------------------------------------------------


MoveMoment = Callable[[datetime, ZoneInfo], datetime]


def _movers(
    shift: timedelta | None, years: int | None
) -> tuple[MoveMoment, Callable[[date], date]]:
    """How moments and days move: by a fixed shift, or by whole years keeping month, day
    and local clock time (a fixed 365 days would drift a day in leap years)."""

    def moment_by_years(moment: datetime, tz: ZoneInfo) -> datetime:
        local = moment.astimezone(tz)
        return datetime.combine(_add_years(local.date(), years or 0), local.time(), tz)

    def moment_by_shift(moment: datetime, _tz: ZoneInfo) -> datetime:
        return moment + (shift or timedelta())

    if years is not None:
        return moment_by_years, lambda day: _add_years(day, years)
    return moment_by_shift, lambda day: day + (shift or timedelta())


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def _renamed(name: str, old_year: int | None, new_year: int | None, suffix: str) -> str:
    if not name:
        return name
    if old_year is not None and new_year is not None:
        if str(old_year) in name:
            return name.replace(str(old_year), str(new_year))
        return f"{name} {new_year}"
    return f"{name}{suffix}"


def copy_campaign(
    ws: Workspace | Session,
    campaign_id: int,
    *,
    shift: timedelta | None = None,
    to_year: int | None = None,
    name_zh: str | None = None,
    name_en: str | None = None,
) -> int:
    """Copy a campaign with its channels, KPI targets and items (their channels, stage
    assignees, efforts and deadline offsets from publication), moved by ``shift`` or to
    ``to_year`` (same month and day, same local clock time). The copies start afresh:
    planned, no document, no results. Cancelled items are not copied. Returns the new id.
    """
    if (shift is None) == (to_year is None):
        raise WorkbenchError("Give either a shift or a target year to copy a campaign")
    with transaction(ws) as session:
        old = require(session, Campaign, campaign_id, "campaign")
        items = session.exec(
            select(ContentItem)
            .where(ContentItem.campaign_id == campaign_id)
            .where(ContentItem.status != ItemStatus.CANCELLED.value)
            .order_by(col(ContentItem.publish_at), col(ContentItem.id))
        ).all()
        base_year = _base_year(old, items) if to_year is not None else None
        years = to_year - base_year if to_year is not None and base_year is not None else None
        move, move_day = _movers(shift, years)
        channels = session.exec(
            select(CampaignChannel.channel_id).where(CampaignChannel.campaign_id == campaign_id)
        ).all()
        if name_zh is None:
            name_zh = _renamed(old.name_zh, base_year, to_year, "（副本）")
        if name_en is None:
            name_en = _renamed(old.name_en, base_year, to_year, " (copy)")
        new = add_campaign(
            session,
            name_zh=name_zh,
            name_en=name_en,
            start_date=move_day(old.start_date) if old.start_date else None,
            end_date=move_day(old.end_date) if old.end_date else None,
            objectives=old.objectives,
            key_messages_zh=old.key_messages_zh,
            key_messages_en=old.key_messages_en,
            kpi_targets={k: float(v) for k, v in load_json_dict(old.kpi_targets).items()},
            colour=old.colour,
            channels=list(channels),
        )
        for item in items:
            _copy_item(session, item, new.id, move, base_year, to_year)
        return new.id


def _base_year(campaign: Campaign, items: list[ContentItem]) -> int:
    if campaign.start_date is not None:
        return campaign.start_date.year
    for item in items:
        if item.publish_at is not None:
            moment = from_db(item.publish_at)
            assert moment is not None
            return moment.astimezone(BEIJING).year
    raise WorkbenchError("The campaign has no dates to move to another year; give a shift")


def _copy_item(
    session: Session,
    item: ContentItem,
    campaign_id: int,
    move: MoveMoment,
    old_year: int | None,
    new_year: int | None,
) -> None:
    tz = zone(item.timezone)
    old_publish = from_db(item.publish_at)
    new_publish = move(old_publish, tz) if old_publish is not None else None
    stages = {}
    for row in session.exec(select(ItemStage).where(ItemStage.item_id == item.id)).all():
        due = from_db(row.due)
        if due is not None:
            # Keep each deadline's distance from publication (two weeks stay two weeks).
            if old_publish is not None and new_publish is not None:
                due = new_publish + (due - old_publish)
            else:
                due = move(due, BEIJING)
        stages[Stage(row.stage)] = StagePlan(due, row.assignee_id, row.effort_hours)
    channels = session.exec(
        select(ItemChannel.channel_id).where(ItemChannel.item_id == item.id)
    ).all()
    keep_idea = ItemStatus(item.status) is ItemStatus.IDEA
    insert_item(
        session,
        title_zh=_retitled(item.title_zh, old_year, new_year),
        title_en=_retitled(item.title_en, old_year, new_year),
        publish_at=new_publish,
        timezone=item.timezone,
        type=item.type,
        status=ItemStatus.IDEA if keep_idea else ItemStatus.PLANNED,
        series_id=item.series_id,
        campaign_id=campaign_id,
        channels=list(channels),
        stages=stages,
        notes=item.notes,
    )


def _retitled(title: str, old_year: int | None, new_year: int | None) -> str:
    if old_year is None or new_year is None:
        return title
    return title.replace(str(old_year), str(new_year))
