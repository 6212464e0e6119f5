"""The term base manager: term bases on the left (priority order), the concepts of the
chosen ones in a searchable, filterable, sortable lazy table, the selected concept's
details and history on the right. Concept changes are undoable; imports, exports and the
conflict search run in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workbench.errors import Cancelled, WorkbenchError
from workbench.gui.context import AppContext
from workbench.gui.errors import show_error
from workbench.gui.forms import load_form
from workbench.gui.tasks import Progress, run_in_background
from workbench.gui.termbase.commands import (
    AddConceptCommand,
    ChangeKind,
    ConceptRefs,
    DeleteConceptsCommand,
    EditConceptCommand,
)
from workbench.gui.termbase.concept_dialog import ConceptDialog, language_label
from workbench.gui.termbase.concept_model import (
    COLUMN_EN,
    COLUMN_FORBIDDEN,
    COLUMN_MODIFIED,
    COLUMN_SUBJECT,
    COLUMN_TERMBASE,
    COLUMN_ZH,
    ConceptModel,
    ConceptQuery,
    list_subjects,
)
from workbench.gui.termbase.details import concept_html, history_html
from workbench.termbase.data import ConceptData
from workbench.termbase.store import (
    TermBaseInfo,
    concept_history,
    create_termbase,
    delete_termbase,
    get_concept,
    list_termbases,
    load_concepts,
    reorder_termbases,
    termbase_version,
    update_termbase,
)

TERMBASE_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORT_FORMATS = ("tbx", "tbx-v3", "csv", "tsv", "xlsx")
EXPORT_SUFFIXES = {"tbx": ".tbx", "tbx-v3": ".tbx", "csv": ".csv", "tsv": ".tsv", "xlsx": ".xlsx"}


class TermbaseManager(QMainWindow):
    """A non-modal window over the workspace's term bases (``show()`` it)."""

    concepts_changed = Signal()  # something in the term bases changed here
    exported = Signal(str)  # the file an export wrote

    mainSplitter: QSplitter
    termbaseList: QTreeWidget
    newTermbaseButton: QToolButton
    renameTermbaseButton: QToolButton
    deleteTermbaseButton: QToolButton
    moveUpButton: QToolButton
    moveDownButton: QToolButton
    searchEdit: QLineEdit
    languageCombo: QComboBox
    statusCombo: QComboBox
    subjectCombo: QComboBox
    conceptTable: QTableView
    countLabel: QLabel
    detailTabs: QTabWidget
    detailBrowser: QTextBrowser
    historyBrowser: QTextBrowser
    toolBar: QToolBar

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        load_form("termbase_manager.ui", base=self)
        self.context = context
        self.workspace = context.workspace
        self.termbases: list[TermBaseInfo] = []
        self.undo_stack = QUndoStack(self)
        self.refs = ConceptRefs()
        self._pending_select: int | None = None
        self._seen_version = -1
        self._sort = (-1, Qt.SortOrder.AscendingOrder)
        self.rejected_candidates: set[tuple[str, str]] = set()  # term candidates, this session

        self.model = ConceptModel(self.workspace, self)
        self.model.reloaded.connect(self._reloaded)
        self.model.failed.connect(self.report_error)
        self.conceptTable.setModel(self.model)
        self._setup_table()
        self._setup_actions()
        self._setup_filters()
        self.termbaseList.itemSelectionChanged.connect(self._termbase_selection_changed)
        self.conceptTable.selectionModel().currentRowChanged.connect(self._current_changed)
        self.conceptTable.selectionModel().selectionChanged.connect(self._update_actions)
        self.conceptTable.activated.connect(lambda _index: self.edit_concept())
        self.mainSplitter.setStretchFactor(0, 0)
        self.mainSplitter.setStretchFactor(1, 1)
        self.mainSplitter.setStretchFactor(2, 0)
        self.mainSplitter.setSizes([230, 750, 300])
        self.refresh()

    # --- hooks tests replace (no modal dialog blocks a test) ------------------------------
    def report_error(self, message: str, details: str = "") -> None:
        show_error(self, message, details)

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_export_target(self, title: str) -> tuple[Path, str] | None:
        filters = {
            self.tr("TBX-Basic (TBX 2, most CAT tools) (*.tbx)"): "tbx",
            self.tr("TBX v3 (ISO 30042:2019) (*.tbx)"): "tbx-v3",
            self.tr("Excel workbook (*.xlsx)"): "xlsx",
            self.tr("CSV, comma-separated (*.csv)"): "csv",
            self.tr("TSV, tab-separated (*.tsv)"): "tsv",
        }
        path, chosen = QFileDialog.getSaveFileName(self, title, "", ";;".join(filters))
        if not path:
            return None
        fmt = filters.get(chosen, "tbx")
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(EXPORT_SUFFIXES[fmt])
        return target, fmt

    def show_notes(self, title: str, notes: list[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, "\n".join(notes[:20]), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): nothing waits for it

    # --- set-up --------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.conceptTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_FORBIDDEN, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COLUMN_EN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in (
            (COLUMN_ZH, 160),
            (COLUMN_FORBIDDEN, 30),
            (COLUMN_SUBJECT, 100),
            (COLUMN_TERMBASE, 100),
        ):
            header.resizeSection(column, width)
        # Measured from a sample, not from the rows: the table may hold 100,000 of them.
        header.resizeSection(
            COLUMN_MODIFIED, table.fontMetrics().horizontalAdvance("0000-00-00 00:00") + 20
        )
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        # Rows are one line: the height is fixed, so the view never measures 100,000 rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        termbases = self.termbaseList.header()
        termbases.setStretchLastSection(False)
        termbases.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            termbases.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _action(
        self, name: str, text: str, icon: str, slot: Any, shortcut: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(qta.icon(icon), text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_by_name[name] = action
        return action

    def _setup_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        a = self._action
        tb = [
            a("newTermbase", self.tr("New term base…"), "mdi6.database-plus", self.new_termbase),
            a("renameTermbase", self.tr("Rename…"), "mdi6.rename-box", self.rename_termbase),
            a("deleteTermbase", self.tr("Delete term base…"), "mdi6.database-remove",
              self.delete_termbase),
            a("moveUp", self.tr("Higher priority"), "mdi6.arrow-up", lambda: self.move_termbase(-1),
              tip=self.tr("Consult this term base earlier")),
            a("moveDown", self.tr("Lower priority"), "mdi6.arrow-down",
              lambda: self.move_termbase(1), tip=self.tr("Consult this term base later")),
        ]  # fmt: skip
        for button, action in zip(
            (
                self.newTermbaseButton,
                self.renameTermbaseButton,
                self.deleteTermbaseButton,
                self.moveUpButton,
                self.moveDownButton,
            ),
            tb,
            strict=True,
        ):
            button.setDefaultAction(action)
        concept = [
            a("newConcept", self.tr("New concept…"), "mdi6.text-box-plus", self.new_concept,
              QKeySequence.StandardKey.New),
            a("editConcept", self.tr("Edit concept…"), "mdi6.text-box-edit", self.edit_concept,
              "F2"),
            a("deleteConcept", self.tr("Delete concepts"), "mdi6.text-box-remove",
              self.delete_concepts, QKeySequence.StandardKey.Delete),
        ]  # fmt: skip
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setIcon(qta.icon("mdi6.undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setIcon(qta.icon("mdi6.redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.actions_by_name.update(undo=undo, redo=redo)
        files = [
            a("import", self.tr("Import…"), "mdi6.database-import", self.import_dialog),
            a("export", self.tr("Export…"), "mdi6.database-export", self.export_dialog),
            a("conflicts", self.tr("Find conflicts"), "mdi6.alert-decagram", self.find_conflicts),
            a("termCandidates", self.tr("Term candidates…"), "mdi6.lightbulb-on-outline",
              self.term_candidates, tip=self.tr("Propose terms from the aligned material")),
        ]  # fmt: skip
        search = a("search", self.tr("Search"), "mdi6.magnify", self._focus_search,
                   QKeySequence.StandardKey.Find)  # fmt: skip
        self.addAction(search)
        for group in (concept, [undo, redo], files):
            for action in group:
                self.toolBar.addAction(action)
            self.toolBar.addSeparator()
        for action in concept:
            self.conceptTable.addAction(action)
        # Delete acts on the table only, not on a term base or the search text.
        self.actions_by_name["deleteConcept"].setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        for action in (undo, redo):  # their text names the step: too long for the bar
            button = self.toolBar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.termbaseList.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in tb:
            self.termbaseList.addAction(action)

    def _setup_filters(self) -> None:
        self.languageCombo.addItem(self.tr("All languages"), None)
        self.languageCombo.addItem(self.tr("Chinese (both scripts)"), "zh")
        for code in ("zh-Hans", "zh-Hant", "en"):
            self.languageCombo.addItem(language_label(code), code)
        self.statusCombo.addItem(self.tr("Any status"), None)
        self.statusCombo.addItem(self.tr("Has forbidden terms"), "deprecated")
        self.statusCombo.addItem(self.tr("Has admitted terms"), "admitted")
        self.statusCombo.addItem(self.tr("Has preferred terms"), "preferred")
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.languageCombo, self.statusCombo, self.subjectCombo):
            combo.currentIndexChanged.connect(self.apply_filters)

    # --- term bases ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the term bases, subjects and concepts again (after outside changes)."""
        self.refresh_termbases()
        self.apply_filters()

    def refresh_termbases(self) -> None:
        keep = set(self._selected_ids() or [])
        with self.workspace.session() as session:
            self.termbases = list_termbases(session)
            subjects = list_subjects(session)
            self._seen_version = termbase_version(session)
        tree = self.termbaseList
        tree.blockSignals(True)
        tree.clear()
        total = sum(info.concept_count for info in self.termbases)
        everything = QTreeWidgetItem([self.tr("All term bases"), "", str(total)])
        everything.setData(0, TERMBASE_ROLE, None)
        font = everything.font(0)
        font.setItalic(True)
        everything.setFont(0, font)
        tree.addTopLevelItem(everything)
        for rank, info in enumerate(self.termbases, 1):
            item = QTreeWidgetItem([info.name, str(rank), str(info.concept_count)])
            item.setData(0, TERMBASE_ROLE, info.id)
            item.setToolTip(0, info.description or info.name)
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            tree.addTopLevelItem(item)
            if info.id in keep:
                item.setSelected(True)
        if not tree.selectedItems():
            everything.setSelected(True)
        current = next(iter(tree.selectedItems()), everything)
        tree.setCurrentItem(current, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        tree.blockSignals(False)
        self._fill_subjects(subjects)
        self._update_actions()

    def _fill_subjects(self, subjects: list[str]) -> None:
        combo = self.subjectCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All subjects"), None)
        combo.addItem(self.tr("No subject"), "")
        for subject in subjects:
            combo.addItem(subject, subject)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)

    def _selected_ids(self) -> list[int] | None:
        """The selected term bases' ids; None when "All term bases" is chosen."""
        items = self.termbaseList.selectedItems()
        ids = [item.data(0, TERMBASE_ROLE) for item in items]
        if not ids or None in ids:
            return None
        return [int(i) for i in ids]

    def selected_termbase_ids(self) -> list[int] | None:
        return self._selected_ids()

    def _single_termbase(self) -> TermBaseInfo | None:
        ids = self._selected_ids()
        if ids is None or len(ids) != 1:
            return None
        return next((info for info in self.termbases if info.id == ids[0]), None)

    def select_termbases(self, ids: list[int] | None) -> None:
        tree = self.termbaseList
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            value = item.data(0, TERMBASE_ROLE)
            item.setSelected(value in ids if ids is not None else value is None)

    def _termbase_selection_changed(self) -> None:
        self._update_actions()
        self.apply_filters()

    def new_termbase(self) -> int | None:
        name = self.ask_text(self.tr("New term base"), self.tr("Name of the new term base:"))
        if not name or not name.strip():
            return None
        try:
            with self.workspace.session() as session:
                termbase_id = create_termbase(session, name, author=self.context.author).id
        except WorkbenchError as exc:
            self.report_error(str(exc))
            return None
        self.refresh_termbases()
        self.select_termbases([termbase_id] if termbase_id is not None else None)
        return termbase_id

    def rename_termbase(self) -> None:
        info = self._single_termbase()
        if info is None:
            return
        name = self.ask_text(self.tr("Rename term base"), self.tr("New name:"), info.name)
        if not name or name == info.name:
            return
        try:
            with self.workspace.session() as session:
                update_termbase(session, info.id, author=self.context.author, name=name)
        except WorkbenchError as exc:
            self.report_error(str(exc))
            return
        self.refresh_termbases()
        self.model.reload()  # rows show the term base's name
        self._changed()

    def delete_termbase(self) -> None:
        info = self._single_termbase()
        if info is None:
            return
        question = self.tr(
            "Delete the term base “%1” with its %2 concepts? This cannot be undone; the "
            "history of its changes is kept."
        )
        question = question.replace("%1", info.name).replace("%2", str(info.concept_count))
        if not self.confirm(self.tr("Delete term base"), question):
            return
        try:
            with self.workspace.session() as session:
                delete_termbase(session, info.id, author=self.context.author)
        except WorkbenchError as exc:
            self.report_error(str(exc))
            return
        # Steps on its concepts cannot be replayed any more.
        self.undo_stack.clear()
        self.refs.clear()
        self.select_termbases(None)
        self.refresh()
        self._changed()

    def move_termbase(self, step: int) -> None:
        info = self._single_termbase()
        if info is None:
            return
        order = [tb.id for tb in self.termbases]
        position = order.index(info.id)
        target = position + step
        if not 0 <= target < len(order):
            return
        order[position], order[target] = order[target], order[position]
        try:
            with self.workspace.session() as session:
                reorder_termbases(session, order, author=self.context.author)
        except WorkbenchError as exc:
            self.report_error(str(exc))
            return
        self.refresh_termbases()
        if self.model.query.order.lstrip("-") == "termbase":
            self.model.reload()
        self._changed()

    # --- filters, sorting, selection ------------------------------------------------------
    def current_query(self) -> ConceptQuery:
        ids = self._selected_ids()
        return ConceptQuery(
            text=self.searchEdit.text().strip(),
            lang=self.languageCombo.currentData(),
            status=self.statusCombo.currentData(),
            termbase_ids=frozenset(ids) if ids is not None else None,
            subject=self.subjectCombo.currentData(),
            order=self.model.query.order,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self._remember_current()
        self.countLabel.setText(self.tr("Searching…"))
        self.model.set_query(self.current_query())

    def clear_filters(self) -> None:
        for widget in (self.searchEdit, self.languageCombo, self.statusCombo, self.subjectCombo):
            widget.blockSignals(True)
        self.searchEdit.clear()
        for combo in (self.languageCombo, self.statusCombo, self.subjectCombo):
            combo.setCurrentIndex(0)
        for widget in (self.searchEdit, self.languageCombo, self.statusCombo, self.subjectCombo):
            widget.blockSignals(False)
        self.termbaseList.blockSignals(True)
        self.select_termbases(None)
        self.termbaseList.blockSignals(False)
        self.apply_filters()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.conceptTable.horizontalHeader()
        if column >= 0 and not self.model.sortable(column):
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            return
        self._sort = (column, order)
        self._remember_current()
        self.model.sort(column, order)

    def _remember_current(self) -> None:
        if self._pending_select is None:
            self._pending_select = self.current_concept_id()

    def _reloaded(self) -> None:
        shown = self.model.rowCount()
        total = sum(info.concept_count for info in self.termbases)
        self.countLabel.setText(
            self.tr("%1 of %2 concepts").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )
        wanted, self._pending_select = self._pending_select, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and shown:
            row = 0
        if row is not None:
            self.select_row(row)
        else:
            self._show_details(None)
        self._update_actions()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.conceptTable.selectionModel().setCurrentIndex(index, flags)
        self.conceptTable.scrollTo(index)

    def show_concept(self, concept_id: int) -> None:
        """Select a concept, clearing the filters if they hide it (conflicts jump here)."""
        row = self.model.row_of(concept_id)
        if row is not None:
            self.select_row(row)
            return
        self._pending_select = concept_id
        self.clear_filters()

    def current_concept_id(self) -> int | None:
        index = self.conceptTable.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.concept_id(index.row())

    def selected_concept_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.conceptTable.selectionModel().selectedRows()})
        return [self.model.concept_id(r) for r in rows if r < self.model.rowCount()]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(current.row() if current.isValid() else None)
        self._update_actions()

    def _show_details(self, row: int | None) -> None:
        data = self.model.row_data(row) if row is not None else None
        self.detailBrowser.setHtml(concept_html(data) if data is not None else "")
        if data is None:
            self.historyBrowser.clear()
            return
        with self.workspace.session() as session:
            revisions = concept_history(session, data.id)
        self.historyBrowser.setHtml(history_html(revisions))

    def _update_actions(self) -> None:
        single = self._single_termbase()
        position = self.termbases.index(single) if single is not None else -1
        enable = self.actions_by_name
        enable["renameTermbase"].setEnabled(single is not None)
        enable["deleteTermbase"].setEnabled(single is not None)
        enable["moveUp"].setEnabled(position > 0)
        enable["moveDown"].setEnabled(0 <= position < len(self.termbases) - 1)
        has_current = self.current_concept_id() is not None
        enable["editConcept"].setEnabled(has_current)
        enable["deleteConcept"].setEnabled(has_current)
        enable["export"].setEnabled(bool(self.termbases))
        enable["conflicts"].setEnabled(bool(self.termbases))

    def _focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    # --- concepts (undoable) --------------------------------------------------------------
    def _changed(self) -> None:
        with self.workspace.session() as session:
            self._seen_version = termbase_version(session)
        self.concepts_changed.emit()

    def _notify(self, kind: ChangeKind, ids: list[int]) -> None:
        """An undo step changed these concepts: show it."""
        if kind == "edited":
            self.model.refresh_ids(ids)
            current = self.current_concept_id()
            if current in ids:
                self._show_details(self.model.row_of(current))
            with self.workspace.session() as session:
                self._fill_subjects(list_subjects(session))
        else:
            if kind == "added" and ids:
                self._pending_select = ids[0]
            self.refresh_termbases()
            self.model.reload()
        self._changed()

    def _step_failed(self, message: str) -> None:
        self.report_error(message)

    def _label(self, template: str, concept: ConceptData) -> str:
        first = next((t.text for t in concept.terms), "")
        return template.replace("%1", first)

    def new_concept(self, concept: ConceptData | None = None) -> bool:
        single = self._single_termbase()
        dialog = ConceptDialog(self, self.context, concept, single.id if single else None)
        if not self.run_dialog(dialog):
            return False
        target = dialog.target_termbase()
        data = dialog.concept()
        if isinstance(target, str):
            try:
                with self.workspace.session() as session:
                    created = create_termbase(session, target, author=self.context.author)
            except WorkbenchError as exc:
                self.report_error(str(exc))
                return False
            assert created.id is not None
            target = created.id
            self.refresh_termbases()
        self.undo_stack.push(
            AddConceptCommand(
                self._label(self.tr("Add concept “%1”"), data),
                self.workspace,
                self.context.author,
                self.refs,
                target,
                data,
                self._notify,
                self._step_failed,
            )
        )
        return True

    def edit_concept(self, concept_id: int | None = None) -> bool:
        concept_id = concept_id if concept_id is not None else self.current_concept_id()
        if concept_id is None:
            return False
        try:
            with self.workspace.session() as session:
                before = get_concept(session, concept_id)
        except WorkbenchError as exc:
            self.report_error(str(exc))
            return False
        dialog = ConceptDialog(self, self.context, before, before.termbase_id)
        if not self.run_dialog(dialog):
            return False
        after = dialog.concept()
        if after == before:
            return False
        assert before.termbase_id is not None
        self.undo_stack.push(
            EditConceptCommand(
                self._label(self.tr("Edit concept “%1”"), after),
                self.workspace,
                self.context.author,
                self.refs.ref(concept_id, before.termbase_id),
                before,
                after,
                self._notify,
                self._step_failed,
            )
        )
        return True

    def delete_concepts(self, concept_ids: list[int] | None = None) -> bool:
        ids = concept_ids if concept_ids is not None else self.selected_concept_ids()
        if not ids:
            return False
        rows = [self.model.row_data(r) for r in map(self.model.row_of, ids) if r is not None]
        termbase_of = {row.id: row.termbase_id for row in rows if row is not None}
        if len(termbase_of) != len(ids):
            with self.workspace.session() as session:
                for concept in load_concepts(session, concept_ids=ids):
                    assert concept.id is not None and concept.termbase_id is not None
                    termbase_of[concept.id] = concept.termbase_id
        targets = [self.refs.ref(i, termbase_of[i]) for i in ids if i in termbase_of]
        label = self.tr("Delete %n concept(s)", "", len(targets))
        current_row = self.conceptTable.currentIndex().row()
        self.undo_stack.push(
            DeleteConceptsCommand(
                label,
                self.workspace,
                self.context.author,
                self.refs,
                targets,
                self._notify,
                self._step_failed,
            )
        )
        # Keep the cursor where it was: the next concept moves up into the row.
        following = [
            self.model.concept_id(r)
            for r in (current_row + 1, current_row - 1)
            if 0 <= r < self.model.rowCount() and self.model.concept_id(r) not in ids
        ]
        self._pending_select = following[0] if following else None
        return True

    # --- import, export, conflicts --------------------------------------------------------
    def import_dialog(self, path: Path | None = None) -> QDialog:
        from workbench.gui.termbase.import_wizard import TermbaseImportWizard

        single = self._single_termbase()
        wizard = TermbaseImportWizard(self, self.context, path, single.id if single else None)
        wizard.report_error = self.report_error  # type: ignore[method-assign]
        wizard.imported.connect(self._imported)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def _imported(self, termbase_id: int, merged: bool) -> None:
        if merged:  # merged edits would be overwritten by replaying older steps
            self.undo_stack.clear()
        self.refresh_termbases()
        self.select_termbases([termbase_id])
        self._changed()

    def export_dialog(self) -> None:
        ids = self._selected_ids()
        if ids is None:
            title = self.tr("Export all term bases")
        else:
            title = self.tr("Export %n term base(s)", "", len(ids))
        target = self.ask_export_target(title)
        if target is not None:
            self.export_termbases(target[0], target[1], ids)

    def export_termbases(self, path: Path, fmt: str, termbase_ids: list[int] | None) -> None:
        """Write the term bases (all when None) to ``path`` atomically, in the background."""
        workspace = self.workspace
        nothing = self.tr("There are no concepts to export.")

        def work(progress: Progress) -> tuple[int, list[str]]:
            from workbench.termbase.formats import write_termbase_file

            with workspace.session() as session:
                concepts = load_concepts(session, termbase_ids)
            if progress.cancelled:
                raise Cancelled()
            if not concepts:
                raise WorkbenchError(nothing)
            return len(concepts), write_termbase_file(path, concepts, fmt)

        def done(result: tuple[int, list[str]]) -> None:
            count, notes = result
            message = self.tr("Exported %n concept(s) to %1", "", count).replace("%1", str(path))
            self.statusBar().showMessage(message, 10_000)
            if notes:
                self.show_notes(self.tr("Export notes"), notes)
            self.exported.emit(str(path))

        run_in_background(
            self,
            self.tr("Exporting to %1…").replace("%1", path.name),
            work,
            done,
            self.report_error,
        )

    def find_conflicts(self) -> QDialog:
        from workbench.gui.termbase.conflicts_dialog import ConflictsDialog

        # Conflicts are between term bases: always look at all of them.
        dialog = ConflictsDialog(self, self.context, None)
        dialog.report_error = self.report_error  # type: ignore[method-assign]
        dialog.concept_activated.connect(self.show_concept)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.start()
        return dialog

    def term_candidates(self) -> QDialog:
        """Open the term candidates dialog; accepted concepts show here at once."""
        from workbench.gui.termbase.candidates_dialog import TermCandidatesDialog

        single = self._single_termbase()
        dialog = TermCandidatesDialog(
            self, self.context, self.rejected_candidates, single.id if single else None
        )
        dialog.report_error = self.report_error  # type: ignore[method-assign]
        dialog.concepts_accepted.connect(self._candidates_accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.start()
        return dialog

    def _candidates_accepted(self, concept_ids: list[int]) -> None:
        if concept_ids:
            self._pending_select = concept_ids[-1]
        self.refresh_termbases()
        self.model.reload()
        self._changed()

    # --- window ------------------------------------------------------------------------
    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and self.isActiveWindow():
            self.refresh_if_changed()

    def refresh_if_changed(self) -> bool:
        """Reload when the term bases changed elsewhere (the editor's "Add term")."""
        with self.workspace.session() as session:
            version = termbase_version(session)
        if version == self._seen_version:
            return False
        self._remember_current()
        self.refresh()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.model.wait(5_000)
        super().closeEvent(event)


__all__ = ["TermbaseManager"]
