"""How a calendar day is drawn: its number and marks (solar term, festival, holiday 休,
make-up working day 班, observance), the items as coloured chips, stage deadlines as small
markers (in a week: one line each). ``cell_layout`` places the parts for painting and for
hit-testing alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from workbench.gui.planner import items as it
from workbench.gui.planner.calendar_model import (
    DATE_ROLE,
    DEADLINES_ROLE,
    IN_PERIOD_ROLE,
    ITEMS_ROLE,
    MARKS_ROLE,
    TODAY_ROLE,
)
from workbench.gui.planner.labels import (
    MARK_COLOURS,
    STAGE_SHORT,
    colour,
    label,
    name,
    text_colour,
)

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workbench.gui.planner.calendar_view import CalendarView

PAD = 3
MARKER = 14


@dataclass
class CellLayout:
    """Where the parts of one day cell go (shared by painting and hit-testing)."""

    chips: list[tuple[QRect, Any]] = field(default_factory=list)
    markers: list[tuple[QRect, Any, Any]] = field(default_factory=list)
    hidden_items: int = 0
    hidden_markers: int = 0
    more_rect: QRect | None = None


def cell_layout(
    rect: QRect,
    metrics: QFontMetrics,
    items: list[Any],
    deadlines: list[tuple[Any, Any]],
    *,
    week: bool,
    show_stages: bool,
) -> CellLayout:
    layout = CellLayout()
    line = metrics.height()
    top = rect.top() + line + 2 * PAD  # below the day number and marks
    bottom = rect.bottom() - PAD
    width = rect.width() - 2 * PAD
    if week:  # a week has room: chips, then one line per deadline
        chip_height = 2 * line + 4
        y = top
        for n, item in enumerate(items):
            if y + chip_height > bottom:
                layout.hidden_items = len(items) - n
                break
            layout.chips.append((QRect(rect.left() + PAD, y, width, chip_height), item))
            y += chip_height + 2
        if show_stages and deadlines:
            y += 6
            row_height = max(MARKER, line) + 2
            for n, (item, stage) in enumerate(deadlines):
                if y + row_height > bottom:
                    layout.hidden_markers = len(deadlines) - n
                    break
                layout.markers.append(
                    (QRect(rect.left() + PAD, y, width, row_height - 2), item, stage)
                )
                y += row_height
        return layout
    marker_rows = 0
    if show_stages and deadlines:
        marker_rows = 1
        bottom -= MARKER + 2
    chip_height = line + 4
    fit = max(0, (bottom - top + 2) // (chip_height + 2))
    shown = items if len(items) <= fit else items[: max(0, fit - 1)]
    y = top
    for item in shown:
        layout.chips.append((QRect(rect.left() + PAD, y, width, chip_height), item))
        y += chip_height + 2
    layout.hidden_items = len(items) - len(shown)
    if layout.hidden_items and bottom - y >= line:
        layout.more_rect = QRect(rect.left() + PAD, y, width, line)
    if marker_rows:
        per_row = max(1, (width - 24) // (MARKER + 2))
        markers = deadlines if len(deadlines) <= per_row else deadlines[: per_row - 1]
        layout.hidden_markers = len(deadlines) - len(markers)
        for n, (item, stage) in enumerate(markers):
            x = rect.left() + PAD + n * (MARKER + 2)
            layout.markers.append((QRect(x, bottom + 2, MARKER, MARKER), item, stage))
    return layout


class CalendarDelegate(QStyledItemDelegate):
    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(120, 90)

    def layout_for(self, option_rect: QRect, index: QModelIndex) -> CellLayout:
        return cell_layout(
            option_rect,
            self.view.fontMetrics(),
            index.data(ITEMS_ROLE) or [],
            index.data(DEADLINES_ROLE) or [],
            week=self.view.week_mode,
            show_stages=self.view.show_stages,
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        view = self.view
        lang = view.lang
        rect = option.rect
        palette = view.palette()
        day: date = index.data(DATE_ROLE)
        marks = index.data(MARKS_ROLE) or []
        kinds = {m.kind for m in marks}
        in_period = bool(index.data(IN_PERIOD_ROLE))
        painter.save()
        base = palette.color(QPalette.ColorRole.Base)
        if "holiday" in kinds:
            base = _blend(base, QColor("#e53935"), 0.10)
        elif "workday" in kinds:
            base = _blend(base, QColor("#8d6e63"), 0.12)
        elif day.weekday() >= 5:
            base = _blend(base, palette.color(QPalette.ColorRole.Text), 0.04)
        if not in_period:
            base = _blend(base, palette.color(QPalette.ColorRole.Window), 0.7)
        painter.fillRect(rect, base)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, _alpha(palette.color(QPalette.ColorRole.Highlight), 40))
        metrics = view.fontMetrics()
        line = metrics.height()
        head = QRect(rect.left() + PAD, rect.top() + PAD, rect.width() - 2 * PAD, line)
        number_font = QFont(view.font())
        text = palette.color(QPalette.ColorRole.Text)
        if not in_period:
            text = _blend(text, base, 0.55)
        number = str(day.day)
        if index.data(TODAY_ROLE):
            number_font.setBold(True)
            width = QFontMetrics(number_font).horizontalAdvance(number) + 8
            badge = QRect(head.left(), head.top(), max(width, line + 2), line)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, line / 2, line / 2)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.setFont(number_font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)
            used = badge.width()
        else:
            painter.setFont(number_font)
            painter.setPen(text)
            painter.drawText(
                head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number
            )
            used = metrics.horizontalAdvance(number)
        self._paint_marks(painter, head.adjusted(used + 6, 0, 0, 0), marks, lang, in_period)
        layout = self.layout_for(rect, index)
        for chip_rect, item in layout.chips:
            self._paint_chip(painter, chip_rect, item, lang, view.week_mode)
        painter.setFont(view.font())
        if layout.more_rect is not None and layout.hidden_items:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                layout.more_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                translate("PlannerCalendar", "+%1 more").replace("%1", str(layout.hidden_items)),
            )
        for marker_rect, item, stage in layout.markers:
            self._paint_marker(painter, marker_rect, item, stage)
        if layout.hidden_markers and layout.markers:
            last = layout.markers[-1][0]
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            small = QFont(view.font())
            small.setPointSizeF(max(6.0, view.font().pointSizeF() * 0.8))
            painter.setFont(small)
            where = (
                QRect(last.left(), last.bottom() + 1, 60, last.height())
                if view.week_mode
                else QRect(last.right() + 3, last.top(), 40, last.height())
            )
            painter.drawText(
                where,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"+{layout.hidden_markers}",
            )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_marks(
        self, painter: QPainter, rect: QRect, marks: list[Any], lang: str, in_period: bool
    ) -> None:
        if not marks or rect.width() < 10:
            return
        order = {"holiday": 0, "workday": 1, "festival": 2, "solar-term": 3, "observance": 4}
        x = rect.right()
        font = QFont(self.view.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.9))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        badges = [m for m in marks if m.kind in ("holiday", "workday")]
        for mark in badges[:1]:  # one 休/班 badge at the right edge
            text = (
                translate("PlannerCalendar", "Off", "holiday badge, one character")
                if mark.kind == "holiday"
                else translate(
                    "PlannerCalendar", "Work", "make-up working day badge, one character"
                )
            )
            width = metrics.horizontalAdvance(text) + 6
            badge = QRect(x - width + 1, rect.top() + 1, width, rect.height() - 2)
            painter.fillRect(badge, colour(MARK_COLOURS[mark.kind]))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            x -= width + 3
        names = sorted((m for m in marks if m.kind != "workday"), key=lambda m: order[m.kind])
        seen: list[str] = []
        for mark in names:
            text = name(mark.name_zh, mark.name_en, lang)
            if text and text not in seen:
                seen.append(text)
        if not seen:
            return
        first = next(m for m in names if name(m.name_zh, m.name_en, lang) == seen[0])
        pen = colour(MARK_COLOURS.get(first.kind, "#555555"))
        if not in_period:
            pen.setAlpha(130)
        painter.setPen(pen)
        area = QRect(rect.left(), rect.top(), x - rect.left(), rect.height())
        text = metrics.elidedText(" · ".join(seen), Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_chip(self, painter: QPainter, rect: QRect, item: Any, lang: str, week: bool) -> None:
        fill = colour(it.colour(item))
        done = str(item.status) in ("published", "cancelled")
        if done:
            fill = _blend(fill, QColor("#ffffff"), 0.45)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(text_colour(fill))
        font = QFont(self.view.font())
        font.setStrikeOut(str(item.status) == "cancelled")
        painter.setFont(font)
        inner = rect.adjusted(4, 2, -3, -2)
        metrics = QFontMetrics(font)
        title = it.title(item, lang)
        time = it.time_text(item)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if week:
            top = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
            bottom = QRect(
                inner.left(), inner.top() + metrics.height(), inner.width(), metrics.height()
            )
            small = QFont(font)
            small.setBold(True)
            painter.setFont(small)
            painter.drawText(
                top,
                flags,
                metrics.elidedText(
                    f"{time}  {it.group_name(item, lang)}".strip(),
                    Qt.TextElideMode.ElideRight,
                    top.width(),
                ),
            )
            painter.setFont(font)
            painter.drawText(
                bottom,
                flags,
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, bottom.width()),
            )
        else:
            text = f"{time} {title}" if time and time != "00:00" else title
            painter.drawText(
                inner, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            )

    def _paint_marker(self, painter: QPainter, rect: QRect, item: Any, stage: Any) -> None:
        fill = colour(it.colour(item))
        box = QRect(rect.left(), rect.top() + (rect.height() - MARKER) // 2, MARKER, MARKER)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if stage.done_at is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(fill)
            text_pen = fill
        else:
            painter.setBrush(fill)
            painter.setPen(Qt.PenStyle.NoPen)
            text_pen = text_colour(fill)
        painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 2, 2)
        font = QFont(self.view.font())
        font.setPixelSize(MARKER - 4)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_pen)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label(STAGE_SHORT, stage.stage))
        if rect.width() <= MARKER + 4:
            return
        # A week's deadline line: "Translation · 立春 · 2027 · Li Hua"
        small = QFont(self.view.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.9))
        painter.setFont(small)
        palette = self.view.palette()
        late = stage.done_at is None and stage.due is not None and stage.due < self.view.now
        painter.setPen(QColor("#c62828") if late else palette.color(QPalette.ColorRole.Text))
        who = stage.assignee_name or "—"
        text = f"{it.stage_label(stage)} · {it.title(item, self.view.lang)} · {who}"
        if stage.done_at is not None:
            text += " ✓"
        area = rect.adjusted(MARKER + 4, 0, 0, 0)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(text, Qt.TextElideMode.ElideRight, area.width()),
        )


def _blend(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def _alpha(c: QColor, alpha: int) -> QColor:
    found = QColor(c)
    found.setAlpha(alpha)
    return found
