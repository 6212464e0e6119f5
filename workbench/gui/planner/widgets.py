"""Small pieces the planner's dialogs share: channel check lists, person and colour
pickers, date-time conversion, an "optional" date-time edit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDateTimeEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from workbench.gui.planner.labels import CHANNEL_KIND, colour, label

NO_DATE = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def optional_datetime_edit(parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-time edit whose lowest value shows "—" and means "no date"."""
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setMinimumDateTime(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDateTime(NO_DATE)
    return edit


def optional_value(edit: QDateTimeEdit) -> datetime | None:
    value = edit.dateTime()
    return None if value <= NO_DATE else from_qdatetime(value)


def set_optional(edit: QDateTimeEdit, moment: datetime | None) -> None:
    edit.setDateTime(to_qdatetime(moment) if moment is not None else NO_DATE)


def fill_channels(widget: QListWidget, channels: Sequence[Any], checked: Iterable[int]) -> None:
    """One check box per channel ("海外官网  ·  Website"; the zone as tooltip)."""
    wanted = set(checked)
    widget.clear()
    for channel in channels:
        kind = label(CHANNEL_KIND, channel.kind)
        same = kind.casefold() in channel.name.casefold()
        entry = QListWidgetItem(channel.name if same else f"{channel.name}  ·  {kind}")
        entry.setData(Qt.ItemDataRole.UserRole, channel.id)
        entry.setToolTip(channel.timezone)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(
            Qt.CheckState.Checked if channel.id in wanted else Qt.CheckState.Unchecked
        )
        widget.addItem(entry)


def checked_channels(widget: QListWidget) -> list[int]:
    return [
        int(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def set_checked_channels(widget: QListWidget, ids: Iterable[int]) -> None:
    wanted = set(ids)
    for row in range(widget.count()):
        entry = widget.item(row)
        on = int(entry.data(Qt.ItemDataRole.UserRole)) in wanted
        entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def fill_people(combo: QComboBox, people: Sequence[Any], current: int | None) -> None:
    combo.clear()
    combo.addItem("—", None)
    for person in people:
        combo.addItem(person.name, person.id)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)


def combo_id(combo: QComboBox) -> int | None:
    data = combo.currentData()
    return int(data) if data is not None else None


def select_data(combo: QComboBox, value: Any) -> None:
    found = combo.findData(value)
    if found >= 0:
        combo.setCurrentIndex(found)


class ColourPicker(QObject):
    """Drives a form's push button: it shows a colour; a click opens the colour dialog."""

    colour_changed = Signal(str)

    def __init__(self, button: QPushButton, value: str = "#2e7d32") -> None:
        super().__init__(button)
        self.button = button
        self.value = value
        button.clicked.connect(self.choose)
        self.set_colour(value)

    def set_colour(self, value: str) -> None:
        self.value = colour(value).name()
        pixmap = QPixmap(28, 14)
        pixmap.fill(QColor(self.value))
        self.button.setIcon(QIcon(pixmap))
        self.button.setText(self.value)
        self.colour_changed.emit(self.value)

    def choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.value), self.button.window())
        if chosen.isValid():
            self.set_colour(chosen.name())
