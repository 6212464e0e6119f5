"""The content item dialog: titles, type, series, campaign, channels, publication time in
the audience's time zone (shown in Beijing time too), status, the linked document, each
stage's deadline, assignee, effort and done, and the measured results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from workbench.gui.planner.labels import (
    BEIJING,
    ITEM_STATUS,
    ITEM_TYPE,
    STAGE,
    TIMEZONES,
    beijing,
    label,
    local,
    name,
    valid_zone,
)
from workbench.gui.planner.widgets import (
    checked_channels,
    combo_id,
    fill_channels,
    fill_people,
    from_qdatetime,
    optional_datetime_edit,
    optional_value,
    select_data,
    set_optional,
    to_qdatetime,
)
from workbench.gui.publishing.dialogs import SavingDialog
from workbench.models.planner_enums import ItemStatus, ItemType, Stage

RESULT_SPINS = {
    "views": "viewsSpin",
    "likes": "likesSpin",
    "shares": "sharesSpin",
    "comments": "commentsSpin",
    "followers_gained": "followersSpin",
}
DEFAULT_LEADS = {Stage.DRAFT: 14, Stage.TRANSLATION: 10, Stage.REVIEW: 5, Stage.APPROVAL: 3}


@dataclass
class StageValues:
    due: datetime | None  # naive Beijing time
    assignee_id: int | None
    effort_hours: float
    done: bool


@dataclass
class ItemValues:
    title_zh: str
    title_en: str
    type: str
    series_id: int | None
    campaign_id: int | None
    channels: list[int]
    publish_at: datetime | None  # naive, wall clock in ``timezone``
    timezone: str
    status: str
    document_id: int | None
    notes: str
    stages: dict[Stage, StageValues] = field(default_factory=dict)
    results: dict[str, int | None] = field(default_factory=dict)


@dataclass
class ItemChoices:
    """What the dialog's pickers offer (read once by the window)."""

    series: Sequence[Any] = ()
    campaigns: Sequence[Any] = ()
    channels: Sequence[Any] = ()
    people: Sequence[Any] = ()
    documents: Sequence[tuple[int, str]] = ()


class ItemDialog(SavingDialog):
    tabs: QTabWidget
    titleZhEdit: QLineEdit
    titleEnEdit: QLineEdit
    typeCombo: QComboBox
    seriesCombo: QComboBox
    campaignCombo: QComboBox
    channelList: QListWidget
    scheduledCheck: QCheckBox
    publishEdit: QDateTimeEdit
    timezoneCombo: QComboBox
    beijingLabel: QLabel
    statusCombo: QComboBox
    documentCombo: QComboBox
    notesEdit: QPlainTextEdit
    stageTable: QTableWidget
    defaultDeadlinesButton: QPushButton

    def __init__(
        self,
        parent: QWidget | None,
        lang: str,
        choices: ItemChoices,
        item: Any = None,
        *,
        day: date | None = None,
    ) -> None:
        super().__init__(parent, "planner_item.ui")
        self.lang = lang
        self.item = item
        self.setWindowTitle(
            self.tr("New content item") if item is None else self.tr("Content item")
        )
        for value in ItemType:
            self.typeCombo.addItem(label(ITEM_TYPE, value), value.value)
        for value in ItemStatus:
            self.statusCombo.addItem(label(ITEM_STATUS, value), value.value)
        self.seriesCombo.addItem(self.tr("(none)"), None)
        for series in choices.series:
            self.seriesCombo.addItem(name(series.name_zh, series.name_en, lang), series.id)
        self.campaignCombo.addItem(self.tr("(none)"), None)
        for campaign in choices.campaigns:
            self.campaignCombo.addItem(name(campaign.name_zh, campaign.name_en, lang), campaign.id)
        self.documentCombo.addItem(self.tr("(none)"), None)
        for document_id, title in choices.documents:
            self.documentCombo.addItem(f"{document_id} · {title}", document_id)
        self.timezoneCombo.addItems(list(TIMEZONES))
        fill_channels(
            self.channelList, choices.channels, [c.id for c in getattr(item, "channels", ())]
        )
        self._setup_stages(choices.people)
        self.scheduledCheck.toggled.connect(self._schedule_toggled)
        self.publishEdit.dateTimeChanged.connect(self._update_beijing)
        self.timezoneCombo.currentTextChanged.connect(self._update_beijing)
        self.defaultDeadlinesButton.clicked.connect(self.set_default_deadlines)
        self._load(item, day)
        self.tabs.setCurrentIndex(0)

    # --- set-up ----------------------------------------------------------------------------
    def _setup_stages(self, people: Sequence[Any]) -> None:
        table = self.stageTable
        headers = [
            self.tr("Stage"),
            self.tr("Deadline (Beijing)"),
            self.tr("Assignee"),
            self.tr("Effort (h)"),
            self.tr("Done"),
        ]
        table.setColumnCount(len(headers))
        table.setRowCount(len(Stage))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        self.stage_widgets: dict[
            Stage, tuple[QDateTimeEdit, QComboBox, QDoubleSpinBox, QCheckBox]
        ] = {}
        for row, stage in enumerate(Stage):
            cell = QTableWidgetItem(label(STAGE, stage))
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, cell)
            due = optional_datetime_edit()
            person = QComboBox()
            fill_people(person, people, None)
            effort = QDoubleSpinBox()
            effort.setRange(0, 500)
            effort.setDecimals(1)
            effort.setSingleStep(0.5)
            effort.setValue(1.0)
            done = QCheckBox()
            holder = QWidget()
            box = QHBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(done, 0, Qt.AlignmentFlag.AlignCenter)
            table.setCellWidget(row, 1, due)
            table.setCellWidget(row, 2, person)
            table.setCellWidget(row, 3, effort)
            table.setCellWidget(row, 4, holder)
            self.stage_widgets[stage] = (due, person, effort, done)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _load(self, item: Any, day: date | None) -> None:
        if item is None:
            start = datetime.combine(day or date.today() + timedelta(days=14), time(8, 0))
            self.publishEdit.setDateTime(to_qdatetime(start))
            self.timezoneCombo.setCurrentText("Asia/Shanghai")
            select_data(self.statusCombo, ItemStatus.PLANNED.value)
            self._update_beijing()
            return
        self.titleZhEdit.setText(item.title_zh)
        self.titleEnEdit.setText(item.title_en)
        select_data(self.typeCombo, str(item.type))
        select_data(self.statusCombo, str(item.status))
        select_data(self.seriesCombo, item.series_id)
        select_data(self.campaignCombo, item.campaign_id)
        select_data(self.documentCombo, item.document_id)
        self.timezoneCombo.setCurrentText(item.timezone or "Asia/Shanghai")
        self.notesEdit.setPlainText(item.notes)
        if item.publish_at is not None:
            wall = local(item.publish_at, item.timezone).replace(tzinfo=None)
            self.publishEdit.setDateTime(to_qdatetime(wall))
        else:
            self.publishEdit.setDateTime(to_qdatetime(datetime.combine(date.today(), time(8, 0))))
            self.scheduledCheck.setChecked(False)
        for stage in item.stages:
            due, person, effort, done = self.stage_widgets[Stage(stage.stage)]
            set_optional(due, beijing(stage.due).replace(tzinfo=None) if stage.due else None)
            select_data(person, stage.assignee_id)
            effort.setValue(stage.effort_hours)
            done.setChecked(stage.done_at is not None)
        for metric, spin_name in RESULT_SPINS.items():
            value = item.results.get(metric)
            self.spin(spin_name).setValue(-1 if value is None else int(value))
        self._update_beijing()

    def spin(self, object_name: str) -> QSpinBox:
        found = self.findChild(QSpinBox, object_name)
        assert found is not None, object_name
        return found

    # --- behaviour -------------------------------------------------------------------------
    def _schedule_toggled(self, on: bool) -> None:
        self.publishEdit.setEnabled(on)
        self.timezoneCombo.setEnabled(on)
        self._update_beijing()

    def publish_utc(self) -> datetime | None:
        zone = self.timezoneCombo.currentText().strip()
        if not self.scheduledCheck.isChecked() or not valid_zone(zone):
            return None
        wall = from_qdatetime(self.publishEdit.dateTime())
        return wall.replace(tzinfo=ZoneInfo(zone))

    def _update_beijing(self, *_args: object) -> None:
        zone = self.timezoneCombo.currentText().strip()
        if not self.scheduledCheck.isChecked():
            self.beijingLabel.setText(self.tr("Not scheduled yet (an idea or the backlog)."))
        elif not valid_zone(zone):
            self.beijingLabel.setText(self.tr("Unknown time zone: use a name like Europe/Madrid."))
        else:
            moment = self.publish_utc()
            assert moment is not None
            self.beijingLabel.setText(
                self.tr("= %1 Beijing time").replace(
                    "%1", moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")
                )
            )

    def set_default_deadlines(self) -> None:
        """Deadlines counted back from publication: draft 14 days, translation 10, review
        5, approval 3, publication on the day."""
        moment = self.publish_utc()
        if moment is None:
            return
        there = moment.astimezone(BEIJING).replace(tzinfo=None)
        for stage, (due, *_rest) in self.stage_widgets.items():
            days = DEFAULT_LEADS.get(stage, 0)
            set_optional(due, there - timedelta(days=days))

    def set_stage(
        self,
        stage: Stage,
        *,
        due: datetime | None = None,
        assignee_id: int | None = None,
        effort: float | None = None,
        done: bool | None = None,
    ) -> None:
        """Fill one stage row (tests and callers that prefill)."""
        due_edit, person, effort_spin, done_check = self.stage_widgets[stage]
        if due is not None:
            set_optional(due_edit, due)
        if assignee_id is not None:
            select_data(person, assignee_id)
        if effort is not None:
            effort_spin.setValue(effort)
        if done is not None:
            done_check.setChecked(done)

    def values(self) -> ItemValues:
        publish = None
        if self.scheduledCheck.isChecked():
            publish = from_qdatetime(self.publishEdit.dateTime())
        stages = {
            stage: StageValues(
                optional_value(due), combo_id(person), effort.value(), done.isChecked()
            )
            for stage, (due, person, effort, done) in self.stage_widgets.items()
        }
        results: dict[str, int | None] = {}
        for metric, spin_name in RESULT_SPINS.items():
            value = self.spin(spin_name).value()
            results[metric] = None if value < 0 else value
        return ItemValues(
            title_zh=self.titleZhEdit.text().strip(),
            title_en=self.titleEnEdit.text().strip(),
            type=str(self.typeCombo.currentData()),
            series_id=combo_id(self.seriesCombo),
            campaign_id=combo_id(self.campaignCombo),
            channels=checked_channels(self.channelList),
            publish_at=publish,
            timezone=self.timezoneCombo.currentText().strip() or "Asia/Shanghai",
            status=str(self.statusCombo.currentData()),
            document_id=combo_id(self.documentCombo),
            notes=self.notesEdit.toPlainText().strip(),
            stages=stages,
            results=results,
        )
