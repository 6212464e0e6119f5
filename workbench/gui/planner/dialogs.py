"""Series, campaign and "New solar-term series" dialogs. Each returns keyword arguments
for the core (``values()``); the window's ``save`` callback calls it, and an error from
the core keeps the dialog open with everything typed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from workbench.gui.forms import child
from workbench.gui.planner.labels import (
    CAMPAIGN_STATUS,
    HOLIDAY_POLICY,
    ITEM_TYPE,
    METRICS,
    SERIES_STATUS,
    STAGE,
    label,
    name,
)
from workbench.gui.planner.widgets import (
    ColourPicker,
    checked_channels,
    combo_id,
    fill_channels,
    fill_people,
    from_qdate,
    from_qtime,
    select_data,
    to_qdate,
)
from workbench.gui.publishing.dialogs import SavingDialog
from workbench.models.planner_enums import CampaignStatus, ItemType, SeriesStatus, Stage

DEFAULT_LEADS = {Stage.DRAFT: 14, Stage.TRANSLATION: 10, Stage.REVIEW: 5, Stage.APPROVAL: 3}


def _team_combos(form: QFormLayout, people: Sequence[Any], team: dict) -> dict[Stage, QComboBox]:
    combos = {}
    for stage in Stage:
        combo = QComboBox()
        combo.setObjectName(f"team_{stage.value}")
        fill_people(combo, people, team.get(stage))
        form.addRow(label(STAGE, stage) + ":", combo)
        combos[stage] = combo
    return combos


class SeriesDialog(SavingDialog):
    nameZhEdit: QLineEdit
    nameEnEdit: QLineEdit
    descriptionEdit: QPlainTextEdit
    colourButton: QPushButton
    statusCombo: QComboBox
    channelList: QListWidget
    teamGroup: QGroupBox

    def __init__(
        self,
        parent: QWidget | None,
        channels: Sequence[Any],
        people: Sequence[Any],
        series: Any = None,
    ) -> None:
        super().__init__(parent, "planner_series.ui")
        self.setWindowTitle(self.tr("New series") if series is None else self.tr("Series"))
        for value in SeriesStatus:
            self.statusCombo.addItem(label(SERIES_STATUS, value), value.value)
        self.colour = ColourPicker(self.colourButton, series.colour if series else "#2e7d32")
        fill_channels(self.channelList, channels, [c.id for c in getattr(series, "channels", ())])
        form = child(self, QFormLayout, "teamForm")
        self.team = _team_combos(form, people, dict(getattr(series, "team", {}) or {}))
        if series is not None:
            self.nameZhEdit.setText(series.name_zh)
            self.nameEnEdit.setText(series.name_en)
            self.descriptionEdit.setPlainText(series.description)
            select_data(self.statusCombo, str(series.status))

    def values(self) -> dict[str, Any]:
        return {
            "name_zh": self.nameZhEdit.text().strip(),
            "name_en": self.nameEnEdit.text().strip(),
            "description": self.descriptionEdit.toPlainText().strip(),
            "colour": self.colour.value,
            "status": str(self.statusCombo.currentData()),
            "channels": checked_channels(self.channelList),
            "team": {stage: combo_id(combo) for stage, combo in self.team.items()},
        }


class CampaignDialog(SavingDialog):
    nameZhEdit: QLineEdit
    nameEnEdit: QLineEdit
    startEdit: QDateEdit
    endEdit: QDateEdit
    statusCombo: QComboBox
    colourButton: QPushButton
    channelList: QListWidget
    objectivesEdit: QPlainTextEdit
    messagesZhEdit: QPlainTextEdit
    messagesEnEdit: QPlainTextEdit

    def __init__(
        self, parent: QWidget | None, channels: Sequence[Any], campaign: Any = None
    ) -> None:
        super().__init__(parent, "planner_campaign.ui")
        self.setWindowTitle(self.tr("New campaign") if campaign is None else self.tr("Campaign"))
        for value in CampaignStatus:
            self.statusCombo.addItem(label(CAMPAIGN_STATUS, value), value.value)
        self.colour = ColourPicker(self.colourButton, campaign.colour if campaign else "#c62828")
        fill_channels(self.channelList, channels, [c.id for c in getattr(campaign, "channels", ())])
        targets = dict(getattr(campaign, "kpi_targets", {}) or {})
        self.kpi: dict[str, QSpinBox] = {}
        for metric in METRICS:
            spin = QSpinBox()
            spin.setObjectName(f"kpi_{metric}")
            spin.setRange(0, 2_000_000_000)
            spin.setGroupSeparatorShown(True)
            spin.setSpecialValueText("—")
            spin.setValue(int(targets.get(metric, 0) or 0))
            self.kpi_form_add(label(METRICS, metric), spin)
            self.kpi[metric] = spin
        start = campaign.start_date if campaign and campaign.start_date else date.today()
        end = campaign.end_date if campaign and campaign.end_date else start + timedelta(days=30)
        self.startEdit.setDate(to_qdate(start))
        self.endEdit.setDate(to_qdate(end))
        if campaign is not None:
            self.nameZhEdit.setText(campaign.name_zh)
            self.nameEnEdit.setText(campaign.name_en)
            select_data(self.statusCombo, str(campaign.status))
            self.objectivesEdit.setPlainText(campaign.objectives)
            self.messagesZhEdit.setPlainText(campaign.key_messages_zh)
            self.messagesEnEdit.setPlainText(campaign.key_messages_en)

    def kpi_form_add(self, text: str, spin: QSpinBox) -> None:
        child(self, QFormLayout, "kpiForm").addRow(text + ":", spin)

    def values(self) -> dict[str, Any]:
        return {
            "name_zh": self.nameZhEdit.text().strip(),
            "name_en": self.nameEnEdit.text().strip(),
            "start_date": from_qdate(self.startEdit.date()),
            "end_date": from_qdate(self.endEdit.date()),
            "status": str(self.statusCombo.currentData()),
            "colour": self.colour.value,
            "channels": checked_channels(self.channelList),
            "objectives": self.objectivesEdit.toPlainText().strip(),
            "key_messages_zh": self.messagesZhEdit.toPlainText().strip(),
            "key_messages_en": self.messagesEnEdit.toPlainText().strip(),
            "kpi_targets": {m: float(s.value()) for m, s in self.kpi.items() if s.value()},
        }


class SolarSeriesDialog(SavingDialog):
    """Everything ``generate_solar_term_series`` needs: one OK plans a whole year."""

    yearSpin: QSpinBox
    nameZhEdit: QLineEdit
    nameEnEdit: QLineEdit
    timeEdit: QTimeEdit
    typeCombo: QComboBox
    policyCombo: QComboBox
    colourButton: QPushButton
    channelList: QListWidget
    previewLabel: QLabel

    def __init__(
        self,
        parent: QWidget | None,
        lang: str,
        channels: Sequence[Any],
        people: Sequence[Any],
        year: int | None = None,
    ) -> None:
        super().__init__(parent, "planner_solar_series.ui")
        self.lang = lang
        self.setWindowTitle(self.tr("New solar-term series"))
        for value in ItemType:
            self.typeCombo.addItem(label(ITEM_TYPE, value), value.value)
        for key in HOLIDAY_POLICY:
            self.policyCombo.addItem(label(HOLIDAY_POLICY, key), key)
        self.colour = ColourPicker(self.colourButton, "#2e7d32")
        fill_channels(self.channelList, channels, [c.id for c in channels if c.active][:3])
        self.timeEdit.setTime(QTime(8, 0))
        grid = child(self, QGridLayout, "stageGrid")
        for column, text in enumerate(
            (self.tr("Stage"), self.tr("Days before"), self.tr("Assignee"), self.tr("Hours"))
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.leads: dict[Stage, QSpinBox] = {}
        self.team: dict[Stage, QComboBox] = {}
        self.effort: dict[Stage, QDoubleSpinBox] = {}
        for row, stage in enumerate(Stage, start=1):
            grid.addWidget(QLabel(label(STAGE, stage)), row, 0)
            lead = QSpinBox()
            lead.setObjectName(f"lead_{stage.value}")
            lead.setRange(0, 90)
            lead.setValue(DEFAULT_LEADS.get(stage, 0))
            lead.setEnabled(stage is not Stage.PUBLICATION)  # publication is on the day
            person = QComboBox()
            person.setObjectName(f"team_{stage.value}")
            fill_people(person, people, None)
            hours = QDoubleSpinBox()
            hours.setRange(0, 200)
            hours.setDecimals(1)
            hours.setValue(2.0 if stage in (Stage.DRAFT, Stage.TRANSLATION) else 1.0)
            grid.addWidget(lead, row, 1)
            grid.addWidget(person, row, 2)
            grid.addWidget(hours, row, 3)
            self.leads[stage], self.team[stage], self.effort[stage] = lead, person, hours
        grid.setColumnStretch(2, 1)
        self._names_for = 0
        self.yearSpin.valueChanged.connect(self._year_changed)
        self.yearSpin.setValue(year or date.today().year + 1)
        self._year_changed(self.yearSpin.value())

    def _year_changed(self, year: int) -> None:
        # Follow the year in the names unless the user typed others.
        old_zh, old_en = f"二十四节气 {self._names_for}", f"24 Solar Terms {self._names_for}"
        if self.nameZhEdit.text() in ("", old_zh):
            self.nameZhEdit.setText(f"二十四节气 {year}")
        if self.nameEnEdit.text() in ("", old_en):
            self.nameEnEdit.setText(f"24 Solar Terms {year}")
        self._names_for = year
        self._preview(year)

    def _preview(self, year: int) -> None:
        try:
            from workbench.planner.calendar import solar_terms

            terms = solar_terms(year)
        except Exception as exc:  # a year the calendar cannot compute
            self.previewLabel.setText(str(exc))
            return
        if not terms:
            self.previewLabel.clear()
            return
        first, last = terms[0], terms[-1]
        self.previewLabel.setText(
            self.tr("%1 items, one per solar term: %2 on %3 … %4 on %5 (Beijing dates).")
            .replace("%1", str(len(terms)))
            .replace("%2", name(first.name_zh, first.name_en, self.lang))
            .replace("%3", first.date.isoformat())
            .replace("%4", name(last.name_zh, last.name_en, self.lang))
            .replace("%5", last.date.isoformat())
        )

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``generate_solar_term_series``."""
        return {
            "name_zh": self.nameZhEdit.text().strip(),
            "name_en": self.nameEnEdit.text().strip(),
            "year": self.yearSpin.value(),
            "publish_time": from_qtime(self.timeEdit.time()) or time(8, 0),
            "lead_days": {
                stage: spin.value()
                for stage, spin in self.leads.items()
                if stage is not Stage.PUBLICATION
            },
            "holiday_policy": str(self.policyCombo.currentData()),
            "channels": checked_channels(self.channelList),
            "team": {
                stage: combo_id(combo)
                for stage, combo in self.team.items()
                if combo_id(combo) is not None
            },
            "item_type": str(self.typeCombo.currentData()),
            "effort": {stage: spin.value() for stage, spin in self.effort.items()},
            "colour": self.colour.value,
        }
