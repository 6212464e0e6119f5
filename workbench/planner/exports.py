"""Exports of the content plan: a table (XLSX / CSV, one row per item) and a calendar
(iCalendar, in ``planner.ical``) that teams open in Excel, Outlook and Google Calendar.

Times are shown in each item's own time zone (its audience's clock), with the zone beside
them, so "08:00 Europe/London" reads as the team planned it. A deadline at 23:59 local time
is a whole day ("by the end of 3 February"): tables show the date alone, calendars an
all-day event.

The table's headers (``TABLE_HEADERS``) are what ``planner.imports.guess_mapping``
recognises, so an exported sheet imports again unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, select

from workbench.errors import WorkbenchError
from workbench.fileio import atomic_writer
from workbench.models.planner import (
    Campaign,
    Channel,
    ContentItem,
    ItemChannel,
    ItemStage,
    Person,
    Series,
)
from workbench.models.planner_enums import STAGES, Stage

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from workbench.db.workspace import Workspace

# Stage names in both languages (calendar summaries, sheet headers of the Stages sheet).
STAGE_NAMES: dict[Stage, tuple[str, str]] = {
    Stage.DRAFT: ("初稿", "Draft"),
    Stage.TRANSLATION: ("翻译", "Translation"),
    Stage.REVIEW: ("审校", "Review"),
    Stage.APPROVAL: ("审核", "Approval"),
    Stage.PUBLICATION: ("发布", "Publication"),
}
RESULT_FIELDS = ("views", "likes", "shares", "comments", "followers_gained")
# A deadline at this local time means "by the end of the day" (see the module docstring).
END_OF_DAY = time(23, 59)


def both_names(zh: str, en: str) -> str:
    """ "中文 / English", or whichever of the two there is."""
    return " / ".join(part for part in (zh.strip(), en.strip()) if part)


def item_zone(name: str, item_id: int | None = None) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        owner = f"Item #{item_id} has" if item_id is not None else "This is"
        raise WorkbenchError(
            f"{owner} an unknown time zone {name!r}; use an IANA name such as Asia/Shanghai"
        ) from None


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every stored time is UTC.
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass
class StageEntry:
    stage: Stage
    due: datetime | None  # aware, in the item's time zone
    assignee: str
    email: str
    effort_hours: float
    done_at: datetime | None  # aware, in the item's time zone

    @property
    def all_day(self) -> bool:
        return self.due is not None and self.due.time().replace(second=0) == END_OF_DAY

    @property
    def label(self) -> str:
        zh, en = STAGE_NAMES[self.stage]
        return f"{zh} {en}"


@dataclass
class PlanEntry:
    """One content item with everything an export shows, times in its own zone."""

    id: int
    title_zh: str
    title_en: str
    type: str
    status: str
    timezone: str
    zone: ZoneInfo
    publish: datetime | None  # aware, in ``zone``
    series: str
    campaign: str
    channels: list[str]
    stages: dict[Stage, StageEntry]
    results: dict[str, int | None]
    document_id: int | None
    notes: str
    updated_at: datetime  # aware UTC

    @property
    def title(self) -> str:
        return both_names(self.title_zh, self.title_en) or f"#{self.id}"


def find_named(session: Session, model: type[Series] | type[Campaign], name: str) -> int:
    """The id of the series or campaign called ``name`` (Chinese, English, or "zh / en")."""
    wanted = name.strip().casefold()
    rows = session.exec(select(model).order_by(col(model.id))).all()
    for row in rows:
        names = {row.name_zh.casefold(), row.name_en.casefold()}
        names.add(both_names(row.name_zh, row.name_en).casefold())
        if wanted in names - {""}:
            assert row.id is not None
            return row.id
    what = "series" if model is Series else "campaign"
    known = ", ".join(both_names(r.name_zh, r.name_en) for r in rows) or "none yet"
    raise WorkbenchError(f"There is no {what} named {name!r} (known: {known})")


def load_plan(
    session: Session,
    *,
    start: date | None = None,
    end: date | None = None,
    series_id: int | None = None,
    campaign_id: int | None = None,
) -> list[PlanEntry]:
    """The items to export, by publication time (undated last).

    ``start``/``end`` (both included) compare with the publication date in the item's own
    zone, as the table shows it; with either given, items without a date are left out.
    """
    query = select(ContentItem)
    if series_id is not None:
        query = query.where(col(ContentItem.series_id) == series_id)
    if campaign_id is not None:
        query = query.where(col(ContentItem.campaign_id) == campaign_id)
    items = session.exec(query.order_by(col(ContentItem.id))).all()
    series = {s.id: s for s in session.exec(select(Series)).all()}
    campaigns = {c.id: c for c in session.exec(select(Campaign)).all()}
    people = {p.id: p for p in session.exec(select(Person)).all()}
    channels: dict[int, list[str]] = {}
    link_rows = session.exec(
        select(ItemChannel.item_id, Channel.name)
        .join(Channel, col(Channel.id) == col(ItemChannel.channel_id))
        .order_by(col(Channel.name))
    ).all()
    for item_id, name in link_rows:
        channels.setdefault(item_id, []).append(name)
    stages: dict[int, list[ItemStage]] = {}
    for stage in session.exec(select(ItemStage)).all():
        stages.setdefault(stage.item_id, []).append(stage)

    entries: list[PlanEntry] = []
    for item in items:
        assert item.id is not None
        zone = item_zone(item.timezone, item.id)
        publish_utc = _aware(item.publish_at)
        publish = publish_utc.astimezone(zone) if publish_utc else None
        if start is not None or end is not None:
            if publish is None:
                continue
            if (start and publish.date() < start) or (end and publish.date() > end):
                continue
        s = series.get(item.series_id)
        c = campaigns.get(item.campaign_id)
        entry = PlanEntry(
            id=item.id,
            title_zh=item.title_zh,
            title_en=item.title_en,
            type=str(item.type),
            status=str(item.status),
            timezone=item.timezone,
            zone=zone,
            publish=publish,
            series=both_names(s.name_zh, s.name_en) if s else "",
            campaign=both_names(c.name_zh, c.name_en) if c else "",
            channels=channels.get(item.id, []),
            stages={},
            results={name: getattr(item, name) for name in RESULT_FIELDS},
            document_id=item.document_id,
            notes=item.notes,
            updated_at=_aware(item.updated_at) or datetime.now(UTC),
        )
        for row in stages.get(item.id, []):
            person = people.get(row.assignee_id)
            due = _aware(row.due)
            done = _aware(row.done_at)
            stage = Stage(row.stage)
            entry.stages[stage] = StageEntry(
                stage=stage,
                due=due.astimezone(zone) if due else None,
                assignee=person.name if person else "",
                email=person.email if person else "",
                effort_hours=row.effort_hours,
                done_at=done.astimezone(zone) if done else None,
            )
        entries.append(entry)
    entries.sort(key=lambda e: (e.publish is None, e.publish or datetime.min.replace(tzinfo=UTC)))
    return entries


def _load(
    workspace: Workspace,
    start: date | None,
    end: date | None,
    series_id: int | None,
    campaign_id: int | None,
) -> list[PlanEntry]:
    if start and end and end < start:
        raise WorkbenchError(f"The export period ends ({end}) before it starts ({start})")
    with workspace.session() as session:
        return load_plan(
            session, start=start, end=end, series_id=series_id, campaign_id=campaign_id
        )


# --------------------------------------------------------------------------- the table


def _stage_headers() -> list[str]:
    headers = []
    for stage in STAGES:
        en = STAGE_NAMES[stage][1]
        headers += [f"{en} due", f"{en} assignee"]
    return headers


# fmt: off
TABLE_HEADERS: tuple[str, ...] = (
    "ID", "Title (zh)", "Title (en)", "Type", "Series", "Campaign", "Channels",
    "Publish date", "Publish time", "Time zone", "Status",
    *_stage_headers(),
    "Views", "Likes", "Shares", "Comments", "Followers gained", "Document ID", "Notes",
)
# fmt: on
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | date | datetime | time | None


def _local_due(stage: StageEntry | None) -> date | datetime | None:
    """A naive local value: a date for end-of-day deadlines, else the local date and time."""
    if stage is None or stage.due is None:
        return None
    if stage.all_day:
        return stage.due.date()
    return stage.due.replace(tzinfo=None, second=0, microsecond=0)


def table_row(entry: PlanEntry) -> list[Cell]:
    """The ``TABLE_HEADERS`` cells of one item (dates and times naive, in its zone)."""
    publish = entry.publish
    cells: list[Cell] = [
        entry.id,
        entry.title_zh,
        entry.title_en,
        entry.type,
        entry.series,
        entry.campaign,
        ", ".join(entry.channels),
        publish.date() if publish else None,
        publish.time().replace(second=0, microsecond=0) if publish else None,
        entry.timezone,
        entry.status,
    ]
    for stage in STAGES:
        found = entry.stages.get(stage)
        cells += [_local_due(found), found.assignee if found else ""]
    cells += [entry.results[name] for name in RESULT_FIELDS]
    cells += [entry.document_id, entry.notes]
    return cells


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        # Excel would run "=…" as a formula; the importer takes the quote off again.
        return f"'{value}" if value.startswith(_FORMULA_START) else value
    return str(value)


def export_csv(
    workspace: Workspace,
    path: str | Path,
    *,
    start: date | None = None,
    end: date | None = None,
    series_id: int | None = None,
    campaign_id: int | None = None,
) -> int:
    """Write the plan as CSV (UTF-8 with BOM, so Excel shows Chinese); returns the rows."""
    entries = _load(workspace, start, end, series_id, campaign_id)
    try:
        with atomic_writer(path, "w") as handle:
            handle.write("\ufeff")
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(TABLE_HEADERS)
            for entry in entries:
                writer.writerow([_csv_text(v) for v in table_row(entry)])
    except OSError as exc:
        raise WorkbenchError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    return len(entries)


# Number formats: real Excel dates, shown the way Chinese and English teams both read them.
_FORMATS = {date: "yyyy-mm-dd", datetime: "yyyy-mm-dd hh:mm", time: "hh:mm"}
_WIDTH_LIMITS = (6, 48)
_STAGE_SHEET_HEADERS = (
    "Item ID", "Title (zh)", "Title (en)", "Publish date", "Stage", "Due", "Time zone",
    "Assignee", "E-mail", "Effort (h)", "Done", "State",
)  # fmt: skip


def _display_width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, time):
        return 5
    text = str(value)
    # East Asian characters take two columns in Excel's default fonts.
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _fill_sheet(sheet: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="center")
    widths = [_display_width(h) for h in headers]
    for number, row in enumerate(rows, 2):
        for index, value in enumerate(row, 1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = sheet.cell(row=number, column=index, value=value if value != "" else None)
            if isinstance(value, str) and value:
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
            fmt = _FORMATS.get(type(value))
            if fmt:
                cell.number_format = fmt
            widths[index - 1] = max(widths[index - 1], _display_width(value))
    low, high = _WIDTH_LIMITS
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = min(high, max(low, width + 2))
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"


def _stage_rows(entries: Sequence[PlanEntry], now: datetime) -> list[list[Cell]]:
    rows: list[tuple[datetime, list[Cell]]] = []
    for entry in entries:
        for stage in STAGES:
            found = entry.stages.get(stage)
            if found is None:
                continue
            if found.done_at is not None:
                state = "done"
            elif found.due is not None and found.due < now:
                state = "overdue"
            else:
                state = "open"
            done = found.done_at.replace(tzinfo=None, microsecond=0) if found.done_at else None
            row: list[Cell] = [
                entry.id,
                entry.title_zh,
                entry.title_en,
                entry.publish.date() if entry.publish else None,
                found.label,
                _local_due(found),
                entry.timezone,
                found.assignee,
                found.email,
                found.effort_hours,
                done,
                state,
            ]
            key = found.due or datetime.max.replace(tzinfo=UTC)
            rows.append((key, row))
    # By deadline: what a lead reads first is what is due next.
    rows.sort(key=lambda pair: pair[0])
    return [row for _, row in rows]


def export_xlsx(
    workspace: Workspace,
    path: str | Path,
    *,
    start: date | None = None,
    end: date | None = None,
    series_id: int | None = None,
    campaign_id: int | None = None,
) -> int:
    """Write the plan as an Excel workbook; returns the item rows.

    Sheet "Plan": one row per item (``TABLE_HEADERS``), header bold and frozen together with
    the ID and titles, a filter on every column, dates as real Excel dates. Sheet "Stages":
    one row per stage by deadline, with its state (done / overdue / open), overdue in red.
    """
    import openpyxl
    from openpyxl.styles import Font

    entries = _load(workspace, start, end, series_id, campaign_id)
    book = openpyxl.Workbook()
    plan = book.active
    plan.title = "Plan"
    _fill_sheet(plan, TABLE_HEADERS, [table_row(e) for e in entries])
    plan.freeze_panes = "D2"
    stages = book.create_sheet("Stages")
    stage_rows = _stage_rows(entries, datetime.now(UTC))
    _fill_sheet(stages, _STAGE_SHEET_HEADERS, stage_rows)
    stages.freeze_panes = "B2"
    red = Font(color="C62828")
    for number, row in enumerate(stage_rows, 2):
        if row[-1] == "overdue":
            for cell in stages[number]:
                cell.font = red
    try:
        with atomic_writer(path, "wb") as handle:
            book.save(handle)
    except OSError as exc:
        raise WorkbenchError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    return len(entries)


def export_ics(
    workspace: Workspace,
    path: str | Path,
    *,
    start: date | None = None,
    end: date | None = None,
    series_id: int | None = None,
    campaign_id: int | None = None,
    include_stages: bool = False,
    calendar_name: str | None = None,
) -> int:
    """Write the plan as an iCalendar file; returns the events written (see ``planner.ical``)."""
    from workbench.planner.ical import write_calendar

    entries = _load(workspace, start, end, series_id, campaign_id)
    return write_calendar(entries, path, include_stages=include_stages, calendar_name=calendar_name)
