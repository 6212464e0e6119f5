"""Shared pieces of the plan store: transactions, time conversion, lookups, JSON fields.

Changes take a ``Workspace`` (then each call is its own transaction) or an open ``Session``
(then the call joins the caller's transaction: generators and imports write many rows and
must leave nothing behind when one of them fails).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, SQLModel, col, select

from workbench.errors import NotFoundError, WorkbenchError
from workbench.models.planner import Channel, Person
from workbench.models.planner_enums import Stage

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace

# The team works on Beijing time: dates typed without a zone, weeks and deadlines are its.
BEIJING = ZoneInfo("Asia/Shanghai")

T = TypeVar("T", bound=SQLModel)


class _Unset:
    """Marks an argument that was not given (None is a real value: "no assignee")."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@contextlib.contextmanager
def transaction(target: Workspace | Session) -> Iterator[Session]:
    if isinstance(target, Session):
        yield target
    else:
        with target.session() as session:
            yield session


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise WorkbenchError(
            f"Unknown time zone {name!r}; use an IANA name such as Asia/Shanghai"
        ) from None


def to_utc(moment: datetime, tz: str | ZoneInfo = BEIJING) -> datetime:
    """A naive moment is wall-clock time in ``tz``; the result is aware UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz if isinstance(tz, ZoneInfo) else zone(tz))
    return moment.astimezone(UTC)


def from_db(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def day_start(day: date, tz: ZoneInfo = BEIJING) -> datetime:
    return datetime.combine(day, time(0), tz).astimezone(UTC)


def bounds(start: date | datetime, end: date | datetime) -> tuple[datetime, datetime]:
    """[from, to) in UTC. Dates are Beijing days and ``end`` is included; datetimes are
    taken as they are (naive ones as Beijing time) and ``end`` is excluded."""
    low = to_utc(start) if isinstance(start, datetime) else day_start(start)
    high = to_utc(end) if isinstance(end, datetime) else day_start(end + timedelta(days=1))
    if high < low:
        raise WorkbenchError("The end of the period is before its start")
    return low, high


def beijing_date(moment: datetime) -> date:
    aware = from_db(moment)
    assert aware is not None
    return aware.astimezone(BEIJING).date()


def require(session: Session, model: type[T], row_id: int, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"No {what} with id {row_id}")
    return row


def stage_of(value: Stage | str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        known = ", ".join(s.value for s in Stage)
        raise WorkbenchError(f"Unknown stage {value!r}; stages are: {known}") from None


def stage_map(values: Mapping[Stage | str, Any] | None) -> dict[Stage, Any]:
    return {stage_of(key): value for key, value in (values or {}).items()}


def team_to_json(team: Mapping[Stage | str, int | None] | None) -> str:
    cleaned = {stage.value: pid for stage, pid in stage_map(team).items() if pid is not None}
    return json.dumps(cleaned, sort_keys=True)


def team_from_json(text: str) -> dict[Stage, int]:
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}  # a hand-edited broken value must not stop the plan from opening
    return {Stage(k): int(v) for k, v in data.items() if k in Stage._value2member_map_}


def load_json_dict(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def resolve_channels(session: Session, channels: Iterable[int | str]) -> list[int]:
    """Channel ids from ids or names (case-insensitive), in the given order, no repeats."""
    wanted = list(channels)
    if not wanted:
        return []
    rows = session.exec(select(Channel)).all()
    by_name = {row.name.casefold(): row.id for row in rows}
    ids = {row.id for row in rows}
    result: list[int] = []
    for value in wanted:
        if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
            channel_id = int(value)
            if channel_id not in ids:
                raise NotFoundError(f"No channel with id {channel_id}")
        else:
            found = by_name.get(str(value).strip().casefold())
            if found is None:
                names = ", ".join(sorted(row.name for row in rows)) or "none yet"
                raise NotFoundError(f"No channel named {value!r} (channels: {names})")
            channel_id = found
        if channel_id not in result:
            result.append(channel_id)
    return result


def resolve_person(session: Session, person: int | str) -> int:
    """A person id from an id or a name (case-insensitive)."""
    if isinstance(person, int) or person.strip().isdigit():
        return require(session, Person, int(person), "person").id  # type: ignore[return-value]
    wanted = person.strip().casefold()
    for row in session.exec(select(Person).order_by(col(Person.id))).all():
        if row.name.casefold() == wanted:
            assert row.id is not None
            return row.id
    raise NotFoundError(f"No person named {person!r}")


def check_colour(value: str) -> str:
    text = value.strip()
    digits = text[1:]
    if not (
        text.startswith("#")
        and len(digits) in (3, 6, 8)
        and all(c in "0123456789abcdefABCDEF" for c in digits)
    ):
        raise WorkbenchError(f"Colour {value!r} is not of the form #RRGGBB")
    return text.lower()
