"""The campaign timeline (Gantt-like): a row per item, each stage a bar from the previous
stage's deadline to its own, the publication a diamond, today a red line and the
campaign's span shaded behind. Drawn with QPainter; scrolls when it is wider than the view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QWidget

from workbench.gui.planner import items as it
from workbench.gui.planner.labels import BEIJING, MARK_COLOURS, as_utc, beijing, colour, name
from workbench.models.planner_enums import Stage

translate = QCoreApplication.translate
STAGE_COLOURS = {
    Stage.DRAFT: "#8d6e63",
    Stage.TRANSLATION: "#ef6c00",
    Stage.REVIEW: "#6a1b9a",
    Stage.APPROVAL: "#1565c0",
    Stage.PUBLICATION: "#2e7d32",
}
LABEL_WIDTH = 240
HEADER = 40
ROW = 26
LEGEND = 30 + 18 * 3  # the stage colours, then a line per campaign span


@dataclass(frozen=True)
class Span:
    """A campaign's days, shaded behind its items."""

    start: date
    end: date
    title: str
    colour: str


class TimelineCanvas(QWidget):
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        self.spans: list[Span] = []
        self.marks: dict[date, list[Any]] = {}
        self.start = date.today()
        self.end = date.today() + timedelta(days=30)
        self.day_width = 24
        self.lang = "en"
        self.now = datetime.now(UTC)
        self.setMouseTracking(True)
        self._bars: list[tuple[QRectF, Any, Any]] = []

    def set_content(
        self,
        items: Sequence[Any],
        start: date,
        end: date,
        *,
        spans: Sequence[Span] = (),
        marks: dict[date, list[Any]] | None = None,
        lang: str = "en",
        now: datetime | None = None,
    ) -> None:
        self.items = sorted(items, key=it.sort_key)
        self.start, self.end = start, max(end, start)
        self.spans, self.marks, self.lang = list(spans), dict(marks or {}), lang
        self.now = now or datetime.now(UTC)
        self.updateGeometry()
        self.resize(self.sizeHint())
        self.update()

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def sizeHint(self) -> QSize:
        rows = HEADER + max(1, len(self.items)) * ROW
        return QSize(LABEL_WIDTH + self.days * self.day_width + 2, rows + LEGEND)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def x_of(self, moment: datetime | date) -> float:
        """Horizontal position of a moment (Beijing days) or the start of a day."""
        if isinstance(moment, datetime):
            local = beijing(moment)
            day = local.date()
            fraction = (local.hour * 60 + local.minute) / 1440
        else:
            day, fraction = moment, 0.0
        return LABEL_WIDTH + ((day - self.start).days + fraction) * self.day_width

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._bars = []
        height = HEADER + len(self.items) * ROW
        self._paint_days(painter, height)
        for span in self.spans:
            self._paint_span(painter, span, height)
        for row, item in enumerate(self.items):
            self._paint_row(painter, row, item)
        x = self.x_of(self.now)
        if LABEL_WIDTH <= x <= self.width():
            painter.setPen(QPen(QColor("#e53935"), 2))
            painter.drawLine(QPointF(x, HEADER - 6), QPointF(x, height))
            painter.setFont(self._small())
            painter.drawText(
                QRectF(x + 3, HEADER - 16, 80, 12),
                Qt.AlignmentFlag.AlignLeft,
                translate("PlannerTimeline", "today"),
            )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(LABEL_WIDTH, 0, LABEL_WIDTH, height)
        self._paint_legend(painter, height + 10)
        if not self.items:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setFont(self.font())
            painter.drawText(
                QRect(LABEL_WIDTH + 10, HEADER + 10, 500, ROW),
                Qt.AlignmentFlag.AlignLeft,
                translate("PlannerTimeline", "No items in this period."),
            )
        painter.end()

    def _paint_legend(self, painter: QPainter, top: int) -> None:
        """The stage colours, the publication diamond, and which campaign each span is."""
        from workbench.gui.planner.labels import STAGE, label

        palette = self.palette()
        painter.setFont(self._small())
        metrics = QFontMetrics(self._small())
        x = 10.0
        for stage, fill in STAGE_COLOURS.items():
            if stage == Stage.PUBLICATION:
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(QRectF(x, top + 3, 22, 10), 2, 2)
            text = label(STAGE, stage)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(x + 27, top + 12), text)
            x += 27 + metrics.horizontalAdvance(text) + 18
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QPointF(x, top + 12), "◆ " + label(STAGE, Stage.PUBLICATION))
        x += metrics.horizontalAdvance("◆ " + label(STAGE, Stage.PUBLICATION)) + 18
        painter.setPen(QPen(QColor("#e53935"), 2))
        painter.drawLine(QPointF(x, top + 2), QPointF(x, top + 14))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QPointF(x + 6, top + 12), translate("PlannerTimeline", "today"))
        for n, span in enumerate(self.spans[:3]):
            y = top + 22 + n * 18
            tint = colour(span.colour)
            tint.setAlpha(60)
            painter.fillRect(QRectF(10, y + 2, 22, 12), tint)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QPointF(37, y + 12),
                f"{span.title}: {span.start.isoformat()} – {span.end.isoformat()}",
            )

    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        return font

    def _paint_days(self, painter: QPainter, height: int) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        small = self._small()
        painter.setFont(small)
        metrics = QFontMetrics(small)
        for offset in range(self.days):
            day = self.start + timedelta(days=offset)
            x = LABEL_WIDTH + offset * self.day_width
            kinds = {m.kind for m in self.marks.get(day, ())}
            if "holiday" in kinds:
                painter.fillRect(
                    QRectF(x, HEADER, self.day_width, height - HEADER), QColor(229, 57, 53, 28)
                )
            elif day.weekday() >= 5 and "workday" not in kinds:
                painter.fillRect(
                    QRectF(x, HEADER, self.day_width, height - HEADER), QColor(0, 0, 0, 14)
                )
            if day.day == 1 or offset == 0:
                painter.setPen(text)
                label = day.strftime("%Y-%m")
                painter.drawText(QRectF(x + 2, 2, metrics.horizontalAdvance(label) + 4, 14), label)
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                painter.drawLine(QPointF(x, 0), QPointF(x, height))
            painter.setPen(text if day.weekday() < 5 else QColor("#c62828"))
            painter.drawText(
                QRectF(x, 18, self.day_width, 14), Qt.AlignmentFlag.AlignCenter, str(day.day)
            )
            term = next((m for m in self.marks.get(day, ()) if m.kind == "solar-term"), None)
            if term is not None:
                painter.setPen(QColor(MARK_COLOURS["solar-term"]))
                painter.drawText(
                    QRectF(x - 3 * self.day_width, 28, 7 * self.day_width, 12),
                    Qt.AlignmentFlag.AlignCenter,
                    name(term.name_zh, term.name_en, self.lang),
                )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, HEADER - 1, self.width(), HEADER - 1)

    def _paint_span(self, painter: QPainter, span: Span, height: int) -> None:
        left = self.x_of(max(span.start, self.start))
        right = self.x_of(min(span.end, self.end) + timedelta(days=1))
        if right <= left:
            return
        tint = colour(span.colour)
        tint.setAlpha(30)
        painter.fillRect(QRectF(left, HEADER, right - left, height - HEADER), tint)
        edge = colour(span.colour)
        painter.setPen(QPen(edge, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left, HEADER), QPointF(left, height))
        painter.drawLine(QPointF(right, HEADER), QPointF(right, height))

    def _paint_row(self, painter: QPainter, row: int, item: Any) -> None:
        palette = self.palette()
        top = HEADER + row * ROW
        if row % 2:
            painter.fillRect(
                QRect(0, top, LABEL_WIDTH, ROW), palette.color(QPalette.ColorRole.AlternateBase)
            )
        painter.fillRect(QRect(2, top + 4, 4, ROW - 8), colour(it.colour(item)))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        title = metrics.elidedText(
            it.title(item, self.lang), Qt.TextElideMode.ElideRight, LABEL_WIDTH - 16
        )
        painter.drawText(
            QRect(10, top, LABEL_WIDTH - 14, ROW), Qt.AlignmentFlag.AlignVCenter, title
        )
        previous: datetime | None = None
        for stage in it.stages(item):
            if stage.due is None:
                continue
            due = as_utc(stage.due)
            if stage.stage == Stage.PUBLICATION:
                self._diamond(painter, item, stage, top)
                previous = due
                continue
            begin = previous if previous is not None and previous < due else due - timedelta(days=1)
            x1, x2 = self.x_of(begin), self.x_of(due)
            bar = QRectF(x1, top + 6, max(3.0, x2 - x1), ROW - 12)
            fill = QColor(STAGE_COLOURS.get(stage.stage, "#607d8b"))
            late = stage.done_at is None and due < self.now
            if stage.done_at is not None:
                fill.setAlpha(110)
            painter.setBrush(fill)
            painter.setPen(QPen(QColor("#c62828"), 2) if late else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(bar, 3, 3)
            self._bars.append((bar, item, stage))
            previous = due
        publish = item.publish_at
        if publish is not None and not any(
            s.stage == Stage.PUBLICATION and s.due for s in it.stages(item)
        ):
            self._diamond(painter, item, None, top)

    def _diamond(self, painter: QPainter, item: Any, stage: Any, top: int) -> None:
        moment = stage.due if stage is not None else item.publish_at
        x = self.x_of(moment)
        middle = top + ROW / 2
        size = ROW / 2 - 3
        shape = QPolygonF(
            [
                QPointF(x, middle - size),
                QPointF(x + size, middle),
                QPointF(x, middle + size),
                QPointF(x - size, middle),
            ]
        )
        fill = colour(it.colour(item))
        painter.setBrush(fill)
        painter.setPen(QPen(fill.darker(140), 1))
        painter.drawPolygon(shape)
        self._bars.append((shape.boundingRect(), item, stage))

    # --- interaction -----------------------------------------------------------------------
    def hit(self, position: QPoint) -> tuple[Any, Any]:
        for rect, item, stage in reversed(self._bars):
            if rect.adjusted(-2, -2, 2, 2).contains(QPointF(position)):
                return item, stage
        if position.x() < LABEL_WIDTH and position.y() >= HEADER:
            row = (position.y() - HEADER) // ROW
            if 0 <= row < len(self.items):
                return self.items[row], None
        return None, None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            item, stage = self.hit(event.pos())
            if item is not None:
                text = (
                    it.tooltip(item, self.lang)
                    if stage is None
                    else it.stage_tooltip(item, stage, self.lang)
                )
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item, _stage = self.hit(event.position().toPoint())
        if item is not None:
            self.item_activated.emit(item.id)


class TimelineView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = TimelineCanvas()
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def set_content(self, *args: Any, **kwargs: Any) -> None:
        self.canvas.set_content(*args, **kwargs)
        # Fit the period into the view when it is short; scroll when it is long.
        available = self.viewport().width() - LABEL_WIDTH - 4
        days = max(1, self.canvas.days)
        self.canvas.day_width = max(14, min(48, available // days))
        self.canvas.resize(self.canvas.sizeHint())
        x = self.canvas.x_of(datetime.now(BEIJING).date()) - self.viewport().width() / 3
        self.horizontalScrollBar().setValue(max(0, int(x)))
