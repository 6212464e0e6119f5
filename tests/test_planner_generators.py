"""Generators and cadence rules: the 24 solar terms of a year in one action, holiday
policies for deadlines, recurring series, campaigns copied to another year."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from workbench.db.workspace import Workspace
from workbench.errors import NotFoundError, WorkbenchError
from workbench.models import ContentItem, Series
from workbench.models.planner_enums import ItemStatus, Stage
from workbench.planner import store
from workbench.planner.cadence import (
    DatesRule,
    MonthlyRule,
    SolarTermRule,
    WeeklyRule,
    describe,
    occurrences,
    rule_from_dict,
    rule_to_dict,
)
from workbench.planner.calendar import is_working_day, solar_terms
from workbench.planner.generators import (
    DEFAULT_LEAD_DAYS,
    copy_campaign,
    generate_recurring,
    generate_solar_term_series,
)
from workbench.planner.store import StagePlan

BEIJING = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")


def _items(workspace: Workspace, series_id: int) -> list[store.ItemView]:
    with workspace.session() as session:
        return store.items_between(session, date(1990, 1, 1), date(2100, 1, 1), series_id=series_id)


def _due(item: store.ItemView, stage: str) -> datetime:
    view = item.stage(stage)
    assert view is not None and view.due is not None
    return view.due.astimezone(BEIJING)


def test_solar_term_series_2027_in_one_action(workspace: Workspace) -> None:
    store.seed_channels(workspace)
    li = store.add_person(workspace, "Li Na")
    wang = store.add_person(workspace, "Wang Fang")
    series_id = generate_solar_term_series(
        workspace,
        name_zh="二十四节气 2027",
        name_en="24 Solar Terms 2027",
        year=2027,
        channels=["WeChat", "X"],
        team={"draft": "Wang Fang", "translation": li.id},
        effort={"translation": 3},
    )
    items = _items(workspace, series_id)
    terms = solar_terms(2027)
    assert len(items) == 24
    assert [i.local_publish_at for i in items] == [
        datetime.combine(t.date, time(8, 0), BEIJING) for t in terms
    ]
    spring = items[2]
    assert (spring.title_zh, spring.title_en) == ("立春 · 2027", "Start of Spring · 2027")
    assert spring.local_publish_at == datetime(2027, 2, 4, 8, 0, tzinfo=BEIJING)
    for item in items:
        assert item.publish_at is not None
        assert [c.name for c in item.channels] == ["WeChat", "X"]
        assert item.series_name_en == "24 Solar Terms 2027"
        for stage, lead in DEFAULT_LEAD_DAYS.items():
            assert _due(item, stage) == item.publish_at - timedelta(days=lead)
        assert _due(item, "publication") == item.publish_at
        assert item.stage("draft").assignee_id == wang.id  # type: ignore[union-attr]
        assert item.stage("translation").assignee_name == "Li Na"  # type: ignore[union-attr]
        assert item.stage("translation").effort_hours == 3  # type: ignore[union-attr]
    with workspace.session() as session:
        series = store.get_series(session, series_id)
    assert series.item_count == 24
    assert rule_from_dict(series.cadence) == SolarTermRule(at=time(8, 0))
    assert series.team == {Stage.DRAFT: wang.id, Stage.TRANSLATION: li.id}


def test_custom_lead_days_and_time(workspace: Workspace) -> None:
    series_id = generate_solar_term_series(
        workspace,
        name_zh="节气",
        name_en="Terms",
        year=2027,
        publish_time=time(19, 30),
        lead_days={"draft": 20, "review": 2},
    )
    item = _items(workspace, series_id)[0]  # 小寒, 5 January 2027
    assert item.local_publish_at == datetime(2027, 1, 5, 19, 30, tzinfo=BEIJING)
    assert _due(item, "draft") == datetime(2026, 12, 16, 19, 30, tzinfo=BEIJING)
    assert _due(item, "review") == datetime(2027, 1, 3, 19, 30, tzinfo=BEIJING)
    assert item.stage("translation").due is None  # type: ignore[union-attr]


def test_generation_is_one_transaction(workspace: Workspace) -> None:
    store.seed_channels(workspace)
    with pytest.raises(NotFoundError, match="Telegram"):
        generate_solar_term_series(
            workspace, name_zh="节气", name_en="Terms", year=2027, channels=["WeChat", "Telegram"]
        )
    with pytest.raises(NotFoundError, match="No person"):
        generate_solar_term_series(
            workspace, name_zh="节气", name_en="Terms", year=2027, team={"review": "Nobody"}
        )
    with pytest.raises(WorkbenchError, match="holiday policy"):
        generate_solar_term_series(
            workspace, name_zh="节气", name_en="Terms", year=2027, holiday_policy="ignore"
        )
    with workspace.session() as session:
        assert session.exec(select(Series)).all() == []
        assert session.exec(select(ContentItem)).all() == []
    generate_solar_term_series(workspace, name_zh="节气", name_en="Terms", year=2027)
    with pytest.raises(WorkbenchError, match="already a series"):
        generate_solar_term_series(workspace, name_zh="节气", name_en="Terms", year=2027)
    with workspace.session() as session:
        assert len(session.exec(select(ContentItem)).all()) == 24


def _term(workspace: Workspace, year: int, policy: str, name_en: str) -> store.ItemView:
    series_id = generate_solar_term_series(
        workspace, name_zh=f"节气 {policy}", name_en=policy, year=year, holiday_policy=policy
    )
    return next(i for i in _items(workspace, series_id) if i.title_en.startswith(name_en))


def test_holiday_policies_with_official_holidays_2026(workspace: Workspace) -> None:
    # 寒露 2026 is on 8 October: review (3 Oct) and approval (5 Oct) fall in the National Day
    # holiday (1–7 October), which ends on the publication day itself.
    kept = _term(workspace, 2026, "keep", "Cold Dew")
    assert _due(kept, "review").date() == date(2026, 10, 3)
    assert _due(kept, "approval").date() == date(2026, 10, 5)
    earlier = _term(workspace, 2026, "shift-earlier", "Cold Dew")
    assert _due(earlier, "review") == datetime(2026, 9, 30, 8, 0, tzinfo=BEIJING)
    assert _due(earlier, "approval").date() == date(2026, 9, 30)
    # The next working day would be the publication day: the deadline goes earlier instead.
    later = _term(workspace, 2026, "shift-later", "Cold Dew")
    assert _due(later, "approval").date() == date(2026, 9, 30)
    # 惊蛰 2026 (5 March): draft 19 Feb and translation 23 Feb are Spring Festival days off;
    # the working day before them is Saturday 14 Feb, a make-up working day (调休上班).
    awakening = next(
        i for i in _items(workspace, earlier.series_id or 0) if i.title_en.startswith("Awakening")
    )
    assert _due(awakening, "draft").date() == date(2026, 2, 14)
    assert _due(awakening, "translation").date() == date(2026, 2, 14)
    awakening_later = next(
        i for i in _items(workspace, later.series_id or 0) if i.title_en.startswith("Awakening")
    )
    assert _due(awakening_later, "draft").date() == date(2026, 2, 24)
    for item in _items(workspace, earlier.series_id or 0) + _items(workspace, later.series_id or 0):
        for stage in DEFAULT_LEAD_DAYS:
            assert is_working_day(_due(item, stage).date())
            assert _due(item, stage) < _due(item, "publication")


def test_holiday_policy_skip_and_weekends_2027(workspace: Workspace) -> None:
    skipping = generate_solar_term_series(
        workspace, name_zh="跳过", name_en="Skip", year=2026, holiday_policy="skip"
    )
    # Only two 2026 terms have every deadline on a working day.
    assert [i.title_en for i in _items(workspace, skipping)] == [
        "White Dew · 2026",
        "Major Snow · 2026",
    ]
    # 2027 holidays may not be published yet: weekends still count as days off.
    spring = _term(workspace, 2027, "shift-earlier", "Start of Spring")
    assert _due(spring, "review").date() == date(2027, 1, 29)  # Saturday 30 Jan → Friday
    spring_later = _term(workspace, 2027, "shift-later", "Start of Spring")
    assert _due(spring_later, "review").date() == date(2027, 2, 1)  # → Monday
    assert _due(spring_later, "publication").date() == date(2027, 2, 4)  # never moves


def test_weekly_and_monthly_recurring(workspace: Workspace) -> None:
    store.seed_channels(workspace)
    li = store.add_person(workspace, "Li Na")
    series = store.add_series(
        workspace,
        name_zh="郑州的外国人",
        name_en="Foreigners in Zhengzhou",
        channels=["YouTube"],
        team={"translation": li.id},
    )
    weekly = WeeklyRule(weekdays=(0, 3), at=time(9, 0))  # Mondays and Thursdays
    ids = generate_recurring(workspace, series.id, weekly, date(2027, 3, 1), date(2027, 3, 14))
    items = _items(workspace, series.id)
    assert len(ids) == 4
    assert [i.local_publish_at.date() for i in items] == [  # type: ignore[union-attr]
        date(2027, 3, 1),
        date(2027, 3, 4),
        date(2027, 3, 8),
        date(2027, 3, 11),
    ]
    assert items[0].title_en == "Foreigners in Zhengzhou · 2027-03-01"
    assert items[0].channels[0].name == "YouTube"
    assert items[0].stage("translation").assignee_id == li.id  # type: ignore[union-attr]
    assert _due(items[0], "draft") == datetime(2027, 2, 15, 9, 0, tzinfo=BEIJING)
    # Generating the same period again adds nothing; the rule is kept on the series.
    assert (
        generate_recurring(workspace, series.id, weekly, date(2027, 3, 1), date(2027, 3, 14)) == []
    )
    with workspace.session() as session:
        assert rule_from_dict(store.get_series(session, series.id).cadence) == weekly

    monthly = store.add_series(workspace, name_en="City Talk")
    ids = generate_recurring(
        workspace,
        monthly.id,
        MonthlyRule(day=31, at=time(20, 0)),
        date(2027, 1, 1),
        date(2027, 12, 31),
        title_en="City Talk No. {n}",
        title_zh="城市对话 第{n}期",
    )
    items = _items(workspace, monthly.id)
    assert len(ids) == 12
    days = [i.local_publish_at.date() for i in items]  # type: ignore[union-attr]
    assert days[:4] == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]
    assert (items[1].title_en, items[1].title_zh) == ("City Talk No. 2", "城市对话 第2期")


def test_recurring_in_the_audience_time_zone(workspace: Workspace) -> None:
    series = store.add_series(workspace, name_en="Letters from London")
    rule = WeeklyRule(weekdays=(4,), at=time(8, 0), timezone="Europe/London")
    generate_recurring(workspace, series.id, rule, date(2027, 3, 19), date(2027, 4, 2))
    items = _items(workspace, series.id)
    assert [i.local_publish_at for i in items] == [
        datetime(2027, 3, 19, 8, 0, tzinfo=LONDON),
        datetime(2027, 3, 26, 8, 0, tzinfo=LONDON),
        datetime(2027, 4, 2, 8, 0, tzinfo=LONDON),  # after the clocks went forward
    ]
    assert [i.publish_at.hour for i in items] == [8, 8, 7]  # type: ignore[union-attr]
    assert all(i.timezone == "Europe/London" for i in items)


def test_occurrences_of_each_rule() -> None:
    every_other = WeeklyRule(weekdays=(2,), every=2, anchor=date(2027, 1, 6))
    assert [m.date() for m in occurrences(every_other, date(2027, 1, 1), date(2027, 1, 31))] == [
        date(2027, 1, 6),
        date(2027, 1, 20),
    ]
    custom = DatesRule(dates=(date(2027, 5, 1), date(2026, 5, 1), date(2027, 6, 1)))
    assert [m.date() for m in occurrences(custom, date(2027, 1, 1), date(2027, 5, 31))] == [
        date(2027, 5, 1)
    ]
    terms = occurrences(SolarTermRule(terms=(2, 23)), date(2027, 1, 1), date(2027, 12, 31))
    assert [m.date() for m in terms] == [date(2027, 2, 4), date(2027, 12, 22)]
    # Datetimes bound the period exactly; the end is excluded.
    window = occurrences(
        MonthlyRule(day=1, at=time(8)),
        datetime(2027, 1, 1, 8, 0, tzinfo=BEIJING),
        datetime(2027, 3, 1, 8, 0, tzinfo=BEIJING),
    )
    assert [m.month for m in window] == [1, 2]
    assert all(m.tzinfo is not None for m in window)
    assert occurrences(MonthlyRule(day=1), date(2027, 3, 1), date(2027, 2, 1)) == []


def test_cadence_json_round_trip_and_errors() -> None:
    rules = [
        WeeklyRule(weekdays=(0, 3), at=time(9, 15), every=2, anchor=date(2027, 1, 4)),
        MonthlyRule(day=15, timezone="America/New_York"),
        DatesRule(dates=(date(2027, 9, 1),)),
        SolarTermRule(terms=(0, 6)),
    ]
    for rule in rules:
        assert rule_from_dict(rule_to_dict(rule)) == rule
    assert describe(rules[0]) == "every 2 weeks on Mon, Thu at 09:15 (Asia/Shanghai)"
    for bad in (
        {"kind": "hourly"},
        {"kind": "weekly", "weekdays": [7]},
        {"kind": "monthly", "day": 32},
        {"kind": "monthly"},
        {"kind": "dates", "dates": ["2027-02-30"]},
        {"kind": "monthly", "day": 1, "timezone": "Moon/Base"},
    ):
        with pytest.raises(WorkbenchError):
            rule_from_dict(bad)


def test_copy_campaign_to_next_year(workspace: Workspace) -> None:
    store.seed_channels(workspace)
    li = store.add_person(workspace, "Li Na")
    campaign = store.add_campaign(
        workspace,
        name_zh="2026黄河文化月",
        name_en="Yellow River Culture Month 2026",
        start_date=date(2026, 9, 1),
        end_date=date(2026, 9, 30),
        kpi_targets={"views": 50_000},
        channels=["Facebook", "WeChat"],
    )
    opening_at = datetime(2026, 9, 1, 10, 0, tzinfo=BEIJING)
    opening = store.add_item(
        workspace,
        title_zh="2026黄河文化月开幕",
        title_en="Opening",
        publish_at=opening_at,
        campaign_id=campaign.id,
        channels=["Facebook"],
        stages=store.plan_stages(
            opening_at, {"draft": 10, "translation": 6}, team={"translation": li.id}
        ),
    )
    store.record_results(workspace, opening.id, views=12_000)
    store.set_stage(workspace, opening.id, "draft", done=True)
    store.add_item(
        workspace,
        title_en="Video in New York",
        publish_at=datetime(2026, 9, 20, 9, 0),
        timezone="America/New_York",
        campaign_id=campaign.id,
    )
    store.add_item(workspace, title_en="Dropped", campaign_id=campaign.id, status="cancelled")

    new_id = copy_campaign(workspace, campaign.id, to_year=2027)
    with workspace.session() as session:
        copy = store.get_campaign(session, new_id)
        items = store.items_between(
            session, date(2027, 1, 1), date(2027, 12, 31), campaign_id=new_id
        )
    assert (copy.name_zh, copy.name_en) == ("2027黄河文化月", "Yellow River Culture Month 2027")
    assert (copy.start_date, copy.end_date) == (date(2027, 9, 1), date(2027, 9, 30))
    assert copy.kpi_targets == {"views": 50_000.0}
    assert [c.name for c in copy.channels] == ["Facebook", "WeChat"]
    assert copy.item_count == 2 and copy.results["views"] == 0
    first, second = items
    assert first.title_zh == "2027黄河文化月开幕"
    assert first.local_publish_at == datetime(2027, 9, 1, 10, 0, tzinfo=BEIJING)
    assert [c.name for c in first.channels] == ["Facebook"]
    assert first.status is ItemStatus.PLANNED and first.document_id is None
    assert first.results["views"] is None
    draft = first.stage("draft")
    assert draft is not None and not draft.done
    assert _due(first, "draft") == datetime(2027, 8, 22, 10, 0, tzinfo=BEIJING)
    assert _due(first, "translation") == datetime(2027, 8, 26, 10, 0, tzinfo=BEIJING)
    assert first.stage("translation").assignee_id == li.id  # type: ignore[union-attr]
    assert second.local_publish_at == datetime(
        2027, 9, 20, 9, 0, tzinfo=ZoneInfo("America/New_York")
    )


def test_copy_campaign_by_a_shift_and_errors(workspace: Workspace) -> None:
    campaign = store.add_campaign(workspace, name_zh="读书周", name_en="Reading Week")
    store.add_item(
        workspace,
        title_en="Book list",
        publish_at=datetime(2027, 4, 23, 8, 0, tzinfo=BEIJING),
        campaign_id=campaign.id,
        stages={"review": StagePlan(due=datetime(2027, 4, 20, 17, 0, tzinfo=BEIJING))},
    )
    with pytest.raises(WorkbenchError, match="either"):
        copy_campaign(workspace, campaign.id)
    new_id = copy_campaign(
        workspace, campaign.id, shift=timedelta(days=7), name_en="Reading Week II"
    )
    with workspace.session() as session:
        copy = store.get_campaign(session, new_id)
        (item,) = store.items_between(
            session, date(2027, 1, 1), date(2027, 12, 31), campaign_id=new_id
        )
    assert (copy.name_zh, copy.name_en) == ("读书周（副本）", "Reading Week II")
    assert item.publish_at == datetime(2027, 4, 30, 0, 0, tzinfo=UTC)
    assert _due(item, "review") == datetime(2027, 4, 27, 17, 0, tzinfo=BEIJING)
    empty = store.add_campaign(workspace, name_en="Empty")
    with pytest.raises(WorkbenchError, match="no dates"):
        copy_campaign(workspace, empty.id, to_year=2028)
    with pytest.raises(NotFoundError):
        copy_campaign(workspace, 999, to_year=2028)
