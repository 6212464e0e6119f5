"""Who has how much work in which week, and which deadlines were missed.

Weeks are ISO weeks (Monday to Sunday) of Beijing time. A person's planned hours in a week
are the effort of the open stages assigned to them and due that week; work already late
counts in the current week, because that is when it still has to be done.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from workbench.models.base import utcnow
from workbench.models.planner import ContentItem, ItemStage, Person
from workbench.models.planner_enums import ItemStatus, Stage
from workbench.planner.store_base import BEIJING, from_db, to_utc

# Items whose open stages are no one's work any more.
_FINISHED = (ItemStatus.CANCELLED.value, ItemStatus.PUBLISHED.value)


@dataclass(frozen=True)
class WeekLoad:
    person_id: int
    person_name: str
    week_start: date  # the Monday
    planned_hours: float
    capacity: float  # the person's weekly hours
    stages: int  # open stages counted

    @property
    def iso_week(self) -> tuple[int, int]:
        year, week, _ = self.week_start.isocalendar()
        return year, week

    @property
    def label(self) -> str:
        year, week = self.iso_week
        return f"{year}-W{week:02d}"

    @property
    def overloaded(self) -> bool:
        return self.planned_hours > self.capacity

    def to_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "person": self.person_name,
            "week": self.label,
            "week_start": self.week_start.isoformat(),
            "planned_hours": self.planned_hours,
            "capacity": self.capacity,
            "stages": self.stages,
            "overloaded": self.overloaded,
        }


@dataclass(frozen=True)
class MissedDeadline:
    item_id: int
    title_zh: str
    title_en: str
    stage: Stage
    due: datetime  # aware UTC
    assignee_id: int | None
    assignee_name: str
    days_late: int  # whole days since the deadline

    def to_json(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "title_zh": self.title_zh,
            "title_en": self.title_en,
            "stage": self.stage.value,
            "due": self.due.isoformat(),
            "assignee_id": self.assignee_id,
            "assignee": self.assignee_name,
            "days_late": self.days_late,
        }


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _week_of(moment: datetime) -> date:
    return monday(moment.astimezone(BEIJING).date())


def _open_stages(session: Session) -> Any:
    return (
        select(ItemStage, ContentItem)
        .join(ContentItem, col(ContentItem.id) == ItemStage.item_id)
        .where(col(ItemStage.done_at).is_(None))
        .where(col(ItemStage.due).is_not(None))
        .where(col(ContentItem.status).not_in(_FINISHED))
    )


def workload(
    session: Session, start: date, end: date, now: datetime | None = None
) -> list[WeekLoad]:
    """One row per active person (and anyone with work) per ISO week touching
    ``start``–``end``, ordered by person name then week."""
    now = to_utc(now) if now is not None else utcnow()
    first, last = monday(start), monday(end)
    this_week = _week_of(now)
    hours: dict[tuple[int, date], float] = defaultdict(float)
    counts: dict[tuple[int, date], int] = defaultdict(int)
    query = _open_stages(session).where(col(ItemStage.assignee_id).is_not(None))
    for stage, _item in session.exec(query).all():
        due = from_db(stage.due)
        assert due is not None and stage.assignee_id is not None
        week = this_week if due < now else _week_of(due)
        if first <= week <= last:
            hours[stage.assignee_id, week] += stage.effort_hours
            counts[stage.assignee_id, week] += 1
    busy = {person_id for person_id, _ in hours}
    people = [
        p
        for p in session.exec(select(Person).order_by(col(Person.name))).all()
        if p.active or p.id in busy
    ]
    weeks = [first + timedelta(days=7 * n) for n in range((last - first).days // 7 + 1)]
    rows = []
    for person in people:
        assert person.id is not None
        for week in weeks:
            rows.append(
                WeekLoad(
                    person.id,
                    person.name,
                    week,
                    round(hours.get((person.id, week), 0.0), 2),
                    person.weekly_hours,
                    counts.get((person.id, week), 0),
                )
            )
    return rows


def overloaded(rows: list[WeekLoad]) -> list[WeekLoad]:
    return [row for row in rows if row.overloaded]


def missed_deadlines(session: Session, now: datetime | None = None) -> list[MissedDeadline]:
    """Open stages whose deadline has passed, of items still in work, oldest first."""
    now = to_utc(now) if now is not None else utcnow()
    people = {p.id: p.name for p in session.exec(select(Person)).all()}
    missed = []
    for stage, item in session.exec(_open_stages(session)).all():
        due = from_db(stage.due)
        assert due is not None and item.id is not None
        if due >= now:
            continue
        missed.append(
            MissedDeadline(
                item.id,
                item.title_zh,
                item.title_en,
                Stage(stage.stage),
                due,
                stage.assignee_id,
                people.get(stage.assignee_id, "") if stage.assignee_id else "",
                (now - due).days,
            )
        )
    return sorted(missed, key=lambda m: (m.due, m.item_id))
