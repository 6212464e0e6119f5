"""The kanban board: one column per item status, a card per item. Dropping a card on a
column is the column model's ``dropMimeData`` (testable without a mouse); the board emits
``status_dropped(item ids, status)`` and the window asks the core to change it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.planner import items as it
from workbench.gui.planner.calendar_model import MIME_TYPE, dropped_ids, item_mime
from workbench.gui.planner.labels import ITEM_STATUS, STATUS_COLOURS, colour, label
from workbench.models.planner_enums import ItemStatus

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class KanbanColumnModel(QAbstractListModel):
    dropped = Signal(list, str)  # item ids, this column's status

    def __init__(self, status: ItemStatus, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = status
        self.items: list[Any] = []
        self.lang = "en"

    def set_items(self, items: Sequence[Any], lang: str) -> None:
        self.beginResetModel()
        self.items, self.lang = list(items), lang
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return it.title(item, self.lang)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            return it.tooltip(item, self.lang)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return item_mime([self.items[r].id for r in rows], kind="kanban")

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        ids = dropped_ids(data)
        return bool(ids) and not {i.id for i in self.items} >= set(ids)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = [i for i in dropped_ids(data) if i not in {x.id for x in self.items}]
        if not ids:
            return False
        self.dropped.emit(ids, self.status.value)
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return False  # the board reloads from the core after a move


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(120, 3 * line + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        stripe = QRect(rect.left(), rect.top(), 5, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(it.colour(item)))
        painter.drawRoundedRect(stripe, 2, 2)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        inner = rect.adjusted(10, 4, -6, -4)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        title = QFontMetrics(bold).elidedText(
            it.title(item, self.lang), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), flags, title)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        when = it.publish_day(item)
        group = it.group_name(item, self.lang)
        day = when.strftime("%m-%d") if when else ""
        first = " · ".join(p for p in (day, it.time_text(item), group) if p)
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line),
            flags,
            metrics.elidedText(first, Qt.TextElideMode.ElideRight, inner.width()),
        )
        stage = it.next_stage(item)
        if stage is not None:
            who = stage.assignee_name or "—"
            text = f"{it.stage_label(stage)} → {who}"
            painter.drawText(
                QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
                flags,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
            )
        painter.restore()


class KanbanBoard(QScrollArea):
    status_dropped = Signal(list, str)  # item ids, new status
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        board = QWidget()
        row = QHBoxLayout(board)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(6)
        self.models: dict[ItemStatus, KanbanColumnModel] = {}
        self.views: dict[ItemStatus, QListView] = {}
        self.headers: dict[ItemStatus, QLabel] = {}
        self.delegate = CardDelegate(self)
        for status in ItemStatus:
            column = QWidget()
            column.setMinimumWidth(150)
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(3)
            header = QLabel()
            header.setObjectName(f"kanbanHeader_{status.value}")
            tint = QColor(STATUS_COLOURS[status])
            header.setStyleSheet(
                f"QLabel {{ border-top: 4px solid {tint.name()}; padding: 4px;"
                " font-weight: bold; }"
            )
            model = KanbanColumnModel(status, self)
            model.dropped.connect(self.status_dropped)
            view = QListView()
            view.setObjectName(f"kanban_{status.value}")
            view.setModel(model)
            view.setItemDelegate(self.delegate)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            view.setDragEnabled(True)
            view.setAcceptDrops(True)
            view.setDropIndicatorShown(True)
            view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            view.setDefaultDropAction(Qt.DropAction.MoveAction)
            view.setSpacing(1)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setUniformItemSizes(True)
            view.activated.connect(
                lambda index, m=model: self.item_activated.emit(m.items[index.row()].id)
            )
            box.addWidget(header)
            box.addWidget(view, 1)
            row.addWidget(column, 1)
            self.models[status], self.views[status], self.headers[status] = model, view, header
        self.setWidget(board)
        self.set_items([], "en")

    def set_items(self, items: Sequence[Any], lang: str) -> None:
        self.delegate.lang = lang
        by_status: dict[str, list[Any]] = {s.value: [] for s in ItemStatus}
        for item in sorted(items, key=it.sort_key):
            by_status.setdefault(str(item.status), []).append(item)
        for status, model in self.models.items():
            found = by_status.get(status.value, [])
            model.set_items(found, lang)
            self.headers[status].setText(f"{label(ITEM_STATUS, status)}  ({len(found)})")

    def column(self, status: ItemStatus | str) -> KanbanColumnModel:
        return self.models[ItemStatus(status)]
