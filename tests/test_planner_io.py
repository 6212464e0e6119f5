"""Content plan exports (iCalendar, XLSX, CSV) and spreadsheet imports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import pytest
import vobject
from sqlmodel import select

from workbench.db.workspace import Workspace, open_workspace
from workbench.errors import ImportFailed, WorkbenchError
from workbench.models.planner import (
    Campaign,
    Channel,
    ContentItem,
    ItemChannel,
    ItemStage,
    Person,
    Series,
)
from workbench.models.planner_enums import ChannelKind, ItemStatus, ItemType, Stage
from workbench.planner.exports import TABLE_HEADERS, export_csv, export_ics, export_xlsx
from workbench.planner.imports import (
    FIELDS,
    channel_kind,
    classify_header,
    guess_mapping,
    import_plan,
    parse_moment,
    parse_time,
    read_plan_table,
)

LONDON = ZoneInfo("Europe/London")
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def plan(workspace: Workspace) -> dict[str, int]:
    """Two items in summer (London on BST), one with stages, one undated idea."""
    with workspace.session() as session:
        facebook = Channel(name="Facebook", kind=ChannelKind.FACEBOOK, timezone="Europe/London")
        wechat = Channel(name="微信", kind=ChannelKind.WECHAT)
        li = Person(name="李四", email="li@example.org", roles="translator")
        wang = Person(name="王五", roles="reviewer")
        series = Series(name_zh="外国人在郑州", name_en="Foreigners in Zhengzhou")
        campaign = Campaign(name_zh="黄河文化月", name_en="Yellow River Culture Month")
        session.add_all([facebook, wechat, li, wang, series, campaign])
        session.flush()
        london = ContentItem(
            title_zh="黄河文化月开幕",
            title_en="Yellow River Culture Month opens",
            type=ItemType.VIDEO,
            series_id=series.id,
            campaign_id=campaign.id,
            # 08:00 in London in July is 07:00 UTC (BST).
            publish_at=datetime(2027, 7, 1, 7, 0, tzinfo=UTC),
            timezone="Europe/London",
            views=1200,
            notes="=not a formula",
        )
        shanghai = ContentItem(
            title_zh="小暑",
            title_en="Minor Heat",
            # 20:00 in Shanghai is 12:00 UTC.
            publish_at=datetime(2027, 7, 7, 12, 0, tzinfo=UTC),
            timezone="Asia/Shanghai",
            status=ItemStatus.TRANSLATING,
        )
        idea = ContentItem(title_zh="待定选题", title_en="", status=ItemStatus.IDEA)
        session.add_all([london, shanghai, idea])
        session.flush()
        session.add_all(
            [
                ItemChannel(item_id=london.id, channel_id=facebook.id),
                ItemChannel(item_id=london.id, channel_id=wechat.id),
                ItemChannel(item_id=shanghai.id, channel_id=wechat.id),
                # 18:00 London (BST) on 29 June.
                ItemStage(
                    item_id=london.id,
                    stage=Stage.TRANSLATION,
                    due=datetime(2027, 6, 29, 17, 0, tzinfo=UTC),
                    assignee_id=li.id,
                ),
                # End of the day in London: an all-day deadline.
                ItemStage(
                    item_id=london.id,
                    stage=Stage.REVIEW,
                    due=datetime(2027, 6, 30, 22, 59, tzinfo=UTC),
                    assignee_id=wang.id,
                ),
                # Midnight in London is a time, not a whole day (and must stay so).
                ItemStage(
                    item_id=london.id,
                    stage=Stage.APPROVAL,
                    due=datetime(2027, 6, 30, 23, 0, tzinfo=UTC),
                ),
            ]
        )
        return {
            "london": london.id,
            "shanghai": shanghai.id,
            "idea": idea.id,
            "series": series.id,
            "campaign": campaign.id,
        }  # type: ignore[dict-item]


def _items(workspace: Workspace) -> list[ContentItem]:
    with workspace.session() as session:
        return list(session.exec(select(ContentItem).order_by(ContentItem.id)).all())


def _aware(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.replace(tzinfo=moment.tzinfo or UTC)


# --------------------------------------------------------------------------- iCalendar


def test_ics_parses_with_vobject_with_zones_and_stages(
    workspace: Workspace, plan: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "plan.ics"
    count = export_ics(workspace, path, include_stages=True)
    data = path.read_bytes()
    # Outlook and Google: CRLF everywhere, folded lines no longer than 75 octets.
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))

    calendar = vobject.readOne(data.decode("utf-8"))
    assert calendar.version.value == "2.0"
    assert calendar.prodid.value.startswith("-//ICC Workbench")
    assert calendar.calscale.value == "GREGORIAN"
    assert calendar.contents["x-wr-calname"][0].value
    zones = {tz.tzid.value: tz.gettzinfo() for tz in calendar.vtimezone_list}
    assert set(zones) == {"Europe/London", "Asia/Shanghai"}
    # The VTIMEZONE rules themselves (what Outlook goes by): BST in July, CST all year.
    summer = datetime(2027, 7, 1, 8, 0)
    assert zones["Europe/London"].utcoffset(summer) == timedelta(hours=1)
    assert zones["Europe/London"].utcoffset(datetime(2027, 12, 1, 8, 0)) == timedelta(0)
    assert zones["Asia/Shanghai"].utcoffset(summer) == timedelta(hours=8)

    events = {event.uid.value: event for event in calendar.vevent_list}
    assert count == len(events) == 5  # two publications (the idea has no date), 3 stages
    london = events[f"item-{plan['london']}@icc-workbench"]
    assert london.summary.value == "黄河文化月开幕 / Yellow River Culture Month opens"
    # vobject moves TZID into its own parameter once it has resolved the zone.
    assert london.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == ["Europe/London"]
    assert london.dtstart.value.astimezone(UTC) == datetime(2027, 7, 1, 7, 0, tzinfo=UTC)
    assert london.dtstart.value.replace(tzinfo=None) == datetime(2027, 7, 1, 8, 0)
    assert "Facebook" in london.description.value and "李四" in london.description.value
    assert set(london.categories.value) == {
        "外国人在郑州 / Foreigners in Zhengzhou",
        "黄河文化月 / Yellow River Culture Month",
    }
    assert int(london.sequence.value) > 0 and london.dtstamp.value.tzinfo is not None

    shanghai = events[f"item-{plan['shanghai']}@icc-workbench"]
    assert shanghai.summary.value == "小暑 / Minor Heat"
    assert shanghai.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == ["Asia/Shanghai"]
    assert shanghai.dtstart.value.astimezone(UTC) == datetime(2027, 7, 7, 12, 0, tzinfo=UTC)

    translation = events[f"item-{plan['london']}-translation@icc-workbench"]
    assert translation.summary.value.startswith("[翻译 Translation] 黄河文化月开幕")
    assert translation.dtstart.value.astimezone(UTC) == datetime(2027, 6, 29, 17, 0, tzinfo=UTC)
    assert translation.attendee.value == "mailto:li@example.org"
    assert translation.attendee.params["CN"] == ["李四"]
    review = events[f"item-{plan['london']}-review@icc-workbench"]
    assert review.summary.value.startswith("[审校 Review]")
    assert review.dtstart.value == date(2027, 6, 30)  # all day
    approval = events[f"item-{plan['london']}-approval@icc-workbench"]
    assert approval.dtstart.value.astimezone(UTC) == datetime(2027, 6, 30, 23, 0, tzinfo=UTC)
    assert not hasattr(review, "attendee") and "王五" in review.description.value
    # No floating times: every timed value carries a zone.
    for event in calendar.vevent_list:
        for name in ("dtstart", "dtend"):
            value = getattr(event, name).value
            assert not isinstance(value, datetime) or value.tzinfo is not None


def test_ics_round_trips_through_icalendar(
    workspace: Workspace, plan: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "plan.ics"
    assert export_ics(workspace, path) == 2  # no stage events without include_stages
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        f"item-{plan['london']}@icc-workbench",
        f"item-{plan['shanghai']}@icc-workbench",
    }
    london = events[f"item-{plan['london']}@icc-workbench"]
    start = london.decoded("DTSTART")
    assert start.astimezone(UTC) == datetime(2027, 7, 1, 7, 0, tzinfo=UTC)
    assert london["DTSTART"].params["TZID"] == "Europe/London"
    assert str(london["SUMMARY"]) == "黄河文化月开幕 / Yellow River Culture Month opens"
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {"Europe/London", "Asia/Shanghai"}


def test_ics_uids_are_stable_and_sequence_grows(
    workspace: Workspace, plan: dict[str, int], tmp_path: Path
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_ics(workspace, first)
    with workspace.session() as session:
        item = session.get(ContentItem, plan["london"])
        assert item is not None
        item.title_en = "Culture Month opens"
        item.updated_at = datetime.now(UTC) + timedelta(hours=1)
        session.add(item)
    export_ics(workspace, second)

    def events(path: Path) -> dict[str, icalendar.Event]:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        return {str(e["UID"]): e for e in calendar.walk("VEVENT")}

    before, after = events(first), events(second)
    assert set(before) == set(after)
    uid = f"item-{plan['london']}@icc-workbench"
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    assert "Culture Month opens" in str(after[uid]["SUMMARY"])


def test_ics_filters_by_period_series_and_campaign(
    workspace: Workspace, plan: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "plan.ics"
    assert export_ics(workspace, path, start=date(2027, 7, 2), end=date(2027, 7, 31)) == 1
    assert f"item-{plan['shanghai']}@" in path.read_text("utf-8")
    assert export_ics(workspace, path, series_id=plan["series"], include_stages=True) == 4
    assert export_ics(workspace, path, campaign_id=plan["campaign"]) == 1
    with pytest.raises(WorkbenchError, match="ends"):
        export_ics(workspace, path, start=date(2027, 8, 1), end=date(2027, 7, 1))


# --------------------------------------------------------------------------- XLSX / CSV


def test_xlsx_export_is_a_readable_workbook(
    workspace: Workspace, plan: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "plan.xlsx"
    assert export_xlsx(workspace, path) == 3
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Plan", "Stages"]
    sheet = book["Plan"]
    headers = [c.value for c in sheet[1]]
    assert tuple(headers) == TABLE_HEADERS
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "D2"
    assert sheet.column_dimensions["B"].width > 10
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    col = {h: i for i, h in enumerate(headers)}
    london = rows[plan["london"]]
    assert london[col["Publish date"]].value == datetime(2027, 7, 1)  # a real Excel date
    assert london[col["Publish date"]].number_format == "yyyy-mm-dd"
    assert london[col["Publish time"]].value == time(8, 0)
    assert london[col["Channels"]].value == "Facebook, 微信"
    assert london[col["Translation due"]].value == datetime(2027, 6, 29, 18, 0)
    assert london[col["Translation assignee"]].value == "李四"
    assert london[col["Review due"]].value == datetime(2027, 6, 30)  # end of day: the date
    assert london[col["Views"]].value == 1200
    assert london[col["Notes"]].value == "=not a formula"
    assert london[col["Notes"]].data_type == "s"
    stages = book["Stages"]
    stage_rows = [[c.value for c in row] for row in stages.iter_rows(min_row=2)]
    # By deadline; the approval at midnight is a time, the review at 23:59 a whole day.
    assert [r[4] for r in stage_rows] == ["翻译 Translation", "审校 Review", "审核 Approval"]
    assert stage_rows[1][5] == datetime(2027, 6, 30)
    assert stages.cell(row=3, column=6).number_format == "yyyy-mm-dd"
    assert stage_rows[2][5] == datetime(2027, 7, 1, 0, 0)
    assert stages.cell(row=4, column=6).number_format == "yyyy-mm-dd hh:mm"
    assert stage_rows[0][7] == "李四" and stage_rows[0][8] == "li@example.org"


def test_csv_export_has_bom_and_same_columns(
    workspace: Workspace, plan: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "plan.csv"
    assert export_csv(workspace, path) == 3
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == TABLE_HEADERS
    by_id = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    london = by_id[str(plan["london"])]
    assert london["Publish date"] == "2027-07-01" and london["Publish time"] == "08:00"
    assert london["Time zone"] == "Europe/London"
    assert london["Translation due"] == "2027-06-29 18:00" and london["Review due"] == "2027-06-30"
    assert london["Notes"] == "'=not a formula"  # guarded; the importer removes the quote
    assert by_id[str(plan["idea"])]["Publish date"] == ""


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_table_round_trip_into_a_fresh_workspace(
    workspace: Workspace, plan: dict[str, int], tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"plan.{suffix}"
    (export_xlsx if suffix == "xlsx" else export_csv)(workspace, path)
    table = read_plan_table(path)
    mapping = guess_mapping(table.headers)
    assert set(mapping) == set(FIELDS)  # every exported column is recognised
    fresh = open_workspace(tmp_path / "fresh.db")
    try:
        result = import_plan(fresh, table, mapping)
        assert result.items == 3 and not result.warnings
        assert sorted(result.created_channels) == ["Facebook", "微信"]
        assert result.created_series == ["外国人在郑州 / Foreigners in Zhengzhou"]
        assert sorted(result.created_people) == ["李四", "王五"]
        _assert_same_plan(workspace, fresh)
    finally:
        fresh.close()


def _plan_summary(workspace: Workspace) -> dict[str, dict[str, Any]]:
    with workspace.session() as session:
        channels = {c.id: c.name for c in session.exec(select(Channel)).all()}
        people = {p.id: p.name for p in session.exec(select(Person)).all()}
        series = {s.id: (s.name_zh, s.name_en) for s in session.exec(select(Series)).all()}
        campaigns = {c.id: (c.name_zh, c.name_en) for c in session.exec(select(Campaign)).all()}
        summary = {}
        for item in session.exec(select(ContentItem)).all():
            links = session.exec(select(ItemChannel).where(ItemChannel.item_id == item.id)).all()
            stages = session.exec(select(ItemStage).where(ItemStage.item_id == item.id)).all()
            summary[item.title_zh] = {
                "title_en": item.title_en,
                "type": str(item.type),
                "status": str(item.status),
                "publish_at": _aware(item.publish_at),
                "timezone": item.timezone,
                "series": series.get(item.series_id),
                "campaign": campaigns.get(item.campaign_id),
                "channels": sorted(channels[link.channel_id] for link in links),
                "stages": {
                    str(s.stage): (_aware(s.due), people.get(s.assignee_id)) for s in stages
                },
                "views": item.views,
                "notes": item.notes,
            }
        return summary


def _assert_same_plan(original: Workspace, copy: Workspace) -> None:
    before, after = _plan_summary(original), _plan_summary(copy)
    assert before == after


# --------------------------------------------------------------------------- imports

GB_CSV = (
    "2027年7月 内容计划\n"
    "序号,标题,英文标题,发布日期,发布时间,渠道,栏目,专题,类型,状态,翻译,审校,翻译截止,备注,阅读量\n"
    "1,郑州的夏天,Summer in Zhengzhou,2027/7/4,8:00,微信、微博,城市印象,,视频,计划中,"
    "李四 <li@example.org>,王五,2027-07-02,,1.2万\n"
    "2,少林功夫,Shaolin Kung Fu,2027年7月5日（周一）,下午3:00,Facebook,,黄河文化月,图文,"
    "翻译中,李四,,2027-07-03 18:00,外宣重点,\n"
    "3,大暑,Major Heat,7月23日,,微信,节气,,,,,,,,\n"
    "小计,,,,,,,,,,,,,,\n"
)


def test_gb18030_csv_with_chinese_headers_imports(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "计划.csv"
    path.write_bytes(GB_CSV.encode("gb18030"))
    table = read_plan_table(path)
    assert table.encoding == "gb18030" and table.header_row == 2
    mapping = guess_mapping(table.headers)
    assert mapping == {
        "title_zh": "标题",
        "title_en": "英文标题",
        "type": "类型",
        "series": "栏目",
        "campaign": "专题",
        "channels": "渠道",
        "publish_date": "发布日期",
        "publish_time": "发布时间",
        "status": "状态",
        "translation_due": "翻译截止",
        "translation_assignee": "翻译",
        "review_assignee": "审校",
        "views": "阅读量",
        "notes": "备注",
    }
    result = import_plan(workspace, table, mapping, year=2027)
    assert result.items == 3 and result.skipped_rows == [6]
    assert sorted(result.created_channels) == ["Facebook", "微信", "微博"]
    assert result.created_people == ["李四", "王五"]
    with workspace.session() as session:
        channels = {c.name: c for c in session.exec(select(Channel)).all()}
        assert channels["微信"].kind == ChannelKind.WECHAT
        assert channels["微博"].kind == ChannelKind.WEIBO
        assert channels["Facebook"].kind == ChannelKind.FACEBOOK
        li = session.exec(select(Person).where(Person.name == "李四")).one()
        assert li.email == "li@example.org" and li.roles == "translator"
        items = {i.title_zh: i for i in session.exec(select(ContentItem)).all()}
        summer = items["郑州的夏天"]
        assert summer.type == ItemType.VIDEO and summer.status == ItemStatus.PLANNED
        assert summer.views == 12000
        assert _aware(summer.publish_at) == datetime(2027, 7, 4, 8, 0, tzinfo=SHANGHAI)
        due = session.exec(
            select(ItemStage).where(
                ItemStage.item_id == summer.id, ItemStage.stage == Stage.TRANSLATION
            )
        ).one()
        # A date alone: the end of that day.
        assert _aware(due.due) == datetime(2027, 7, 2, 23, 59, tzinfo=SHANGHAI)
        kungfu = items["少林功夫"]
        assert _aware(kungfu.publish_at) == datetime(2027, 7, 5, 15, 0, tzinfo=SHANGHAI)
        assert kungfu.status == ItemStatus.TRANSLATING and kungfu.notes == "外宣重点"
        heat = items["大暑"]
        # No time: the default 09:00.
        assert _aware(heat.publish_at) == datetime(2027, 7, 23, 9, 0, tzinfo=SHANGHAI)
        series = {s.name_zh for s in session.exec(select(Series)).all()}
        assert series == {"城市印象", "节气"}


def test_bad_date_names_row_and_column_and_imports_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Title,Channels,Series,Publish date\n"
        "Good one,Website,Culture,2027-03-01\n"
        "Bad one,Website,Culture,next Tuesday\n",
        encoding="utf-8",
    )
    table = read_plan_table(path)
    with pytest.raises(ImportFailed) as caught:
        import_plan(workspace, table, guess_mapping(table.headers))
    message = str(caught.value)
    assert str(path) in message and "row 3, column D" in message and "Publish date" in message
    assert "next Tuesday" in message
    with workspace.session() as session:
        assert session.exec(select(ContentItem)).all() == []
        assert session.exec(select(Channel)).all() == []
        assert session.exec(select(Series)).all() == []


def test_unknown_name_without_creation_names_the_place(
    workspace: Workspace, tmp_path: Path
) -> None:
    with workspace.session() as session:
        session.add(Channel(name="Website", kind=ChannelKind.WEBSITE, timezone="Europe/Madrid"))
    path = tmp_path / "plan.csv"
    path.write_text(
        "Title,Channels,Publish date\nUno,Website,2027-03-01 08:00\nDos,Instagram,2027-03-02\n",
        encoding="utf-8",
    )
    table = read_plan_table(path)
    with pytest.raises(ImportFailed, match=r"row 3, column B .*Instagram"):
        import_plan(workspace, table, guess_mapping(table.headers), create_missing=False)
    assert _items(workspace) == []
    # With creation on, the known channel's audience zone times the row.
    import_plan(workspace, table, guess_mapping(table.headers))
    first = _items(workspace)[0]
    assert first.title_en == "Uno" and first.title_zh == ""  # English under a plain "Title"
    assert first.timezone == "Europe/Madrid"
    assert _aware(first.publish_at) == datetime(2027, 3, 1, 8, 0, tzinfo=ZoneInfo("Europe/Madrid"))


def test_dry_run_counts_and_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("标题,日期,平台\n春节,2027-02-06,微信\n", encoding="utf-8")
    table = read_plan_table(path)
    result = import_plan(workspace, table, guess_mapping(table.headers), dry_run=True)
    assert result.items == 1 and result.created_channels == ["微信"] and result.item_ids == []
    assert _items(workspace) == []


def test_xlsx_import_reads_excel_cells_and_a_title_row(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "plan.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2027 内容计划"])
    sheet.append(["中文标题", "English title", "Date", "Time", "Time zone", "Reviewer"])
    sheet.append(["元宵节", "Lantern Festival", datetime(2027, 2, 20), time(19, 30), "UTC", "Ann"])
    sheet.append(["春分", "Spring Equinox", 46467, None, None, None])  # a serial date number
    book.save(path)
    table = read_plan_table(path)
    assert table.header_row == 2 and table.sheet == "Sheet"
    result = import_plan(workspace, table, guess_mapping(table.headers))
    assert result.items == 2
    lantern, equinox = _items(workspace)
    assert _aware(lantern.publish_at) == datetime(2027, 2, 20, 19, 30, tzinfo=UTC)
    assert lantern.timezone == "UTC"
    assert _aware(equinox.publish_at) == datetime(2027, 3, 21, 9, 0, tzinfo=SHANGHAI)


def test_warnings_for_missing_year_documents_and_repeats(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("标题,日期,文档\n清明,4月5日,999\n", encoding="utf-8")
    table = read_plan_table(path)
    first = import_plan(workspace, table, guess_mapping(table.headers))
    assert any("without a year" in w for w in first.warnings)
    assert any("no document 999" in w for w in first.warnings)
    second = import_plan(workspace, table, guess_mapping(table.headers), year=2030)
    assert any("already has this title" in w for w in second.warnings)
    assert _aware(_items(workspace)[1].publish_at) == datetime(2030, 4, 5, 9, 0, tzinfo=SHANGHAI)


def test_bad_status_and_unknown_mapping_are_errors(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("Title,Status\nA,planned\nB,maybe later\n", encoding="utf-8")
    table = read_plan_table(path)
    with pytest.raises(ImportFailed, match=r"row 3, column B .*maybe later"):
        import_plan(workspace, table, guess_mapping(table.headers))
    with pytest.raises(WorkbenchError, match="Unknown field"):
        import_plan(workspace, table, {"title_zh": "Title", "colour": "Status"})
    with pytest.raises(WorkbenchError, match="no column 'Titel'"):
        import_plan(workspace, table, {"title_zh": "Titel"})


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("标题", "title_zh"),
        ("中文标题", "title_zh"),
        ("Title (zh)", "title_zh"),
        ("英文标题", "title_en"),
        ("English title", "title_en"),
        ("发布日期", "publish_date"),
        ("Publish date", "publish_date"),
        ("Date", "publish_date"),
        ("发布时间", "publish_time"),
        ("渠道", "channels"),
        ("发布平台", "channels"),
        ("Channel(s)", "channels"),
        ("栏目", "series"),
        ("系列", "series"),
        ("活动", "campaign"),
        ("专题", "campaign"),
        ("类型", "type"),
        ("Status", "status"),
        ("负责人", "draft_assignee"),
        ("翻译", "translation_assignee"),
        ("Translator", "translation_assignee"),
        ("审校", "review_assignee"),
        ("Reviewer", "review_assignee"),
        ("Translated by", "translation_assignee"),
        ("翻译截止", "translation_due"),
        ("Review deadline", "review_due"),
        ("发布人", "publication_assignee"),
        ("备注", "notes"),
        ("Notes", "notes"),
        ("Comments", "comments"),
        ("阅读量", "views"),
        ("时区", "timezone"),
        ("序号", None),
        ("ID", None),
    ],
)
def test_classify_header(header: str, field: str | None) -> None:
    assert classify_header(header) == field


def test_a_lone_publication_time_column_holds_the_date() -> None:
    assert guess_mapping(["标题", "发布时间"]) == {"title_zh": "标题", "publish_date": "发布时间"}


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        ("2027-02-04", date(2027, 2, 4), None),
        ("2027/2/4", date(2027, 2, 4), None),
        ("2027.2.4", date(2027, 2, 4), None),
        ("2027年2月4日", date(2027, 2, 4), None),
        ("2027年2月4日 周四", date(2027, 2, 4), None),
        ("20270204", date(2027, 2, 4), None),
        ("2月4日", date(2031, 2, 4), None),
        ("4 Feb 2027", date(2027, 2, 4), None),
        ("February 4, 2027", date(2027, 2, 4), None),
        ("2027-02-04 08:00", date(2027, 2, 4), time(8, 0)),
        ("2027-02-04T20:15", date(2027, 2, 4), time(20, 15)),
        ("2027/2/4 下午3:30", date(2027, 2, 4), time(15, 30)),
        ("2027-02-04 8:00 pm", date(2027, 2, 4), time(20, 0)),
    ],
)
def test_parse_moment(text: str, day: date, clock: time | None) -> None:
    moment = parse_moment(text, excel=False, year=2031)
    assert (moment.day, moment.clock) == (day, clock)


@pytest.mark.parametrize("text", ["04/02/2027", "2027-02-30", "soon", "2027-02-04 25:00"])
def test_parse_moment_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_moment(text, excel=False, year=2027)


def test_parse_time() -> None:
    assert parse_time("8:05") == time(8, 5)
    assert parse_time("晚上8点") == time(20, 0)
    assert parse_time("8点30分") == time(8, 30)
    assert parse_time(0.5) == time(12, 0)
    with pytest.raises(ValueError):
        parse_time("noonish")


def test_channel_kind() -> None:
    assert channel_kind("X") == ChannelKind.X
    assert channel_kind("Twitter") == ChannelKind.X
    assert channel_kind("郑州发布微信公众号") == ChannelKind.WECHAT
    assert channel_kind("官网英文版") == ChannelKind.WEBSITE
    assert channel_kind("Xiaohongshu") == ChannelKind.OTHER


# --------------------------------------------------------------------------- CLI


def _runner(workspace_path: Path) -> Callable[..., int]:
    """``workbench --workspace PATH plan …`` (``workbench.cli.plan`` registers our parsers)."""
    from workbench.cli import main

    return lambda *args: main(["--workspace", str(workspace_path), "plan", *args])


def test_cli_export_and_import(
    workspace: Workspace,
    workspace_path: Path,
    plan: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run = _runner(workspace_path)
    ics, xlsx = tmp_path / "plan.ics", tmp_path / "plan.xlsx"
    assert run("export", "--ics", str(ics), "--stages", "--series", "Foreigners in Zhengzhou") == 0
    assert "Wrote 4 event(s)" in capsys.readouterr().err
    assert "X-WR-CALNAME:内容计划 Content plan — Foreigners in Zhengzhou" in ics.read_text("utf-8")
    assert run("export", "--xlsx", str(xlsx), "--from", "2027-07-02") == 0
    assert "Wrote 1 item(s)" in capsys.readouterr().err
    assert run("export", "--csv", str(tmp_path / "p.csv"), "--campaign", "不存在") == 1
    captured = capsys.readouterr()
    assert "no campaign named '不存在'" in captured.out + captured.err

    other = tmp_path / "other.db"
    run_other = _runner(other)
    assert run_other("import", str(xlsx), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "publish_date" in out and "← H  Publish date" in out and "Would import 1 item" in out
    assert "Not imported: ID" in out
    assert run_other("import", str(xlsx), "--map", "notes=Status,status=", "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["result"]["items"] == 1 and report["mapping"]["notes"]["column"] == "Status"
    assert "status" not in report["mapping"]
    with open_workspace(other) as opened:
        (item,) = _items(opened)
        assert item.title_en == "Minor Heat" and item.notes == "translating"
