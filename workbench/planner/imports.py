"""Import a content plan kept in a spreadsheet (XLSX, or CSV in any common encoding).

Three steps, so the CLI (and a wizard) can show what will happen first:

1. ``read_plan_table`` reads the first sheet (or the CSV): the header row — the first of
   the top rows whose cells look like plan headers, so a title line above the table is
   skipped — and the rows under it, cells as the file holds them (Excel dates stay dates);
2. ``guess_mapping`` proposes which column holds which field from the headers, Chinese or
   English (标题/英文标题/发布日期/渠道/栏目/专题/类型/状态/翻译/审校/备注 …; also the headers
   ``planner.exports`` writes, so an exported sheet imports unchanged);
3. ``import_plan`` creates one content item per row in ONE transaction: the first bad
   value stops it with an error naming the file, the row and the column, and nothing is
   imported. Series, campaigns, channels and people named in the rows are found by name
   (or created, with ``create_missing``).

Values:

* dates: 2027-02-04, 2027/2/4, 2027.2.4, 2027年2月4日, 20270204, 4 Feb 2027, Feb 4 2027,
  2月4日 / 2-4 (the year from ``year``, else this year, with a warning), Excel date cells,
  and any of them followed by a time ("2027-02-04 08:00"); a weekday in brackets is
  ignored. Day/month/year orders such as 04/02/2027 are refused: they are ambiguous;
* times: 08:00, 8:00 pm, 下午3:00, 8点30分, Excel time cells; a date without a time is
  published at ``default_time``;
* times are wall-clock time in the row's time zone: its own column, else the time zone of
  its first channel (when the channel exists), else ``default_timezone``;
* a deadline without a time means the end of that day (23:59 local);
* an empty status is "planned" for a dated row and "idea" for an undated one.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, select

from workbench.errors import ImportFailed, WorkbenchError
from workbench.importers.archive import open_zip
from workbench.importers.encoding import decode_bytes
from workbench.language import han_count
from workbench.models.planner import (
    Campaign,
    Channel,
    ContentItem,
    ItemChannel,
    ItemStage,
    Person,
    Series,
)
from workbench.models.planner_enums import STAGES, ChannelKind, ItemStatus, ItemType, Stage
from workbench.planner.exports import END_OF_DAY, RESULT_FIELDS

if TYPE_CHECKING:
    from workbench.db.workspace import Workspace

Cell = str | int | float | date | datetime | time | None

# Every field a column can map to, in the order the dry run lists them.
FIELDS: tuple[str, ...] = (
    "title_zh",
    "title_en",
    "type",
    "series",
    "campaign",
    "channels",
    "publish_date",
    "publish_time",
    "timezone",
    "status",
    *(f"{stage.value}_{what}" for stage in STAGES for what in ("due", "assignee")),
    *RESULT_FIELDS,
    "document_id",
    "notes",
)

_HEADER_SCAN_ROWS = 10
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XLSX_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
_DOCTYPE_MARKS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_FORMULA_GUARD = re.compile(r"'[=+\-@\t\r]")


# --------------------------------------------------------------------------- the table


@dataclass
class PlanTable:
    path: Path
    format: Literal["csv", "xlsx"]
    headers: list[str]
    rows: list[tuple[int, list[Cell]]]  # (row number as Excel shows it, cells); no empty rows
    header_row: int  # 1-based
    encoding: str | None = None  # CSV only
    sheet: str | None = None  # XLSX only

    def column(self, name: str | int) -> int:
        """The 0-based index of a column given by header text or index."""
        if isinstance(name, int):
            if 0 <= name < len(self.headers):
                return name
        else:
            wanted = name.strip().casefold()
            for index, header in enumerate(self.headers):
                if header.strip().casefold() == wanted:
                    return index
        known = ", ".join(repr(h) for h in self.headers)
        raise WorkbenchError(f"{self.path} has no column {name!r} (columns: {known})")


def column_letter(index: int) -> str:
    """Excel's name of a 0-based column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFailed(path, exc.strerror or str(exc)) from None


def _is_xlsx(path: Path, data: bytes) -> bool:
    if data.startswith(_OLE_MAGIC) or path.suffix.lower() == ".xls":
        raise ImportFailed(
            path,
            "this is a legacy (97–2003) or encrypted Excel file; save it as .xlsx and import "
            "it again",
            "file header",
        )
    return path.suffix.lower() in _XLSX_SUFFIXES or data.startswith(b"PK\x03\x04")


def _check_xlsx(path: Path, data: bytes) -> None:
    # The zip is checked (size, names, bombs) and no XML part may carry a DOCTYPE (entity
    # tricks) before openpyxl parses anything.
    with open_zip(data, path) as archive:
        for info in archive.infolist():
            try:
                with archive.open(info) as member:
                    head = member.read(64 * 1024)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise ImportFailed(
                    path, f"the member cannot be read ({exc})", f"zip member {info.filename!r}"
                ) from None
            if any(mark in head for mark in _DOCTYPE_MARKS):
                raise ImportFailed(
                    path,
                    "an XML part has a DOCTYPE; Excel never writes one, so the file is refused",
                    f"zip member {info.filename!r}",
                )


def _xlsx_rows(path: Path, data: bytes) -> tuple[str, list[list[Cell]]]:
    _check_xlsx(path, data)
    try:
        import openpyxl

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "no default style" and the like
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise ImportFailed(path, f"the workbook cannot be read ({exc})") from None
    try:
        if not book.worksheets:
            raise ImportFailed(path, "the workbook has no worksheet")
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # wrong stored dimensions would cut columns off
        try:
            rows = [[_xlsx_value(c) for c in cells] for cells in sheet.iter_rows()]
        except Exception as exc:
            raise ImportFailed(
                path, f"the sheet cannot be read ({exc})", f"sheet {sheet.title!r}"
            ) from None
        return sheet.title, rows
    finally:
        book.close()


_DATE_ONLY_FORMAT = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _xlsx_value(cell: Any) -> Cell:
    """The cell's value; a datetime whose format shows no time is the date alone (so a
    deadline typed as a date is not read as midnight)."""
    value = cell.value
    if isinstance(value, datetime):
        shown = _DATE_ONLY_FORMAT.sub("", str(getattr(cell, "number_format", "") or ""))
        if not re.search(r"[hs]", shown, re.I):
            return value.date()
    return value


def _csv_rows(path: Path, data: bytes, encoding: str | None) -> tuple[str, list[list[Cell]]]:
    from workbench.termbase.tabular import detect_delimiter

    decoded = decode_bytes(data, path, encoding)
    text = decoded.text
    delimiter = None
    named = re.match(r"sep=(.)\r?\n", text)  # Excel's own "sep=;" first line
    if named:
        delimiter = named.group(1)
        text = text[named.end() :]
    delimiter = delimiter or detect_delimiter(text, "\t" if path.suffix == ".tsv" else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Cell]] = []
    try:
        for row in reader:
            rows.append([_unguard(cell) for cell in row])
    except csv.Error as exc:
        raise ImportFailed(
            path, f"the CSV file is malformed ({exc})", f"line {reader.line_num}"
        ) from None
    if named:
        rows.insert(0, [])  # keep row numbers as Excel shows them
    return decoded.encoding, rows


def _unguard(cell: str) -> str:
    # Our exporter's formula guard: "'=…" is the text "=…".
    return cell[1:] if _FORMULA_GUARD.match(cell) else cell


def _clean(value: Cell) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _empty(row: Iterable[Cell]) -> bool:
    return all(v is None for v in row)


def read_plan_table(path: str | Path, *, encoding: str | None = None) -> PlanTable:
    """The header and rows of an XLSX (first sheet) or CSV/TSV plan."""
    file = Path(path)
    data = _read_bytes(file)
    if _is_xlsx(file, data):
        sheet, raw = _xlsx_rows(file, data)
        fmt: Literal["csv", "xlsx"] = "xlsx"
        used = None
    else:
        used, raw = _csv_rows(file, data, encoding)
        fmt, sheet = "csv", None
    cleaned = [[_clean(v) for v in row] for row in raw]
    numbered = [(n, row) for n, row in enumerate(cleaned, 1) if not _empty(row)]
    if not numbered:
        raise ImportFailed(file, "the table is empty")
    header_at = _find_header(numbered)
    header_number, header_cells = numbered[header_at]
    body = numbered[header_at + 1 :]
    width = max(len(row) for _, row in [numbered[header_at], *body])
    while width and all(
        (row[width - 1] if len(row) >= width else None) is None
        for _, row in [numbered[header_at], *body]
    ):
        width -= 1  # drop trailing columns that are empty everywhere
    headers = []
    for index in range(width):
        value = header_cells[index] if index < len(header_cells) else None
        headers.append(_text(value) or f"Column {column_letter(index)}")
    rows = [(n, (row + [None] * width)[:width]) for n, row in body]
    return PlanTable(file, fmt, headers, rows, header_number, used, sheet)


def _find_header(numbered: list[tuple[int, list[Cell]]]) -> int:
    """The first of the top rows with two or more recognised headers, else the first row."""
    for position, (_, row) in enumerate(numbered[:_HEADER_SCAN_ROWS]):
        texts = [_text(v) for v in row if isinstance(v, str)]
        if sum(1 for t in texts if classify_header(t)) >= 2:
            return position
    return 0


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --------------------------------------------------------------------------- headers


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.casefold()))


def _vocab(ascii: str, cjk: str = "") -> tuple[frozenset[str], tuple[str, ...]]:
    return frozenset(ascii.split()), tuple(cjk.split())


def _has(header: str, vocab: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    ascii, cjk = vocab
    return bool(_words(header) & ascii) or any(word in header for word in cjk)


_METRICS = {
    "views": _vocab("views view reads pageviews pv plays", "阅读 浏览 播放 观看"),
    "likes": _vocab("likes like", "点赞 在看 喜欢"),
    "shares": _vocab("shares share reposts retweets forwards", "转发 分享 转载"),
    "comments": _vocab("comments comment replies", "评论 留言"),
    "followers_gained": _vocab("followers follows fans subscribers", "粉丝 涨粉 关注"),
}
_TIMEZONE = _vocab("timezone tz zone", "时区")
_CHANNELS = _vocab("channel channels platform platforms outlet outlets", "渠道 平台 账号 媒体")
_TITLE = _vocab("title titles headline headlines", "标题 题目 选题")
_ENGLISH = _vocab("en english eng", "英文 英语 英")
_CHINESE = _vocab("zh chinese cn", "中文 汉语")
_SERIES = _vocab("series", "栏目 系列 专栏")
_CAMPAIGN = _vocab("campaign campaigns event", "活动 专题 策划")
_TYPE = _vocab("type kind format genre", "类型 体裁 形式 稿件类型")
_STATUS = _vocab("status state progress", "状态 进度 进展")
_NOTES = _vocab("notes note remarks remark memo", "备注 说明 注释 附注")
_DOCUMENT = _vocab("document doc", "文档")
_DUE = _vocab("due deadline deadlines", "截止 期限 截稿 交稿 完成时间 完成日期")
_DATE = _vocab("date day schedule scheduled", "日期 排期 日子")
_TIME = _vocab("time", "时间 时刻")
_PERSON = _vocab("assignee owner person who responsible by", "人 者 员 负责")
_OWNER = _vocab("assignee owner responsible", "负责人 责任人 负责")
_STAGE_WORDS = {
    Stage.DRAFT: _vocab(
        "draft drafting drafted writing written writer author editor",
        "初稿 撰稿 撰写 写作 采写 作者 记者 编辑",
    ),
    Stage.TRANSLATION: _vocab(
        "translation translate translated translating translator", "翻译 译者 译稿 译员 英译"
    ),
    Stage.REVIEW: _vocab(
        "review reviewed reviewer reviewing proofreading proofreader proofread reviser revision",
        "审校 校对 审稿 校审 润色 改稿",
    ),
    Stage.APPROVAL: _vocab(
        "approval approver approve approved signoff", "审核 审批 终审 签发 审定"
    ),
    Stage.PUBLICATION: _vocab("publication publishing publisher publish", "发布 上线 推送 发稿"),
}
# Headers that are a person by themselves ("Translator", "译者"), not a stage's date.
_PERSON_WORDS = _vocab(
    "writer author editor translator reviewer proofreader reviser approver publisher",
    "作者 记者 编辑 译者 译员",
)


def _stage_in(header: str) -> Stage | None:
    for stage, vocab in _STAGE_WORDS.items():
        if _has(header, vocab):
            return stage
    return None


def classify_header(header: str) -> str | None:
    """The field a column with this header holds (see ``FIELDS``), or None."""
    text = header.strip()
    if not text:
        return None
    for name, vocab in _METRICS.items():
        if _has(text, vocab):
            return name
    if _has(text, _TIMEZONE):
        return "timezone"
    if _has(text, _CHANNELS):
        return "channels"
    chinese_only = text.casefold() in ("中文", "chinese")
    english_only = text.casefold() in ("英文", "english")
    if _has(text, _TITLE) or chinese_only or english_only:
        return "title_en" if english_only or _has(text, _ENGLISH) else "title_zh"
    for name, vocab in (
        ("series", _SERIES),
        ("campaign", _CAMPAIGN),
        ("type", _TYPE),
        ("status", _STATUS),
        ("notes", _NOTES),
        ("document_id", _DOCUMENT),
    ):
        if _has(text, vocab):
            return name
    stage = _stage_in(text)
    if _has(text, _DUE):
        return f"{stage.value}_due" if stage else None
    if _has(text, _DATE) or _has(text, _TIME):
        # "翻译日期" is a deadline; "发布日期" and a bare "日期" are the publication.
        if stage is not None and stage is not Stage.PUBLICATION:
            return f"{stage.value}_due"
        return "publish_date" if _has(text, _DATE) else "publish_time"
    if stage is Stage.PUBLICATION:
        # "发布人"/"Publisher" is a person; a bare "发布"/"Publish" is the date.
        return "publication_assignee" if _has(text, _PERSON) else "publish_date"
    if stage is not None:
        return f"{stage.value}_assignee"  # "翻译", "Translator", "审校人"
    if _has(text, _OWNER):
        return "draft_assignee"  # the person in charge of a piece writes its first draft
    return None


def guess_mapping(headers: Iterable[str]) -> dict[str, str]:
    """field → header of the column that holds it (the first column wins a field)."""
    mapping: dict[str, str] = {}
    for header in headers:
        name = classify_header(header)
        if name is not None and name not in mapping:
            mapping[name] = header
    # A lone "发布时间" ("publication time") usually holds the date too.
    if "publish_time" in mapping and "publish_date" not in mapping:
        mapping["publish_date"] = mapping.pop("publish_time")
    return {name: mapping[name] for name in FIELDS if name in mapping}


# --------------------------------------------------------------------------- values


class _BadValue(ValueError):
    """A cell that cannot be read; the caller adds the place."""


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        1,
    )
    for name in names.split()
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TIME_RE = (
    r"(?P<ampm_zh>上午|早上|凌晨|中午|下午|晚上)?\s*(?P<h>\d{1,2})\s*(?:[:：时点]\s*"
    r"(?P<m>\d{1,2})?\s*分?(?:[:：](?P<s>\d{1,2}(?:\.\d+)?))?)\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?"
)
_DATE_PATTERNS = (
    # 2027-02-04, 2027/2/4, 2027.2.4, 2027年2月4日
    re.compile(r"(?P<y>\d{4})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"),
    re.compile(r"(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})(?=$|[\sT])"),
    # 4 Feb 2027, Feb 4 2027, February 4, 2027
    re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<mname>{_MONTH_RE})\.?,?(?:\s+(?P<y>\d{{4}}))?", re.I),
    re.compile(
        rf"(?P<mname>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+(?P<y>\d{{4}}))?",
        re.I,
    ),
    # 2月4日, 2-4, 2/4 (month first, as in Chinese and American usage; the year is supplied)
    re.compile(r"(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?(?![\d/.-])"),
)  # fmt: skip
_WEEKDAY = re.compile(
    r"[（(]\s*(?:周|星期|礼拜)?[一二三四五六日天]\s*[)）]|[（(]\s*[a-z]{3,9}\.?\s*[)）]"
    r"|(?:周|星期|礼拜)[一二三四五六日天]|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?",
    re.I,
)
_AMBIGUOUS = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")
_EXCEL_EPOCH = datetime(1899, 12, 30)


@dataclass
class _Moment:
    day: date
    clock: time | None
    year_given: bool = True


def parse_time(value: Cell) -> time:
    """A time of day from a cell (raises ``_BadValue``)."""
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, float | int) and 0 <= value < 1:  # an Excel time as a day fraction
        seconds = round(float(value) * 86400)
        return time(seconds // 3600 % 24, seconds // 60 % 60)
    text = _text(value).casefold()
    match = re.fullmatch(_TIME_RE, text)
    if not match:
        raise _BadValue(f"{_text(value)!r} is not a time such as 08:00")
    return _clock(match)


def _clock(match: re.Match[str]) -> time:
    hour, minute = int(match["h"]), int(match["m"] or 0)
    second = int(float(match["s"] or 0))
    marker = (match["ampm"] or "").replace(".", "")
    zh = match["ampm_zh"] or ""
    if marker or zh:
        if hour > 12:
            if marker:
                raise _BadValue(f"hour {hour} with {marker}")
        elif marker == "pm" or zh in ("下午", "晚上") or (zh == "中午" and hour < 11):
            hour = hour % 12 + 12
        elif marker == "am" or zh in ("凌晨", "早上", "上午"):
            hour = hour % 12
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60):
        raise _BadValue(f"{hour}:{minute:02d} is not a time of day")
    return time(hour, minute, second)


def parse_moment(value: Cell, *, excel: bool, year: int) -> _Moment:
    """A date and maybe a time from a cell (raises ``_BadValue``)."""
    if isinstance(value, datetime):
        # A date-only Excel cell arrives as a ``date`` (see ``_xlsx_value``): a datetime
        # here has a time, even midnight.
        return _Moment(value.date(), value.time().replace(microsecond=0))
    if isinstance(value, date):
        return _Moment(value, None)
    if isinstance(value, time):
        raise _BadValue(f"{value:%H:%M} is a time without a date")
    if isinstance(value, int | float) and not isinstance(value, bool):
        # An Excel serial date that lost its date format (1 = 1900-01-01).
        if excel and 1 <= value < 2958466:
            moment = _EXCEL_EPOCH + timedelta(days=float(value))
            moment = moment.replace(microsecond=0)
            clock = moment.time()
            return _Moment(moment.date(), None if clock == time(0) else clock)
        text = _text(value)
    else:
        text = _text(value)
    cleaned = _WEEKDAY.sub(" ", text).strip().rstrip(",，")
    if _AMBIGUOUS.fullmatch(cleaned.split()[0] if cleaned.split() else ""):
        raise _BadValue(
            f"{text!r} could be day/month or month/day; write it as 2027-02-04 or 2027年2月4日"
        )
    for pattern in _DATE_PATTERNS:
        match = pattern.match(cleaned)
        if not match:
            continue
        rest = cleaned[match.end() :].strip().lstrip("T").strip(" ,，")
        clock = None
        if rest:
            time_match = re.fullmatch(_TIME_RE, rest.casefold())
            if not time_match:
                continue  # "2-4 tickets": not a date after all
            clock = _clock(time_match)
        groups = match.groupdict()
        month = _MONTHS[groups["mname"].casefold()] if groups.get("mname") else int(groups["mo"])
        given = bool(groups.get("y"))
        try:
            day = date(int(groups["y"]) if given else year, month, int(groups["d"]))
        except ValueError:
            raise _BadValue(f"{text!r} is not a real date") from None
        return _Moment(day, clock, given)
    raise _BadValue(f"{text!r} is not a date such as 2027-02-04")


def _number(value: Cell) -> int:
    if isinstance(value, bool):
        raise _BadValue(f"{value!r} is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return round(value)
    text = _text(value).replace(",", "").replace("，", "").replace(" ", "").casefold()
    factor = 1
    for suffix, times in (("万", 10_000), ("w", 10_000), ("k", 1_000), ("亿", 100_000_000)):
        if text.endswith(suffix):
            text, factor = text[: -len(suffix)], times
            break
    try:
        return round(float(text) * factor)
    except ValueError:
        raise _BadValue(f"{_text(value)!r} is not a number") from None


def _norm(text: str) -> str:
    return re.sub(r"[\s_\-/()（）.·]+", "", text.casefold())


def _lookup(words: Mapping[Any, str]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, text in words.items():
        table[_norm(str(key.value))] = key
        for word in text.split():
            table[_norm(word)] = key
    return table


_TYPES = _lookup(
    {
        ItemType.ARTICLE: "article story news text 文章 稿件 图文 新闻 报道 消息 通稿 文字",
        ItemType.VIDEO: "video clip vlog short-video 视频 短视频 微视频 影片 微纪录片",
        ItemType.PHOTO_STORY: "photo photos photo-story gallery slideshow photostory 图片 组图 "
        "图集 图片故事 摄影 海报",
        ItemType.INTERVIEW: "interview q&a 访谈 采访 专访 对话",
        ItemType.SOCIAL_POST: "social post social-post tweet 社交 帖子 推文 动态 社交媒体",
        ItemType.PRINT_FEATURE: "print feature print-feature 印刷 专版 纸媒 报纸 特稿",
    }
)
_STATUSES = _lookup(
    {
        ItemStatus.IDEA: "idea proposal pitch 想法 创意 待定 备选 选题",
        ItemStatus.PLANNED: "planned plan scheduled todo to-do "
        "计划 已计划 计划中 待写 未开始 已排期",
        ItemStatus.DRAFTING: "drafting draft writing in-progress "
        "撰写 撰写中 写作中 起草 采写 进行中 初稿",
        ItemStatus.TRANSLATING: "translating translation 翻译 翻译中 待翻译",
        ItemStatus.REVIEWING: "reviewing review in-review proofreading "
        "审校 审校中 校对 校对中 审稿 审核中 待审核 待审校",
        ItemStatus.APPROVED: "approved ready 已审核 已批准 通过 已通过 审定 已审定 待发布 待发",
        ItemStatus.PUBLISHED: "published done live posted 已发布 已发 已上线 已推送 完成 已完成",
        ItemStatus.CANCELLED: "cancelled canceled dropped 取消 已取消 作废 撤稿 放弃",
    }
)  # fmt: skip
_CHANNEL_KINDS = (
    (ChannelKind.WECHAT, ("wechat", "weixin", "微信", "公众号", "视频号")),
    (ChannelKind.WEIBO, ("weibo", "微博")),
    (ChannelKind.FACEBOOK, ("facebook", "脸书")),
    (ChannelKind.YOUTUBE, ("youtube", "油管")),
    (ChannelKind.TIKTOK, ("tiktok", "抖音")),
    (ChannelKind.INSTAGRAM, ("instagram", "ins")),
    (ChannelKind.X, ("twitter", "推特")),
    (ChannelKind.WEBSITE, ("website", "web", "site", "网站", "官网", "网页", "网")),
    (ChannelKind.PRINT, ("print", "newspaper", "magazine", "印刷", "报纸", "纸媒", "杂志", "报")),
)
_LIST_SPLIT = re.compile(r"\s*[,，、;；|｜/\n]\s*")
_PERSON_EMAIL = re.compile(
    r"(?P<name>.*?)\s*[<(（]\s*(?P<email>[^<>()（）\s]+@[^<>()（）\s]+)\s*[>)）]"
)
_ZONE_ALIASES = {
    "北京时间": "Asia/Shanghai",
    "beijing": "Asia/Shanghai",
    "utc": "UTC",
    "gmt": "UTC",
}


def _vocabulary_value(table: dict[str, Any], value: Cell, what: str) -> Any:
    found = table.get(_norm(_text(value)))
    if found is None:
        allowed = ", ".join(dict.fromkeys(str(v.value) for v in table.values()))
        raise _BadValue(f"{_text(value)!r} is not a known {what} ({allowed}, or Chinese)")
    return found


def channel_kind(name: str) -> ChannelKind:
    """The kind of a channel guessed from its name (WeChat, 微博, Facebook …)."""
    text = name.casefold()
    words = _words(text)
    if words == {"x"}:  # "X", "X 账号"; a bare letter inside other names means nothing
        return ChannelKind.X
    for kind, marks in _CHANNEL_KINDS:
        for mark in marks:
            if (mark in words) if mark.isascii() else (mark in text):
                return kind
    return ChannelKind.OTHER


def _zone(value: Cell) -> str:
    text = _text(value)
    name = _ZONE_ALIASES.get(text.casefold(), text)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _BadValue(f"{text!r} is not a time zone such as Asia/Shanghai") from None
    return name


def _split_names(text: str) -> tuple[str, str]:
    """(Chinese, English) from "中文 / English", or from one name by its script."""
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s*｜\s*", text) if p.strip()]
    if len(parts) == 2 and han_count(parts[0]) and not han_count(parts[1]):
        return parts[0], parts[1]
    return (text, "") if han_count(text) else ("", text)


# --------------------------------------------------------------------------- rows


@dataclass
class ImportResult:
    items: int = 0
    item_ids: list[int] = field(default_factory=list)  # empty on a dry run
    created_series: list[str] = field(default_factory=list)
    created_campaigns: list[str] = field(default_factory=list)
    created_channels: list[str] = field(default_factory=list)
    created_people: list[str] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Ref:
    """A name a row gives, kept with its place for the error message."""

    text: str
    where: str


@dataclass
class _Row:
    number: int
    title_zh: str
    title_en: str
    type: ItemType
    status: ItemStatus | None
    series: _Ref | None
    campaign: _Ref | None
    channels: list[_Ref]
    publish: _Moment | None
    publish_time: time | None
    timezone: str | None
    dues: dict[Stage, tuple[_Moment, str]]
    assignees: dict[Stage, _Ref]
    results: dict[str, int | None]
    document_id: tuple[int, str] | None
    notes: str


class _RowReader:
    """Turns the cells of one row into a ``_Row``; a bad cell is an error naming its place."""

    def __init__(self, table: PlanTable, columns: dict[str, int], year: int) -> None:
        self.table = table
        self.columns = columns
        self.year = year
        self.yearless: list[str] = []

    def where(self, number: int, name: str) -> str:
        index = self.columns[name]
        return f"row {number}, column {column_letter(index)} “{self.table.headers[index]}”"

    def read(self, number: int, cells: list[Cell]) -> _Row | None:
        """The row, or None when it has no title (a heading or total line in the sheet)."""

        def cell(name: str) -> Cell:
            index = self.columns.get(name)
            return None if index is None else cells[index]

        def text(name: str) -> str:
            return _text(cell(name))

        def ref(name: str) -> _Ref | None:
            value = text(name)
            return _Ref(value, self.where(number, name)) if value else None

        def parsed(name: str, parse: Any) -> Any:
            value = cell(name)
            if value is None:
                return None
            try:
                return parse(value)
            except _BadValue as exc:
                raise ImportFailed(self.table.path, str(exc), self.where(number, name)) from None

        title_zh, title_en = text("title_zh"), text("title_en")
        if title_zh and not title_en:
            # "中文 / English" in one cell, or an English title under a plain "Title".
            title_zh, title_en = _split_names(title_zh)
        elif title_en and not title_zh and han_count(title_en):
            title_zh, title_en = _split_names(title_en)
        if not title_zh and not title_en:
            return None
        publish = parsed("publish_date", self._moment)
        if publish is not None and not publish.year_given:
            self.yearless.append(self.where(number, "publish_date"))
        dues: dict[Stage, tuple[_Moment, str]] = {}
        assignees: dict[Stage, _Ref] = {}
        for stage in STAGES:
            moment = parsed(f"{stage.value}_due", self._moment)
            if moment is not None:
                dues[stage] = (moment, self.where(number, f"{stage.value}_due"))
            person = ref(f"{stage.value}_assignee")
            if person is not None:
                assignees[stage] = person
        document = parsed("document_id", _number)
        channels = [
            _Ref(name, self.where(number, "channels"))
            for name in _LIST_SPLIT.split(text("channels"))
            if name
        ]
        return _Row(
            number=number,
            title_zh=title_zh,
            title_en=title_en,
            type=parsed("type", lambda v: _vocabulary_value(_TYPES, v, "type")) or ItemType.ARTICLE,
            status=parsed("status", lambda v: _vocabulary_value(_STATUSES, v, "status")),
            series=ref("series"),
            campaign=ref("campaign"),
            channels=channels,
            publish=publish,
            publish_time=parsed("publish_time", parse_time),
            timezone=parsed("timezone", _zone),
            dues=dues,
            assignees=assignees,
            results={name: parsed(name, _number) for name in RESULT_FIELDS},
            document_id=None if document is None else (document, self.where(number, "document_id")),
            notes=text("notes"),
        )

    def _moment(self, value: Cell) -> _Moment:
        return parse_moment(value, excel=self.table.format == "xlsx", year=self.year)


# --------------------------------------------------------------------------- writing


_ROLE_FOR_STAGE = {
    Stage.DRAFT: "editor",
    Stage.TRANSLATION: "translator",
    Stage.REVIEW: "reviewer",
    Stage.APPROVAL: "lead",
    Stage.PUBLICATION: "editor",
}


class _Names:
    """Series, campaigns, channels and people by name; missing ones created (or refused)."""

    def __init__(self, session: Session, path: Path, result: ImportResult, create: bool) -> None:
        self.session = session
        self.path = path
        self.result = result
        self.create = create
        self.series = self._named(session.exec(select(Series)).all())
        self.campaigns = self._named(session.exec(select(Campaign)).all())
        self.channels = {c.name.casefold(): c for c in session.exec(select(Channel)).all()}
        self.people = {p.name.casefold(): p for p in session.exec(select(Person)).all()}

    @staticmethod
    def _named(rows: Iterable[Any]) -> dict[str, Any]:
        table: dict[str, Any] = {}
        for row in rows:
            for name in (
                row.name_zh,
                row.name_en,
                " / ".join(p for p in (row.name_zh, row.name_en) if p),
            ):
                if name.strip():
                    table.setdefault(name.strip().casefold(), row)
        return table

    def _missing(self, what: str, ref: _Ref) -> ImportFailed:
        return ImportFailed(
            self.path,
            f"there is no {what} named {ref.text!r}; add it first, or import with "
            "missing names created",
            ref.where,
        )

    def _grouped(self, model: type[Any], table: dict[str, Any], ref: _Ref, what: str) -> int:
        zh, en = _split_names(ref.text)
        for key in (ref.text, zh, en):
            found = table.get(key.strip().casefold()) if key else None
            if found is not None:
                return found.id
        if not self.create:
            raise self._missing(what, ref)
        row = model(name_zh=zh, name_en=en)
        self.session.add(row)
        self.session.flush()
        for key in (ref.text, zh, en):
            if key:
                table[key.casefold()] = row
        (self.result.created_series if model is Series else self.result.created_campaigns).append(
            ref.text
        )
        return row.id

    def series_id(self, ref: _Ref) -> int:
        return self._grouped(Series, self.series, ref, "series")

    def campaign_id(self, ref: _Ref) -> int:
        return self._grouped(Campaign, self.campaigns, ref, "campaign")

    def channel(self, ref: _Ref, zone: str) -> Channel:
        found = self.channels.get(ref.text.casefold())
        if found is not None:
            return found
        if not self.create:
            raise self._missing("channel", ref)
        if len(ref.text) > 100:
            raise ImportFailed(self.path, "a channel name is longer than 100 characters", ref.where)
        row = Channel(name=ref.text, kind=channel_kind(ref.text), timezone=zone)
        self.session.add(row)
        self.session.flush()
        self.channels[ref.text.casefold()] = row
        self.result.created_channels.append(ref.text)
        return row

    def person_id(self, ref: _Ref, stage: Stage) -> int:
        match = _PERSON_EMAIL.fullmatch(ref.text)
        name, email = (match["name"].strip(), match["email"]) if match else (ref.text, "")
        name = name or email
        found = self.people.get(name.casefold())
        if found is not None:
            return found.id
        if not self.create:
            raise self._missing("person", ref)
        if len(name) > 100:
            raise ImportFailed(
                self.path, "a person's name is longer than 100 characters", ref.where
            )
        row = Person(name=name, email=email, roles=_ROLE_FOR_STAGE[stage])
        self.session.add(row)
        self.session.flush()
        self.people[name.casefold()] = row
        self.result.created_people.append(name)
        return row.id


def _columns(table: PlanTable, mapping: Mapping[str, str | int]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for name, column in mapping.items():
        if name not in FIELDS:
            raise WorkbenchError(
                f"Unknown field {name!r} in the column mapping; fields: {', '.join(FIELDS)}"
            )
        if column is None or column == "":
            continue
        columns[name] = table.column(column)
    if "title_zh" not in columns and "title_en" not in columns:
        raise WorkbenchError(
            f"No title column in {table.path}: map title_zh or title_en to a column "
            f"(columns: {', '.join(table.headers)})"
        )
    return columns


def _local(moment: _Moment, clock: time | None, zone: ZoneInfo) -> datetime:
    return datetime.combine(moment.day, clock or time(0), zone).astimezone(UTC)


def import_plan(
    workspace: Workspace,
    table: PlanTable,
    mapping: Mapping[str, str | int],
    *,
    default_timezone: str = "Asia/Shanghai",
    create_missing: bool = True,
    year: int | None = None,
    default_time: time = time(9, 0),
    dry_run: bool = False,
) -> ImportResult:
    """Create one content item per row in one transaction (see the module docstring).

    ``mapping``: field (``FIELDS``) → column header (or 0-based index). With ``dry_run``
    everything is checked and counted, then rolled back.
    """
    try:
        _zone(default_timezone)
    except _BadValue as exc:
        raise WorkbenchError(f"The default time zone: {exc}") from None
    columns = _columns(table, mapping)
    reader = _RowReader(table, columns, year or date.today().year)
    result = ImportResult(dry_run=dry_run)
    parsed: list[_Row] = []
    for number, cells in table.rows:
        row = reader.read(number, cells)
        if row is None:
            result.skipped_rows.append(number)
        else:
            parsed.append(row)
    if result.skipped_rows:
        listed = ", ".join(str(n) for n in result.skipped_rows[:10])
        more = "…" if len(result.skipped_rows) > 10 else ""
        result.warnings.append(f"rows without a title were skipped: {listed}{more}")
    if reader.yearless and year is None:
        result.warnings.append(
            f"dates without a year were taken as {reader.year} (first: {reader.yearless[0]}); "
            "give the year to change that"
        )
    with workspace.session() as session:
        names = _Names(session, table.path, result, create_missing)
        existing = _existing_titles(session)
        documents = _document_ids(session, parsed)
        for row in parsed:
            _write_row(
                session, row, names, result, existing, documents, default_timezone, default_time
            )
        result.items = len(parsed)
        if dry_run:
            session.rollback()
            result.item_ids = []
    return result


def _existing_titles(session: Session) -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    for item in session.exec(select(ContentItem)).all():
        assert item.id is not None
        found.setdefault((item.title_zh.casefold(), item.title_en.casefold()), item.id)
    return found


def _document_ids(session: Session, rows: list[_Row]) -> set[int]:
    from workbench.models.documents import Document

    wanted = {row.document_id[0] for row in rows if row.document_id}
    if not wanted:
        return set()
    return set(session.exec(select(Document.id).where(col(Document.id).in_(wanted))).all())


def _write_row(
    session: Session,
    row: _Row,
    names: _Names,
    result: ImportResult,
    existing: dict[tuple[str, str], int],
    documents: set[int],
    default_timezone: str,
    default_time: time,
) -> None:
    channels = [names.channels.get(ref.text.casefold()) for ref in row.channels]
    # The row's own zone, else its first (known) channel's audience, else the default.
    zone_name = row.timezone or next((c.timezone for c in channels if c), default_timezone)
    zone = ZoneInfo(zone_name)
    publish_at = None
    if row.publish is not None:
        publish_at = _local(
            row.publish, row.publish_time or row.publish.clock or default_time, zone
        )
    status = row.status or (ItemStatus.PLANNED if publish_at else ItemStatus.IDEA)
    document_id = None
    if row.document_id is not None:
        number, where = row.document_id
        if number in documents:
            document_id = number
        else:
            result.warnings.append(f"{where}: there is no document {number}; not linked")
    key = (row.title_zh.casefold(), row.title_en.casefold())
    if key in existing:
        result.warnings.append(
            f"row {row.number}: item #{existing[key]} already has this title; "
            "imported again as a new item"
        )
    item = ContentItem(
        title_zh=row.title_zh,
        title_en=row.title_en,
        type=row.type,
        status=status,
        series_id=names.series_id(row.series) if row.series else None,
        campaign_id=names.campaign_id(row.campaign) if row.campaign else None,
        publish_at=publish_at,
        timezone=zone_name,
        document_id=document_id,
        notes=row.notes,
        **{name: value for name, value in row.results.items()},
    )
    session.add(item)
    session.flush()
    assert item.id is not None
    seen: set[int] = set()
    for ref in row.channels:
        channel = names.channel(ref, zone_name)
        assert channel.id is not None
        if channel.id not in seen:
            seen.add(channel.id)
            session.add(ItemChannel(item_id=item.id, channel_id=channel.id))
    for stage in STAGES:
        due_info = row.dues.get(stage)
        person = row.assignees.get(stage)
        if due_info is None and person is None:
            continue
        due = None
        if due_info is not None:
            moment, _ = due_info
            due = _local(moment, moment.clock or END_OF_DAY, zone)
        session.add(
            ItemStage(
                item_id=item.id,
                stage=stage,
                due=due,
                assignee_id=names.person_id(person, stage) if person else None,
            )
        )
    session.flush()
    result.item_ids.append(item.id)
