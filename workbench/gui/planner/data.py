"""What the planner window reads from the core, in the shapes its views take (no widgets
here, only translated labels); every read is one ``workspace.session()``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from workbench.gui.planner import items as it
from workbench.gui.planner.labels import BEIJING, STAGE, beijing, label, monday, name
from workbench.gui.planner.workload_view import LoadCell, WorkloadData

EVERYTHING = (date(1970, 1, 1), date(2999, 12, 31))


@dataclass
class Choices:
    series: list[Any] = field(default_factory=list)
    campaigns: list[Any] = field(default_factory=list)
    channels: list[Any] = field(default_factory=list)
    people: list[Any] = field(default_factory=list)
    documents: list[tuple[int, str]] = field(default_factory=list)


def load_choices(workspace: Any, *, documents: bool = False) -> Choices:
    from workbench.planner import store

    with workspace.session() as session:
        found = Choices(
            series=store.list_series(session),
            campaigns=store.list_campaigns(session),
            channels=store.list_channels(session),
            people=store.list_people(session),
        )
        if documents:
            from workbench.documents.query import list_documents

            found.documents = [(d.id, d.title_zh or d.title_en) for d in list_documents(session)]
    return found


def ensure_channels(workspace: Any) -> int:
    """A workspace without channels gets the standard ones (WeChat, Weibo, the website,
    Facebook, X, YouTube …) the first time the planner opens; returns how many."""
    from workbench.planner import store

    return store.seed_channels(workspace)


def _query_filters(filters: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in filters.items() if value is not None}


def load_items(workspace: Any, start: date, end: date, filters: dict[str, Any]) -> list[Any]:
    from workbench.planner import store

    with workspace.session() as session:
        return store.items_between(session, start, end, **_query_filters(filters))


def load_scope(
    workspace: Any, period: tuple[date, date] | None, filters: dict[str, Any]
) -> list[Any]:
    """Items of a period; with no period every item, the unscheduled ones too."""
    from workbench.planner import store

    wanted = _query_filters(filters)
    with workspace.session() as session:
        start, end = period or EVERYTHING
        found = store.items_between(session, start, end, **wanted)
        if period is None:
            found += store.unscheduled_items(session, **wanted)
    return found


def load_marks(workspace: Any, start: date, end: date) -> dict[date, list[Any]]:
    """Solar terms, festivals, holidays, make-up working days and the team's observances
    (English names from the term base where it has them)."""
    from workbench.planner import store
    from workbench.planner.calendar import english_names_from_termbase, marks_between

    with workspace.session() as session:
        observances = [
            (o.name_zh, o.name_en, o.month, o.day, o.year) for o in store.list_observances(session)
        ]
        names = english_names_from_termbase(session)
    return marks_between(start, end, observances, names=names)


def month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


def in_month(item: Any, anchor: date) -> bool:
    day = it.publish_day(item)
    return day is not None and (day.year, day.month) == (anchor.year, anchor.month)


def published_from(item: Any, first: date) -> bool:
    day = it.publish_day(item)
    return day is not None and day >= first


def timeline_period(
    workspace: Any, anchor: date, campaign_id: int | None, lang: str
) -> tuple[list[Any], date, date]:
    """(campaign spans, first day, last day): a campaign's span with its items' stages, or
    the anchor's month with the three weeks before it (when its items' work starts)."""
    from workbench.gui.planner.timeline_view import Span
    from workbench.planner import store

    with workspace.session() as session:
        campaigns = store.list_campaigns(session)
        if campaign_id is not None:
            campaign = store.get_campaign(session, campaign_id)
            found = store.items_between(session, *EVERYTHING, campaign_id=campaign_id)
        else:
            campaign, found = None, []
    spans = [
        Span(c.start_date, c.end_date, name(c.name_zh, c.name_en, lang), c.colour)
        for c in campaigns
        if c.start_date and c.end_date and (campaign is None or c.id == campaign.id)
    ]
    if campaign is None:
        first = date(anchor.year, anchor.month, 1)
        return spans, first - timedelta(days=21), month_end(first)
    days = [d for d in (campaign.start_date, campaign.end_date) if d]
    for item in found:
        days += [beijing(s.due).date() for s in it.stages(item) if s.due is not None]
        if item.publish_at is not None:
            days.append(beijing(item.publish_at).date())
    if not days:
        first = date(anchor.year, anchor.month, 1)
        return spans, first, month_end(first)
    return spans, min(days) - timedelta(days=2), max(days) + timedelta(days=2)


def load_workload(
    workspace: Any, start: date, end: date, lang: str, now: datetime | None = None
) -> tuple[WorkloadData, list[tuple[int, str]]]:
    """People × the ISO weeks touching ``start``–``end``, and the missed deadlines."""
    from workbench.planner import store
    from workbench.planner.workload import missed_deadlines, workload

    now = now or datetime.now(UTC)
    with workspace.session() as session:
        rows = workload(session, start, end, now)
        missed = missed_deadlines(session, now)
        nearby = store.items_between(session, start - timedelta(days=7), end + timedelta(days=60))
    load = WorkloadData()
    seen: set[int] = set()
    for row in rows:
        if row.person_id not in seen:
            seen.add(row.person_id)
            load.people.append((row.person_id, row.person_name, row.capacity))
        if row.week_start not in load.weeks:
            load.weeks.append(row.week_start)
    load.weeks.sort()
    tasks: dict[tuple[int, date], list[str]] = {}
    for item in nearby:
        for stage in it.stages(item):
            if stage.due is None or stage.done_at is not None or stage.assignee_id is None:
                continue
            week = monday(stage.due.astimezone(BEIJING).date())
            tasks.setdefault((stage.assignee_id, week), []).append(
                f"{label(STAGE, stage.stage)} · {it.title(item, lang)} · "
                f"{beijing(stage.due).strftime('%m-%d')} · {stage.effort_hours:g} h"
            )
    for row in rows:
        key = (row.person_id, row.week_start)
        load.cells[key] = LoadCell(
            row.planned_hours, row.capacity, row.overloaded, tuple(tasks.get(key, ())[:12])
        )
    lines = []
    for entry in missed:
        title = name(entry.title_zh, entry.title_en, lang)
        who = entry.assignee_name or "—"
        days = entry.days_late
        late = QCoreApplication.translate("WorkloadModel", "%n day(s) late", None, days)
        lines.append(
            (
                entry.item_id,
                f"{beijing(entry.due).strftime('%Y-%m-%d %H:%M')} · "
                f"{label(STAGE, entry.stage)} · {title} · {who} · {late}",
            )
        )
    return load, lines


def load_report(workspace: Any, campaign_id: int | None) -> tuple[Any, int]:
    """The campaign's view (targets, summed results) and how many of its items are out."""
    if campaign_id is None:
        return None, 0
    from workbench.planner import store

    with workspace.session() as session:
        campaign = store.get_campaign(session, campaign_id)
        items = store.items_between(session, *EVERYTHING, campaign_id=campaign_id)
    return campaign, sum(1 for i in items if str(i.status) == "published")
