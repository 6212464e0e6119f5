"""Read models of the plan for the GUI and the CLI: frozen, detached from the session,
times as aware UTC (``local_*`` helpers give the audience's wall clock)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from workbench.models.planner import (
    Campaign,
    Channel,
    ContentItem,
    ItemChannel,
    ItemStage,
    Observance,
    Person,
    Series,
)
from workbench.models.planner_enums import ItemStatus, ItemType, Stage
from workbench.planner.status import effective_status
from workbench.planner.store_base import from_db, load_json_dict, team_from_json

METRICS = ("views", "likes", "shares", "comments", "followers_gained")
DEFAULT_ITEM_COLOUR = "#607d8b"  # items outside any series or campaign


def _iso(moment: datetime | date | None) -> str | None:
    return moment.isoformat() if moment is not None else None


@dataclass(frozen=True)
class ChannelView:
    id: int
    name: str
    kind: str
    timezone: str
    active: bool

    @classmethod
    def of(cls, row: Channel) -> ChannelView:
        assert row.id is not None
        return cls(row.id, row.name, str(row.kind), row.timezone, row.active)

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("id", "name", "kind", "timezone", "active")}


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    roles: tuple[str, ...]
    weekly_hours: float
    email: str
    active: bool

    @classmethod
    def of(cls, row: Person) -> PersonView:
        assert row.id is not None
        roles = tuple(r.strip() for r in row.roles.split(",") if r.strip())
        return cls(row.id, row.name, roles, row.weekly_hours, row.email, row.active)

    def to_json(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in ("id", "name", "weekly_hours", "email", "active")}
        return data | {"roles": list(self.roles)}


@dataclass(frozen=True)
class ObservanceView:
    id: int
    name_zh: str
    name_en: str
    month: int
    day: int
    year: int | None
    kind: str
    notes: str

    @classmethod
    def of(cls, row: Observance) -> ObservanceView:
        assert row.id is not None
        return cls(
            row.id, row.name_zh, row.name_en, row.month, row.day, row.year, row.kind, row.notes
        )

    @property
    def row(self) -> tuple[str, str, int, int, int | None]:
        """As ``calendar.marks_between`` takes observances."""
        return (self.name_zh, self.name_en, self.month, self.day, self.year)


@dataclass(frozen=True)
class StageView:
    stage: Stage
    due: datetime | None
    assignee_id: int | None
    assignee_name: str
    effort_hours: float
    done_at: datetime | None

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def overdue(self, now: datetime) -> bool:
        return self.due is not None and not self.done and self.due < now

    def to_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage.value,
            "due": _iso(self.due),
            "assignee_id": self.assignee_id,
            "assignee": self.assignee_name,
            "effort_hours": self.effort_hours,
            "done_at": _iso(self.done_at),
        }


@dataclass(frozen=True)
class ItemView:
    id: int
    title_zh: str
    title_en: str
    type: ItemType
    status: ItemStatus  # effective: follows the linked document
    publish_at: datetime | None
    timezone: str
    series_id: int | None
    series_name_zh: str
    series_name_en: str
    series_colour: str | None
    campaign_id: int | None
    campaign_name_zh: str
    campaign_name_en: str
    campaign_colour: str | None
    document_id: int | None
    document_status: str | None
    notes: str
    channels: tuple[ChannelView, ...] = ()
    stages: tuple[StageView, ...] = ()
    results: dict[str, int | None] = field(default_factory=dict, hash=False)

    @property
    def colour(self) -> str:
        """Calendar colour: the series', else the campaign's."""
        return self.series_colour or self.campaign_colour or DEFAULT_ITEM_COLOUR

    @property
    def local_publish_at(self) -> datetime | None:
        if self.publish_at is None:
            return None
        return self.publish_at.astimezone(ZoneInfo(self.timezone))

    def stage(self, stage: Stage | str) -> StageView | None:
        return next((s for s in self.stages if s.stage == stage), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title_zh": self.title_zh,
            "title_en": self.title_en,
            "type": self.type.value,
            "status": self.status.value,
            "publish_at": _iso(self.publish_at),
            "publish_local": _iso(self.local_publish_at),
            "timezone": self.timezone,
            "series": {"id": self.series_id, "name_zh": self.series_name_zh,
                       "name_en": self.series_name_en} if self.series_id else None,
            "campaign": {"id": self.campaign_id, "name_zh": self.campaign_name_zh,
                         "name_en": self.campaign_name_en} if self.campaign_id else None,
            "colour": self.colour,
            "document_id": self.document_id,
            "notes": self.notes,
            "channels": [c.name for c in self.channels],
            "stages": [s.to_json() for s in self.stages],
            "results": dict(self.results),
        }  # fmt: skip


@dataclass(frozen=True)
class SeriesView:
    id: int
    name_zh: str
    name_en: str
    description: str
    cadence: dict[str, Any] = field(hash=False)  # dicts stay out of the hash
    team: dict[Stage, int] = field(hash=False)
    status: str
    colour: str
    channels: tuple[ChannelView, ...]
    item_count: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "description": self.description,
            "cadence": self.cadence,
            "team": {stage.value: pid for stage, pid in self.team.items()},
            "status": self.status,
            "colour": self.colour,
            "channels": [c.name for c in self.channels],
            "items": self.item_count,
        }


@dataclass(frozen=True)
class CampaignView:
    id: int
    name_zh: str
    name_en: str
    start_date: date | None
    end_date: date | None
    objectives: str
    key_messages_zh: str
    key_messages_en: str
    kpi_targets: dict[str, float] = field(hash=False)
    results: dict[str, int] = field(hash=False)  # summed over the campaign's items
    status: str
    colour: str
    channels: tuple[ChannelView, ...]
    item_count: int

    def progress(self) -> dict[str, float]:
        """Result / target per KPI (1.0 = reached)."""
        return {
            metric: self.results.get(metric, 0) / target
            for metric, target in self.kpi_targets.items()
            if target
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "start_date": _iso(self.start_date),
            "end_date": _iso(self.end_date),
            "objectives": self.objectives,
            "key_messages_zh": self.key_messages_zh,
            "key_messages_en": self.key_messages_en,
            "kpi_targets": self.kpi_targets,
            "results": self.results,
            "progress": self.progress(),
            "status": self.status,
            "colour": self.colour,
            "channels": [c.name for c in self.channels],
            "items": self.item_count,
        }


def channels_of(
    session: Session, link: Any, key: Any, ids: Sequence[int]
) -> dict[int, tuple[ChannelView, ...]]:
    """Channels per owner id through a link table (item, series or campaign)."""
    result: dict[int, list[ChannelView]] = defaultdict(list)
    if ids:
        rows = session.exec(
            select(key, Channel)
            .join(Channel, col(Channel.id) == link.channel_id)
            .where(col(key).in_(ids))
            .order_by(col(Channel.name))
        ).all()
        for owner, channel in rows:
            result[owner].append(ChannelView.of(channel))
    return {owner: tuple(views) for owner, views in result.items()}


def _document_statuses(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    from workbench.models import Document

    rows = session.exec(
        select(Document.id, Document.status).where(col(Document.id).in_(wanted))
    ).all()
    return {doc_id: str(status) for doc_id, status in rows}


def item_views(session: Session, items: Sequence[ContentItem]) -> list[ItemView]:
    """Views of ``items`` (order kept), with four queries whatever their number."""
    ids = [item.id for item in items if item.id is not None]
    stage_rows = (
        session.exec(select(ItemStage).where(col(ItemStage.item_id).in_(ids))).all() if ids else []
    )
    people = {
        p.id: p.name
        for p in session.exec(
            select(Person).where(
                col(Person.id).in_(sorted({s.assignee_id for s in stage_rows if s.assignee_id}))
            )
        ).all()
    }
    stages: dict[int, list[StageView]] = defaultdict(list)
    order = {stage: n for n, stage in enumerate(Stage)}
    for row in sorted(stage_rows, key=lambda s: order[Stage(s.stage)]):
        stages[row.item_id].append(
            StageView(
                Stage(row.stage),
                from_db(row.due),
                row.assignee_id,
                people.get(row.assignee_id, "") if row.assignee_id else "",
                row.effort_hours,
                from_db(row.done_at),
            )
        )
    channels = channels_of(session, ItemChannel, ItemChannel.item_id, ids)
    series = {s.id: s for s in session.exec(select(Series)).all()}
    campaigns = {c.id: c for c in session.exec(select(Campaign)).all()}
    documents = _document_statuses(session, (i.document_id for i in items if i.document_id))
    views = []
    for item in items:
        assert item.id is not None
        s = series.get(item.series_id) if item.series_id else None
        c = campaigns.get(item.campaign_id) if item.campaign_id else None
        doc_status = documents.get(item.document_id) if item.document_id else None
        views.append(
            ItemView(
                id=item.id,
                title_zh=item.title_zh,
                title_en=item.title_en,
                type=ItemType(item.type),
                status=effective_status(item, doc_status),
                publish_at=from_db(item.publish_at),
                timezone=item.timezone,
                series_id=item.series_id,
                series_name_zh=s.name_zh if s else "",
                series_name_en=s.name_en if s else "",
                series_colour=s.colour if s else None,
                campaign_id=item.campaign_id,
                campaign_name_zh=c.name_zh if c else "",
                campaign_name_en=c.name_en if c else "",
                campaign_colour=c.colour if c else None,
                document_id=item.document_id,
                document_status=doc_status,
                notes=item.notes,
                channels=channels.get(item.id, ()),
                stages=tuple(stages.get(item.id, ())),
                results={m: getattr(item, m) for m in METRICS},
            )
        )
    return views


def series_view(session: Session, row: Series, channels: tuple[ChannelView, ...]) -> SeriesView:
    assert row.id is not None
    count = len(session.exec(select(ContentItem.id).where(ContentItem.series_id == row.id)).all())
    return SeriesView(
        row.id,
        row.name_zh,
        row.name_en,
        row.description,
        load_json_dict(row.cadence),
        team_from_json(row.team),
        str(row.status),
        row.colour,
        channels,
        count,
    )


def campaign_view(
    session: Session, row: Campaign, channels: tuple[ChannelView, ...]
) -> CampaignView:
    assert row.id is not None
    items = session.exec(select(ContentItem).where(ContentItem.campaign_id == row.id)).all()
    results = {m: sum(getattr(i, m) or 0 for i in items) for m in METRICS}
    targets = {str(k): float(v) for k, v in load_json_dict(row.kpi_targets).items()}
    return CampaignView(
        row.id,
        row.name_zh,
        row.name_en,
        row.start_date,
        row.end_date,
        row.objectives,
        row.key_messages_zh,
        row.key_messages_en,
        targets,
        results,
        str(row.status),
        row.colour,
        channels,
        len(items),
    )
