"""The plan as a sortable, filterable table: one row per item."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from workbench.gui.planner import items as it
from workbench.gui.planner.labels import (
    ITEM_STATUS,
    ITEM_TYPE,
    STATUS_COLOURS,
    beijing,
    colour,
    label,
)

_Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = (
    QT_TRANSLATE_NOOP("PlanTableModel", "Chinese title"),
    QT_TRANSLATE_NOOP("PlanTableModel", "English title"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Type"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Series"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Campaign"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Channels"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Publish (Beijing)"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Status"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Next deadline"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Assignee"),
)
(
    COL_ZH,
    COL_EN,
    COL_TYPE,
    COL_SERIES,
    COL_CAMPAIGN,
    COL_CHANNELS,
    COL_PUBLISH,
    COL_STATUS,
    COL_DEADLINE,
    COL_ASSIGNEE,
) = range(len(HEADERS))


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanTableModel", text)


class PlanTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        self.lang = "en"
        self.now = datetime.now(UTC)

    def set_items(self, items: Sequence[Any], lang: str) -> None:
        self.beginResetModel()
        self.items, self.lang = list(items), lang
        self.now = datetime.now(UTC)
        self.endResetModel()

    def item_at(self, row: int) -> Any:
        return self.items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == ITEM_ID_ROLE:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(item, column, sort=role == SORT_ROLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return it.tooltip(item, self.lang)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ZH:
            return colour(it.colour(item))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS:
                return QBrush(QColor(STATUS_COLOURS.get(item.status, "#000000")))
            if column == COL_DEADLINE and self._overdue(item):
                return QBrush(QColor("#c62828"))
        return None

    def _overdue(self, item: Any) -> bool:
        stage = it.next_stage(item)
        return bool(stage is not None and stage.due is not None and stage.due < self.now)

    def _text(self, item: Any, column: int, *, sort: bool) -> Any:
        if column == COL_ZH:
            return item.title_zh
        if column == COL_EN:
            return item.title_en
        if column == COL_TYPE:
            return label(ITEM_TYPE, item.type)
        if column == COL_SERIES:
            return it.series_name(item, self.lang)
        if column == COL_CAMPAIGN:
            return it.campaign_name(item, self.lang)
        if column == COL_CHANNELS:
            return it.channel_names(item)
        if column == COL_PUBLISH:
            if item.publish_at is None:
                return "" if not sort else "9999"
            return beijing(item.publish_at).strftime("%Y-%m-%d %H:%M")
        if column == COL_STATUS:
            return (
                label(ITEM_STATUS, item.status)
                if not sort
                else list(ITEM_STATUS).index(item.status)
            )
        stage = it.next_stage(item)
        if column == COL_DEADLINE:
            if stage is None or stage.due is None:
                return "" if not sort else "9999"
            due = beijing(stage.due).strftime("%Y-%m-%d")
            return due if sort else f"{due} {it.stage_label(stage)}"
        if column == COL_ASSIGNEE:
            return stage.assignee_name if stage is not None else ""
        return None


class PlanFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's sort role; filters on every text column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setFilterRole(Qt.ItemDataRole.DisplayRole)
