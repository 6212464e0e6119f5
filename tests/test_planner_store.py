"""The plan store: channels, people, series, campaigns, items with stages, rescheduling,
results, linked documents, observances, workload and missed deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from workbench.db.workspace import Workspace
from workbench.documents.store import store_draft
from workbench.errors import NotFoundError, WorkbenchError
from workbench.importers.draft import DraftBlock, DraftDocument
from workbench.models import ContentItem, Document, ItemStage
from workbench.models.enums import BlockKind, DocumentStatus, Language
from workbench.models.planner_enums import ItemStatus, Stage
from workbench.planner import store
from workbench.planner.store import StagePlan
from workbench.planner.workload import missed_deadlines, workload

BEIJING = ZoneInfo("Asia/Shanghai")


def _at(year: int, month: int, day: int, hour: int = 8, tz: ZoneInfo = BEIJING) -> datetime:
    return datetime(year, month, day, hour, tzinfo=tz)


def _item(ws: Workspace, title: str = "郑州的外国人", **fields: object) -> store.ItemView:
    fields.setdefault("publish_at", _at(2027, 3, 10))
    return store.add_item(ws, title_zh=title, title_en=f"{title} (en)", **fields)


def test_seed_channels_once_with_audience_time_zones(workspace: Workspace) -> None:
    assert store.seed_channels(workspace) == 9
    assert store.seed_channels(workspace) == 0
    with workspace.session() as session:
        zones = {c.name: c.timezone for c in store.list_channels(session)}
    assert zones["WeChat"] == zones["Weibo"] == "Asia/Shanghai"
    assert zones["Print magazine"] == "Asia/Shanghai"
    assert zones["Facebook"] == "Europe/London"
    assert zones["X"] == "America/New_York"
    assert set(zones) >= {"Website", "YouTube", "TikTok", "Instagram"}


def test_channel_crud_and_links(workspace: Workspace) -> None:
    wechat = store.add_channel(workspace, "WeChat", kind="wechat")
    x = store.add_channel(workspace, "X", kind="x", timezone="America/New_York")
    with pytest.raises(WorkbenchError, match="already a channel"):
        store.add_channel(workspace, "wechat")
    with pytest.raises(WorkbenchError, match="time zone"):
        store.add_channel(workspace, "Mars", timezone="Mars/Olympus")
    with pytest.raises(WorkbenchError, match="kind"):
        store.add_channel(workspace, "Fax", kind="fax")
    renamed = store.update_channel(workspace, x.id, name="X (Twitter)", active=False)
    assert (renamed.name, renamed.active) == ("X (Twitter)", False)

    item = _item(workspace, channels=["wechat", x.id])
    assert [c.name for c in item.channels] == ["WeChat", "X (Twitter)"]
    with pytest.raises(NotFoundError, match="No channel named 'Telegram'"):
        _item(workspace, channels=["Telegram"])
    store.delete_channel(workspace, wechat.id)
    with workspace.session() as session:
        assert [c.name for c in store.get_item(session, item.id).channels] == ["X (Twitter)"]
        assert [c.name for c in store.list_channels(session, active_only=True)] == []


def test_people_crud(workspace: Workspace) -> None:
    li = store.add_person(workspace, "Li Na", roles="translator, reviewer", weekly_hours=16)
    assert li.roles == ("translator", "reviewer")
    with pytest.raises(WorkbenchError, match="Unknown role"):
        store.add_person(workspace, "Wang", roles="astronaut")
    with pytest.raises(WorkbenchError, match="already a person"):
        store.add_person(workspace, "li na")
    assert store.update_person(workspace, li.id, weekly_hours=8).weekly_hours == 8
    item = _item(workspace, stages={"translation": StagePlan(assignee_id=li.id)})
    assert item.stage(Stage.TRANSLATION).assignee_name == "Li Na"  # type: ignore[union-attr]
    store.delete_person(workspace, li.id)
    with workspace.session() as session:
        assert store.get_item(session, item.id).stage("translation").assignee_id is None  # type: ignore[union-attr]
        assert store.list_people(session) == []


def test_series_with_channels_team_and_items(workspace: Workspace) -> None:
    store.seed_channels(workspace)
    li = store.add_person(workspace, "Li Na")
    series = store.add_series(
        workspace,
        name_zh="郑州的外国人",
        name_en="Foreigners in Zhengzhou",
        channels=["WeChat", "YouTube"],
        team={"translation": li.id},
        colour="#1565C0",
    )
    assert [c.name for c in series.channels] == ["WeChat", "YouTube"]
    assert series.team == {Stage.TRANSLATION: li.id}
    assert series.colour == "#1565c0"
    with pytest.raises(WorkbenchError, match="already a series"):
        store.add_series(workspace, name_en="foreigners in zhengzhou")
    with pytest.raises(NotFoundError, match="No person with id 99"):
        store.add_series(workspace, name_en="Other", team={"draft": 99})
    with pytest.raises(WorkbenchError, match="#RRGGBB"):
        store.add_series(workspace, name_en="Other", colour="blue")
    updated = store.update_series(workspace, series.id, channels=["Weibo"], status="paused")
    assert ([c.name for c in updated.channels], updated.status) == (["Weibo"], "paused")

    kept = _item(workspace, series_id=series.id)
    assert (kept.series_name_en, kept.colour) == ("Foreigners in Zhengzhou", "#1565c0")
    with workspace.session() as session:
        assert store.find_series(session, "郑州的外国人").item_count == 1
        assert store.find_series(session, str(series.id)).id == series.id
        with pytest.raises(NotFoundError):
            store.find_series(session, "Nobody's series")
    assert store.delete_series(workspace, series.id) == 0
    with workspace.session() as session:
        assert store.get_item(session, kept.id).series_id is None  # the item stays

    other = store.add_series(workspace, name_en="Short-lived")
    _item(workspace, series_id=other.id)
    assert store.delete_series(workspace, other.id, with_items=True) == 1


def test_campaign_kpis_results_and_progress(workspace: Workspace) -> None:
    store.seed_channels(workspace)
    campaign = store.add_campaign(
        workspace,
        name_zh="黄河文化月",
        name_en="Yellow River Culture Month",
        start_date=date(2027, 9, 1),
        end_date=date(2027, 9, 30),
        kpi_targets={"views": 100_000, "shares": 500},
        channels=["Facebook"],
    )
    assert campaign.kpi_targets == {"views": 100_000.0, "shares": 500.0}
    with pytest.raises(WorkbenchError, match="Unknown KPI"):
        store.set_kpi_targets(workspace, campaign.id, {"clicks": 5})
    with pytest.raises(WorkbenchError, match="end before"):
        store.update_campaign(workspace, campaign.id, end_date=date(2027, 8, 1))
    first = _item(workspace, "开幕", campaign_id=campaign.id)
    second = _item(workspace, "闭幕", campaign_id=campaign.id)
    store.record_results(workspace, first.id, views=60_000, shares=100)
    view = store.record_results(workspace, second.id, views=20_000)
    assert view.results["views"] == 20_000 and view.results["likes"] is None
    with pytest.raises(WorkbenchError, match="negative"):
        store.record_results(workspace, second.id, likes=-1)
    with pytest.raises(WorkbenchError, match="Unknown result"):
        store.record_results(workspace, second.id, clicks=3)
    with workspace.session() as session:
        found = store.find_campaign(session, "yellow river culture month")
    assert found.results["views"] == 80_000 and found.item_count == 2
    assert found.progress() == {"views": 0.8, "shares": 0.2}
    assert first.campaign_colour == found.colour == first.colour


def test_item_stages_local_time_and_errors(workspace: Workspace) -> None:
    new_york = ZoneInfo("America/New_York")
    item = store.add_item(
        workspace,
        title_en="Spring in the Central Plains",
        publish_at=datetime(2027, 3, 15, 8, 0),  # naive: 08:00 in the item's zone
        timezone="America/New_York",
        stages={"draft": StagePlan(due=datetime(2027, 3, 1, 18, 0), effort_hours=6)},
    )
    assert item.local_publish_at == datetime(2027, 3, 15, 8, 0, tzinfo=new_york)
    assert item.publish_at is not None and item.publish_at.tzinfo is UTC
    assert [s.stage for s in item.stages] == list(Stage)
    draft = item.stage("draft")
    assert draft is not None and draft.due == _at(2027, 3, 1, 18)  # naive deadlines: Beijing
    assert item.stage("publication").due == item.publish_at  # type: ignore[union-attr]
    with pytest.raises(WorkbenchError, match="title"):
        store.add_item(workspace, title_zh=" ")
    with pytest.raises(NotFoundError, match="No series"):
        store.add_item(workspace, title_en="x", series_id=99)
    with pytest.raises(NotFoundError, match="No content item"):
        store.reschedule_item(workspace, 99, _at(2027, 1, 1))
    with pytest.raises(WorkbenchError, match="reschedule_item"):
        store.update_item(workspace, item.id, publish_at=_at(2027, 1, 1))


def test_failed_add_leaves_nothing_behind(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="No person"):
        _item(workspace, stages={"review": StagePlan(assignee_id=42)})
    with workspace.session() as session:
        assert session.exec(select(ContentItem)).all() == []
        assert session.exec(select(ItemStage)).all() == []


def test_items_between_bounds_and_filters(workspace: Workspace) -> None:
    store.seed_channels(workspace)
    li = store.add_person(workspace, "Li Na")
    series = store.add_series(workspace, name_en="Solar terms")
    campaign = store.add_campaign(workspace, name_en="River month")
    late = _item(workspace, "a", publish_at=_at(2027, 3, 1, 23), channels=["WeChat"])
    early_next = _item(workspace, "b", publish_at=datetime(2027, 3, 2, 0, 10, tzinfo=BEIJING))
    s_item = _item(workspace, "c", publish_at=_at(2027, 2, 20), series_id=series.id)
    c_item = _item(
        workspace,
        "d",
        publish_at=_at(2027, 2, 21),
        campaign_id=campaign.id,
        stages={"review": StagePlan(assignee_id=li.id)},
    )
    idea = _item(workspace, "e", publish_at=None, status="idea")
    with workspace.session() as session:

        def ids(**filters: object) -> list[int]:
            rows = store.items_between(session, date(2027, 2, 1), date(2027, 3, 1), **filters)
            return [row.id for row in rows]

        assert ids() == [s_item.id, c_item.id, late.id]  # end day included, in Beijing time
        assert early_next.id not in ids()
        assert ids(series_id=series.id) == [s_item.id]
        assert ids(campaign_id=campaign.id) == [c_item.id]
        assert ids(person_id=li.id) == [c_item.id]
        assert ids(channel_id=late.channels[0].id) == [late.id]
        assert ids(status="idea") == []
        assert ids(status=["planned"]) == [s_item.id, c_item.id, late.id]
        assert [v.id for v in store.unscheduled_items(session)] == [idea.id]
        with pytest.raises(WorkbenchError, match="Unknown status"):
            ids(status="lost")


def test_reschedule_moves_open_stages_by_the_same_delta(workspace: Workspace) -> None:
    publish = _at(2027, 4, 20)
    plans = store.plan_stages(publish, {"draft": 14, "translation": 10, "review": 5})
    item = _item(workspace, publish_at=publish, stages=plans)
    store.set_stage(workspace, item.id, "draft", done=True, now=_at(2027, 4, 5))
    moved = store.reschedule_item(workspace, item.id, _at(2027, 4, 27, 10))
    delta = timedelta(days=7, hours=2)
    assert moved.publish_at == _at(2027, 4, 27, 10)
    assert moved.stage("draft").due == _at(2027, 4, 6)  # type: ignore[union-attr]  # done: kept
    assert moved.stage("translation").due == _at(2027, 4, 10) + delta  # type: ignore[union-attr]
    assert moved.stage("review").due == _at(2027, 4, 15) + delta  # type: ignore[union-attr]
    assert moved.stage("approval").due is None  # type: ignore[union-attr]
    assert moved.stage("publication").due == moved.publish_at  # type: ignore[union-attr]

    fixed = store.reschedule_item(workspace, item.id, _at(2027, 5, 1), move_stages=False)
    assert fixed.stage("review").due == _at(2027, 4, 15) + delta  # type: ignore[union-attr]
    assert fixed.stage("publication").due == _at(2027, 5, 1)  # type: ignore[union-attr]


def test_set_stage_and_status_without_document(workspace: Workspace) -> None:
    li = store.add_person(workspace, "Li Na")
    item = _item(workspace)
    view = store.set_stage(
        workspace, item.id, Stage.TRANSLATION, due=_at(2027, 3, 1), assignee_id=li.id
    )
    translation = view.stage("translation")
    assert translation is not None
    assert (translation.due, translation.assignee_name) == (_at(2027, 3, 1), "Li Na")
    assert store.set_stage(workspace, item.id, "draft", done=True).status is ItemStatus.TRANSLATING
    view = store.set_stage(workspace, item.id, "translation", done=True, assignee_id=None)
    assert view.status is ItemStatus.REVIEWING
    assert view.stage("translation").assignee_id is None  # type: ignore[union-attr]
    assert view.stage("translation").due == _at(2027, 3, 1)  # type: ignore[union-attr]  # kept
    assert store.set_stage(workspace, item.id, "approval", done=True).status is ItemStatus.APPROVED
    for stage in ("draft", "translation", "approval"):
        view = store.set_stage(workspace, item.id, stage, done=False)
    assert view.status is ItemStatus.PLANNED
    with pytest.raises(WorkbenchError, match="Unknown stage"):
        store.set_stage(workspace, item.id, "printing", done=True)
    with pytest.raises(WorkbenchError, match="negative"):
        store.set_stage(workspace, item.id, "draft", effort_hours=-2)


def _document(workspace: Workspace) -> int:
    draft = DraftDocument(
        source_lang=Language.ZH,
        target_lang=Language.EN,
        title_zh="立春",
        blocks=[DraftBlock(kind=BlockKind.PARAGRAPH, source="立春是二十四节气之首。")],
        origin_format="test",
    )
    with workspace.session() as session:
        document_id = store_draft(session, draft, author="tester").id
    assert document_id is not None
    return document_id


def _set_document_status(workspace: Workspace, document_id: int, status: str) -> None:
    with workspace.session() as session:
        document = session.get(Document, document_id)
        assert document is not None
        document.status = DocumentStatus(status)
        session.add(document)


def test_item_status_follows_linked_document(workspace: Workspace) -> None:
    document_id = _document(workspace)
    item = _item(workspace)
    cancelled = _item(workspace, "取消", status="cancelled")
    linked = store.link_document(workspace, item.id, document_id)
    assert (linked.document_id, linked.status) == (document_id, ItemStatus.DRAFTING)
    store.link_document(workspace, cancelled.id, document_id)

    _set_document_status(workspace, document_id, "reviewing")
    with workspace.session() as session:  # views follow at once …
        assert store.get_item(session, item.id).status is ItemStatus.REVIEWING
        assert session.get(ContentItem, item.id).status == "drafting"  # type: ignore[union-attr]
    assert store.sync_item_statuses(workspace, document_id=document_id) == 1  # … rows on sync
    with workspace.session() as session:
        assert session.get(ContentItem, item.id).status == "reviewing"  # type: ignore[union-attr]
        assert store.get_item(session, cancelled.id).status is ItemStatus.CANCELLED

    _set_document_status(workspace, document_id, "published")
    assert store.sync_item_statuses(workspace) == 1
    # A document decides over stages: marking a stage done does not move the status back.
    view = store.set_stage(workspace, item.id, "draft", done=False)
    assert view.status is ItemStatus.PUBLISHED
    assert store.link_document(workspace, item.id, None).document_id is None
    with pytest.raises(NotFoundError, match="No document"):
        store.link_document(workspace, item.id, 999)


@pytest.mark.parametrize(
    ("item_status", "document_status", "expected"),
    [
        ("planned", None, "planned"),
        ("planned", "new", "drafting"),
        ("drafting", "translated", "reviewing"),
        ("reviewing", "approved", "approved"),
        ("idea", "published", "idea"),
        ("cancelled", "translating", "cancelled"),
    ],
)
def test_effective_status(item_status: str, document_status: str | None, expected: str) -> None:
    assert store.effective_status(item_status, document_status) == expected


def test_observances(workspace: Workspace) -> None:
    from workbench.planner.calendar import marks_between

    day = store.add_observance(
        workspace, name_zh="世界读书日", name_en="World Book Day", month=4, day=23
    )
    store.add_observance(workspace, name_en="City anniversary", month=10, day=1, year=2027)
    with pytest.raises(WorkbenchError, match="not a day"):
        store.add_observance(workspace, name_en="Bad", month=2, day=30)
    assert store.update_observance(workspace, day.id, notes="#reading").notes == "#reading"
    with workspace.session() as session:
        assert len(store.list_observances(session, year=2027)) == 2
        rows = [o.row for o in store.list_observances(session, year=2028)]
    marks = marks_between(date(2028, 4, 23), date(2028, 4, 23), rows)
    assert [m.name_en for m in marks[date(2028, 4, 23)]] == ["World Book Day"]
    store.delete_observance(workspace, day.id)


def test_workload_per_iso_week_and_missed_deadlines(workspace: Workspace) -> None:
    li = store.add_person(workspace, "Li Na", weekly_hours=10)
    wang = store.add_person(workspace, "Wang Fang", weekly_hours=40)

    def plan(stage: str, due: datetime, who: int, hours: float, **fields: object) -> int:
        stages = {stage: StagePlan(due, who, hours)}
        return _item(workspace, publish_at=_at(2027, 3, 20), stages=stages, **fields).id

    # Wednesday 10 and Sunday 14 March 2027 (Beijing) are both in ISO week 2027-W10.
    plan("translation", _at(2027, 3, 10), li.id, 6)
    plan("translation", _at(2027, 3, 14, 20), li.id, 6)
    # Monday 00:30 in Beijing is W11, though in UTC it is still Sunday (W10).
    plan("review", _at(2027, 3, 15, 0) + timedelta(minutes=30), li.id, 3)
    done = plan("draft", _at(2027, 3, 9), li.id, 5)
    store.set_stage(workspace, done, "draft", done=True)
    plan("draft", _at(2027, 3, 9), li.id, 5, status="cancelled")
    plan("draft", _at(2027, 3, 11), wang.id, 8)

    now = _at(2027, 1, 4)
    with workspace.session() as session:
        rows = workload(session, date(2027, 3, 8), date(2027, 3, 21), now=now)
    table = {(r.person_name, r.label): r for r in rows}
    assert len(rows) == 4  # two people × two weeks
    assert table["Li Na", "2027-W10"].planned_hours == 12
    assert table["Li Na", "2027-W10"].overloaded
    assert table["Li Na", "2027-W11"].planned_hours == 3
    assert not table["Li Na", "2027-W11"].overloaded
    assert table["Wang Fang", "2027-W10"].planned_hours == 8
    assert not table["Wang Fang", "2027-W10"].overloaded
    assert table["Li Na", "2027-W10"].to_json()["week_start"] == "2027-03-08"

    later = _at(2027, 3, 12)
    with workspace.session() as session:
        missed = missed_deadlines(session, later)
        carried = workload(session, date(2027, 3, 8), date(2027, 3, 14), now=later)
    assert [(m.stage, m.assignee_name, m.days_late) for m in missed] == [
        (Stage.TRANSLATION, "Li Na", 2),
        (Stage.DRAFT, "Wang Fang", 1),
    ]
    assert all(m.due < later for m in missed)
    # Late work stays on the current week's load.
    assert {r.person_name: r.planned_hours for r in carried} == {"Li Na": 12, "Wang Fang": 8}
