"""Content items: create, change, reschedule, stages, results, the linked document.

Times: an item's ``publish_at`` given without a zone is wall-clock time in the item's
audience zone; stage deadlines given without a zone are Beijing time (the team's).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, delete, select

from workbench.errors import WorkbenchError
from workbench.models.base import utcnow
from workbench.models.planner import (
    Campaign,
    ContentItem,
    ItemChannel,
    ItemStage,
    Person,
    Series,
)
from workbench.models.planner_enums import ItemStatus, ItemType, Stage
from workbench.planner.status import effective_status, status_from_stages
from workbench.planner.store_base import (
    UNSET,
    from_db,
    require,
    resolve_channels,
    stage_map,
    stage_of,
    to_utc,
    transaction,
    zone,
)
from workbench.planner.views import METRICS, ItemView, item_views

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace


@dataclass(frozen=True)
class StagePlan:
    """What to plan for one stage of a new item."""

    due: datetime | None = None
    assignee_id: int | None = None
    effort_hours: float = 1.0


def plan_stages(
    publish_at: datetime,
    lead_days: Mapping[Stage | str, int],
    *,
    team: Mapping[Stage | str, int | None] | None = None,
    effort: Mapping[Stage | str, float] | None = None,
) -> dict[Stage, StagePlan]:
    """Stage deadlines ``lead_days`` before publication, at the publication's clock time."""
    leads, people, hours = stage_map(lead_days), stage_map(team), stage_map(effort)
    plans = {}
    for stage in Stage:
        lead = leads.get(stage, 0 if stage is Stage.PUBLICATION else None)
        due = publish_at - timedelta(days=lead) if lead is not None else None
        plans[stage] = StagePlan(due, people.get(stage), float(hours.get(stage, 1.0)))
    return plans


def _item_type(value: ItemType | str) -> ItemType:
    try:
        return ItemType(value)
    except ValueError:
        known = ", ".join(t.value for t in ItemType)
        raise WorkbenchError(f"Unknown item type {value!r}; types are: {known}") from None


def _item_status(value: ItemStatus | str) -> ItemStatus:
    try:
        return ItemStatus(value)
    except ValueError:
        known = ", ".join(s.value for s in ItemStatus)
        raise WorkbenchError(f"Unknown status {value!r}; statuses are: {known}") from None


def _effort(value: float) -> float:
    if value < 0:
        raise WorkbenchError("Effort hours cannot be negative")
    return float(value)


def _check_refs(session: Session, series_id: int | None, campaign_id: int | None) -> None:
    if series_id is not None:
        require(session, Series, series_id, "series")
    if campaign_id is not None:
        require(session, Campaign, campaign_id, "campaign")


def _check_person(session: Session, person_id: int | None) -> None:
    if person_id is not None:
        require(session, Person, person_id, "person")


def _set_channels(session: Session, item_id: int, channels: Iterable[int | str]) -> None:
    ids = resolve_channels(session, channels)
    session.exec(delete(ItemChannel).where(ItemChannel.item_id == item_id))  # type: ignore[call-overload]
    session.add_all(ItemChannel(item_id=item_id, channel_id=cid) for cid in ids)
    session.flush()


def _view(session: Session, item: ContentItem) -> ItemView:
    session.flush()
    return item_views(session, [item])[0]


def insert_item(
    session: Session,
    *,
    title_zh: str = "",
    title_en: str = "",
    publish_at: datetime | None = None,
    timezone: str = "Asia/Shanghai",
    type: ItemType | str = ItemType.ARTICLE,
    status: ItemStatus | str = ItemStatus.PLANNED,
    series_id: int | None = None,
    campaign_id: int | None = None,
    channels: Iterable[int | str] = (),
    stages: Mapping[Stage | str, StagePlan] | None = None,
    notes: str = "",
) -> ContentItem:
    """Insert an item with a row for each of the five stages (the planning grid edits
    them in place); the publication stage is due at publication unless planned."""
    if not (title_zh.strip() or title_en.strip()):
        raise WorkbenchError("A content item needs a Chinese or an English title")
    tz = zone(timezone)
    _check_refs(session, series_id, campaign_id)
    when = to_utc(publish_at, tz) if publish_at is not None else None
    now = utcnow()
    item = ContentItem(
        title_zh=title_zh.strip(),
        title_en=title_en.strip(),
        type=_item_type(type),
        status=_item_status(status),
        series_id=series_id,
        campaign_id=campaign_id,
        publish_at=when,
        timezone=timezone,
        notes=notes,
        created_at=now,
        updated_at=now,
    )
    session.add(item)
    session.flush()
    assert item.id is not None
    plans = stage_map(stages)
    for stage in Stage:
        plan = plans.get(stage, StagePlan())
        _check_person(session, plan.assignee_id)
        due = to_utc(plan.due) if plan.due is not None else None
        if stage is Stage.PUBLICATION and due is None:
            due = when
        session.add(
            ItemStage(
                item_id=item.id,
                stage=stage,
                due=due,
                assignee_id=plan.assignee_id,
                effort_hours=_effort(plan.effort_hours),
            )
        )
    _set_channels(session, item.id, channels)
    return item


def add_item(ws: Workspace | Session, **fields: Any) -> ItemView:
    """Create an item (arguments as ``insert_item``) in one transaction."""
    with transaction(ws) as session:
        return _view(session, insert_item(session, **fields))


_ITEM_FIELDS = {
    "title_zh", "title_en", "type", "status", "timezone", "notes", "series_id", "campaign_id"
}  # fmt: skip


def update_item(
    ws: Workspace | Session,
    item_id: int,
    *,
    channels: Iterable[int | str] | None = None,
    **changes: Any,
) -> ItemView:
    """Change title_zh/_en, type, status, timezone, notes, series_id, campaign_id (and
    ``channels``). Moving the publication goes through ``reschedule_item``."""
    unknown = set(changes) - _ITEM_FIELDS
    if unknown:
        hint = " (use reschedule_item)" if "publish_at" in unknown else ""
        raise WorkbenchError(f"Cannot change {sorted(unknown)[0]!r} of an item{hint}")
    with transaction(ws) as session:
        item = require(session, ContentItem, item_id, "content item")
        _check_refs(session, changes.get("series_id"), changes.get("campaign_id"))
        for key, value in changes.items():
            if key == "type":
                value = _item_type(value)
            elif key == "status":
                value = _item_status(value)
            elif key == "timezone":
                zone(value)
            setattr(item, key, value)
        if not (item.title_zh.strip() or item.title_en.strip()):
            raise WorkbenchError("A content item needs a Chinese or an English title")
        item.updated_at = utcnow()
        session.add(item)
        if channels is not None:
            _set_channels(session, item_id, channels)
        return _view(session, item)


def delete_item(ws: Workspace | Session, item_id: int) -> None:
    with transaction(ws) as session:
        session.delete(require(session, ContentItem, item_id, "content item"))


def _stages(session: Session, item_id: int) -> dict[Stage, ItemStage]:
    rows = session.exec(select(ItemStage).where(ItemStage.item_id == item_id)).all()
    return {Stage(row.stage): row for row in rows}


def reschedule_item(
    ws: Workspace | Session,
    item_id: int,
    new_publish_at: datetime,
    *,
    move_stages: bool = True,
) -> ItemView:
    """Move the publication (calendar drag and drop). With ``move_stages`` every open
    stage deadline moves by the same amount; done stages keep theirs as a record. The
    publication stage, if open, always follows the publication."""
    with transaction(ws) as session:
        item = require(session, ContentItem, item_id, "content item")
        new = to_utc(new_publish_at, zone(item.timezone))
        old = from_db(item.publish_at)
        delta = new - old if old is not None else None
        for stage, row in _stages(session, item_id).items():
            if row.done_at is not None:
                continue
            if stage is Stage.PUBLICATION:
                row.due = new
            elif move_stages and delta is not None and row.due is not None:
                row.due = from_db(row.due) + delta  # type: ignore[operator]
            session.add(row)
        item.publish_at = new
        item.updated_at = utcnow()
        session.add(item)
        return _view(session, item)


def set_stage(
    ws: Workspace | Session,
    item_id: int,
    stage: Stage | str,
    *,
    due: datetime | None = UNSET,
    assignee_id: int | None = UNSET,
    effort_hours: float = UNSET,
    done: bool | None = None,
    now: datetime | None = None,
) -> ItemView:
    """Change one stage; arguments not given stay as they are (``None`` clears a due date
    or an assignee). Marking a stage done moves an item without a document along."""
    which = stage_of(stage)
    with transaction(ws) as session:
        item = require(session, ContentItem, item_id, "content item")
        rows = _stages(session, item_id)
        row = rows.get(which) or ItemStage(item_id=item_id, stage=which)
        if due is not UNSET:
            row.due = to_utc(due) if due is not None else None
        if assignee_id is not UNSET:
            _check_person(session, assignee_id)
            row.assignee_id = assignee_id
        if effort_hours is not UNSET:
            row.effort_hours = _effort(effort_hours)
        if done is not None and done != (row.done_at is not None):
            row.done_at = (now or utcnow()) if done else None
            rows[which] = row
            if item.document_id is None:
                finished = {s for s, r in rows.items() if r.done_at is not None}
                item.status = status_from_stages(item.status, finished)
        item.updated_at = utcnow()
        session.add_all([row, item])
        return _view(session, item)


def record_results(ws: Workspace | Session, item_id: int, **results: int | None) -> ItemView:
    """Store measured results (views, likes, shares, comments, followers_gained); a
    metric not given stays, ``None`` means "not measured"."""
    unknown = set(results) - set(METRICS)
    if unknown:
        raise WorkbenchError(f"Unknown result {sorted(unknown)[0]!r}; use: {', '.join(METRICS)}")
    with transaction(ws) as session:
        item = require(session, ContentItem, item_id, "content item")
        for metric, value in results.items():
            if value is not None and int(value) < 0:
                raise WorkbenchError(f"{metric} cannot be negative")
            setattr(item, metric, None if value is None else int(value))
        item.updated_at = utcnow()
        session.add(item)
        return _view(session, item)


def link_document(ws: Workspace | Session, item_id: int, document_id: int | None) -> ItemView:
    """Link the item to the workspace document that holds its text (None unlinks); from
    then on the item's status follows the document's workflow."""
    from workbench.models import Document

    with transaction(ws) as session:
        item = require(session, ContentItem, item_id, "content item")
        if document_id is not None:
            document = require(session, Document, document_id, "document")
            item.status = effective_status(item, str(document.status))
        item.document_id = document_id
        item.updated_at = utcnow()
        session.add(item)
        return _view(session, item)


def sync_item_statuses(
    ws: Workspace | Session,
    *,
    document_id: int | None = None,
    item_ids: Iterable[int] | None = None,
) -> int:
    """Make stored item statuses follow their linked documents (call after a document's
    status changed); returns how many items changed."""
    from workbench.models import Document

    with transaction(ws) as session:
        query = select(ContentItem, Document.status).join(
            Document, col(Document.id) == ContentItem.document_id
        )
        if document_id is not None:
            query = query.where(ContentItem.document_id == document_id)
        if item_ids is not None:
            query = query.where(col(ContentItem.id).in_(list(item_ids)))
        changed = 0
        for item, doc_status in session.exec(query).all():
            status = effective_status(item, str(doc_status))
            if status != item.status:
                item.status = status
                item.updated_at = utcnow()
                session.add(item)
                changed += 1
        return changed
