"""The planner in the desktop app: the solar-term series in one action and its 24 chips on
the month views, drag and drop through the models' API (reschedule, kanban status), the
item / campaign / people dialogs, workload with an overloaded week, the campaign report
as a PNG, exports and import."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from workbench.gui.app import create_app, open_context
from workbench.gui.main_window import MainWindow
from workbench.gui.planner.calendar_model import ITEMS_ROLE, MARKS_ROLE, item_mime
from workbench.gui.planner.widgets import to_qdate, to_qdatetime
from workbench.gui.planner.window import PlannerWindow
from workbench.models.planner_enums import ItemStatus, Stage
from workbench.planner import store

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    create_app()
    context = open_context(str(tmp_path / "planner.db"), sample=False, language="en")
    win = MainWindow(context)
    win.errors = []  # type: ignore[attr-defined]
    win.report_error = lambda message, details="": win.errors.append(message)  # type: ignore[attr-defined,method-assign]
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_document()
    context.workspace.close()


@pytest.fixture
def planner(window: MainWindow, qtbot: QtBot) -> PlannerWindow:
    found = window.planner.open_planner()
    qtbot.addWidget(found)
    found.resize(1300, 820)
    found.errors = window.errors  # type: ignore[attr-defined]
    found.report_error = lambda message, details="": window.errors.append(message)  # type: ignore[attr-defined,method-assign]
    return found


def accepting(fill: Callable[[Any], None]) -> Callable[[QDialog], bool]:
    """A ``run_dialog`` replacement: fill the dialog in, press OK."""

    def run(dialog: QDialog) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def add_people(planner: PlannerWindow, *names: str, hours: float = 10.0) -> list[int]:
    with planner.workspace.session() as session:
        ids = [store.add_person(session, name, weekly_hours=hours).id for name in names]
    planner.reload_filters()
    return ids


def generate_2027(planner: PlannerWindow, **changes: Any) -> int:
    def fill(dialog: Any) -> None:
        dialog.yearSpin.setValue(2027)
        for key, value in changes.items():
            fill_value(dialog, key, value)

    planner.run_dialog = accepting(fill)  # type: ignore[method-assign]
    series_id = planner.new_solar_series()
    assert series_id is not None
    return series_id


def fill_value(dialog: Any, key: str, value: Any) -> None:
    if key == "translator":
        combo = dialog.team[Stage.TRANSLATION]
        combo.setCurrentIndex(combo.findData(value))
    elif key == "translation_hours":
        dialog.effort[Stage.TRANSLATION].setValue(value)


def day_items(planner: PlannerWindow, day: date) -> list[Any]:
    model = planner.month_model
    return list(model.index_of(day).data(ITEMS_ROLE))


def test_plan_menu_opens_the_planner(window: MainWindow, qtbot: QtBot) -> None:
    texts = [a.text() for a in window.planner.menu.actions() if a.text()]
    assert "New &solar-term series…" in texts and window.planner.menu.title() == "P&lan"
    found = window.planner.open_planner("workload")
    qtbot.addWidget(found)
    assert found.isVisible() and found.tab() == "workload"
    assert window.planner.open_planner() is found


def test_solar_term_series_in_one_action(planner: PlannerWindow) -> None:
    assert planner.channelCombo.count() > 1  # standard channels were added on first open
    series_id = generate_2027(planner)
    with planner.workspace.session() as session:
        items = store.items_between(session, date(2027, 1, 1), date(2027, 12, 31))
        series = store.get_series(session, series_id)
    assert len(items) == 24 and series.name_zh == "二十四节气 2027"
    assert series.name_en == "24 Solar Terms 2027"
    assert all(len(item.stages) == 5 and item.stages[0].due for item in items)
    # The window jumped to 2027; February shows 立春 on the 4th with its chip.
    planner.go_to(date(2027, 2, 1))
    assert planner.periodLabel.text() == "<b>February 2027</b>"
    lichun = day_items(planner, date(2027, 2, 4))
    assert [i.title_zh for i in lichun] == ["立春 · 2027"]
    marks = planner.month_model.index_of(date(2027, 2, 4)).data(MARKS_ROLE)
    assert any(m.kind == "solar-term" and m.name_zh == "立春" for m in marks)
    assert planner.month_view.chip_rect(lichun[0].id) is not None
    # Every month of 2027 together shows the 24 chips, each on its term's day.
    seen = set()
    for month in range(1, 13):
        planner.go_to(date(2027, month, 1))
        model = planner.month_model
        for row in range(model.rowCount()):
            for column in range(7):
                index = model.index(row, column)
                day = model.date_at(index)
                if day is not None and day.month == month:
                    seen |= {(i.id, day) for i in index.data(ITEMS_ROLE)}
    assert len({item_id for item_id, _day in seen}) == 24
    assert planner.errors == []  # type: ignore[attr-defined]


def test_drag_a_chip_to_another_day_reschedules(planner: PlannerWindow) -> None:
    generate_2027(planner)
    planner.go_to(date(2027, 2, 1))
    model = planner.month_model
    item = day_items(planner, date(2027, 2, 4))[0]
    old_stages = {s.stage: s.due for s in item.stages}
    target = model.index_of(date(2027, 2, 9))
    mime = item_mime([item.id])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    with planner.workspace.session() as session:
        moved = store.get_item(session, item.id)
    assert moved.publish_at == item.publish_at + timedelta(days=5)
    assert {s.stage: s.due for s in moved.stages} == {
        stage: due + timedelta(days=5) for stage, due in old_stages.items()
    }
    assert [i.id for i in day_items(planner, date(2027, 2, 9))] == [item.id]
    assert day_items(planner, date(2027, 2, 4)) == []
    assert "Moved" in planner.statusBar().currentMessage()
    # The same through the view: a drop event on the 12th's cell.
    view = planner.month_view
    where = view.visualRect(model.index_of(date(2027, 2, 12))).center()
    args = (Qt.DropAction.MoveAction, item_mime([item.id]), Qt.MouseButton.LeftButton)
    modifiers = Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(where, *args, modifiers),
        QDragMoveEvent(where, *args, modifiers),
        QDropEvent(QPointF(where), *args, modifiers),
    ):
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    assert [i.id for i in day_items(planner, date(2027, 2, 12))] == [item.id]


def test_week_view_and_other_views_show_the_series(planner: PlannerWindow) -> None:
    generate_2027(planner)
    planner.go_to(date(2027, 2, 4))
    planner.show_tab("week")
    assert planner.week_model.rowCount() == 1
    assert [i.title_en for i in planner.week_model.items_on(date(2027, 2, 4))] == [
        "Start of Spring · 2027"
    ]
    planner.show_tab("list")
    assert planner.proxy.rowCount() == 2  # 立春 and 雨水 in February
    planner.search_edit.setText("雨水")
    assert planner.proxy.rowCount() == 1
    planner.scopeCombo.setCurrentIndex(planner.scopeCombo.findData("year"))
    planner.search_edit.clear()
    assert planner.proxy.rowCount() == 24
    planner.show_tab("timeline")
    assert len(planner.timeline.canvas.items) == 2
    assert planner.errors == []  # type: ignore[attr-defined]


def test_kanban_move_changes_status(planner: PlannerWindow) -> None:
    generate_2027(planner)
    planner.go_to(date(2027, 3, 1))
    planner.show_tab("kanban")
    planned = planner.kanban.column(ItemStatus.PLANNED)
    assert planned.rowCount() == 2
    item = planned.items[0]
    mime = planned.mimeData([planned.index(0, 0)])
    drafting = planner.kanban.column(ItemStatus.DRAFTING)
    assert drafting.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert drafting.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    with planner.workspace.session() as session:
        assert store.get_item(session, item.id).status == ItemStatus.DRAFTING
    assert [i.id for i in planner.kanban.column(ItemStatus.DRAFTING).items] == [item.id]
    assert planner.kanban.column(ItemStatus.PLANNED).rowCount() == 1
    # Dropping on the column it is already in does nothing.
    again = planner.kanban.column(ItemStatus.DRAFTING)
    assert not again.canDropMimeData(
        again.mimeData([again.index(0, 0)]), Qt.DropAction.MoveAction, -1, -1, QModelIndex()
    )


def test_workload_shows_an_overloaded_week(planner: PlannerWindow) -> None:
    (li,) = add_people(planner, "Li Hua", hours=4)
    generate_2027(planner, translator=li, translation_hours=3)
    # Two March terms' translations are due in the same week: 6 h against 4.
    with planner.workspace.session() as session:
        march = store.items_between(session, date(2027, 3, 1), date(2027, 3, 31))
    dues = [i.stage(Stage.TRANSLATION).due for i in march]
    monday = dues[0].date() - timedelta(days=dues[0].weekday())
    second = march[1]
    store.set_stage(
        planner.workspace, second.id, Stage.TRANSLATION, due=dues[0] + timedelta(hours=1)
    )
    planner.go_to(monday)
    planner.show_tab("workload")
    model = planner.workload_panel.model
    over = model.overloaded_cells()
    assert over and over[0][0] == "Li Hua"
    index = model.index(0, model.load.weeks.index(over[0][1]))
    assert index.data() == "6 / 4 h"
    assert "overloaded" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#e53935"
    assert "overloaded week" in planner.workload_panel.summary.text()


def test_missed_deadlines_are_listed(planner: PlannerWindow) -> None:
    (li,) = add_people(planner, "Wang Fang")
    soon = datetime.now(UTC) + timedelta(days=3)
    with planner.workspace.session() as session:
        view = store.add_item(session, title_zh="迟到的稿子", publish_at=soon.replace(tzinfo=None))
        store.set_stage(
            session, view.id, Stage.DRAFT, due=datetime.now() - timedelta(days=2), assignee_id=li
        )
    planner.show_tab("workload")
    missed = planner.workload_panel.missed
    assert missed.count() == 1 and "迟到的稿子" in missed.item(0).text()


def test_item_dialog_creates_and_edits_an_item(planner: PlannerWindow) -> None:
    (li,) = add_people(planner, "Li Hua")

    def fill(dialog: Any) -> None:
        dialog.titleZhEdit.setText("黄河文化月开幕")
        dialog.titleEnEdit.setText("Yellow River Culture Month opens")
        dialog.publishEdit.setDateTime(to_qdatetime(datetime(2027, 9, 1, 20, 0)))
        dialog.timezoneCombo.setCurrentText("Europe/Madrid")
        dialog.set_default_deadlines()
        dialog.set_stage(Stage.TRANSLATION, assignee_id=li, effort=3)
        dialog.channelList.item(0).setCheckState(Qt.CheckState.Checked)

    planner.run_dialog = accepting(fill)  # type: ignore[method-assign]
    item_id = planner.new_item()
    assert item_id is not None
    with planner.workspace.session() as session:
        item = store.get_item(session, item_id)
    assert item.timezone == "Europe/Madrid"
    assert item.publish_at == datetime(2027, 9, 1, 18, 0, tzinfo=UTC)  # 20:00 CEST
    translation = item.stage(Stage.TRANSLATION)
    assert translation is not None and translation.assignee_id == li
    assert translation.effort_hours == 3 and translation.due is not None
    assert len(item.channels) == 1
    # Beijing day: 2 September 02:00 — the chip is there, the tooltip says so.
    planner.go_to(date(2027, 9, 1))
    assert [i.id for i in day_items(planner, date(2027, 9, 2))] == [item_id]

    def edit(dialog: Any) -> None:
        assert dialog.titleZhEdit.text() == "黄河文化月开幕"
        assert dialog.timezoneCombo.currentText() == "Europe/Madrid"
        assert "2027-09-02 02:00" in dialog.beijingLabel.text()
        dialog.set_stage(Stage.DRAFT, done=True)
        dialog.spin("viewsSpin").setValue(1234)

    planner.run_dialog = accepting(edit)  # type: ignore[method-assign]
    planner.edit_item(item_id)
    with planner.workspace.session() as session:
        item = store.get_item(session, item_id)
    assert item.stage(Stage.DRAFT).done and item.results["views"] == 1234  # type: ignore[union-attr]
    assert item.status == ItemStatus.TRANSLATING
    assert planner.errors == []  # type: ignore[attr-defined]


def test_an_error_keeps_the_item_dialog_open(planner: PlannerWindow) -> None:
    shown: list[Any] = []

    def run(dialog: Any) -> bool:
        dialog.report_error = lambda message, details="": shown.append(message)
        dialog.accept()  # no title: the core refuses
        shown.append(dialog.result())
        return False

    planner.run_dialog = run  # type: ignore[method-assign]
    assert planner.new_item() is None
    assert "title" in shown[0] and shown[1] == QDialog.DialogCode.Rejected


def test_campaign_with_items_and_report_png(planner: PlannerWindow, tmp_path: Path) -> None:
    def fill(dialog: Any) -> None:
        dialog.nameZhEdit.setText("黄河文化月")
        dialog.nameEnEdit.setText("Yellow River Culture Month")
        dialog.startEdit.setDate(to_qdate(date(2027, 9, 1)))
        dialog.endEdit.setDate(to_qdate(date(2027, 9, 30)))
        dialog.kpi["views"].setValue(10000)
        dialog.kpi["shares"].setValue(500)

    planner.run_dialog = accepting(fill)  # type: ignore[method-assign]
    planner.new_campaign()
    campaign_id = planner.filters()["campaign_id"]
    assert campaign_id is not None
    with planner.workspace.session() as session:
        for n, (views, shares) in enumerate(((4000, 300), (8000, 150))):
            item = store.add_item(
                session,
                title_zh=f"黄河故事 {n}",
                publish_at=datetime(2027, 9, 5 + n, 8, 0),
                campaign_id=campaign_id,
            )
            store.record_results(session, item.id, views=views, shares=shares)
    planner.show_tab("timeline")
    assert len(planner.timeline.canvas.items) == 2 and planner.timeline.canvas.spans
    planner.show_tab("report")
    chart = planner.report.chart
    assert chart.campaign is not None and chart.campaign.id == campaign_id
    assert ("views", 10000.0, 12000.0) in chart.metrics()
    target = tmp_path / "report"
    planner.choose_save_path = lambda *_args: target  # type: ignore[method-assign]
    written = planner.export_report_png()
    assert written == tmp_path / "report.png"
    image = QImage(str(written))
    assert not image.isNull() and image.width() > 400
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5  # bars and text, not a blank page


def test_people_dialog_adds_and_changes_people(planner: PlannerWindow) -> None:
    def fill(dialog: Any) -> None:
        row = dialog.add_row()
        dialog.set_text(row, 0, "Zhang Wei")
        dialog.set_text(row, 1, "translator, reviewer")
        dialog.set_text(row, 2, "12,5")
        dialog.set_text(row, 3, "zw@example.org")

    planner.run_dialog = accepting(fill)  # type: ignore[method-assign]
    planner.edit_people()
    with planner.workspace.session() as session:
        (person,) = store.list_people(session)
    assert (person.name, person.roles, person.weekly_hours) == (
        "Zhang Wei",
        ("translator", "reviewer"),
        12.5,
    )
    assert planner.personCombo.findText("Zhang Wei") > 0

    planner.run_dialog = accepting(lambda d: d.set_text(0, 2, "16"))  # type: ignore[method-assign]
    planner.edit_people()
    with planner.workspace.session() as session:
        assert store.list_people(session)[0].weekly_hours == 16


def test_exports_and_import_round_trip(planner: PlannerWindow, tmp_path: Path) -> None:
    generate_2027(planner)
    planner.choose_save_path = lambda *_args: tmp_path / "plan.ics"  # type: ignore[method-assign]
    ics = planner.export_plan("ics-stages")
    assert ics is not None
    text = ics.read_text("utf-8")
    assert text.count("BEGIN:VEVENT") >= 24 and "立春" in text
    planner.choose_save_path = lambda *_args: tmp_path / "plan.xlsx"  # type: ignore[method-assign]
    xlsx = planner.export_plan("xlsx")
    assert xlsx is not None and xlsx.stat().st_size > 1000
    # Import the sheet into a new workspace through the mapping dialog.
    other = open_context(str(tmp_path / "other.db"), sample=False, language="en")
    planner.context.workspace, original = other.workspace, planner.context.workspace
    try:
        checked: list[str] = []

        def fill(dialog: Any) -> None:
            assert dialog.mapping()["title_zh"] and dialog.mapping()["publish_date"]
            dialog.check()
            checked.append(dialog.resultLabel.text())

        planner.run_dialog = accepting(fill)  # type: ignore[method-assign]
        result = planner.import_plan(xlsx)
        assert result is not None and result.items == 24
        assert "24 item(s) would be imported." in checked[0]
        with other.workspace.session() as session:
            assert len(store.items_between(session, date(2027, 1, 1), date(2027, 12, 31))) == 24
    finally:
        planner.context.workspace = original
        other.workspace.close()


def test_series_dialog_edits_and_delete_keeps_or_drops_items(planner: PlannerWindow) -> None:
    series_id = generate_2027(planner)
    planner.reload_filters()
    planner.set_filter("series", series_id)
    assert planner.actions["edit_series"].isEnabled()

    def rename(dialog: Any) -> None:
        assert dialog.nameZhEdit.text() == "二十四节气 2027"
        dialog.nameEnEdit.setText("Solar Terms 2027")
        dialog.colour.set_colour("#1565c0")

    planner.run_dialog = accepting(rename)  # type: ignore[method-assign]
    planner.edit_series()
    with planner.workspace.session() as session:
        series = store.get_series(session, series_id)
    assert (series.name_en, series.colour) == ("Solar Terms 2027", "#1565c0")
    planner.choose = lambda *_args: "with_items"  # type: ignore[method-assign]
    planner.delete_series()
    with planner.workspace.session() as session:
        assert store.items_between(session, date(2027, 1, 1), date(2027, 12, 31)) == []
        assert store.list_series(session) == []
    assert planner.seriesCombo.currentData() is None


def test_observances_dialog_marks_the_calendar(planner: PlannerWindow) -> None:
    def fill(dialog: Any) -> None:
        row = dialog.add_row()
        for column, value in enumerate(
            ("国际母语日", "International Mother Language Day", "2", "21")
        ):
            dialog.set_text(row, column, value)

    planner.run_dialog = accepting(fill)  # type: ignore[method-assign]
    planner.edit_observances()
    planner.go_to(date(2027, 2, 1))
    marks = planner.month_model.index_of(date(2027, 2, 21)).data(MARKS_ROLE)
    assert [(m.kind, m.name_en) for m in marks] == [
        ("observance", "International Mother Language Day")
    ]
    tooltip = planner.month_model.index_of(date(2027, 2, 21)).data(Qt.ItemDataRole.ToolTipRole)
    assert "Observance: International Mother Language Day" in tooltip
