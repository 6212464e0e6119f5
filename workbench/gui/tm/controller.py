"""Translation memory in the main window: the TM panel that follows the current segment,
Ctrl+1…9, the concordance dock, pre-fill on open, TMX import and the alignment review."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import qtawesome as qta
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu

from workbench.editor.grid import SegmentRow
from workbench.gui.tasks import Progress, run_in_background
from workbench.gui.tm.background import LatestOnly
from workbench.gui.tm.concordance import ConcordancePanel
from workbench.gui.tm.jobs import (
    Fill,
    concordance_job,
    lookup_job,
    prefill_batch,
    prefill_job,
)
from workbench.gui.tm.panel import MAX_KEYS, LookupResult, TMPanel
from workbench.tm.tmx_import import TMImportResult, import_tmx

if TYPE_CHECKING:
    from workbench.gui.alignment.review import AlignmentReviewWindow
    from workbench.gui.editor.view import EditorView
    from workbench.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class TMController(QObject):
    review_opened = Signal(object)  # the AlignmentReviewWindow
    imported = Signal(int)  # TMX units stored

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: EditorView | None = None
        self.review: AlignmentReviewWindow | None = None
        self.prefilled = 0  # segments the last pre-fill wrote (tests wait on it)
        self.panel = TMPanel(window.tmDock)
        window.tmDock.widget().layout().replaceWidget(window.tmPlaceholder, self.panel)
        window.tmPlaceholder.hide()
        self.panel.insert_requested.connect(self.insert_match)
        self._lookup = LatestOnly(self, delay_ms=40)
        self._lookup.ready.connect(self._show)
        self._lookup.failed.connect(self.panel.show_error)
        self._prefill = LatestOnly(self, delay_ms=0)
        self._prefill.ready.connect(self._apply_prefill)
        self._prefill.failed.connect(self._report)
        self._shown: tuple[int, str] | None = None

        self.concordance = ConcordancePanel()
        # Resolved per search: the workspace may have been switched since.
        self.concordance.search = lambda query, side: concordance_job(self.workspace)(query, side)
        self.concordance_dock = QDockWidget(window)
        self.concordance_dock.setObjectName("concordanceDock")
        self.concordance_dock.setWidget(self.concordance)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.concordance_dock)
        window.tabifyDockWidget(window.tmDock, self.concordance_dock)
        window.termDock.raise_()
        view_menu = window.findChild(QMenu, "menuView")
        if view_menu is not None:
            view_menu.addAction(self.concordance_dock.toggleViewAction())

        self.menu = QMenu(window)
        self.menu.setObjectName("menuTM")
        before = window.findChild(QMenu, "menuQA") or window.findChild(QMenu, "menuHelp")
        if before is not None:
            window.menuBar().insertMenu(before.menuAction(), self.menu)
        else:
            window.menuBar().addMenu(self.menu)
        self.actions: dict[str, QAction] = {}
        for name, icon, shortcut, slot in (
            ("concordance", "mdi6.text-search", "Ctrl+Shift+C", self.concordance_search),
            ("prefill", "mdi6.auto-fix", "", self.prefill_now),
            ("import_tmx", "mdi6.database-import-outline", "", self.choose_and_import_tmx),
            ("align", "mdi6.format-columns", "", self.align_current),
        ):
            action = QAction(qta.icon(icon), "", window)
            action.setObjectName(f"action_tm_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, slot=slot: slot())
            if name in ("import_tmx",):
                self.menu.addSeparator()
            self.menu.addAction(action)
            self.actions[name] = action
        self._add_match_keys()
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("T&M"))
        texts = {
            "concordance": self.tr("&Concordance search"),
            "prefill": self.tr("&Pre-fill exact matches"),
            "import_tmx": self.tr("&Import TMX into TM…"),
            "align": self.tr("&Align document…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        self.concordance_dock.setWindowTitle(self.tr("Concordance"))
        self.concordance.retranslate()

    def update_actions(self) -> None:
        has_view = self.view is not None
        for name in ("prefill", "align"):
            self.actions[name].setEnabled(has_view)

    def _add_match_keys(self) -> None:
        """Ctrl+1…9 put the n-th match into the target, from anywhere in the window."""
        self.match_actions = []
        for number in range(1, MAX_KEYS + 1):
            action = QAction(self.window)
            action.setObjectName(f"action_tm_match_{number}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, n=number: self.insert_match(n))
            self.window.addAction(action)
            self.match_actions.append(action)

    @property
    def workspace(self) -> Any:
        return self.window.context.workspace

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _report(self, message: str) -> None:
        self.window.report_error(message)

    # --- the open document ---------------------------------------------------------------
    def attach_view(self, view: EditorView) -> None:
        self.view = view
        view.current_changed.connect(self.segment_changed)
        self._shown = None
        self.update_actions()
        self.segment_changed(view.current_segment())
        if self.window.context.preferences.prefill_tm:
            self.prefill_now()

    def detach_view(self) -> None:
        self.view = None
        self._lookup.cancel()
        self._prefill.cancel()
        self._shown = None
        self.panel.clear(self.tr("Open a document to see translation memory matches."))
        self.update_actions()

    def segment_changed(self, row: SegmentRow | None, *, force: bool = False) -> None:
        view = self.view
        if row is None or view is None:
            self._lookup.cancel()
            self._shown = None
            self.panel.clear()
            return
        key = (row.id, row.source)
        if key == self._shown and not force:
            return  # the same segment again (after a save): its matches are on screen
        self._shown = key
        self.panel.show_busy()
        model = view.model
        self._lookup.request(
            lookup_job(
                self.workspace,
                row.id,
                row.source,
                model.source_lang,
                model.target_lang,
                self._context(row),
            )
        )

    def _context(self, row: SegmentRow) -> tuple[str, str]:
        """The sources before and after ``row`` in the document (not just in the filter)."""
        assert self.view is not None
        model = self.view.model
        at = model.row_of(row.id)
        texts = []
        for step in (-1, 1):
            neighbour = model.row_data(at + step) if at is not None else None
            near = neighbour is not None and neighbour.number == row.number + step
            texts.append(neighbour.source if near and neighbour is not None else "")
        return texts[0], texts[1]

    def refresh(self) -> None:
        """Look the current segment up again (after a TMX import, an alignment …)."""
        if self.view is not None:
            self.segment_changed(self.view.current_segment(), force=True)

    def _show(self, result: LookupResult, ms: float) -> None:
        current = self.view.current_segment() if self.view is not None else None
        if current is None or current.id != result.segment_id:
            return
        self.panel.show_result(result, ms)

    def insert_match(self, number: int) -> None:
        text = self.panel.target_for_key(number)
        if text is None or self.view is None:
            return
        self.view.replace_target(text)

    # --- pre-fill ------------------------------------------------------------------------
    def prefill_now(self) -> None:
        view = self.view
        if view is None:
            return
        self._prefill.request(
            prefill_job(
                self.workspace, view.document_id, view.model.source_lang, view.model.target_lang
            ),
            now=True,
        )

    def _apply_prefill(self, fills: list[Fill], _ms: float) -> None:
        view = self.view
        if view is None or not fills:
            self.prefilled = 0
            return
        skip = {view.editor.segment_id} if view.editor is not None else set()
        try:
            batch = prefill_batch(
                self.workspace,
                fills,
                self.tr("Pre-fill from translation memory"),
                skip=skip,
                author=view.author,
            )
        except Exception as exc:
            self._report(str(exc))
            return
        self.prefilled = len(batch.edits)
        if batch.edits:
            view.push_applied_batch(batch)
            view.refresh(batch.segment_ids)
            self._message(
                self.tr(
                    "Pre-filled %n segment(s) from the translation memory", "", len(batch.edits)
                )
            )

    # --- concordance ---------------------------------------------------------------------
    def concordance_search(self) -> None:
        """Ctrl+Shift+C: search the memory for the text selected in the segment."""
        self.concordance_dock.show()
        self.concordance_dock.raise_()
        text, side = "", "auto"
        if self.view is not None:
            source, target = self.view.term_candidate()
            text, side = (source, "source") if source else (target, "target")
        if text:
            self.concordance.sideCombo.setCurrentIndex(
                max(0, self.concordance.sideCombo.findData(side))
            )
            self.concordance.search_for(text)
        else:
            self.concordance.searchEdit.setFocus()
            self.concordance.searchEdit.selectAll()

    # --- TMX import ----------------------------------------------------------------------
    def choose_and_import_tmx(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import TMX into the translation memory"),
            str(Path.home()),
            self.tr("Translation memories (*.tmx);;All files (*)"),
        )
        if path:
            self.import_tmx(Path(path))

    def import_tmx(self, path: Path) -> None:
        workspace, author = self.workspace, self.window.context.author

        def work(progress: Progress) -> TMImportResult:
            return import_tmx(
                workspace,
                path,
                author=author,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        def done(result: TMImportResult) -> None:
            text = self.tr("Imported %1 translation units from %2 in %3 s").replace(
                "%1", f"{result.units:,}"
            )
            text = text.replace("%2", path.name).replace("%3", f"{result.seconds:.1f}")
            if result.skipped:
                text += " " + self.tr("(%n without a translation skipped)", "", result.skipped)
            self._message(text)
            self.imported.emit(result.units)
            self.refresh()

        def cancelled() -> None:
            self._message(self.tr("TMX import cancelled; nothing was added."))

        run_in_background(
            self.window,
            self.tr("Importing %1 into the translation memory…").replace("%1", path.name),
            work,
            done,
            self.window.report_error,
            cancelled,
        )

    # --- alignment -----------------------------------------------------------------------
    def align_current(self) -> None:
        if self.view is None:
            return
        self.open_alignment(self.view.document_id)

    def open_alignment(self, document_id: int) -> AlignmentReviewWindow:
        from workbench.gui.alignment.review import AlignmentReviewWindow

        if self.review is not None:
            self.review.close()
            self.review.deleteLater()
        view = self.view if self.view is not None and self.view.document_id == document_id else None
        review = AlignmentReviewWindow(self.window, self.window.context, document_id, view)
        review.confirmed.connect(lambda _count: self.refresh())
        self.review = review
        review.show()
        review.raise_()
        self.review_opened.emit(review)
        return review
