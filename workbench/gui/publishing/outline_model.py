"""The issue outline as a two-level tree model: sections, each with its articles.

Drag and drop is the model's own API (``mimeData`` / ``canDropMimeData`` /
``dropMimeData``), so it can be driven without a mouse: a drop is turned into "these
articles to that section at that position" or "these sections to that position" and
emitted; the window asks the core to do it and reloads the model from the new outline.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from workbench.gui.editor.status import status_icon
from workbench.gui.models.document_table import status_label
from workbench.publishing.outline import ArticleEntry, IssueOutline, SectionEntry

MIME_TYPE = "application/x-icc-workbench-outline"
COL_TITLE, COL_STATUS, COL_PROGRESS, COL_RIGHT, COL_LAYOUT = range(5)
_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0  # internalId of a section index; an article's is its section's row + 1

HEADERS = (
    QT_TRANSLATE_NOOP("OutlineModel", "Section / article"),
    QT_TRANSLATE_NOOP("OutlineModel", "Status"),
    QT_TRANSLATE_NOOP("OutlineModel", "Confirmed"),
    QT_TRANSLATE_NOOP("OutlineModel", "Right-hand page"),
    QT_TRANSLATE_NOOP("OutlineModel", "Layout"),
)
LAYOUT_LABELS = {
    "": QT_TRANSLATE_NOOP("OutlineModel", "As the issue"),
    "interleaved": QT_TRANSLATE_NOOP("OutlineModel", "Interleaved"),
    "side-by-side": QT_TRANSLATE_NOOP("OutlineModel", "Side by side"),
    "en": QT_TRANSLATE_NOOP("OutlineModel", "English only"),
    "zh": QT_TRANSLATE_NOOP("OutlineModel", "Chinese only"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutlineModel", text)


def layout_label(value: str) -> str:
    return _tr(LAYOUT_LABELS.get(value, value))


def _remaining_position(ids: Sequence[int], moved: set[int], row: int) -> int:
    """Where a drop before ``row`` lands once the moved items have left the list."""
    return sum(1 for i in ids[: max(0, row)] if i not in moved)


class OutlineModel(QAbstractItemModel):
    articles_dropped = Signal(list, int, int)  # document ids, section id, position
    sections_dropped = Signal(list, int)  # section ids, position

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.outline: IssueOutline | None = None
        self.sections: tuple[SectionEntry, ...] = ()

    # --- contents ------------------------------------------------------------------------
    def set_outline(self, outline: IssueOutline | None) -> None:
        self.beginResetModel()
        self.outline = outline
        self.sections = outline.sections if outline is not None else ()
        self.endResetModel()

    def entry(self, index: _Index) -> SectionEntry | ArticleEntry | None:
        if not index.isValid():
            return None
        parent_row = index.internalId()
        if parent_row == _NO_PARENT:
            return self.sections[index.row()] if index.row() < len(self.sections) else None
        section = self.sections[parent_row - 1]
        return section.articles[index.row()] if index.row() < len(section.articles) else None

    def section_index(self, section_id: int) -> QModelIndex:
        for row, section in enumerate(self.sections):
            if section.id == section_id:
                return self.index(row, 0)
        return QModelIndex()

    def article_index(self, document_id: int) -> QModelIndex:
        for row, section in enumerate(self.sections):
            for article_row, article in enumerate(section.articles):
                if article.id == document_id:
                    return self.index(article_row, 0, self.index(row, 0))
        return QModelIndex()

    # --- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, column, _NO_PARENT)
                if row < len(self.sections)
                else (QModelIndex())
            )
        if parent.internalId() != _NO_PARENT or parent.row() >= len(self.sections):
            return QModelIndex()
        if row >= len(self.sections[parent.row()].articles):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self.sections[parent.row()].articles)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: _Index, role: int = 0) -> Any:
        entry = self.entry(index)
        if entry is None:
            return None
        if isinstance(entry, SectionEntry):
            return self._section_data(entry, index.column(), role)
        return self._article_data(entry, index.column(), role)

    def _section_data(self, section: SectionEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return section.title
            if column == COL_PROGRESS:
                count = str(len(section.articles))
                return QCoreApplication.translate("OutlineModel", "%1 article(s)").replace(
                    "%1", count
                )
        if role == Qt.ItemDataRole.FontRole and column == COL_TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return QCoreApplication.translate(
                "OutlineModel", "Section %1: its titles appear in the running headers"
            ).replace("%1", str(section.position + 1))
        return None

    def _article_data(self, article: ArticleEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return article.title
            if column == COL_STATUS:
                return status_label(article.status)
            if column == COL_PROGRESS:
                return f"{article.confirmed} / {article.segments}"
            if column == COL_RIGHT:
                return (
                    QCoreApplication.translate("OutlineModel", "Yes") if article.start_right else ""
                )
            if column == COL_LAYOUT:
                return layout_label(article.layout)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            other = article.title_en if article.title == article.title_zh else article.title_zh
            return f"{article.title}\n{other}" if other else article.title
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TITLE:
            done = article.segments and article.confirmed >= article.segments
            return status_icon("translated" if done else "draft" if article.confirmed else "new")
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_LAYOUT and not article.layout:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.internalId() == _NO_PARENT:
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # onto a section: articles go to its end
        return flags

    # --- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        sections: list[int] = []
        articles: list[int] = []

        def order(index: QModelIndex) -> tuple[int, int]:
            if index.internalId() == _NO_PARENT:
                return index.row(), -1
            return index.internalId() - 1, index.row()

        for index in sorted((i for i in indexes if i.column() == 0), key=order):
            entry = self.entry(index)
            if isinstance(entry, SectionEntry) and entry.id not in sections:
                sections.append(entry.id)
            elif isinstance(entry, ArticleEntry) and entry.id not in articles:
                articles.append(entry.id)
        # Sections win a mixed selection: dragging a section takes its articles along.
        payload = {"sections": sections} if sections else {"articles": articles}
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps(payload).encode())
        return data

    @staticmethod
    def _payload(data: QMimeData) -> dict[str, list[int]]:
        if not data.hasFormat(MIME_TYPE):
            return {}
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return {}
        return payload if isinstance(payload, dict) else {}

    def _target(
        self, payload: dict[str, list[int]], row: int, parent: _Index
    ) -> tuple[str, list[int], int, int] | None:
        """What a drop means: ("articles", ids, section id, position) or ("sections", ids,
        0, position); None when it means nothing (e.g. articles above the first section)."""
        if payload.get("sections"):
            moved = set(payload["sections"])
            ids = [s.id for s in self.sections]
            if not parent.isValid():
                at = len(ids) if row < 0 else row
            elif parent.internalId() == _NO_PARENT:
                # Onto a section: take its place; among its articles: right after it.
                at = parent.row() if row < 0 else parent.row() + 1
            else:
                return None
            return "sections", payload["sections"], 0, _remaining_position(ids, moved, at)
        if payload.get("articles"):
            moved = set(payload["articles"])
            if not parent.isValid():
                # Between two section rows: the end of the section above.
                if row <= 0 or not self.sections:
                    return None
                section = self.sections[min(row, len(self.sections)) - 1]
                at = len(section.articles)
            elif parent.internalId() == _NO_PARENT:
                section = self.sections[parent.row()]
                at = len(section.articles) if row < 0 else row
            else:
                return None
            ids = [a.id for a in section.articles]
            position = _remaining_position(ids, moved, at)
            return "articles", payload["articles"], section.id, position
        return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        return self._target(self._payload(data), row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._target(self._payload(data), row, parent)
        if target is None:
            return False
        kind, ids, section_id, position = target
        if kind == "sections":
            self.sections_dropped.emit(list(ids), position)
        else:
            self.articles_dropped.emit(list(ids), section_id, position)
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        # The view removes dragged rows after a move; the core already moved them and the
        # model was reloaded, so there is nothing to remove.
        return False
