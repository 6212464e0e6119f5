"""The segment grid with CAT-tool behaviour: confirm and move, drafts, undo, split/merge."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.db.workspace import Workspace
from workbench.editor.changes import EditBatch, SegmentEdit, apply_batch, state_of
from workbench.editor.drafts import commit_draft, discard_draft, restore_drafts, save_draft
from workbench.editor.grid import SegmentFilter, SegmentRow
from workbench.editor.workflow import confirm, set_status
from workbench.errors import WorkbenchError
from workbench.gui.editor.delegate import SegmentDelegate, SegmentEditor, Span
from workbench.gui.editor.filter_bar import SegmentFilterBar
from workbench.gui.editor.segment_model import (
    COLUMN_NUMBER,
    COLUMN_STATUS,
    SegmentModel,
)
from workbench.gui.editor.undo import BatchCommand, MergeCommand, SplitCommand
from workbench.models import Document
from workbench.termbase.matcher import TermMatcher, matcher_for_workspace

log = logging.getLogger(__name__)
DONE = {"translated", "reviewed", "approved", "locked"}


class EditorView(QWidget):
    """Shows one document. All saving goes through the core; the view keeps no text."""

    current_changed = Signal(object)  # SegmentRow | None
    content_changed = Signal()  # counts/progress need recomputing
    segments_changed = Signal(list)  # these segment ids were saved (confirm, fix, undo …)
    structure_changed = Signal()  # segments split or merged: ids and numbers moved
    message = Signal(str)
    error = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        document: Document,
        author: str,
        *,
        autosave_seconds: int = 3,
        auto_propagate: bool = True,
        fonts: tuple[QFont, QFont] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.author = workspace, author
        self.document_id = document.id or 0
        self.document = document
        self.auto_propagate = auto_propagate
        self.undo_stack = QUndoStack(self)
        self.editor: SegmentEditor | None = None
        self._dirty_editor = False

        self.restored = self._restore_crash_drafts()
        self.matcher: TermMatcher | None = None
        self.source_selection: tuple[int, str] | None = None
        self.source_editor: SegmentEditor | None = None
        self._spans: dict[tuple[int, str], list[Span]] = {}
        self.model = SegmentModel(
            workspace, self.document_id, str(document.source_lang), str(document.target_lang), self
        )
        self.table = QTableView(self)
        self.table.setObjectName("segmentTable")
        self.delegate = SegmentDelegate(self.table)
        self.delegate.term_spans = self.term_spans
        self.refresh_matcher()
        if fonts:
            self.delegate.set_fonts(*fonts)
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_NUMBER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COLUMN_NUMBER, 56)
        self.table.setColumnWidth(COLUMN_STATUS, 52)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.filter_bar = SegmentFilterBar(self)
        self.filter_bar.changed.connect(self.apply_filter)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)

        self.delegate.editor_created.connect(self._attach_editor)
        self.delegate.source_editor_created.connect(self._attach_source_editor)
        self.delegate.closeEditor.connect(self._editor_closed)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        # Row heights follow content for the rows on screen; 10,000 rows are never measured
        # at once (that is what makes opening a long document instant).
        self._resize_timer = QTimer(self, singleShot=True, interval=30)
        self._resize_timer.timeout.connect(self.resize_visible_rows)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._resize_timer.start())
        header.sectionResized.connect(self._columns_resized)
        self._autosave = QTimer(self, singleShot=True, interval=max(1, autosave_seconds) * 1000)
        self._autosave.timeout.connect(self.save_draft_now)
        if self.model.rowCount():
            self.go_to_row(0, edit=False)

    # --- terms ---------------------------------------------------------------------------
    def refresh_matcher(self) -> bool:
        """Pick up term base changes (a cheap version check); True if the matcher changed."""
        try:
            with self.workspace.session() as session:
                matcher = matcher_for_workspace(session)
        except Exception:  # terms are a help, never a reason the editor cannot open
            log.exception("term matching unavailable")
            matcher = None
        if matcher is self.matcher and self._spans:
            return False
        self.matcher = matcher
        self._spans.clear()
        self.table.viewport().update()
        return True

    def term_spans(self, row: SegmentRow) -> list[Span]:
        """Term positions in a row's source, for highlighting (cached per text)."""
        key = (row.id, row.source)
        spans = self._spans.get(key)
        if spans is None:
            hits = self.matcher.match(row.source, self.model.source_lang) if self.matcher else []
            spans = [(h.start, h.end, h.forbidden) for h in hits if not h.overlapped]
            self._spans[key] = spans
        return spans

    def insert_text(self, text: str) -> None:
        """Insert at the cursor of the target editor (opening it if needed)."""
        if self.editor is None:
            self.edit_current()
        if self.editor is not None:
            self.editor.insertPlainText(text)
            self.editor.setFocus()

    # --- opening -------------------------------------------------------------------------
    def _restore_crash_drafts(self) -> list[int]:
        with self.workspace.session() as session:
            restored = restore_drafts(session, self.document_id, author=self.author)
        if restored:
            log.info("restored %d unsaved drafts in document %d", len(restored), self.document_id)
        return restored

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._resize_timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()

    def _columns_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in (COLUMN_NUMBER, COLUMN_STATUS):
            self._resize_timer.start()

    def resize_visible_rows(self) -> None:
        viewport = self.table.viewport().rect()
        first = self.table.rowAt(viewport.top())
        if first < 0:
            return
        last = self.table.rowAt(viewport.bottom())
        last = self.model.rowCount() - 1 if last < 0 else min(last + 5, self.model.rowCount() - 1)
        for row in range(max(0, first - 2), last + 1):
            self.table.resizeRowToContents(row)
        self._fit_row_to_editor()
        # Rows above grew: keep the segment being worked on in view.
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)

    # --- current segment ----------------------------------------------------------------
    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def current_segment(self) -> SegmentRow | None:
        return self.model.row_data(self.current_row())

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.row_data(current.row()))

    def target_index(self, row: int) -> QModelIndex:
        return self.model.index(row, self.model.text_column("target"))

    def go_to_row(self, row: int, *, edit: bool = True) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        self.finish_editing()
        index = self.target_index(row)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._resize_timer.start()
        if edit:
            self.edit_current()

    def go_to_segment(self, segment_id: int, *, edit: bool = True) -> None:
        row = self.model.row_of(segment_id)
        if row is not None:
            self.go_to_row(row, edit=edit)

    def go_to_number(self, number: int) -> bool:
        for row in range(self.model.rowCount()):
            data = self.model.row_data(row)
            if data is not None and data.number == number:
                self.go_to_row(row)
                return True
        return False

    def edit_current(self) -> None:
        index = self.target_index(max(0, self.current_row()))
        if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)
        else:
            self.message.emit(self.tr("This segment is locked."))

    def move(self, step: int) -> None:
        """Ctrl+↑/↓: keep what was typed as a draft, go to the neighbour."""
        self.go_to_row(self.current_row() + step)

    # --- the editor ----------------------------------------------------------------------
    def _attach_editor(self, editor: SegmentEditor) -> None:
        self.editor = editor
        self._dirty_editor = False
        QTimer.singleShot(0, self._fit_row_to_editor)  # once the text is in and laid out
        editor.textChanged.connect(self._typed)
        editor.confirm_requested.connect(self.confirm_current)
        editor.navigate_requested.connect(self.move)
        editor.revert_requested.connect(self.revert_current)
        editor.focus_lost.connect(self.save_draft_now)

    def _attach_source_editor(self, editor: SegmentEditor) -> None:
        """Remember what the translator selects in the source, for "add term" (Ctrl+T)."""

        def remember() -> None:
            selected = editor.textCursor().selectedText().strip()
            if selected:
                self.source_selection = (editor.segment_id, selected)

        self.source_editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "source_editor", None))
        editor.selectionChanged.connect(remember)
        editor.navigate_requested.connect(self.move)
        editor.confirm_requested.connect(self.confirm_current)

    def term_candidate(self) -> tuple[str, str]:
        """(source, target) texts for a new term: the selections in this segment."""
        row = self.current_segment()
        if row is None:
            return "", ""
        source = ""
        if self.source_selection is not None and self.source_selection[0] == row.id:
            source = self.source_selection[1]
        target = ""
        if self.editor is not None and self.editor.segment_id == row.id:
            target = self.editor.textCursor().selectedText().strip()
        return source, target

    def _typed(self) -> None:
        self._dirty_editor = True
        self._autosave.start()
        self._fit_row_to_editor()

    def _fit_row_to_editor(self) -> None:
        """Grow the row while typing, so the whole segment stays visible (never scrolls)."""
        editor = self.editor
        if editor is None:
            return
        row = self.model.row_of(editor.segment_id)
        if row is None:
            return
        lines = max(1, int(editor.document().size().height()))  # plain-text layout: lines
        margins = editor.contentsMargins()
        needed = (
            lines * editor.fontMetrics().lineSpacing()
            + 2 * editor.document().documentMargin()
            + margins.top()
            + margins.bottom()
            + 4
        )
        if needed > self.table.rowHeight(row):
            self.table.setRowHeight(row, int(needed))

    def save_draft_now(self) -> None:
        """Autosave of unconfirmed typing (timer, focus change): a crash loses nothing."""
        editor = self.editor
        if editor is None or not self._dirty_editor:
            return
        self._autosave.stop()
        try:
            with self.workspace.session() as session:
                save_draft(session, editor.segment_id, editor.toPlainText(), author=self.author)
        except Exception as exc:  # the editor keeps the text; tell the user
            self.error.emit(str(exc))
            return
        self._dirty_editor = False
        self.model.refresh_ids([editor.segment_id])

    def _editor_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Every way an editor closes ends here: leaving keeps the text, Esc throws it away."""
        if editor is not self.editor:
            return  # confirm already saved it
        keep = hint != QAbstractItemDelegate.EndEditHint.RevertModelCache
        self.editor = None
        self._autosave.stop()
        assert isinstance(editor, SegmentEditor)
        segment_id = editor.segment_id
        try:
            with self.workspace.session() as session:
                if keep:
                    if self._dirty_editor:
                        save_draft(session, segment_id, editor.toPlainText(), author=self.author)
                    batch = commit_draft(session, segment_id, author=self.author)
                else:
                    discard_draft(session, segment_id)
                    batch = None
        except Exception as exc:
            self.error.emit(str(exc))
            return
        self._dirty_editor = False
        if batch is not None and batch.edits:
            self.undo_stack.push(BatchCommand(self.workspace, batch, self.author, self.refresh))
        else:
            self.refresh([segment_id])

    def _close_editor_widget(self, hint: QAbstractItemDelegate.EndEditHint) -> None:
        editor = self.editor
        if editor is not None:
            # Routed through the delegate so the view leaves its editing state properly.
            self.delegate.closeEditor.emit(editor, hint)
            self.table.setFocus()

    def finish_editing(self) -> None:
        """Close an open editor, keeping its text (called before the cursor moves)."""
        if self.source_editor is not None:
            editor, self.source_editor = self.source_editor, None
            self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self._close_editor_widget(QAbstractItemDelegate.EndEditHint.NoHint)

    def revert_current(self) -> None:
        """Esc: throw away what was typed since the segment was opened."""
        self._close_editor_widget(QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def _refresh_current(self) -> None:
        row = self.current_segment()
        if row is not None:
            self.refresh([row.id])

    # --- confirming ----------------------------------------------------------------------
    def confirm_current(self) -> None:
        """Ctrl+Enter: commit the segment (before the cursor moves), then the next unconfirmed."""
        row = self.current_segment()
        if row is None:
            return
        if row.status == "locked":
            self.message.emit(self.tr("This segment is locked."))
            return
        text = (
            self.editor.toPlainText()
            if self.editor is not None
            else (row.draft if row.draft is not None else row.target)
        )
        self._autosave.stop()
        try:
            with self.workspace.session() as session:
                result = confirm(
                    session, row.id, text, author=self.author, propagate=self.auto_propagate
                )
        except WorkbenchError as exc:  # empty translation, locked: say so, keep editing
            self.message.emit(str(exc))
            return
        editor, self.editor = self.editor, None
        if editor is not None:
            self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self._dirty_editor = False
        self.table.setFocus()
        if result.batch.edits:
            self.undo_stack.push(
                BatchCommand(self.workspace, result.batch, self.author, self.refresh)
            )
        else:
            self.refresh([row.id])
        if result.propagated:
            self.message.emit(self.tr("Filled %n identical segment(s)", "", len(result.propagated)))
        self.go_to_next_unconfirmed(after=self.current_row())

    def go_to_next_unconfirmed(self, after: int) -> None:
        total = self.model.rowCount()
        for offset in range(1, total + 1):
            row = (after + offset) % total
            data = self.model.row_data(row)
            if data is not None and data.status not in DONE:
                self.go_to_row(row)
                return
        self.message.emit(self.tr("Every segment is confirmed."))

    # --- other segment actions -------------------------------------------------------------
    def _target_text_action(self, new_text: str) -> None:
        if self.editor is None:
            self.edit_current()
        if self.editor is not None:
            cursor = self.editor.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(new_text)  # one step in the editor's own undo

    def replace_target(self, text: str) -> None:
        """Put ``text`` in the target editor (a TM match): one step of the editor's undo."""
        self._target_text_action(text)

    def copy_source_to_target(self) -> None:
        row = self.current_segment()
        if row is not None:
            self._target_text_action(row.source)

    def clear_target(self) -> None:
        self._target_text_action("")

    def set_selected_status(self, status: str) -> None:
        self.finish_editing()
        ids = self.selected_ids()
        if not ids:
            return
        try:
            with self.workspace.session() as session:
                batch = set_status(session, ids, status, author=self.author)
        except WorkbenchError as exc:
            self.message.emit(str(exc))
            return
        if batch.edits:
            self.undo_stack.push(BatchCommand(self.workspace, batch, self.author, self.refresh))

    def push_applied_batch(self, batch: EditBatch) -> None:
        """A batch the core has already applied becomes one undo step."""
        if batch.edits:
            self.undo_stack.push(BatchCommand(self.workspace, batch, self.author, self.refresh))

    def set_note(self, segment_id: int, text: str) -> None:
        with self.workspace.session() as session:
            before = state_of(session, segment_id)
            if before.note == text:
                return
            batch = EditBatch(
                self.tr("Edit note"), [SegmentEdit(segment_id, before, replace(before, note=text))]
            )
            apply_batch(session, batch, author=self.author)
        self.push_applied_batch(batch)

    def set_autosave_seconds(self, seconds: int) -> None:
        self._autosave.setInterval(max(1, seconds) * 1000)

    def apply_batch_command(self, batch: EditBatch) -> None:
        """A batch built elsewhere (replace-all) applied as one undo step."""
        self.finish_editing()
        self.undo_stack.push(
            BatchCommand(self.workspace, batch, self.author, self.refresh, already_applied=False)
        )

    def split_current(self) -> None:
        row = self.current_segment()
        if row is None:
            return
        source_offset, target_offset = self._split_offsets(row)
        self.finish_editing()
        self.undo_stack.push(
            SplitCommand(
                self.workspace,
                self.tr("Split segment %1").replace("%1", str(row.number)),
                row.id,
                source_offset,
                target_offset,
                self.author,
                self.reload_structure,
                self.message.emit,
            )
        )

    def _split_offsets(self, row: SegmentRow) -> tuple[int, int | None]:
        """Split where the target cursor is, and the source at the middle sentence boundary."""
        target_offset = None
        if self.editor is not None:
            target_offset = self.editor.textCursor().position()
            if not 0 < target_offset < len(self.editor.toPlainText()):
                target_offset = None
        source = row.source
        middle = len(source) // 2
        candidates = [i + 1 for i, ch in enumerate(source[:-1]) if ch in "。！？；.!?;，,"]
        if candidates:
            return min(candidates, key=lambda i: abs(i - middle)), target_offset
        space = source.rfind(" ", 0, middle)
        return (space + 1 if space > 0 else max(1, middle)), target_offset

    def merge_with_next(self) -> None:
        row = self.current_segment()
        if row is None:
            return
        self.finish_editing()
        self.undo_stack.push(
            MergeCommand(
                self.workspace,
                self.tr("Merge segment %1").replace("%1", str(row.number)),
                row.id,
                self.author,
                self.reload_structure,
                self.message.emit,
            )
        )

    def undo(self) -> None:
        self.finish_editing()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.finish_editing()
        self.undo_stack.redo()

    # --- refreshing ----------------------------------------------------------------------
    def refresh(self, segment_ids: list[int]) -> None:
        self.model.refresh_ids(segment_ids)
        for segment_id in segment_ids:
            row = self.model.row_of(segment_id)
            if row is not None:
                self.table.resizeRowToContents(row)
        self.current_changed.emit(self.current_segment())
        self.content_changed.emit()
        self.segments_changed.emit(list(segment_ids))

    def reload_structure(self, select_id: int | None) -> None:
        self.model.reload()
        if select_id is not None:
            self.go_to_segment(select_id, edit=False)
        self._resize_timer.start()
        self.content_changed.emit()
        self.structure_changed.emit()

    def apply_filter(self, flt: SegmentFilter) -> None:
        self.finish_editing()
        self.model.reload(flt)
        self.filter_bar.show_count(self.model.rowCount(), flt)
        self._resize_timer.start()
        if self.model.rowCount():
            self.go_to_row(0, edit=False)

    def set_swapped(self, swapped: bool) -> None:
        self.finish_editing()
        row = self.current_row()
        self.model.set_swapped(swapped)
        if row >= 0:
            self.go_to_row(row, edit=False)
        self._resize_timer.start()

    def set_fonts(self, zh: QFont, en: QFont) -> None:
        self.delegate.set_fonts(zh, en)
        self.table.viewport().update()
        self._resize_timer.start()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return [self.model.segment_id(r) for r in rows]

    def selected_rows(self) -> list[SegmentRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_data(i) for i in rows) if r is not None]

    def close_document(self) -> None:
        """Called before the view goes away: keep whatever is being typed."""
        self.save_draft_now()
        self.finish_editing()
