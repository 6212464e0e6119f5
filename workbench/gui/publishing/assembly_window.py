"""Issue assembly: pick a publication and an issue, arrange its sections and articles.

Drag sections and articles to reorder them (articles also between sections), or use
Alt+↑/↓; every change goes through ``workbench.publishing.assembly`` (one transaction
each) and the tree is reloaded from the new outline. Non-modal: ``show()`` it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.gui.context import AppContext
from workbench.gui.errors import show_error
from workbench.gui.forms import load_form
from workbench.gui.publishing.assembly_commands import AssemblyCommands
from workbench.gui.publishing.labels import template_label, trim_label
from workbench.gui.publishing.outline_model import (
    COL_LAYOUT,
    COL_PROGRESS,
    COL_RIGHT,
    COL_STATUS,
    COL_TITLE,
    LAYOUT_LABELS,
    OutlineModel,
    layout_label,
)
from workbench.publishing import assembly
from workbench.publishing.outline import ArticleEntry, IssueOutline, SectionEntry

# name: (icon, shortcut, menu); the texts are in _setup_actions, for lupdate
ACTION_SPECS: dict[str, tuple[str, str, str]] = {
    "new_publication": ("mdi6.book-plus-outline", "", "publication"),
    "publication_properties": ("mdi6.cog-outline", "", "publication"),
    "delete_publication": ("mdi6.delete-outline", "", "publication"),
    "new_issue": ("mdi6.newspaper-plus", "Ctrl+Shift+I", "issue"),
    "issue_properties": ("mdi6.cog-outline", "", "issue"),
    "delete_issue": ("mdi6.delete-outline", "", "issue"),
    "publish": ("mdi6.printer-outline", "Ctrl+P", "issue"),
    "add_section": ("mdi6.folder-plus-outline", "Ctrl+Shift+N", "arrange"),
    "rename_section": ("mdi6.rename-box", "F2", "arrange"),
    "delete_section": ("mdi6.folder-remove-outline", "Ctrl+Del", "arrange"),
    "add_articles": ("mdi6.file-document-plus-outline", "Ins", "arrange"),
    "remove_articles": ("mdi6.file-document-minus-outline", "Del", "arrange"),
    "move_up": ("mdi6.arrow-up", "Alt+Up", "arrange"),
    "move_down": ("mdi6.arrow-down", "Alt+Down", "arrange"),
    "open_article": ("mdi6.pencil-outline", "Ctrl+E", "arrange"),
    "refresh": ("mdi6.refresh", "F5", "arrange"),
    "close": ("mdi6.close", "Ctrl+W", "arrange"),
}
TOOLBAR = (
    "add_section",
    "rename_section",
    "delete_section",
    None,
    "add_articles",
    "remove_articles",
    None,
    "move_up",
    "move_down",
    None,
    "publish",
)


class IssueAssemblyWindow(AssemblyCommands, QMainWindow):
    changed = Signal()  # the workspace's publications, issues or placements changed
    open_document = Signal(int)
    publish_requested = Signal(int)  # issue id

    publicationCombo: QComboBox
    publicationButton: QToolButton
    issueCombo: QComboBox
    issueButton: QToolButton
    summaryLabel: QLabel
    mainSplitter: QSplitter
    outlineTree: QTreeView
    articleGroup: QGroupBox
    articleTitleLabel: QLabel
    startRightCheck: QCheckBox
    layoutCombo: QComboBox
    openButton: QPushButton
    hintLabel: QLabel
    toolBar: QToolBar

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        report_error: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("issue_assembly.ui", base=self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.context = context
        self._report = report_error
        self.outline: IssueOutline | None = None
        self._loaded: object = None  # the workspace the pickers were filled from
        self.model = OutlineModel(self)
        self.model.articles_dropped.connect(self.move_articles)
        self.model.sections_dropped.connect(self.move_sections)
        self._setup_tree()
        self._setup_actions()
        self.publicationCombo.currentIndexChanged.connect(self._publication_changed)
        self.issueCombo.currentIndexChanged.connect(self._issue_changed)
        self.startRightCheck.clicked.connect(self._start_right_clicked)
        self.layoutCombo.activated.connect(self._layout_chosen)
        self.openButton.clicked.connect(self.actions["open_article"].trigger)
        for value in LAYOUT_LABELS:
            self.layoutCombo.addItem(layout_label(value), value)
        self.hintLabel.setText(
            self.tr(
                "Drag sections and articles to reorder them; drop an article on a section to "
                "put it at the end. Alt+↑/↓ moves the selection, Del takes articles out of the "
                "issue (they stay in the workspace)."
            )
        )
        self.mainSplitter.setStretchFactor(0, 1)
        self.mainSplitter.setStretchFactor(1, 0)
        self.mainSplitter.setSizes([760, 300])
        self.reload_publications()

    def event(self, event: QEvent) -> bool:
        # Back from the main window, which may have switched to another workspace.
        if event.type() == QEvent.Type.WindowActivate and self._loaded is not self.workspace:
            self.reload_publications()
        return super().event(event)

    # --- hooks tests replace (no modal dialog blocks a test) ------------------------------
    def report_error(self, message: str, details: str = "") -> None:
        if self._report is not None:
            self._report(message, details)
        else:
            show_error(self, message, details)

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @property
    def workspace(self) -> Any:
        return self.context.workspace

    @property
    def lang(self) -> str:
        return self.context.ui_language

    # --- set-up --------------------------------------------------------------------------
    def _setup_tree(self) -> None:
        tree = self.outlineTree
        tree.setModel(self.model)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_STATUS, COL_PROGRESS, COL_RIGHT, COL_LAYOUT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.selectionModel().selectionChanged.connect(self._selection_changed)
        tree.selectionModel().currentChanged.connect(self._selection_changed)
        tree.activated.connect(self._activated)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)

    def _setup_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        menus = {
            "publication": self.menuBar().addMenu(self.tr("&Publication")),
            "issue": self.menuBar().addMenu(self.tr("&Issue")),
            "arrange": self.menuBar().addMenu(self.tr("&Arrange")),
        }
        texts = {
            "new_publication": self.tr("&New publication…"),
            "publication_properties": self.tr("Publication &properties…"),
            "delete_publication": self.tr("&Delete publication…"),
            "new_issue": self.tr("&New issue…"),
            "issue_properties": self.tr("Issue &properties…"),
            "delete_issue": self.tr("&Delete issue…"),
            "publish": self.tr("P&ublish issue…"),
            "add_section": self.tr("Add &section…"),
            "rename_section": self.tr("&Rename section…"),
            "delete_section": self.tr("&Delete section…"),
            "add_articles": self.tr("&Add articles…"),
            "remove_articles": self.tr("Re&move from issue"),
            "move_up": self.tr("Move &up"),
            "move_down": self.tr("Move dow&n"),
            "open_article": self.tr("&Open in editor"),
            "refresh": self.tr("Re&fresh"),
            "close": self.tr("&Close"),
        }
        for name, (icon, shortcut, menu) in ACTION_SPECS.items():
            action = QAction(qta.icon(icon), texts[name], self)
            action.setObjectName(f"assembly_{name}")
            plain = texts[name].replace("&", "").rstrip("…")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{plain} ({keys})")
            action.setIconText(plain)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if name in ("publish", "add_section", "add_articles", "open_article", "refresh"):
                menus[menu].addSeparator()
            menus[menu].addAction(action)
            self.actions[name] = action
        for name in TOOLBAR:
            if name is None:
                self.toolBar.addSeparator()
            else:
                self.toolBar.addAction(self.actions[name])
        self.toolBar.setWindowTitle(self.tr("Assembly"))
        for button, menu_name, icon in (
            (self.publicationButton, "publication", "mdi6.book-cog-outline"),
            (self.issueButton, "issue", "mdi6.newspaper-variant-outline"),
        ):
            button.setMenu(menus[menu_name])
            button.setIcon(qta.icon(icon))
            button.setText(self.tr("Edit"))
        a = self.actions
        a["new_publication"].triggered.connect(self.new_publication)
        a["publication_properties"].triggered.connect(self.edit_publication)
        a["delete_publication"].triggered.connect(self.delete_publication)
        a["new_issue"].triggered.connect(self.new_issue)
        a["issue_properties"].triggered.connect(self.edit_issue)
        a["delete_issue"].triggered.connect(self.delete_issue)
        a["publish"].triggered.connect(self._publish)
        a["add_section"].triggered.connect(self.add_section)
        a["rename_section"].triggered.connect(self.rename_section)
        a["delete_section"].triggered.connect(self.delete_section)
        a["add_articles"].triggered.connect(self.add_articles)
        a["remove_articles"].triggered.connect(self.remove_articles)
        a["move_up"].triggered.connect(lambda: self.move_selection(-1))
        a["move_down"].triggered.connect(lambda: self.move_selection(1))
        a["open_article"].triggered.connect(self._open_current)
        a["refresh"].triggered.connect(self.reload_publications)
        a["close"].triggered.connect(self.close)

    # --- pickers -------------------------------------------------------------------------
    def publication_id(self) -> int | None:
        data = self.publicationCombo.currentData()
        return int(data) if data is not None else None

    def issue_id(self) -> int | None:
        data = self.issueCombo.currentData()
        return int(data) if data is not None else None

    def reload_publications(self, select: int | None = None, issue: int | None = None) -> None:
        select = select if select is not None else self.publication_id()
        issue = issue if issue is not None else self.issue_id()
        try:
            with self.workspace.session() as session:
                publications = assembly.list_publications(session)
        except WorkbenchError as exc:
            self.report_error(str(exc))
            publications = []
        self._loaded = self.workspace
        combo = self.publicationCombo
        combo.blockSignals(True)
        combo.clear()
        for publication in publications:
            combo.addItem(publication.title, publication.id)
        combo.setCurrentIndex(max(0, combo.findData(select)) if combo.count() else -1)
        combo.blockSignals(False)
        self._publication_changed(issue=issue)

    def _publication_changed(self, *_args: object, issue: int | None = None) -> None:
        publication_id = self.publication_id()
        combo = self.issueCombo
        combo.blockSignals(True)
        combo.clear()
        if publication_id is not None:
            with self.workspace.session() as session:
                for info in assembly.list_issues(session, publication_id):
                    same = info.title == info.label
                    combo.addItem(info.label if same else f"{info.label} · {info.title}", info.id)
        combo.setCurrentIndex(max(0, combo.findData(issue)) if combo.count() else -1)
        combo.blockSignals(False)
        self._issue_changed()

    def _issue_changed(self, *_args: object) -> None:
        self.reload()

    def open_issue(self, issue_id: int) -> None:
        """Show ``issue_id`` (from the navigator or the editor)."""
        with self.workspace.session() as session:
            info = assembly.get_issue(session, issue_id)
        self.reload_publications(info.publication_id, issue_id)

    # --- the outline -----------------------------------------------------------------------
    def reload(self, select: tuple[str, list[int]] | None = None) -> None:
        """Read the current issue's outline again; keep (or set) the selection."""
        select = select or self._selection_key()
        issue_id = self.issue_id()
        outline = None
        if issue_id is not None:
            try:
                with self.workspace.session() as session:
                    outline = assembly.issue_outline(session, issue_id)
            except WorkbenchError as exc:
                self.report_error(str(exc))
        self.outline = outline
        self.model.set_outline(outline)
        self.outlineTree.expandAll()
        self._restore_selection(select)
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        outline, lang = self.outline, self.lang
        if self.publicationCombo.count() == 0:
            text = self.tr("No publications yet: Publication ▸ New publication… creates one.")
        elif outline is None:
            text = self.tr("This publication has no issues yet: Issue ▸ New issue… adds one.")
        else:
            page, pub = outline.publication.page, outline.publication
            articles = len(outline.article_ids)
            text = (
                self.tr("%1 · %2 · first page %3 · %4 section(s), %n article(s)", "", articles)
                .replace("%1", trim_label(page.trim, lang, page.width_mm, page.height_mm))
                .replace("%2", template_label(pub.template, lang))
                .replace("%3", str(outline.issue.start_page))
                .replace("%4", str(len(outline.sections)))
            )
            if not outline.sections:
                text += " — " + self.tr("Arrange ▸ Add section… starts the issue.")
        self.summaryLabel.setText(text)

    def selected(self) -> tuple[list[SectionEntry], list[ArticleEntry]]:
        sections: list[SectionEntry] = []
        articles: list[ArticleEntry] = []
        indexes = self.outlineTree.selectionModel().selectedRows(0)
        if not indexes and self.outlineTree.currentIndex().isValid():
            indexes = [self.outlineTree.currentIndex().siblingAtColumn(0)]
        for index in sorted(indexes, key=lambda i: (i.parent().row(), i.row())):
            entry = self.model.entry(index)
            if isinstance(entry, SectionEntry):
                sections.append(entry)
            elif isinstance(entry, ArticleEntry):
                articles.append(entry)
        return sections, articles

    def current_section(self) -> SectionEntry | None:
        """The selected section, or the section of the selected article."""
        index = self.outlineTree.currentIndex()
        entry = self.model.entry(index.siblingAtColumn(0)) if index.isValid() else None
        if isinstance(entry, ArticleEntry):
            entry = self.model.entry(index.parent())
        return entry if isinstance(entry, SectionEntry) else None

    def _selection_key(self) -> tuple[str, list[int]] | None:
        sections, articles = self.selected()
        if articles:
            return "articles", [a.id for a in articles]
        if sections:
            return "sections", [s.id for s in sections]
        return None

    def _restore_selection(self, key: tuple[str, list[int]] | None) -> None:
        selection = self.outlineTree.selectionModel()
        if key is None:
            self._selection_changed()
            return
        kind, ids = key
        finder = self.model.article_index if kind == "articles" else self.model.section_index
        indexes = [i for i in (finder(x) for x in ids) if i.isValid()]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.clearSelection()
        for position, index in enumerate(indexes):
            if position == 0:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            selection.select(index, flags)
        if indexes:
            self.outlineTree.scrollTo(indexes[0])
        self._selection_changed()

    def select(self, kind: str, ids: list[int]) -> None:
        self._restore_selection((kind, ids))

    def _selection_changed(self, *_args: object) -> None:
        _sections, articles = self.selected()
        self.articleGroup.setEnabled(bool(articles))
        current = self.model.entry(self.outlineTree.currentIndex().siblingAtColumn(0))
        article = current if isinstance(current, ArticleEntry) else (articles or [None])[0]
        self.startRightCheck.blockSignals(True)
        if article is not None:
            self.articleTitleLabel.setText(
                article.title
                if len(articles) < 2
                else self.tr("%n articles selected", "", len(articles))
            )
            self.startRightCheck.setChecked(article.start_right)
            self.layoutCombo.setCurrentIndex(max(0, self.layoutCombo.findData(article.layout)))
        else:
            self.articleTitleLabel.setText(self.tr("Select an article to set its print options."))
            self.startRightCheck.setChecked(False)
            self.layoutCombo.setCurrentIndex(0)
        self.startRightCheck.blockSignals(False)
        self._update_actions()

    def _update_actions(self) -> None:
        sections, articles = self.selected()
        has_pub = self.publication_id() is not None
        has_issue = self.outline is not None
        a = self.actions
        a["publication_properties"].setEnabled(has_pub)
        a["delete_publication"].setEnabled(has_pub)
        a["new_issue"].setEnabled(has_pub)
        a["issue_properties"].setEnabled(has_issue)
        a["delete_issue"].setEnabled(has_issue)
        a["publish"].setEnabled(has_issue)
        a["add_section"].setEnabled(has_issue)
        a["rename_section"].setEnabled(len(sections) == 1 and not articles)
        a["delete_section"].setEnabled(bool(sections) and not articles)
        a["add_articles"].setEnabled(has_issue and bool(self.outline and self.outline.sections))
        a["remove_articles"].setEnabled(bool(articles))
        a["move_up"].setEnabled(bool(sections or articles))
        a["move_down"].setEnabled(bool(sections or articles))
        a["open_article"].setEnabled(len(articles) == 1)
        self.issueButton.setEnabled(has_pub)

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.siblingAtColumn(0))
        if isinstance(entry, ArticleEntry):
            self.open_document.emit(entry.id)
        elif isinstance(entry, SectionEntry):
            self.outlineTree.setExpanded(index.siblingAtColumn(0), True)

    def _open_current(self) -> None:
        _sections, articles = self.selected()
        if len(articles) == 1:
            self.open_document.emit(articles[0].id)

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        sections, articles = self.selected()
        names = (
            ["open_article", "remove_articles", None, "move_up", "move_down"]
            if articles
            else ["add_articles", "rename_section", "delete_section", None, "move_up", "move_down"]
            if sections
            else ["add_section"]
        )
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[name])
        menu.popup(self.outlineTree.viewport().mapToGlobal(position))
