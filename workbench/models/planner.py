"""The content plan: channels, people, series, campaigns, content items with stage deadlines,
and the team's own observances. Times are stored as UTC; each item and channel keeps the
IANA time zone its audience reads it in, so "8:00 in Madrid" stays 8:00 in Madrid."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from workbench.models import documents as _documents  # noqa: F401  (content_item.document_id → document)
from workbench.models.base import utcnow
from workbench.models.enums import sql_in
from workbench.models.planner_enums import (
    CampaignStatus,
    ChannelKind,
    ItemStatus,
    ItemType,
    SeriesStatus,
    Stage,
)


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> sa.Column:
    return sa.Column(
        sa.Integer, sa.ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True
    )


def _link_key(target: str) -> Any:
    """One half of a link table's primary key; the link goes when either side goes."""
    return Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey(target, ondelete="CASCADE"), primary_key=True)
    )


class Channel(SQLModel, table=True):
    """Where content is published: WeChat, Weibo, the website, Facebook, X, YouTube …"""

    __table_args__ = (sa.CheckConstraint(sql_in("kind", ChannelKind), name="ck_channel_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, sa_column_kwargs={"unique": True})
    kind: ChannelKind = Field(default=ChannelKind.OTHER, sa_type=sa.String(16))
    timezone: str = Field(default="Asia/Shanghai", max_length=64)  # its audience's time
    active: bool = True


class Person(SQLModel, table=True):
    """A team member. ``roles``: comma-separated (translator, editor, reviewer, designer,
    lead); ``weekly_hours``: what the person can give to planned work in a week."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, sa_column_kwargs={"unique": True})
    roles: str = ""
    weekly_hours: float = 20.0
    email: str = ""
    active: bool = True


class Series(SQLModel, table=True):
    """A recurring series ("Foreigners in Zhengzhou", a post on each solar term).
    ``cadence``: JSON rule (see planner.cadence); ``team``: JSON {stage: person id}."""

    __table_args__ = (sa.CheckConstraint(sql_in("status", SeriesStatus), name="ck_series_status"),)

    id: int | None = Field(default=None, primary_key=True)
    name_zh: str = ""
    name_en: str = ""
    description: str = ""
    cadence: str = "{}"
    team: str = "{}"
    status: SeriesStatus = Field(default=SeriesStatus.ACTIVE, sa_type=sa.String(16))
    colour: str = Field(default="#2e7d32", max_length=9)
    created_at: datetime = Field(default_factory=utcnow)


class Campaign(SQLModel, table=True):
    """A campaign around an event (Yellow River Culture Month). ``kpi_targets``: JSON
    {metric: number}, metrics as in ``ContentItem`` results."""

    __table_args__ = (
        sa.CheckConstraint(sql_in("status", CampaignStatus), name="ck_campaign_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name_zh: str = ""
    name_en: str = ""
    start_date: date | None = None
    end_date: date | None = None
    objectives: str = ""
    key_messages_zh: str = ""
    key_messages_en: str = ""
    kpi_targets: str = "{}"
    status: CampaignStatus = Field(default=CampaignStatus.PLANNED, sa_type=sa.String(16))
    colour: str = Field(default="#c62828", max_length=9)
    created_at: datetime = Field(default_factory=utcnow)


class ContentItem(SQLModel, table=True):
    """One piece of content in two languages, planned for one or more channels."""

    __tablename__ = "content_item"
    __table_args__ = (
        sa.CheckConstraint(sql_in("type", ItemType), name="ck_content_item_type"),
        sa.CheckConstraint(sql_in("status", ItemStatus), name="ck_content_item_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title_zh: str = ""
    title_en: str = ""
    type: ItemType = Field(default=ItemType.ARTICLE, sa_type=sa.String(16))
    series_id: int | None = Field(
        default=None, sa_column=_fk("series.id", nullable=True, ondelete="SET NULL")
    )
    campaign_id: int | None = Field(
        default=None, sa_column=_fk("campaign.id", nullable=True, ondelete="SET NULL")
    )
    publish_at: datetime | None = None  # UTC
    timezone: str = Field(default="Asia/Shanghai", max_length=64)
    status: ItemStatus = Field(default=ItemStatus.PLANNED, sa_type=sa.String(16))
    document_id: int | None = Field(
        default=None, sa_column=_fk("document.id", nullable=True, ondelete="SET NULL")
    )
    notes: str = ""
    # Measured after publication (None = not measured yet).
    views: int | None = None
    likes: int | None = None
    shares: int | None = None
    comments: int | None = None
    followers_gained: int | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ItemChannel(SQLModel, table=True):
    __tablename__ = "content_item_channel"

    item_id: int = _link_key("content_item.id")
    channel_id: int = _link_key("channel.id")


class SeriesChannel(SQLModel, table=True):
    __tablename__ = "series_channel"

    series_id: int = _link_key("series.id")
    channel_id: int = _link_key("channel.id")


class CampaignChannel(SQLModel, table=True):
    __tablename__ = "campaign_channel"

    campaign_id: int = _link_key("campaign.id")
    channel_id: int = _link_key("channel.id")


class ItemStage(SQLModel, table=True):
    """One stage of an item (draft → translation → review → approval → publication): its
    deadline, who does it, the effort it takes, and when it was done."""

    __tablename__ = "content_item_stage"
    __table_args__ = (
        sa.UniqueConstraint("item_id", "stage", name="uq_item_stage"),
        sa.CheckConstraint(sql_in("stage", Stage), name="ck_item_stage_stage"),
    )

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(sa_column=_fk("content_item.id"))
    stage: Stage = Field(sa_type=sa.String(16))
    due: datetime | None = None  # UTC
    assignee_id: int | None = Field(
        default=None, sa_column=_fk("person.id", nullable=True, ondelete="SET NULL")
    )
    effort_hours: float = 1.0
    done_at: datetime | None = None


class Observance(SQLModel, table=True):
    """A day the team marks on its calendar: an international day, an anniversary. With
    ``year`` empty it comes back every year."""

    id: int | None = Field(default=None, primary_key=True)
    name_zh: str = ""
    name_en: str = ""
    month: int
    day: int
    year: int | None = None
    kind: str = Field(default="international-day", max_length=32)
    notes: str = ""
