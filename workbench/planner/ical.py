"""The content plan as an iCalendar file (RFC 5545) that Outlook and Google Calendar import.

* One event per item's publication, ``UID:item-{id}@icc-workbench``: the UID never changes,
  so importing a newer export updates the events instead of adding copies; ``SEQUENCE``
  grows with the item's last change (minutes since 2020), which is what Outlook compares.
* With ``include_stages`` one event per stage deadline, ``UID:item-{id}-{stage}@…``,
  summary "[翻译 Translation] 标题 / Title", the assignee as ``ATTENDEE`` when the e-mail
  is known (and always named in the description). End-of-day deadlines are all-day events.
* Times carry ``TZID`` = the item's zone, with a ``VTIMEZONE`` for every zone used (no
  floating times: Google would read them in the viewer's zone). All events are
  ``TRANSP:TRANSPARENT``: a publication slot must not block anyone's free/busy time.
* icalendar writes CRLF line ends and folds long lines at 75 octets, as RFC 5545 asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar

from workbench.errors import WorkbenchError
from workbench.fileio import atomic_write_bytes
from workbench.models.planner_enums import STAGES
from workbench.planner.exports import PlanEntry, StageEntry

PRODID = "-//ICC Workbench//Content plan//ZH-EN"
UID_DOMAIN = "icc-workbench"
DEFAULT_CALENDAR_NAME = "内容计划 Content plan"
# How long a publication (or a timed deadline) shows in a calendar.
SLOT = timedelta(minutes=30)
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
# VTIMEZONE rules are written for the events' years, with a year's margin each side.
_ZONE_MARGIN = timedelta(days=366)


def item_uid(item_id: int, stage: str | None = None) -> str:
    suffix = f"-{stage}" if stage else ""
    return f"item-{item_id}{suffix}@{UID_DOMAIN}"


def _sequence(entry: PlanEntry) -> int:
    return max(0, int((entry.updated_at - _SEQUENCE_EPOCH).total_seconds() // 60))


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} ({moment.tzinfo})"


def _person(stage: StageEntry) -> str:
    if not stage.assignee:
        return ""
    return f"{stage.assignee} <{stage.email}>" if stage.email else stage.assignee


def _stage_line(stage: StageEntry) -> str:
    if stage.due is None:
        due = "no deadline"
    elif stage.all_day:
        due = f"{stage.due:%Y-%m-%d} (end of day)"
    else:
        due = _when(stage.due)
    who = _person(stage)
    done = f" — done {stage.done_at:%Y-%m-%d}" if stage.done_at else ""
    return f"{stage.label}: {due}" + (f" — {who}" if who else "") + done


def _description(entry: PlanEntry) -> str:
    lines = [entry.title, f"类型 Type: {entry.type}", f"状态 Status: {entry.status}"]
    if entry.series:
        lines.append(f"系列 Series: {entry.series}")
    if entry.campaign:
        lines.append(f"专题 Campaign: {entry.campaign}")
    if entry.channels:
        lines.append(f"渠道 Channels: {', '.join(entry.channels)}")
    if entry.publish is not None:
        lines.append(f"发布 Publication: {_when(entry.publish)}")
    stages = [entry.stages[s] for s in STAGES if s in entry.stages]
    if stages:
        lines.append("阶段 Stages:")
        lines += [f"  {_stage_line(stage)}" for stage in stages]
    if entry.notes.strip():
        lines.append(f"备注 Notes: {entry.notes.strip()}")
    return "\n".join(lines)


def _categories(entry: PlanEntry) -> list[str]:
    return [name for name in (entry.series, entry.campaign) if name]


def _status(entry: PlanEntry) -> str:
    # Cancelled items stay in the file so a re-import cancels the event already there.
    if entry.status == "cancelled":
        return "CANCELLED"
    return "TENTATIVE" if entry.status == "idea" else "CONFIRMED"


def _event(entry: PlanEntry, uid: str, summary: str, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", entry.updated_at)
    event.add("sequence", _sequence(entry))
    event.add("summary", summary)
    event.add("status", _status(entry))
    event.add("transp", "TRANSPARENT")
    categories = _categories(entry)
    if categories:
        event.add("categories", categories)
    return event


def _publication(entry: PlanEntry, stamp: datetime) -> icalendar.Event:
    assert entry.publish is not None
    event = _event(entry, item_uid(entry.id), entry.title, stamp)
    event.add("dtstart", entry.publish)
    event.add("dtend", entry.publish + SLOT)
    event.add("description", _description(entry))
    return event


def _deadline(entry: PlanEntry, stage: StageEntry, stamp: datetime) -> icalendar.Event:
    assert stage.due is not None
    summary = f"[{stage.label}] {entry.title}"
    event = _event(entry, item_uid(entry.id, stage.stage.value), summary, stamp)
    if stage.all_day:
        day = stage.due.date()
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
    else:
        event.add("dtstart", stage.due)
        event.add("dtend", stage.due + SLOT)
    lines = [_stage_line(stage), "", _description(entry)]
    event.add("description", "\n".join(lines))
    if stage.email:
        attendee = icalendar.vCalAddress(f"mailto:{stage.email}")
        attendee.params["CN"] = stage.assignee or stage.email
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        attendee.params["PARTSTAT"] = "COMPLETED" if stage.done_at else "NEEDS-ACTION"
        event.add("attendee", attendee)
    return event


def build_calendar(
    entries: Sequence[PlanEntry],
    *,
    include_stages: bool = False,
    calendar_name: str | None = None,
    now: datetime | None = None,
) -> icalendar.Calendar:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    name = calendar_name or DEFAULT_CALENDAR_NAME
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    days: list[date] = []
    for entry in entries:
        if entry.publish is not None:
            calendar.add_component(_publication(entry, stamp))
            days.append(entry.publish.date())
        if not include_stages:
            continue
        for stage_name in STAGES:
            stage = entry.stages.get(stage_name)
            if stage is not None and stage.due is not None:
                calendar.add_component(_deadline(entry, stage, stamp))
                days.append(stage.due.date())
    if days:
        # One VTIMEZONE per TZID used, with the rules of the years the events fall in.
        calendar.add_missing_timezones(
            first_date=min(days) - _ZONE_MARGIN, last_date=max(days) + _ZONE_MARGIN
        )
    return calendar


def write_calendar(
    entries: Sequence[PlanEntry],
    path: str | Path,
    *,
    include_stages: bool = False,
    calendar_name: str | None = None,
) -> int:
    """Write the calendar atomically; returns the number of events."""
    calendar = build_calendar(entries, include_stages=include_stages, calendar_name=calendar_name)
    try:
        atomic_write_bytes(path, calendar.to_ical())
    except OSError as exc:
        raise WorkbenchError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    return len(calendar.events)
