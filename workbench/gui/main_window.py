"""The main window: navigator on the left, the segment grid in the centre, panels on the
right. It wires actions to the editor view and keeps no document state of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QWidget,
)

from workbench import __version__
from workbench.documents import import_into_workspace
from workbench.documents.editing import segment_history
from workbench.documents.query import get_document
from workbench.editor.counts import en_word_count, zh_char_count
from workbench.editor.grid import SegmentRow, document_counts
from workbench.gui.actions import ACTIONS, build_actions, retranslate_actions
from workbench.gui.context import AppContext
from workbench.gui.dialogs.history import SegmentHistoryDialog, history_html
from workbench.gui.editor.term_hits import MAX_KEYS, TermHitsPanel, check_segment
from workbench.gui.editor.view import EditorView
from workbench.gui.errors import show_error
from workbench.gui.forms import load_form
from workbench.gui.navigator import Navigator
from workbench.gui.tasks import Progress, run_in_background
from workbench.gui.themes import segment_fonts
from workbench.settings import config_dir

EDITOR_ACTIONS = (
    "confirm",
    "edit",
    "previous",
    "next",
    "copy_source",
    "clear_target",
    "split",
    "merge",
    "history",
    "mark_reviewed",
    "mark_approved",
    "lock",
    "unlock",
    "swap_view",
    "find",
    "replace",
    "goto",
    "undo",
    "redo",
    "close_document",
)


class MainWindow(QMainWindow):
    # Widgets created by ui/main_window.ui
    centralStack: QStackedWidget
    editorPage: QWidget
    welcomeLabel: QLabel
    mainToolBar: QToolBar
    navigatorDock: QDockWidget
    documentsTab: QWidget
    publicationTree: QTreeView
    termDock: QDockWidget
    tmDock: QDockWidget
    qaDock: QDockWidget
    historyDock: QDockWidget
    noteEdit: QPlainTextEdit
    historyBrowser: QTextBrowser

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        load_form("main_window.ui", base=self)
        self.view: EditorView | None = None
        self._find_dialog = None
        self.actions_by_name = build_actions(self)
        self._place_actions()
        self._connect_actions()
        self.welcome_action = QAction(self.tr("&Welcome…"), self)  # Help → Welcome…
        self.welcome_action.triggered.connect(self.show_welcome)
        self.findChild(QMenu, "menuHelp").insertAction(  # type: ignore[union-attr]
            self.actions_by_name["about"], self.welcome_action
        )
        self.term_panel = TermHitsPanel(self.termDock)
        self.termDock.widget().layout().replaceWidget(self.termPlaceholder, self.term_panel)
        self.termPlaceholder.hide()
        self.term_panel.insert_requested.connect(
            lambda text: self.view and self.view.insert_text(text)
        )
        self._add_term_keys()
        from workbench.gui.qa.controller import QAController

        self.qa = QAController(self)
        from workbench.gui.publishing.controller import PublishingController

        self.publishing = PublishingController(self)
        from workbench.gui.planner.controller import PlannerController

        self.planner = PlannerController(self)
        from workbench.gui.tm.controller import TMController

        self.tm = TMController(self)
        self.navigator = Navigator(context.workspace, self.documentsTab, self.publicationTree)
        self.navigator.open_document.connect(self.open_document)
        self.noteEdit.installEventFilter(self)
        self._build_status_bar()
        # Counting a long document takes ~100 ms: never on the keystroke/confirm path.
        self._counts_timer = QTimer(self, singleShot=True, interval=300)
        self._counts_timer.timeout.connect(self.update_counts)
        self.retranslate()
        self._restore_window_state()
        self._update_enabled()
        self.refresh()

    # --- construction --------------------------------------------------------------------
    def _place_actions(self) -> None:
        for spec in ACTIONS:
            menu = self.findChild(QMenu, spec.menu)
            assert menu is not None, spec.menu
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(self.actions_by_name[spec.name])
            if spec.toolbar:
                self.mainToolBar.addAction(self.actions_by_name[spec.name])
        file_menu = self.findChild(QMenu, "menuFile")
        assert file_menu is not None
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("menuRecent")
        file_menu.insertMenu(self.actions_by_name["import"], self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        view_menu = self.findChild(QMenu, "menuView")
        assert view_menu is not None
        view_menu.addSeparator()
        for dock in (self.navigatorDock, self.termDock, self.tmDock, self.qaDock, self.historyDock):
            view_menu.addAction(dock.toggleViewAction())
        self.tabifyDockWidget(self.termDock, self.tmDock)
        self.termDock.raise_()

    def _connect_actions(self) -> None:
        a = self.actions_by_name
        a["import"].triggered.connect(self.choose_and_import)
        a["new_workspace"].triggered.connect(lambda: self.choose_workspace(new=True))
        a["open_workspace"].triggered.connect(lambda: self.choose_workspace(new=False))
        a["backup"].triggered.connect(self.backup_now)
        a["close_document"].triggered.connect(self.close_document)
        a["preferences"].triggered.connect(self.show_preferences)
        a["quit"].triggered.connect(self.close)
        a["refresh"].triggered.connect(self.refresh)
        a["about"].triggered.connect(self.show_about)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["find"].triggered.connect(lambda: self.show_find(replace=False))
        a["replace"].triggered.connect(lambda: self.show_find(replace=True))
        a["goto"].triggered.connect(self.show_goto)
        a["history"].triggered.connect(self.show_history)
        a["add_term"].triggered.connect(self.add_term_from_selection)
        a["termbase_manager"].triggered.connect(self.show_termbase_manager)
        a["swap_view"].toggled.connect(lambda on: self.view and self.view.set_swapped(on))
        simple = {
            "confirm": lambda v: v.confirm_current(),
            "edit": lambda v: v.edit_current(),
            "previous": lambda v: v.move(-1),
            "next": lambda v: v.move(1),
            "copy_source": lambda v: v.copy_source_to_target(),
            "clear_target": lambda v: v.clear_target(),
            "split": lambda v: v.split_current(),
            "merge": lambda v: v.merge_with_next(),
            "mark_reviewed": lambda v: v.set_selected_status("reviewed"),
            "mark_approved": lambda v: v.set_selected_status("approved"),
            "lock": lambda v: v.set_selected_status("locked"),
            "unlock": lambda v: v.set_selected_status("unlock"),
            "undo": lambda v: v.undo(),
            "redo": lambda v: v.redo(),
        }
        for name, call in simple.items():
            a[name].triggered.connect(lambda _=False, call=call: self.view and call(self.view))

    def _add_term_keys(self) -> None:
        """Alt+1…9 insert the rendering of the n-th term hit, from anywhere in the window."""
        for number in range(1, MAX_KEYS + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, n=number: self.insert_term(n))
            self.addAction(action)

    def insert_term(self, number: int) -> None:
        text = self.term_panel.target_for_key(number)
        if text and self.view is not None:
            self.view.insert_text(text)

    def _build_status_bar(self) -> None:
        self.progress_label = QLabel()
        self.count_label = QLabel()
        self.selection_label = QLabel()
        self.workspace_label = QLabel()
        for label in (
            self.progress_label,
            self.count_label,
            self.selection_label,
            self.workspace_label,
        ):
            self.statusBar().addPermanentWidget(label)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ICC Workbench — 国际传播编辑工作台"))
        retranslate_actions(self.actions_by_name)
        self.recent_menu.setTitle(self.tr("Recent &workspaces"))
        where = self.context.workspace.path or self.context.workspace.url
        self.workspace_label.setText(self.tr("Workspace: %1").replace("%1", Path(str(where)).name))
        self.workspace_label.setToolTip(str(where))
        self.navigator.retranslate()
        self.update_counts()

    def _settings(self) -> QSettings:
        return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_window_state(self) -> None:
        settings = self._settings()
        geometry = settings.value("geometry")
        state = settings.value("state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:  # first start: room for titles in the navigator, panels a little narrower
            self.resizeDocks(
                [self.navigatorDock, self.historyDock], [340, 380], Qt.Orientation.Horizontal
            )
            self.resizeDocks(  # term hits / TM matches and the QA findings share the right
                [self.termDock, self.qaDock, self.historyDock],
                [400, 280, 160],
                Qt.Orientation.Vertical,
            )

    def event(self, event: QEvent) -> bool:
        # Back from the term base manager (or another app): pick up term changes.
        if (
            event.type() == QEvent.Type.WindowActivate
            and self.view is not None
            and self.view.refresh_matcher()
        ):
            self._show_terms(self.view.current_segment())
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_document()
        settings = self._settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.sync()
        super().closeEvent(event)

    # --- documents -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.navigator.refresh()

    def open_document(self, document_id: int) -> None:
        if self.view is not None and self.view.document_id == document_id:
            return
        self.close_document()
        prefs = self.context.preferences
        with self.context.workspace.session() as session:
            document = get_document(session, document_id)
        view = EditorView(
            self.context.workspace,
            document,
            self.context.author,
            autosave_seconds=prefs.autosave_seconds,
            auto_propagate=prefs.auto_propagate,
            fonts=segment_fonts(prefs.zh_font, prefs.en_font, prefs.font_size),
            parent=self.editorPage,
        )
        self.editorPage.layout().addWidget(view)
        self.centralStack.setCurrentWidget(self.editorPage)
        self.view = view
        self.qa.attach_view(view)
        view.current_changed.connect(self._segment_changed)
        view.content_changed.connect(self._counts_timer.start)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        view.error.connect(self.report_error)
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        view.undo_stack.canUndoChanged.connect(self._update_enabled)
        view.undo_stack.canRedoChanged.connect(self._update_enabled)
        view.set_swapped(self.actions_by_name["swap_view"].isChecked())
        title = document.title_zh if document.source_lang == "zh" else document.title_en
        self.setWindowTitle(
            f"{title or document.title_en or document.title_zh} — "
            + self.tr("ICC Workbench — 国际传播编辑工作台")
        )
        if view.restored:
            self.statusBar().showMessage(
                self.tr(
                    "Restored %n unsaved draft(s) from the last session", "", len(view.restored)
                ),
                10000,
            )
        self._update_enabled()
        self._counts_timer.start()
        self._segment_changed(view.current_segment())
        self.tm.attach_view(view)
        view.table.setFocus()

    def close_document(self) -> None:
        view, self.view = self.view, None
        if view is None:
            return
        self.qa.detach_view()
        self.tm.detach_view()
        self._save_note()
        view.close_document()
        view.setParent(None)
        view.deleteLater()
        if self._find_dialog is not None:
            self._find_dialog.close()
            self._find_dialog = None
        self.centralStack.setCurrentIndex(0)
        self.setWindowTitle(self.tr("ICC Workbench — 国际传播编辑工作台"))
        self._segment_changed(None)
        self._update_enabled()
        self.update_counts()
        self.refresh()

    def _update_enabled(self) -> None:
        has_view = self.view is not None
        for name in EDITOR_ACTIONS:
            self.actions_by_name[name].setEnabled(has_view)
        if self.view is not None:
            self.actions_by_name["undo"].setEnabled(True)  # also undoes typing in the editor
            self.actions_by_name["redo"].setEnabled(True)
        qa = getattr(self, "qa", None)
        if qa is not None:
            qa.update_actions()

    # --- status bar ------------------------------------------------------------------------
    def update_counts(self) -> None:
        if self.view is None:
            for label in (self.progress_label, self.count_label, self.selection_label):
                label.clear()
            return
        with self.context.workspace.session() as session:
            counts = document_counts(session, self.view.document_id)
        self.progress_label.setText(
            self.tr("Confirmed %1 / %2")
            .replace("%1", str(counts.confirmed))
            .replace("%2", str(counts.total))
        )
        zh_chars = counts.source_zh_chars or counts.target_zh_chars
        en_words = counts.source_en_words or counts.target_en_words
        self.count_label.setText(
            self.tr("Chinese %1 characters · English %2 words")
            .replace("%1", f"{zh_chars:,}")
            .replace("%2", f"{en_words:,}")
        )
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        if self.view is None:
            return
        rows = self.view.selected_rows()
        if len(rows) < 2:
            self.selection_label.clear()
            return
        texts = [t for r in rows for t in (r.source, r.draft if r.draft is not None else r.target)]
        chars = sum(zh_char_count(t) for t in texts)
        words = sum(en_word_count(t) for t in texts)
        self.selection_label.setText(
            self.tr("Selection: %1 segments, %2 characters, %3 words")
            .replace("%1", str(len(rows)))
            .replace("%2", f"{chars:,}")
            .replace("%3", f"{words:,}")
        )

    # --- notes and history dock ------------------------------------------------------------
    def _segment_changed(self, row: SegmentRow | None) -> None:
        self._save_note()
        self._note_segment = row.id if row else None
        self.noteEdit.blockSignals(True)
        self.noteEdit.setPlainText(row.note if row else "")
        self.noteEdit.blockSignals(False)
        self.noteEdit.setEnabled(row is not None and row.status != "locked")
        if row is None:
            self.historyBrowser.clear()
            self._show_terms(None)
            return
        with self.context.workspace.session() as session:
            revisions = segment_history(session, row.id)
        self.historyBrowser.setHtml(history_html(revisions, self.field_names()))
        self._show_terms(row)

    def _show_terms(self, row: SegmentRow | None) -> None:
        view = self.view
        if row is None or view is None or view.matcher is None:
            self.term_panel.show_terms(None)
            return
        target = row.draft if row.draft is not None else row.target
        self.term_panel.show_terms(
            check_segment(
                view.matcher, row.source, target, view.model.source_lang, view.model.target_lang
            )
        )

    def _save_note(self) -> None:
        segment_id = getattr(self, "_note_segment", None)
        if segment_id is None or self.view is None:
            return
        text = self.noteEdit.toPlainText()
        row = self.view.model.row_data(self.view.model.row_of(segment_id) or 0)
        if row is None or row.id != segment_id or row.note == text:
            return
        try:
            self.view.set_note(segment_id, text)
        except Exception as exc:
            self.report_error(str(exc))

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.noteEdit
            and getattr(event, "type", lambda: None)() == QEvent.Type.FocusOut
        ):
            self._save_note()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def field_names(self) -> dict[str, str]:
        return {
            "target": self.tr("Target"),
            "status": self.tr("Status"),
            "note": self.tr("Note"),
            "created": self.tr("Created"),
            "split": self.tr("Split"),
            "merge": self.tr("Merge"),
            "source": self.tr("Source"),
        }

    # --- dialogs ---------------------------------------------------------------------------
    def show_history(self) -> None:
        row = self.view.current_segment() if self.view else None
        if row is None:
            return
        with self.context.workspace.session() as session:
            revisions = segment_history(session, row.id)
        SegmentHistoryDialog(self, row.number, revisions, self.field_names()).exec()

    def show_goto(self) -> None:
        from workbench.gui.dialogs.goto import GotoDialog

        if self.view is None:
            return
        current = self.view.current_segment()
        total = len(self.view.model.ids())
        last = self.view.model.row_data(total - 1) if total else None
        dialog = GotoDialog(self, current.number if current else 1, last.number if last else 1)
        if dialog.exec() and not self.view.go_to_number(dialog.number()):
            self.statusBar().showMessage(
                self.tr("Segment %1 is hidden by the filter").replace("%1", str(dialog.number())),
                6000,
            )

    def show_find(self, *, replace: bool) -> None:
        from workbench.gui.dialogs.find_replace import FindReplaceDialog

        if self.view is None:
            return
        if self._find_dialog is None or self._find_dialog.view is not self.view:
            self._find_dialog = FindReplaceDialog(self, self.view, replace=replace)
        else:
            self._find_dialog.set_replace_mode(replace)
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.findEdit.setFocus()
        self._find_dialog.findEdit.selectAll()

    def show_shortcuts(self) -> None:
        from workbench.gui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_preferences(self) -> None:
        from workbench.gui.dialogs.preferences import PreferencesDialog
        from workbench.gui.themes import apply_theme
        from workbench.settings import current_author

        dialog = PreferencesDialog(
            self, self.context.preferences, self.context.workspace, self.context.ui_language
        )
        if not dialog.exec():
            return
        try:
            dialog.save_workspace_settings(self.context.author)
        except Exception as exc:
            self.report_error(str(exc))
        self.qa.reload_profiles()
        old = self.context.preferences
        prefs = dialog.result_preferences()
        prefs.save()
        self.context.preferences = prefs
        self.context.author = current_author(prefs)
        self.context.workspace.backup_keep = prefs.backups_to_keep
        from PySide6.QtWidgets import QApplication

        apply_theme(QApplication.instance(), prefs.theme)  # type: ignore[arg-type]
        if self.view is not None:
            self.view.author = self.context.author
            self.view.auto_propagate = prefs.auto_propagate
            self.view.set_autosave_seconds(prefs.autosave_seconds)
            self.view.set_fonts(*segment_fonts(prefs.zh_font, prefs.en_font, prefs.font_size))
        if prefs.ui_language != old.ui_language:
            self.statusBar().showMessage(
                self.tr("The new interface language is used after a restart."), 10000
            )

    # --- terms -----------------------------------------------------------------------------
    def add_term_from_selection(self) -> None:
        """Ctrl+T: a concept dialog prefilled with the text selected in source and target."""
        from workbench.gui.termbase.concept_dialog import ConceptDialog, store_new_concept
        from workbench.termbase.data import ConceptData, TermData

        view = self.view
        if view is None:
            return
        source, target = view.term_candidate()
        row = view.current_segment()
        code = {"zh": "zh-Hans", "en": "en"}
        concept = ConceptData(
            terms=[
                TermData(source, code[view.model.source_lang]),
                TermData(target, code[view.model.target_lang]),
            ],
            source=self.tr("Added while translating document %1").replace(
                "%1", str(view.document_id)
            ),
        )
        dialog = ConceptDialog(self, self.context, concept)
        if not dialog.exec():
            return
        try:
            store_new_concept(
                self.context.workspace,
                self.context.author,
                dialog.target_termbase(),
                dialog.concept(),
            )
        except Exception as exc:
            self.report_error(str(exc))
            return
        manager = getattr(self, "_termbase_manager", None)
        if manager is not None:
            manager.refresh_if_changed()
        view.refresh_matcher()
        self._show_terms(row)
        self.statusBar().showMessage(self.tr("Term added to the term base."), 6000)

    def show_termbase_manager(self) -> None:
        from workbench.gui.termbase.manager import TermbaseManager

        manager = getattr(self, "_termbase_manager", None)
        if manager is None or manager.context.workspace is not self.context.workspace:
            manager = TermbaseManager(self, self.context)
            manager.concepts_changed.connect(self._terms_changed)
            self._termbase_manager = manager
        manager.show()
        manager.raise_()
        manager.activateWindow()

    def _terms_changed(self) -> None:
        if self.view is not None and self.view.refresh_matcher():
            self._show_terms(self.view.current_segment())

    # --- workspaces ------------------------------------------------------------------------
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.context.workspace.path or self.context.workspace.url)
        for location in self.context.preferences.recent_workspaces:
            action = self.recent_menu.addAction(location)
            action.setEnabled(location != current)
            action.triggered.connect(lambda _=False, where=location: self.switch_workspace(where))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def choose_workspace(self, *, new: bool) -> None:
        start = str(Path(str(self.context.workspace.path or Path.home())).parent)
        pattern = self.tr("Workspaces (*.db);;All files (*)")
        if new:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"), start, pattern)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), start, pattern)
        if path:
            self.switch_workspace(path)

    def switch_workspace(self, location: str) -> bool:
        """Open another workspace in this window; the current one stays open on failure."""
        from workbench.db.workspace import open_workspace

        try:
            workspace = open_workspace(
                location, backup_keep=self.context.preferences.backups_to_keep
            )
        except Exception as exc:
            self.report_error(str(exc))
            return False
        self.close_document()
        manager = getattr(self, "_termbase_manager", None)
        if manager is not None:  # it holds the old workspace
            manager.close()
            manager.deleteLater()
            self._termbase_manager = None
        self.context.workspace.close()
        self.context.workspace = workspace
        self.navigator.workspace = workspace
        self.qa.workspace_changed()
        prefs = self.context.preferences
        prefs.remember_workspace(str(workspace.path or workspace.url))
        prefs.save()
        self.retranslate()
        self.refresh()
        return True

    # --- import and backup -------------------------------------------------------------------
    def choose_and_import(self) -> None:
        documents = self.tr("Documents (*.docx *.txt)")
        bilingual = self.tr("XLIFF and TMX files (*.xlf *.xliff *.sdlxliff *.tmx)")
        extracted = self.tr("Text copied from a bilingual print PDF (*.txt)")
        path, chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a document"),
            str(Path.home()),
            ";;".join([documents, bilingual, extracted, self.tr("All files (*)")]),
        )
        if path:
            # A PDF extract is plain text too: only the filter says which importer to use.
            self.import_path(Path(path), fmt="extracted" if chosen == extracted else "auto")

    def import_path(self, path: Path, fmt: str = "auto") -> None:
        workspace, author = self.context.workspace, self.context.author

        def work(progress: Progress) -> int:
            document_id, _draft = import_into_workspace(
                workspace, path, author=author, fmt=fmt, cancelled=lambda: progress.cancelled
            )
            return document_id

        def done(document_id: int) -> None:
            self.refresh()
            self.statusBar().showMessage(
                self.tr("Imported %1 as document %2")
                .replace("%1", path.name)
                .replace("%2", str(document_id)),
                8000,
            )
            self.open_document(document_id)

        def cancelled() -> None:
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was changed."), 8000)

        run_in_background(
            self,
            self.tr("Importing %1…").replace("%1", path.name),
            work,
            done,
            self.report_error,
            cancelled,
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
        QMessageBox.about(self, self.tr("About ICC Workbench"), self.about_text())

    def about_text(self) -> str:
        import platform

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from workbench.settings import data_dir, log_dir

        return "\n".join(
            [
                self.tr(
                    "ICC Workbench %1\nA bilingual editorial workbench for international"
                    " communication centers."
                ).replace("%1", __version__),
                "",
                f"Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}",
                self.tr("Data folder: %1").replace("%1", str(data_dir())),
                self.tr("Log folder: %1").replace("%1", str(log_dir())),
            ]
        )

    def show_welcome(self) -> None:
        from workbench.gui.dialogs.welcome import show_welcome

        show_welcome(self)


__all__ = ["MainWindow", "QAction"]
