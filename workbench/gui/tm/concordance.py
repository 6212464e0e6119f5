"""Concordance: search the whole memory for a Chinese substring or English words and see
every unit that has it, the hit highlighted (the search runs off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workbench.gui.forms import load_form
from workbench.gui.tm.background import LatestOnly
from workbench.gui.tm.render import marked_html
from workbench.tm.concordance import ConcordanceHit

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
SIDES = ("auto", "source", "target")
Search = Callable[[str, str], Sequence[ConcordanceHit]]  # (query, side) → hits


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's ``HTML_ROLE`` as rich text (wrapped to the column)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(40, option.rect.width() - 8))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(index, QModelIndex)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        assert isinstance(index, QModelIndex)
        width = option.rect.width()
        table = self.parent()
        if isinstance(table, QTableWidget):
            width = table.columnWidth(index.column())
        option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 4)


class ConcordancePanel(QWidget):
    """``search`` is set by the controller (it knows the workspace)."""

    searched = Signal(int)  # number of hits shown

    searchEdit: QLineEdit
    sideCombo: QComboBox
    searchButton: QPushButton
    summaryLabel: QLabel
    resultsTable: QTableWidget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("concordance.ui", base=self)
        self.search: Search | None = None
        self.hits: list[ConcordanceHit] = []
        self._query = ""
        self._lookup = LatestOnly(self, delay_ms=0)
        self._lookup.ready.connect(self._show)
        self._lookup.failed.connect(
            lambda message: self.summaryLabel.setText(
                self.tr("Search failed: %1").replace("%1", message)
            )
        )
        table = self.resultsTable
        table.setItemDelegate(HtmlDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        self.searchButton.clicked.connect(self.run)
        self.searchEdit.returnPressed.connect(self.run)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "auto": self.tr("Both sides"),
            "source": self.tr("Source"),
            "target": self.tr("Target"),
        }
        current = self.sideCombo.currentData() or "auto"
        self.sideCombo.clear()
        for side in SIDES:
            self.sideCombo.addItem(names[side], side)
        self.sideCombo.setCurrentIndex(max(0, self.sideCombo.findData(current)))

    def search_for(self, text: str) -> None:
        """Put ``text`` in the box and search (Ctrl+Shift+C with a selection)."""
        self.searchEdit.setText(text.strip())
        self.run()

    def run(self) -> None:
        query = self.searchEdit.text().strip()
        if not query or self.search is None:
            return
        side = self.sideCombo.currentData() or "auto"
        search = self.search
        self._query = query
        self.summaryLabel.setText(self.tr("Searching…"))
        self._lookup.request(lambda: list(search(query, side)), now=True)

    def _show(self, hits: list[ConcordanceHit], ms: float) -> None:
        self.hits = hits
        table = self.resultsTable
        table.setRowCount(0)
        table.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            for column, (text, spans) in enumerate(
                ((hit.source, hit.source_spans), (hit.target, hit.target_spans))
            ):
                item = QTableWidgetItem()
                item.setData(HTML_ROLE, marked_html(text, spans))
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        self.summaryLabel.setText(
            self.tr("%n unit(s) with “%1” (%2 ms)", "", len(hits))
            .replace("%1", self._query)
            .replace("%2", f"{ms:.0f}")
        )
        self.searched.emit(len(hits))

    def row_texts(self, row: int) -> tuple[str, str]:
        hit = self.hits[row]
        return hit.source, hit.target
