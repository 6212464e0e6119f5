"""Painting and in-place editing of segment cells.

Text wraps, each language has its own font, a line marks where a block (paragraph,
heading) starts, and the target editor is a multi-line plain-text editor that knows the
CAT keyboard (Ctrl+Enter confirms; Esc reverts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workbench.editor.grid import SegmentRow
from workbench.gui.editor.segment_model import (
    COLUMN_NUMBER,
    COLUMN_STATUS,
    ROW_ROLE,
    SegmentModel,
)
from workbench.gui.editor.status import note_icon, status_icon

PADDING = 6
BLOCK_LINE = QColor("#b3262d")
QA_HIGHLIGHT = QColor(255, 152, 0, 150)  # orange: the span of the selected QA finding


class SegmentEditor(QPlainTextEdit):
    """The target-cell editor. Signals let the view act on CAT keys."""

    confirm_requested = Signal()
    navigate_requested = Signal(int)  # -1 previous, +1 next
    revert_requested = Signal()
    document_undo_requested = Signal(bool)  # True = undo, False = redo
    focus_lost = Signal()

    def __init__(self, parent: QWidget | None, segment_id: int) -> None:
        super().__init__(parent)
        self.segment_id = segment_id
        self.is_source = False
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def event(self, event: QEvent) -> bool:
        # Let window shortcuts (Ctrl+Enter, Ctrl+↑/↓ …) win over the editor's own keys, but
        # keep the editor's in-segment undo while it has something to undo.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            if ctrl and key == Qt.Key.Key_Z and not self.document().isUndoAvailable():
                event.ignore()
                return False
            if ctrl and key == Qt.Key.Key_Y and not self.document().isRedoAvailable():
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm_requested.emit()
            return
        if (
            ctrl
            and not mods & Qt.KeyboardModifier.ShiftModifier
            and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.navigate_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Escape:
            self.revert_requested.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QEvent) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)  # type: ignore[arg-type]


Span = tuple[int, int, bool]  # start, end, forbidden


@dataclass(frozen=True)
class QAHighlight:
    """The selected QA finding's span: shown while the cell still holds ``text``."""

    segment_id: int
    side: str  # "source" | "target"
    start: int
    end: int
    text: str

    def applies(self, segment_id: int, side: str | None, text: str) -> bool:
        return (
            segment_id == self.segment_id
            and side == self.side
            and text == self.text
            and self.end > self.start
        )

    def qt_range(self) -> tuple[int, int]:
        """The span in Qt's UTF-16 offsets (a CJK extension character counts twice)."""

        def qt(offset: int) -> int:
            return len(self.text[:offset].encode("utf-16-le")) // 2

        return qt(self.start), qt(self.end)


def qa_format(start: int, end: int) -> QTextLayout.FormatRange:
    fmt = QTextCharFormat()
    fmt.setBackground(QA_HIGHLIGHT)
    item = QTextLayout.FormatRange()
    item.start, item.length, item.format = start, end - start, fmt
    return item


def text_layout(
    text: str, font: QFont, width: int, formats: list[QTextLayout.FormatRange] | None = None
) -> tuple[QTextLayout, int]:
    """Lay ``text`` out in lines of ``width``; painting and row heights share this."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if formats:
        layout.setFormats(formats)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(10, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, int(height + 0.999)


def term_formats(spans: list[Span]) -> list[QTextLayout.FormatRange]:
    """Terms get a soft highlight; forbidden ones a red wavy underline."""
    ranges = []
    for start, end, forbidden in spans:
        fmt = QTextCharFormat()
        if forbidden:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#c62828"))
        else:
            fmt.setBackground(QColor(255, 213, 79, 110))
        item = QTextLayout.FormatRange()
        item.start, item.length, item.format = start, end - start, fmt
        ranges.append(item)
    return ranges


class SegmentDelegate(QStyledItemDelegate):
    """Wrapped text in per-language fonts; term highlights; status icons; block boundaries."""

    editor_created = Signal(object)  # SegmentEditor (target)
    source_editor_created = Signal(object)  # read-only SegmentEditor over the source

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fonts: dict[str, QFont] = {"zh": QFont(), "en": QFont()}
        # Set by the view: term spans to highlight in a row's source text.
        self.term_spans: Callable[[SegmentRow], list[Span]] | None = None
        # Set by the QA panel: the selected finding's span.
        self.qa_highlight: QAHighlight | None = None

    def set_fonts(self, zh: QFont, en: QFont) -> None:
        self.fonts = {"zh": QFont(zh), "en": QFont(en)}

    def _font_for(self, index: QModelIndex) -> QFont:
        model = index.model()
        lang = model.language_of(index.column()) if isinstance(model, SegmentModel) else None
        return self.fonts.get(lang or "en", self.fonts["en"])

    @staticmethod
    def _row(index: QModelIndex) -> SegmentRow | None:
        return index.data(ROW_ROLE)

    # --- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = self._row(index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        text = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if row is None:
            return
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(colour_role))
        rect = opt.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        column = index.column()
        if column == COLUMN_STATUS:
            icon = status_icon(row.status)
            size = min(20, rect.height())
            icon.paint(painter, QRect(rect.left(), rect.top(), size, size))
            if row.note:
                note_icon().paint(painter, QRect(rect.left() + size + 2, rect.top(), size, size))
        elif column == COLUMN_NUMBER:
            font = QFont(opt.font)
            if row.block_kind == "heading":
                font.setBold(True)
            painter.setFont(font)
            marker = {
                "heading": f"H{row.heading_level or 1}",
                "caption": "Cap",
                "quote": "Q",
                "byline": "By",
            }.get(row.block_kind, "")
            label = f"{row.number}\n{marker}" if marker else str(row.number)
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), label
            )
        else:
            font = QFont(self._font_for(index))
            if row.block_kind == "heading":
                font.setBold(True)
            if row.draft is not None and text == row.draft and text != row.source:
                font.setItalic(True)  # unconfirmed text restored or autosaved
            spans: list[Span] = []
            model = index.model()
            side = model.side_of(column) if isinstance(model, SegmentModel) else None
            if self.term_spans is not None and side == "source":
                spans = self.term_spans(row)
            formats = term_formats(spans)
            qa = self.qa_highlight
            if qa is not None and qa.applies(row.id, side, text):
                formats.append(qa_format(*qa.qt_range()))
            layout, _height = text_layout(text, font, rect.width(), formats)
            layout.draw(painter, QPointF(rect.topLeft()))
        if row.first_in_block and row.number > 1:
            pen = painter.pen()
            pen.setColor(BLOCK_LINE if row.block_kind == "heading" else QColor("#9e9e9e"))
            pen.setWidth(2 if row.block_kind == "heading" else 1)
            painter.setPen(pen)
            painter.drawLine(opt.rect.topLeft(), opt.rect.topRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        row = self._row(index)
        if row is None or index.column() in (COLUMN_NUMBER, COLUMN_STATUS):
            lines = 2 if row is not None and row.block_kind != "paragraph" else 1
            return QSize(48, QFontMetrics(option.font).lineSpacing() * lines + PADDING)
        font = QFont(self._font_for(index))
        if row.block_kind == "heading":
            font.setBold(True)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or " ")
        width = max(40, option.rect.width() - 2 * PADDING)
        _layout, height = text_layout(text, font, width)
        return QSize(width, max(height, QFontMetrics(font).lineSpacing()) + PADDING + 2)

    # --- editing -------------------------------------------------------------------------
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        row = self._row(index)
        editor = SegmentEditor(parent, row.id if row else -1)
        editor.setFont(self._font_for(index))
        model = index.model()
        if isinstance(model, SegmentModel) and model.side_of(index.column()) == "source":
            editor.setReadOnly(True)  # for selecting source text, never for changing it
            editor.is_source = True
            self.source_editor_created.emit(editor)
            return editor
        self.editor_created.emit(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, SegmentEditor) and editor.toPlainText() == "":
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setPlainText(text)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            editor.document().clearUndoRedoStacks()
            model = index.model()
            side = model.side_of(index.column()) if isinstance(model, SegmentModel) else None
            qa = self.qa_highlight
            if qa is not None and qa.applies(editor.segment_id, side, text):
                start, end = qa.qt_range()
                cursor = editor.textCursor()  # the QA finding's span, ready to retype
                cursor.setPosition(start)
                cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
                editor.setTextCursor(cursor)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        # Saving happens in the view (drafts, confirm); the model is read-only here.
        return

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        editor.setGeometry(option.rect)
