"""Days of a month (6 weeks × 7 days) or of one week as a table model.

Each cell is a day: its items, the stage deadlines due that day and its marks (solar
term, festival, holiday, make-up working day, observance). Dropping an item's MIME data on
a day is the model's own API (``dropMimeData``), so a drag can be driven without a mouse:
the model emits ``item_dropped(item id, day)`` and the window asks the core to move it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from workbench.gui.planner import items as it
from workbench.gui.planner.labels import MARK_KIND, label, name

MIME_TYPE = "application/x-icc-workbench-plan-item"
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
ITEMS_ROLE = Qt.ItemDataRole.UserRole + 2
DEADLINES_ROLE = Qt.ItemDataRole.UserRole + 3
MARKS_ROLE = Qt.ItemDataRole.UserRole + 4
IN_PERIOD_ROLE = Qt.ItemDataRole.UserRole + 5
TODAY_ROLE = Qt.ItemDataRole.UserRole + 6
_Index = QModelIndex | QPersistentModelIndex


def item_mime(item_ids: Sequence[int], *, kind: str = "calendar") -> QMimeData:
    """What a dragged item carries (the calendar and the kanban board read the same)."""
    data = QMimeData()
    payload = json.dumps({"items": [int(i) for i in item_ids], "from": kind})
    data.setData(MIME_TYPE, payload.encode("utf-8"))
    return data


def dropped_ids(data: QMimeData | None) -> list[int]:
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        return [int(i) for i in payload.get("items", [])]
    except (ValueError, TypeError, AttributeError):
        return []


def month_grid_start(year: int, month: int) -> date:
    """The Monday on or before the 1st: the first cell of a 6-week month grid."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class CalendarModel(QAbstractTableModel):
    item_dropped = Signal(int, object)  # item id, the day (date) it was dropped on

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.first = month_grid_start(date.today().year, date.today().month)
        self.weeks = 6
        self.month: int | None = date.today().month  # None: a week view, every day counts
        self.lang = "en"
        self.today = date.today()
        self._items: dict[date, list[Any]] = {}
        self._deadlines: dict[date, list[tuple[Any, Any]]] = {}
        self._marks: dict[date, list[Any]] = {}

    # --- period and content ----------------------------------------------------------------
    def set_month(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.first, self.weeks, self.month = month_grid_start(year, month), 6, month
        self.endResetModel()

    def set_week(self, day: date) -> None:
        self.beginResetModel()
        self.first, self.weeks, self.month = day - timedelta(days=day.weekday()), 1, None
        self.endResetModel()

    @property
    def last(self) -> date:
        return self.first + timedelta(days=7 * self.weeks - 1)

    def set_content(
        self,
        items: Iterable[Any],
        marks: Mapping[date, Sequence[Any]],
        *,
        lang: str = "en",
        today: date | None = None,
    ) -> None:
        """Show ``items`` on their Beijing publication day, deadlines on theirs."""
        self.beginResetModel()
        self.lang = lang
        self.today = today or date.today()
        self._items, self._deadlines = {}, {}
        for item in items:
            day = it.publish_day(item)
            if day is not None:
                self._items.setdefault(day, []).append(item)
            for stage in it.stages(item):
                due = it.stage_due_day(stage)
                if due is not None:
                    self._deadlines.setdefault(due, []).append((item, stage))
        for listed in self._items.values():
            listed.sort(key=it.sort_key)
        self._marks = {day: list(found) for day, found in marks.items()}
        self.endResetModel()

    # --- geometry --------------------------------------------------------------------------
    def date_at(self, index: _Index) -> date | None:
        if not index.isValid():
            return None
        return self.first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < 7 * self.weeks:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def items_on(self, day: date) -> list[Any]:
        return list(self._items.get(day, ()))

    def deadlines_on(self, day: date) -> list[tuple[Any, Any]]:
        return list(self._deadlines.get(day, ()))

    def marks_on(self, day: date) -> list[Any]:
        return list(self._marks.get(day, ()))

    # --- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.weeks

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.date_at(index)
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == ITEMS_ROLE:
            return self._items.get(day, [])
        if role == DEADLINES_ROLE:
            return self._deadlines.get(day, [])
        if role == MARKS_ROLE:
            return self._marks.get(day, [])
        if role == IN_PERIOD_ROLE:
            return self.month is None or day.month == self.month
        if role == TODAY_ROLE:
            return day == self.today
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.day_tooltip(day)
        return None

    def day_tooltip(self, day: date) -> str:
        locale = QLocale(self.lang)
        lines = [locale.toString(day, QLocale.FormatType.LongFormat)]
        for mark in self._marks.get(day, ()):
            kind = label(MARK_KIND, mark.kind)
            lines.append(f"{kind}: {name(mark.name_zh, mark.name_en, self.lang)}")
        count = len(self._items.get(day, ()))
        if count:
            lines.append(self.tr("%n item(s) published", "", count))
        deadlines = len(self._deadlines.get(day, ()))
        if deadlines:
            lines.append(self.tr("%n stage deadline(s)", "", deadlines))
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale(self.lang)
            day = self.first + timedelta(days=section)
            if self.month is None:  # a week: the date under the weekday
                weekday = locale.dayName(section + 1, QLocale.FormatType.ShortFormat)
                return f"{weekday} {locale.toString(day, 'M/d')}"
            return locale.dayName(section + 1, QLocale.FormatType.ShortFormat)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return bool(dropped_ids(data)) and self._drop_day(row, column, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        day = self._drop_day(row, column, parent)
        ids = dropped_ids(data)
        if day is None or not ids:
            return False
        for item_id in ids:
            self.item_dropped.emit(item_id, day)
        return True

    def _drop_day(self, row: int, column: int, parent: _Index) -> date | None:
        if parent.isValid():
            return self.date_at(parent)
        if row >= 0 and column >= 0:
            return self.date_at(self.index(row, column))
        return None
