"""Channels, people and observances: the plan's reference lists."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workbench.errors import WorkbenchError
from workbench.models.planner import Channel, Observance, Person
from workbench.models.planner_enums import ROLES, ChannelKind
from workbench.planner.store_base import require, transaction, zone
from workbench.planner.views import ChannelView, ObservanceView, PersonView

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace

# Default channels and the time zone each one's audience reads in. Chinese platforms and
# the team's own outlets (website, print magazine) run on Beijing time. Facebook and
# Instagram reach mostly Europe, Africa and the Middle East for a city account, so London
# (UTC+0/+1): their morning is Beijing's afternoon, still office hours. X, YouTube and
# TikTok audiences are largest in North America, so New York — its morning is Beijing's
# night, which is why a post must be scheduled in the audience's zone, not the team's.
DEFAULT_CHANNELS: tuple[tuple[str, ChannelKind, str], ...] = (
    ("WeChat", ChannelKind.WECHAT, "Asia/Shanghai"),
    ("Weibo", ChannelKind.WEIBO, "Asia/Shanghai"),
    ("Website", ChannelKind.WEBSITE, "Asia/Shanghai"),
    ("Facebook", ChannelKind.FACEBOOK, "Europe/London"),
    ("X", ChannelKind.X, "America/New_York"),
    ("YouTube", ChannelKind.YOUTUBE, "America/New_York"),
    ("TikTok", ChannelKind.TIKTOK, "America/New_York"),
    ("Instagram", ChannelKind.INSTAGRAM, "Europe/London"),
    ("Print magazine", ChannelKind.PRINT, "Asia/Shanghai"),
)


def _name(value: str, what: str) -> str:
    text = value.strip()
    if not text:
        raise WorkbenchError(f"A {what} needs a name")
    if len(text) > 100:
        raise WorkbenchError(f"The {what} name is longer than 100 characters")
    return text


def _name_free(session: Session, model: Any, name: str, what: str, keep: int | None) -> None:
    rows = session.exec(select(model).where(sa.func.lower(model.name) == name.lower())).all()
    if any(row.id != keep for row in rows):
        raise WorkbenchError(f"There is already a {what} named {name!r}")


# --- channels ---------------------------------------------------------------------------


def list_channels(session: Session, *, active_only: bool = False) -> list[ChannelView]:
    query = select(Channel).order_by(col(Channel.id))
    if active_only:
        query = query.where(col(Channel.active).is_(True))
    return [ChannelView.of(row) for row in session.exec(query).all()]


def add_channel(
    ws: Workspace | Session,
    name: str,
    *,
    kind: ChannelKind | str = ChannelKind.OTHER,
    timezone: str = "Asia/Shanghai",
    active: bool = True,
) -> ChannelView:
    name = _name(name, "channel")
    zone(timezone)
    with transaction(ws) as session:
        _name_free(session, Channel, name, "channel", None)
        row = Channel(name=name, kind=_kind(kind), timezone=timezone, active=active)
        session.add(row)
        session.flush()
        return ChannelView.of(row)


def _kind(value: ChannelKind | str) -> ChannelKind:
    try:
        return ChannelKind(value)
    except ValueError:
        known = ", ".join(k.value for k in ChannelKind)
        raise WorkbenchError(f"Unknown channel kind {value!r}; kinds are: {known}") from None


def update_channel(
    ws: Workspace | Session,
    channel_id: int,
    *,
    name: str | None = None,
    kind: ChannelKind | str | None = None,
    timezone: str | None = None,
    active: bool | None = None,
) -> ChannelView:
    with transaction(ws) as session:
        row = require(session, Channel, channel_id, "channel")
        if name is not None:
            row.name = _name(name, "channel")
            _name_free(session, Channel, row.name, "channel", channel_id)
        if kind is not None:
            row.kind = _kind(kind)
        if timezone is not None:
            zone(timezone)
            row.timezone = timezone
        if active is not None:
            row.active = active
        session.add(row)
        session.flush()
        return ChannelView.of(row)


def delete_channel(ws: Workspace | Session, channel_id: int) -> None:
    """Removes the channel from every item, series and campaign (the links cascade)."""
    with transaction(ws) as session:
        session.delete(require(session, Channel, channel_id, "channel"))


def seed_channels(ws: Workspace | Session) -> int:
    """Add the default channels when the workspace has none; returns how many were added."""
    with transaction(ws) as session:
        if session.exec(select(Channel.id).limit(1)).first() is not None:
            return 0
        for name, kind, tz in DEFAULT_CHANNELS:
            session.add(Channel(name=name, kind=kind, timezone=tz))
        session.flush()
        return len(DEFAULT_CHANNELS)


# --- people -----------------------------------------------------------------------------


def _roles(roles: str | list[str] | tuple[str, ...]) -> str:
    items = roles.split(",") if isinstance(roles, str) else list(roles)
    cleaned = [r.strip().lower() for r in items if r.strip()]
    unknown = [r for r in cleaned if r not in ROLES]
    if unknown:
        raise WorkbenchError(f"Unknown role {unknown[0]!r}; roles are: {', '.join(ROLES)}")
    return ",".join(dict.fromkeys(cleaned))


def _hours(value: float) -> float:
    if not 0 <= value <= 168:
        raise WorkbenchError("Weekly hours must be between 0 and 168")
    return float(value)


def list_people(session: Session, *, active_only: bool = False) -> list[PersonView]:
    query = select(Person).order_by(col(Person.name))
    if active_only:
        query = query.where(col(Person.active).is_(True))
    return [PersonView.of(row) for row in session.exec(query).all()]


def add_person(
    ws: Workspace | Session,
    name: str,
    *,
    roles: str | list[str] | tuple[str, ...] = "",
    weekly_hours: float = 20.0,
    email: str = "",
    active: bool = True,
) -> PersonView:
    name = _name(name, "person")
    with transaction(ws) as session:
        _name_free(session, Person, name, "person", None)
        row = Person(
            name=name,
            roles=_roles(roles),
            weekly_hours=_hours(weekly_hours),
            email=email.strip(),
            active=active,
        )
        session.add(row)
        session.flush()
        return PersonView.of(row)


def update_person(
    ws: Workspace | Session,
    person_id: int,
    *,
    name: str | None = None,
    roles: str | list[str] | tuple[str, ...] | None = None,
    weekly_hours: float | None = None,
    email: str | None = None,
    active: bool | None = None,
) -> PersonView:
    with transaction(ws) as session:
        row = require(session, Person, person_id, "person")
        if name is not None:
            row.name = _name(name, "person")
            _name_free(session, Person, row.name, "person", person_id)
        if roles is not None:
            row.roles = _roles(roles)
        if weekly_hours is not None:
            row.weekly_hours = _hours(weekly_hours)
        if email is not None:
            row.email = email.strip()
        if active is not None:
            row.active = active
        session.add(row)
        session.flush()
        return PersonView.of(row)


def delete_person(ws: Workspace | Session, person_id: int) -> None:
    """Their stages stay, unassigned (SET NULL); deactivate instead to keep history."""
    with transaction(ws) as session:
        session.delete(require(session, Person, person_id, "person"))


# --- observances ------------------------------------------------------------------------


def _check_day(month: int, day: int, year: int | None) -> None:
    try:
        date(year or 2024, month, day)  # 2024: a leap year, so 29 February is allowed
    except ValueError:
        raise WorkbenchError(f"{month}/{day} is not a day of the year") from None


def list_observances(session: Session, *, year: int | None = None) -> list[ObservanceView]:
    """All observances, or those that fall in ``year`` (yearly ones and that year's)."""
    query = select(Observance).order_by(col(Observance.month), col(Observance.day))
    if year is not None:
        query = query.where(sa.or_(col(Observance.year).is_(None), Observance.year == year))
    return [ObservanceView.of(row) for row in session.exec(query).all()]


def add_observance(
    ws: Workspace | Session,
    *,
    name_zh: str = "",
    name_en: str = "",
    month: int,
    day: int,
    year: int | None = None,
    kind: str = "international-day",
    notes: str = "",
) -> ObservanceView:
    if not (name_zh.strip() or name_en.strip()):
        raise WorkbenchError("An observance needs a Chinese or an English name")
    _check_day(month, day, year)
    with transaction(ws) as session:
        row = Observance(
            name_zh=name_zh.strip(),
            name_en=name_en.strip(),
            month=month,
            day=day,
            year=year,
            kind=kind.strip() or "international-day",
            notes=notes,
        )
        session.add(row)
        session.flush()
        return ObservanceView.of(row)


def update_observance(
    ws: Workspace | Session, observance_id: int, **changes: Any
) -> ObservanceView:
    allowed = {"name_zh", "name_en", "month", "day", "year", "kind", "notes"}
    unknown = set(changes) - allowed
    if unknown:
        raise WorkbenchError(f"Cannot change {sorted(unknown)[0]!r} of an observance")
    with transaction(ws) as session:
        row = require(session, Observance, observance_id, "observance")
        for key, value in changes.items():
            setattr(row, key, value)
        _check_day(row.month, row.day, row.year)
        session.add(row)
        session.flush()
        return ObservanceView.of(row)


def delete_observance(ws: Workspace | Session, observance_id: int) -> None:
    with transaction(ws) as session:
        session.delete(require(session, Observance, observance_id, "observance"))
