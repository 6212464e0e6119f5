"""The navigator: a filterable document list and the publications → issues → sections tree."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeView,
    QWidget,
)

from workbench.db.workspace import Workspace
from workbench.documents.query import list_documents, publication_tree
from workbench.gui.forms import child, load_form
from workbench.gui.models.document_table import STATUS_LABELS, DocumentTableModel, status_label

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 10


class DocumentFilter(QSortFilterProxyModel):
    """Filters the document list by title text, status, direction and series."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.status = ""
        self.source_lang = ""
        self.series: int | None = None
        self.setSortRole(Qt.ItemDataRole.EditRole)

    def update(self, *, text: str, status: str, source_lang: str, series: int | None) -> None:
        def assign() -> None:
            self.text, self.status, self.source_lang = text.casefold(), status, source_lang
            self.series = series

        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10 replaces invalidateRowsFilter()
            self.beginFilterChange()
            assign()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            assign()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, DocumentTableModel)
        summary = model.summary_at(row)
        if self.status and summary.status != self.status:
            return False
        if self.source_lang and summary.source_lang != self.source_lang:
            return False
        if self.series is not None and summary.series_id != self.series:
            return False
        haystack = f"{summary.title_zh} {summary.title_en}".casefold()
        return not self.text or self.text in haystack


class Navigator(QObject):
    """Owns the two navigator views; emits the id of a document to open."""

    open_document = Signal(int)

    def __init__(self, workspace: Workspace, documents_host: QWidget, tree: QTreeView) -> None:
        super().__init__(documents_host)
        self.workspace = workspace
        panel = load_form("document_list.ui", documents_host)
        documents_host.layout().addWidget(panel)
        self.table = child(panel, QTableView, "documentTable")
        self.filter_edit = child(panel, QLineEdit, "filterEdit")
        self.status_combo = child(panel, QComboBox, "statusCombo")
        self.language_combo = child(panel, QComboBox, "languageCombo")
        self.series_combo = child(panel, QComboBox, "seriesCombo")
        self.summary_label = child(panel, QLabel, "summaryLabel")
        self.model = DocumentTableModel(self)
        self.proxy = DocumentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for hidden in (2, 3, 6):  # English title, direction, time: the dock is narrow
            self.table.setColumnHidden(hidden, True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._open_from_list)
        self.table.activated.connect(self._open_from_list)
        self.filter_edit.textChanged.connect(self.apply_filter)
        for combo in (self.status_combo, self.language_combo, self.series_combo):
            combo.currentIndexChanged.connect(self.apply_filter)

        self.tree = tree
        self.tree_model = QStandardItemModel(self)
        self.tree.setModel(self.tree_model)
        self.tree.doubleClicked.connect(self._open_from_tree)
        self.tree.activated.connect(self._open_from_tree)
        self.retranslate()

    def retranslate(self) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        fill(
            self.status_combo,
            [(self.tr("All"), ""), *((status_label(v), v) for v in STATUS_LABELS)],
        )
        fill(
            self.language_combo,
            [
                (self.tr("All"), ""),
                (self.tr("Chinese → English"), "zh"),
                (self.tr("English → Chinese"), "en"),
            ],
        )
        self._fill_series()

    def _fill_series(self) -> None:
        series = sorted({s.series_id for s in self.model._rows if s.series_id is not None})
        current = self.series_combo.currentData()
        self.series_combo.blockSignals(True)
        self.series_combo.clear()
        self.series_combo.addItem(self.tr("All series"), None)
        for series_id in series:
            self.series_combo.addItem(self.tr("Series %1").replace("%1", str(series_id)), series_id)
        self.series_combo.setCurrentIndex(max(0, self.series_combo.findData(current)))
        self.series_combo.setEnabled(bool(series))
        self.series_combo.blockSignals(False)

    def refresh(self) -> None:
        with self.workspace.session() as session:
            rows = list_documents(session)
            tree = publication_tree(session)
        self.model.set_rows(rows)
        self._fill_series()
        self._fill_tree(tree)
        self.apply_filter()

    def apply_filter(self) -> None:
        self.proxy.update(
            text=self.filter_edit.text(),
            status=self.status_combo.currentData() or "",
            source_lang=self.language_combo.currentData() or "",
            series=self.series_combo.currentData(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.summary_label.setText(
            self.tr("%1 of %2 documents").replace("%1", str(shown)).replace("%2", str(total))
        )

    def _fill_tree(self, tree: list[dict]) -> None:
        self.tree_model.clear()
        root = self.tree_model.invisibleRootItem()
        for pub in tree:
            pub_item = QStandardItem(" / ".join(t for t in (pub["name_zh"], pub["name_en"]) if t))
            root.appendRow(pub_item)
            for issue in pub["issues"]:
                issue_item = QStandardItem(issue["title_zh"] or issue["title_en"] or issue["label"])
                pub_item.appendRow(issue_item)
                for section in issue["sections"]:
                    section_item = QStandardItem(
                        " · ".join(t for t in (section["title_zh"], section["title_en"]) if t)
                    )
                    issue_item.appendRow(section_item)
                    for doc in section["documents"]:
                        doc_item = QStandardItem(doc["title_zh"] or doc["title_en"])
                        doc_item.setToolTip(doc["title_en"])
                        doc_item.setData(doc["id"], DOCUMENT_ROLE)
                        section_item.appendRow(doc_item)
        self.tree.expandAll()

    def _open_from_list(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        self.open_document.emit(self.model.summary_at(source.row()).id)

    def _open_from_tree(self, index: QModelIndex) -> None:
        document_id = index.data(DOCUMENT_ROLE)
        if document_id is not None:
            self.open_document.emit(int(document_id))
