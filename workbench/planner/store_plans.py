"""Series and campaigns: their names, colours, channels, cadence, team and KPI targets."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, delete, select

from workbench.errors import NotFoundError, WorkbenchError
from workbench.models.planner import (
    Campaign,
    CampaignChannel,
    ContentItem,
    Person,
    Series,
    SeriesChannel,
)
from workbench.models.planner_enums import CampaignStatus, SeriesStatus, Stage
from workbench.planner.store_base import (
    check_colour,
    require,
    resolve_channels,
    team_to_json,
    transaction,
)
from workbench.planner.views import (
    METRICS,
    CampaignView,
    SeriesView,
    campaign_view,
    channels_of,
    series_view,
)

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace
    from workbench.planner.cadence import Rule

Channels = Iterable[int | str]


def _names(name_zh: str, name_en: str, what: str) -> tuple[str, str]:
    zh, en = name_zh.strip(), name_en.strip()
    if not (zh or en):
        raise WorkbenchError(f"A {what} needs a Chinese or an English name")
    return zh, en


def _names_free(
    session: Session, model: Any, zh: str, en: str, what: str, keep: int | None
) -> None:
    """Names pick a series or campaign on the command line, so they must not repeat."""
    for column, value in (("name_zh", zh), ("name_en", en)):
        if not value:
            continue
        field = getattr(model, column)
        rows = session.exec(select(model).where(sa.func.lower(field) == value.lower())).all()
        if any(row.id != keep for row in rows):
            raise WorkbenchError(f"There is already a {what} named {value!r}")


def _set_links(
    session: Session, link: type[SQLModel], owner: str, owner_id: int, channels: Channels
) -> None:
    ids = resolve_channels(session, channels)
    session.exec(delete(link).where(getattr(link, owner) == owner_id))  # type: ignore[call-overload]
    for channel_id in ids:
        session.add(link(**{owner: owner_id, "channel_id": channel_id}))
    session.flush()


def _find(session: Session, model: Any, value: int | str, what: str) -> Any:
    if isinstance(value, int) or value.strip().isdigit():
        return require(session, model, int(value), what)
    wanted = value.strip().lower()
    row = session.exec(
        select(model)
        .where(
            sa.or_(
                sa.func.lower(model.name_zh) == wanted,
                sa.func.lower(model.name_en) == wanted,
            )
        )
        .order_by(model.id)
    ).first()
    if row is None:
        raise NotFoundError(f"No {what} named {value!r}")
    return row


def _team_json(session: Session, team: Mapping[Stage | str, int | None] | None) -> str:
    for person_id in (team or {}).values():
        if person_id is not None:
            require(session, Person, person_id, "person")
    return team_to_json(team)


def _cadence_json(cadence: Rule | Mapping[str, Any] | None) -> str:
    from workbench.planner.cadence import rule_from_dict, rule_to_dict

    if cadence is None:
        return "{}"
    rule = rule_from_dict(cadence) if isinstance(cadence, Mapping) else cadence
    return json.dumps(rule_to_dict(rule), ensure_ascii=False, sort_keys=True)


# --- series -----------------------------------------------------------------------------


def _series_view(session: Session, row: Series) -> SeriesView:
    assert row.id is not None
    channels = channels_of(session, SeriesChannel, SeriesChannel.series_id, [row.id])
    return series_view(session, row, channels.get(row.id, ()))


def list_series(session: Session, *, status: SeriesStatus | str | None = None) -> list[SeriesView]:
    query = select(Series).order_by(col(Series.id))
    if status is not None:
        query = query.where(Series.status == SeriesStatus(status).value)
    return [_series_view(session, row) for row in session.exec(query).all()]


def get_series(session: Session, series_id: int) -> SeriesView:
    return _series_view(session, require(session, Series, series_id, "series"))


def find_series(session: Session, name_or_id: int | str) -> SeriesView:
    """A series by id or by its Chinese or English name (case-insensitive)."""
    return _series_view(session, _find(session, Series, name_or_id, "series"))


def add_series(
    ws: Workspace | Session,
    *,
    name_zh: str = "",
    name_en: str = "",
    description: str = "",
    cadence: Rule | Mapping[str, Any] | None = None,
    team: Mapping[Stage | str, int | None] | None = None,
    status: SeriesStatus | str = SeriesStatus.ACTIVE,
    colour: str = "#2e7d32",
    channels: Channels = (),
) -> SeriesView:
    zh, en = _names(name_zh, name_en, "series")
    with transaction(ws) as session:
        _names_free(session, Series, zh, en, "series", None)
        row = Series(
            name_zh=zh,
            name_en=en,
            description=description,
            cadence=_cadence_json(cadence),
            team=_team_json(session, team),
            status=SeriesStatus(status),
            colour=check_colour(colour),
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        _set_links(session, SeriesChannel, "series_id", row.id, channels)
        return _series_view(session, row)


def update_series(
    ws: Workspace | Session,
    series_id: int,
    *,
    name_zh: str | None = None,
    name_en: str | None = None,
    description: str | None = None,
    cadence: Rule | Mapping[str, Any] | None = None,
    team: Mapping[Stage | str, int | None] | None = None,
    status: SeriesStatus | str | None = None,
    colour: str | None = None,
    channels: Channels | None = None,
) -> SeriesView:
    """Changes the given fields; ``None`` leaves a field as it is."""
    with transaction(ws) as session:
        row = require(session, Series, series_id, "series")
        if name_zh is not None or name_en is not None:
            zh, en = _names(
                row.name_zh if name_zh is None else name_zh,
                row.name_en if name_en is None else name_en,
                "series",
            )
            _names_free(session, Series, zh, en, "series", series_id)
            row.name_zh, row.name_en = zh, en
        if description is not None:
            row.description = description
        if cadence is not None:
            row.cadence = _cadence_json(cadence)
        if team is not None:
            row.team = _team_json(session, team)
        if status is not None:
            row.status = SeriesStatus(status)
        if colour is not None:
            row.colour = check_colour(colour)
        session.add(row)
        session.flush()
        if channels is not None:
            _set_links(session, SeriesChannel, "series_id", series_id, channels)
        return _series_view(session, row)


def delete_series(ws: Workspace | Session, series_id: int, *, with_items: bool = False) -> int:
    """Delete a series; its items stay (outside any series) unless ``with_items``.
    Returns how many items were deleted."""
    with transaction(ws) as session:
        row = require(session, Series, series_id, "series")
        deleted = 0
        if with_items:
            deleted = _delete_items(session, ContentItem.series_id == series_id)
        session.delete(row)
        return deleted


def _delete_items(session: Session, condition: Any) -> int:
    ids = session.exec(select(ContentItem.id).where(condition)).all()
    if ids:
        session.exec(delete(ContentItem).where(col(ContentItem.id).in_(ids)))  # type: ignore[call-overload]
    return len(ids)


# --- campaigns --------------------------------------------------------------------------


def _campaign_view(session: Session, row: Campaign) -> CampaignView:
    assert row.id is not None
    channels = channels_of(session, CampaignChannel, CampaignChannel.campaign_id, [row.id])
    return campaign_view(session, row, channels.get(row.id, ()))


def _targets(targets: Mapping[str, float] | None) -> str:
    cleaned: dict[str, float] = {}
    for metric, value in (targets or {}).items():
        if metric not in METRICS:
            raise WorkbenchError(f"Unknown KPI {metric!r}; KPIs are: {', '.join(METRICS)}")
        if value is None or float(value) < 0:
            raise WorkbenchError(f"The {metric} target must be a number of 0 or more")
        cleaned[metric] = float(value)
    return json.dumps(cleaned, sort_keys=True)


def _dates(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise WorkbenchError("A campaign cannot end before it starts")


def list_campaigns(
    session: Session, *, status: CampaignStatus | str | None = None
) -> list[CampaignView]:
    query = select(Campaign).order_by(col(Campaign.start_date), col(Campaign.id))
    if status is not None:
        query = query.where(Campaign.status == CampaignStatus(status).value)
    return [_campaign_view(session, row) for row in session.exec(query).all()]


def get_campaign(session: Session, campaign_id: int) -> CampaignView:
    return _campaign_view(session, require(session, Campaign, campaign_id, "campaign"))


def find_campaign(session: Session, name_or_id: int | str) -> CampaignView:
    """A campaign by id or by its Chinese or English name (case-insensitive)."""
    return _campaign_view(session, _find(session, Campaign, name_or_id, "campaign"))


def add_campaign(
    ws: Workspace | Session,
    *,
    name_zh: str = "",
    name_en: str = "",
    start_date: date | None = None,
    end_date: date | None = None,
    objectives: str = "",
    key_messages_zh: str = "",
    key_messages_en: str = "",
    kpi_targets: Mapping[str, float] | None = None,
    status: CampaignStatus | str = CampaignStatus.PLANNED,
    colour: str = "#c62828",
    channels: Channels = (),
) -> CampaignView:
    zh, en = _names(name_zh, name_en, "campaign")
    _dates(start_date, end_date)
    with transaction(ws) as session:
        _names_free(session, Campaign, zh, en, "campaign", None)
        row = Campaign(
            name_zh=zh,
            name_en=en,
            start_date=start_date,
            end_date=end_date,
            objectives=objectives,
            key_messages_zh=key_messages_zh,
            key_messages_en=key_messages_en,
            kpi_targets=_targets(kpi_targets),
            status=CampaignStatus(status),
            colour=check_colour(colour),
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        _set_links(session, CampaignChannel, "campaign_id", row.id, channels)
        return _campaign_view(session, row)


_CAMPAIGN_TEXT = ("objectives", "key_messages_zh", "key_messages_en")


def update_campaign(
    ws: Workspace | Session, campaign_id: int, *, channels: Channels | None = None, **changes: Any
) -> CampaignView:
    """Change the given fields: name_zh, name_en, start_date, end_date, objectives,
    key_messages_zh/_en, kpi_targets, status, colour (and ``channels``)."""
    allowed = {"name_zh", "name_en", "start_date", "end_date", "kpi_targets", "status", "colour"}
    unknown = set(changes) - allowed - set(_CAMPAIGN_TEXT)
    if unknown:
        raise WorkbenchError(f"Cannot change {sorted(unknown)[0]!r} of a campaign")
    with transaction(ws) as session:
        row = require(session, Campaign, campaign_id, "campaign")
        if "name_zh" in changes or "name_en" in changes:
            zh, en = _names(
                changes.get("name_zh", row.name_zh), changes.get("name_en", row.name_en), "campaign"
            )
            _names_free(session, Campaign, zh, en, "campaign", campaign_id)
            row.name_zh, row.name_en = zh, en
        for key in ("start_date", "end_date", *_CAMPAIGN_TEXT):
            if key in changes:
                setattr(row, key, changes[key])
        _dates(row.start_date, row.end_date)
        if "kpi_targets" in changes:
            row.kpi_targets = _targets(changes["kpi_targets"])
        if "status" in changes:
            row.status = CampaignStatus(changes["status"])
        if "colour" in changes:
            row.colour = check_colour(changes["colour"])
        session.add(row)
        session.flush()
        if channels is not None:
            _set_links(session, CampaignChannel, "campaign_id", campaign_id, channels)
        return _campaign_view(session, row)


def set_kpi_targets(
    ws: Workspace | Session, campaign_id: int, targets: Mapping[str, float]
) -> CampaignView:
    return update_campaign(ws, campaign_id, kpi_targets=targets)


def delete_campaign(ws: Workspace | Session, campaign_id: int, *, with_items: bool = False) -> int:
    """Delete a campaign; its items stay unless ``with_items``. Returns items deleted."""
    with transaction(ws) as session:
        row = require(session, Campaign, campaign_id, "campaign")
        deleted = 0
        if with_items:
            deleted = _delete_items(session, ContentItem.campaign_id == campaign_id)
        session.delete(row)
        return deleted
