"""The month and week calendars: a table view over ``CalendarModel`` whose delegate draws
each day — its number and marks, the items as coloured chips, stage deadlines as small
markers. Drag a chip to another day to reschedule it; double-click opens it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QToolTip,
    QWidget,
)

from workbench.gui.planner import items as it
from workbench.gui.planner.calendar_delegate import CalendarDelegate
from workbench.gui.planner.calendar_model import (
    CalendarModel,
    item_mime,
)


class CalendarView(QTableView):
    """A month (6 rows) or a week (1 row) of days."""

    item_activated = Signal(int)  # double-click on a chip or marker
    day_activated = Signal(object)  # double-click on a day's empty space: its date
    item_context = Signal(int, QPoint)  # right-click on a chip: item id, global position

    def __init__(self, model: CalendarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.now = datetime.now(UTC)
        self.week_mode = False
        self.show_stages = True
        self.setModel(model)
        self.setItemDelegate(CalendarDelegate(self))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDragDropOverwriteMode(True)
        self.setDropIndicatorShown(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setMouseTracking(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self._press: tuple[QPoint, Any] | None = None

    def calendar(self) -> CalendarModel:
        model = self.model()
        assert isinstance(model, CalendarModel)
        return model

    def set_week_mode(self, week: bool) -> None:
        self.week_mode = week
        self.viewport().update()

    def set_show_stages(self, show: bool) -> None:
        self.show_stages = show
        self.viewport().update()

    # --- hit-testing -----------------------------------------------------------------------
    def hit(self, position: QPoint) -> tuple[Any, Any]:
        """(item, stage) under ``position`` in viewport coordinates; stage None on a chip."""
        index = self.indexAt(position)
        if not index.isValid():
            return None, None
        delegate = self.itemDelegate()
        assert isinstance(delegate, CalendarDelegate)
        layout = delegate.layout_for(self.visualRect(index), index)
        for rect, item in layout.chips:
            if rect.contains(position):
                return item, None
        for rect, item, stage in layout.markers:
            if rect.contains(position):
                return item, stage
        return None, None

    def chip_rect(self, item_id: int) -> QRect | None:
        """Where the chip of ``item_id`` is drawn (viewport coordinates), if visible."""
        model = self.calendar()
        delegate = self.itemDelegate()
        assert isinstance(delegate, CalendarDelegate)
        for row in range(model.rowCount()):
            for column in range(7):
                index = model.index(row, column)
                for rect, item in delegate.layout_for(self.visualRect(index), index).chips:
                    if item.id == item_id:
                        return rect
        return None

    # --- mouse -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        item, stage = self.hit(event.position().toPoint())
        self._press = (
            (event.position().toPoint(), item)
            if item is not None and stage is None and event.button() == Qt.MouseButton.LeftButton
            else None
        )
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, item = self._press
            distance = (event.position().toPoint() - start).manhattanLength()
            if distance >= QApplication.startDragDistance():
                self._press = None
                self._drag(item)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def _drag(self, item: Any) -> None:
        drag = QDrag(self)
        drag.setMimeData(item_mime([item.id]))
        rect = self.chip_rect(item.id)
        if rect is not None:
            pixmap = QPixmap(rect.size())
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            delegate = self.itemDelegate()
            assert isinstance(delegate, CalendarDelegate)
            delegate._paint_chip(
                painter, QRect(QPoint(0, 0), rect.size()), item, self.lang, self.week_mode
            )
            painter.end()
            drag.setPixmap(pixmap)
            drag.setHotSpot(QPoint(8, rect.height() // 2))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        item, _stage = self.hit(position)
        if item is not None:
            self.item_activated.emit(item.id)
            return
        day = self.calendar().date_at(self.indexAt(position))
        if day is not None:
            self.day_activated.emit(day)

    def contextMenuEvent(self, event: Any) -> None:
        item, _stage = self.hit(event.pos())
        if item is not None:
            self.item_context.emit(item.id, event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            item, stage = self.hit(event.pos())
            if item is not None:
                text = (
                    it.tooltip(item, self.lang)
                    if stage is None
                    else it.stage_tooltip(item, stage, self.lang)
                )
                QToolTip.showText(event.globalPos(), text, self.viewport())
                return True
        return super().viewportEvent(event)
