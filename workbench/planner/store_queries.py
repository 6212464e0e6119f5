"""Reading items back: a calendar period with filters, the unscheduled backlog."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from workbench.errors import WorkbenchError
from workbench.models.planner import ContentItem, ItemChannel, ItemStage
from workbench.models.planner_enums import ItemStatus
from workbench.planner.store_base import bounds, require
from workbench.planner.views import ItemView, item_views


def _item_status(value: ItemStatus | str) -> ItemStatus:
    try:
        return ItemStatus(value)
    except ValueError:
        known = ", ".join(s.value for s in ItemStatus)
        raise WorkbenchError(f"Unknown status {value!r}; statuses are: {known}") from None


def get_item(session: Session, item_id: int) -> ItemView:
    return item_views(session, [require(session, ContentItem, item_id, "content item")])[0]


def items_between(
    session: Session,
    start: date | datetime,
    end: date | datetime,
    *,
    series_id: int | None = None,
    campaign_id: int | None = None,
    channel_id: int | None = None,
    person_id: int | None = None,
    status: ItemStatus | str | Iterable[ItemStatus | str] | None = None,
) -> list[ItemView]:
    """Items published in the period, by publication time. Dates are Beijing days with
    ``end`` included; ``person_id`` keeps items where they have a stage; ``status``
    (one or several) is matched against the effective status."""
    low, high = bounds(start, end)
    query = (
        select(ContentItem)
        .where(col(ContentItem.publish_at) >= low, col(ContentItem.publish_at) < high)
        .order_by(col(ContentItem.publish_at), col(ContentItem.id))
    )
    return _filtered(session, query, series_id, campaign_id, channel_id, person_id, status)


def unscheduled_items(session: Session, **filters: Any) -> list[ItemView]:
    """Items without a publication time yet (ideas, the backlog); same filters."""
    query = (
        select(ContentItem).where(col(ContentItem.publish_at).is_(None)).order_by(ContentItem.id)
    )
    return _filtered(
        session,
        query,
        filters.get("series_id"),
        filters.get("campaign_id"),
        filters.get("channel_id"),
        filters.get("person_id"),
        filters.get("status"),
    )


def _filtered(
    session: Session,
    query: Any,
    series_id: int | None,
    campaign_id: int | None,
    channel_id: int | None,
    person_id: int | None,
    status: Any,
) -> list[ItemView]:
    if series_id is not None:
        query = query.where(ContentItem.series_id == series_id)
    if campaign_id is not None:
        query = query.where(ContentItem.campaign_id == campaign_id)
    if channel_id is not None:
        linked = select(ItemChannel.item_id).where(ItemChannel.channel_id == channel_id)
        query = query.where(col(ContentItem.id).in_(linked))
    if person_id is not None:
        assigned = select(ItemStage.item_id).where(ItemStage.assignee_id == person_id)
        query = query.where(col(ContentItem.id).in_(assigned))
    views = item_views(session, session.exec(query).all())
    if status is None:
        return views
    wanted = {_item_status(status)} if isinstance(status, str) else set(map(_item_status, status))
    return [view for view in views if view.status in wanted]
