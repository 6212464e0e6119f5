"""Publishing in the main window: the Publishing menu, the navigator's issue menu, and the
glue to the issue assembly window, the publish dialog and the review documents."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import qtawesome as qta
from PySide6.QtCore import QModelIndex, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from workbench.gui.publishing.publish_dialog import PublishDialog, open_path
from workbench.gui.publishing.review_dialogs import (
    ReviewExportDialog,
    ReviewImportResultDialog,
    review_api,
    review_file_name,
)
from workbench.gui.tasks import Progress, run_in_background
from workbench.settings import config_dir

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow
    from workbench.gui.publishing.assembly_window import IssueAssemblyWindow

log = logging.getLogger(__name__)


def _settings() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


class PublishingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.assembly: IssueAssemblyWindow | None = None
        self.last_dialog: QDialog | None = None  # the last result shown (tests look at it)
        self.menu = QMenu(window)
        self.menu.setObjectName("menuPublishing")
        help_menu = window.findChild(QMenu, "menuHelp")
        bar = window.menuBar()
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        self.actions: dict[str, QAction] = {}
        for name, icon, slot in (
            ("assembly", "mdi6.book-open-page-variant-outline", lambda: self.open_assembly()),
            ("publish", "mdi6.printer-outline", self.publish_current),
            ("export_review", "mdi6.file-export-outline", self.export_review),
            ("import_review", "mdi6.file-import-outline", self.import_review),
        ):
            action = QAction(qta.icon(icon), "", window)
            action.setObjectName(f"action_publishing_{name}")
            action.triggered.connect(slot)
            if name == "export_review":
                self.menu.addSeparator()
            self.menu.addAction(action)
            self.actions[name] = action
        self.menu.aboutToShow.connect(self.update_actions)
        tree = window.publicationTree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._tree_menu)
        tree.doubleClicked.connect(self._tree_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Publishing"))
        texts = {
            "assembly": self.tr("Issue &assembly…"),
            "publish": self.tr("&Publish issue…"),
            "export_review": self.tr("&Export review document…"),
            "import_review": self.tr("&Import review document…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)

    def update_actions(self) -> None:
        has_view = self.window.view is not None
        self.actions["export_review"].setEnabled(has_view)

    # --- hooks tests replace --------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_review_file(self) -> Path | None:
        folder = str(_settings().value("publishing/review_folder", "") or "") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a review document"),
            folder,
            self.tr("Word documents (*.docx)"),
        )
        return Path(path) if path else None

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # --- assembly and publishing ----------------------------------------------------------
    def open_assembly(self, issue_id: int | None = None) -> IssueAssemblyWindow:
        from workbench.gui.publishing.assembly_window import IssueAssemblyWindow

        window = self.window
        if self.assembly is None:
            self.assembly = IssueAssemblyWindow(window, window.context, window.report_error)
            self.assembly.changed.connect(window.refresh)
            self.assembly.open_document.connect(self._open_document)
            self.assembly.publish_requested.connect(
                lambda issue: self.publish(issue, self.assembly)
            )
        else:
            self.assembly.reload_publications()
        if issue_id is None:
            issue_id = self._current_issue()
        if issue_id is not None:
            self.assembly.open_issue(issue_id)
        self.assembly.show()
        self.assembly.raise_()
        self.assembly.activateWindow()
        self.assembly.outlineTree.setFocus()
        return self.assembly

    def _open_document(self, document_id: int) -> None:
        self.window.open_document(document_id)
        self.window.raise_()
        self.window.activateWindow()

    def _current_issue(self) -> int | None:
        view = self.window.view
        if view is None:
            return None
        from workbench.publishing.assembly import issue_of_document

        with self.window.context.workspace.session() as session:
            return issue_of_document(session, view.document_id)

    def publish_current(self) -> None:
        """Publish the open document's issue; otherwise choose one in Issue assembly."""
        issue_id = self._current_issue()
        if issue_id is None and self.assembly is not None and self.assembly.isVisible():
            issue_id = self.assembly.issue_id()
        if issue_id is None:
            self.open_assembly()
            self._message(self.tr("Choose the issue to publish, then Issue ▸ Publish issue…"))
            return
        self.publish(issue_id)

    def make_publish_dialog(self, issue_id: int, parent: QWidget | None = None) -> PublishDialog:
        window = self.window
        return PublishDialog(
            parent or window,
            window.context.workspace,
            issue_id,
            window.context.ui_language,
            window.report_error,
        )

    def publish(self, issue_id: int, parent: QWidget | None = None) -> None:
        try:
            dialog = self.make_publish_dialog(issue_id, parent)
        except Exception as exc:
            self.window.report_error(str(exc))
            return
        dialog.published.connect(
            lambda result: self._message(
                self.tr("Issue saved to %1").replace("%1", str(result.output))
            )
        )
        self.last_dialog = dialog
        self.run_dialog(dialog)

    # --- the navigator's publications tree -------------------------------------------------
    def _tree_ids(self, index: QModelIndex) -> tuple[int | None, int | None]:
        """(publication id, issue id) of a navigator tree row and its ancestors."""
        chain: list[int] = []
        while index.isValid():
            chain.insert(0, index.row())
            index = index.parent()
        if not chain:
            return None, None
        from workbench.documents.query import publication_tree

        with self.window.context.workspace.session() as session:
            tree = publication_tree(session)
        if chain[0] >= len(tree):
            return None, None
        publication = tree[chain[0]]
        if len(chain) < 2 or chain[1] >= len(publication["issues"]):
            return publication["id"], None
        return publication["id"], publication["issues"][chain[1]]["id"]

    def _tree_activated(self, index: QModelIndex) -> None:
        if index.parent().isValid() and not index.parent().parent().isValid():  # an issue
            _publication, issue_id = self._tree_ids(index)
            if issue_id is not None:
                self.open_assembly(issue_id)

    def _tree_menu(self, position: QPoint) -> None:
        tree = self.window.publicationTree
        publication_id, issue_id = self._tree_ids(tree.indexAt(position))
        menu = QMenu(tree)
        if issue_id is not None:
            menu.addAction(self.tr("Open in issue assembly"), lambda: self.open_assembly(issue_id))
            menu.addAction(self.tr("Publish issue…"), lambda: self.publish(issue_id))
        else:
            assembly = menu.addAction(self.tr("Issue assembly…"))
            assembly.triggered.connect(lambda: self._open_publication(publication_id))
        menu.popup(tree.viewport().mapToGlobal(position))

    def _open_publication(self, publication_id: int | None) -> None:
        assembly = self.open_assembly()
        if publication_id is not None:
            assembly.reload_publications(publication_id)

    # --- review documents ----------------------------------------------------------------
    def export_review(self) -> None:
        view = self.window.view
        if view is None:
            self._message(self.tr("Open the document to export for review first."))
            return
        document = view.document
        title = (document.title_zh if document.source_lang == "zh" else document.title_en) or (
            document.title_en or document.title_zh
        )
        folder = str(_settings().value("publishing/review_folder", "") or "") or str(Path.home())
        dialog = ReviewExportDialog(
            self.window,
            title,
            Path(folder) / review_file_name(title, view.document_id),
            self._status_counts(view.document_id),
        )
        self.last_dialog = dialog
        if not self.run_dialog(dialog):
            return
        self.write_review(view.document_id, dialog.output(), dialog.statuses())

    def _status_counts(self, document_id: int) -> dict[str, int]:
        import sqlalchemy as sa
        from sqlmodel import col, select

        from workbench.models import Segment

        query = (
            select(Segment.status, sa.func.count())
            .where(Segment.document_id == document_id)
            .group_by(col(Segment.status))
        )
        with self.window.context.workspace.session() as session:
            return {str(status): int(n) for status, n in session.exec(query).all()}

    def write_review(self, document_id: int, output: Path, statuses: set[str] | None) -> None:
        workspace, author = self.window.context.workspace, self.window.context.author

        def work(_progress: Progress) -> Any:
            export, _import = review_api()
            return export(workspace, document_id, output, statuses=statuses, author=author)

        def done(_result: Any) -> None:
            settings = _settings()
            settings.setValue("publishing/review_folder", str(output.parent))
            settings.sync()
            self._message(self.tr("Review document saved to %1").replace("%1", str(output)))
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Review document exported"),
                self.tr("Saved %1. Send it to the reviewer; import it when it comes back.").replace(
                    "%1", output.name
                ),
                QMessageBox.StandardButton.Close,
                self.window,
            )
            button = box.addButton(self.tr("Open &DOCX"), QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda: open_path(output))
            self.last_dialog = box  # type: ignore[assignment]
            box.open()

        run_in_background(
            self.window,
            self.tr("Writing %1…").replace("%1", output.name),
            work,
            done,
            self.window.report_error,
        )

    def import_review(self) -> None:
        path = self.choose_review_file()
        if path is not None:
            self.read_review(path)

    def read_review(self, path: Path, tracked_changes: str = "accept") -> None:
        window = self.window
        workspace, author = window.context.workspace, window.context.author
        if window.view is not None:
            window.view.save_draft_now()
            window.view.finish_editing()

        def work(_progress: Progress) -> Any:
            _export, read = review_api()
            return read(workspace, path, tracked_changes=tracked_changes, author=author)

        def done(result: Any) -> None:
            _settings().setValue("publishing/review_folder", str(path.parent))
            self._show_import(result)

        run_in_background(
            window,
            self.tr("Importing %1…").replace("%1", path.name),
            work,
            done,
            window.report_error,
        )

    def _show_import(self, result: Any) -> None:
        from workbench.editor.grid import fetch_rows

        data = result.to_dict()
        updated = [int(i) for i in data.get("updated", [])]
        window = self.window
        numbers: dict[int, int] = {}
        targets: dict[int, str] = {}
        conflict_ids = [int(c.get("segment_id", 0)) for c in data.get("conflicts", [])]
        try:
            with window.context.workspace.session() as session:
                for segment_id, row in fetch_rows(session, [*updated, *conflict_ids]).items():
                    numbers[segment_id] = row.number
                    targets[segment_id] = row.target
        except Exception:  # numbers are a help; the ids are shown without them
            log.exception("cannot read the imported segments")
        view = window.view
        document_id = data.get("document_id")
        if view is not None and view.document_id == document_id:
            current = view.current_segment()
            view.reload_structure(current.id if current is not None else None)
        window.refresh()
        self._message(self.tr("Review imported: %n segment(s) updated.", "", len(updated)))
        dialog = ReviewImportResultDialog(window, data, targets, numbers)
        self.last_dialog = dialog
        dialog.open()
