"""The main window. Until the editor issue it shows the workspace's documents."""

from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QWidget,
)

from workbench import __version__
from workbench.documents import import_into_workspace
from workbench.documents.query import list_documents
from workbench.gui.context import AppContext
from workbench.gui.errors import show_error
from workbench.gui.forms import child, load_form
from workbench.gui.models.document_table import STATUS_LABELS, DocumentTableModel, status_label
from workbench.gui.tasks import run_in_background


class DocumentFilter(QSortFilterProxyModel):
    """Filters the document list by title text, status and direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.status = ""
        self.source_lang = ""
        self.setSortRole(Qt.ItemDataRole.EditRole)

    def update(self, *, text: str, status: str, source_lang: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10 replaces invalidateRowsFilter()
            self.beginFilterChange()
            self.text, self.status, self.source_lang = text.casefold(), status, source_lang
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.text, self.status, self.source_lang = text.casefold(), status, source_lang
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: object) -> bool:
        model = self.sourceModel()
        assert isinstance(model, DocumentTableModel)
        summary = model.summary_at(row)
        if self.status and summary.status != self.status:
            return False
        if self.source_lang and summary.source_lang != self.source_lang:
            return False
        haystack = f"{summary.title_zh} {summary.title_en}".casefold()
        return not self.text or self.text in haystack


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("MainWindow")
        self.resize(1100, 680)
        self.model = DocumentTableModel(self)
        self.proxy = DocumentFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_panel()
        self._build_actions()
        self.retranslate()
        self.refresh()

    # --- construction --------------------------------------------------------------------
    def _build_panel(self) -> None:
        panel = load_form("document_list.ui", self)
        self.setCentralWidget(panel)
        self.table = child(panel, QTableView, "documentTable")
        self.filter_edit = child(panel, QLineEdit, "filterEdit")
        self.status_combo = child(panel, QComboBox, "statusCombo")
        self.language_combo = child(panel, QComboBox, "languageCombo")
        self.summary_label = child(panel, QLabel, "summaryLabel")
        self.table.setModel(self.proxy)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.language_combo.currentIndexChanged.connect(self._apply_filter)

    def _build_actions(self) -> None:
        self.import_action = QAction(qta.icon("mdi6.file-import-outline"), "", self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.choose_and_import)
        self.refresh_action = QAction(qta.icon("mdi6.refresh"), "", self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.backup_action = QAction(qta.icon("mdi6.backup-restore"), "", self)
        self.backup_action.triggered.connect(self.backup_now)
        self.quit_action = QAction(qta.icon("mdi6.exit-to-app"), "", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(qta.icon("mdi6.information-outline"), "", self)
        self.about_action.triggered.connect(self.show_about)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.import_action, self.backup_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.refresh_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.import_action, self.refresh_action])
        self.workspace_label = QLabel()
        self.statusBar().addPermanentWidget(self.workspace_label)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ICC Workbench — 国际传播编辑工作台"))
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setToolTip(self.tr("Import a .txt or .docx file as a new document"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.backup_action.setText(self.tr("&Back up workspace"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About ICC Workbench"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        where = self.context.workspace.path or self.context.workspace.url
        self.workspace_label.setText(self.tr("Workspace: %1").replace("%1", str(where)))
        self._fill_combos()

    def _fill_combos(self) -> None:
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All"), "")
        for value in STATUS_LABELS:
            self.status_combo.addItem(status_label(value), value)
        self.status_combo.blockSignals(False)
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        self.language_combo.addItem(self.tr("All"), "")
        self.language_combo.addItem(self.tr("Chinese → English"), "zh")
        self.language_combo.addItem(self.tr("English → Chinese"), "en")
        self.language_combo.blockSignals(False)

    # --- behaviour -----------------------------------------------------------------------
    def _apply_filter(self) -> None:
        self.proxy.update(
            text=self.filter_edit.text(),
            status=self.status_combo.currentData() or "",
            source_lang=self.language_combo.currentData() or "",
        )
        self._update_summary()

    def _update_summary(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.summary_label.setText(
            self.tr("%1 of %2 documents").replace("%1", str(shown)).replace("%2", str(total))
        )

    def refresh(self) -> None:
        with self.context.workspace.session() as session:
            rows = list_documents(session)
        self.model.set_rows(rows)
        self._update_summary()

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a document"),
            str(Path.home()),
            self.tr("Documents (*.docx *.txt);;All files (*)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        workspace, author = self.context.workspace, self.context.author

        def work() -> int:
            document_id, _draft = import_into_workspace(workspace, path, author=author)
            return document_id

        def done(document_id: int) -> None:
            self.refresh()
            self.statusBar().showMessage(
                self.tr("Imported %1 as document %2")
                .replace("%1", path.name)
                .replace("%2", str(document_id)),
                8000,
            )

        run_in_background(
            self,
            self.tr("Importing %1…").replace("%1", path.name),
            work,
            done,
            self.report_error,
        )

    def report_error(self, message: str, details: str = "") -> None:
        """Every failure the user must see goes through here (tests replace it)."""
        show_error(self, message, details)

    def backup_now(self) -> None:
        try:
            target = self.context.workspace.backup(reason="manual")
        except Exception as exc:
            self.report_error(str(exc))
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(target)), 8000)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ICC Workbench"),
            self.tr(
                "ICC Workbench %1\nA bilingual editorial workbench for international"
                " communication centers."
            ).replace("%1", __version__),
        )
