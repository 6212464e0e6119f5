"""The alignment review table: one row per link, source | target, type and confidence;
links the aligner is unsure of are highlighted, links a person edited are marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from workbench.alignment.document import AlignedLink
from workbench.gui.alignment.edits import MANUAL

_Index = QModelIndex | QPersistentModelIndex
COLUMN_NUMBER, COLUMN_SOURCE, COLUMN_TARGET, COLUMN_KIND, COLUMN_CONFIDENCE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("LinksModel", "#"),
    QT_TRANSLATE_NOOP("LinksModel", "Source"),
    QT_TRANSLATE_NOOP("LinksModel", "Target"),
    QT_TRANSLATE_NOOP("LinksModel", "Type"),
    QT_TRANSLATE_NOOP("LinksModel", "Confidence"),
)
EDITED_TEXT = QT_TRANSLATE_NOOP("LinksModel", "edited")
SHARED = QT_TRANSLATE_NOOP("LinksModel", "Shared: %1")
LOW = QColor("#ffe0b2")  # orange: review this link
EMPTY = QColor("#eeeeee")  # the missing side of a 1-0 / 0-1 link
EDITED = QColor("#e8f5e9")  # a person decided this link
DARK_TEXT = QColor("#000000")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinksModel", text)


def is_edited(link: AlignedLink) -> bool:
    return link.confidence == MANUAL and link.cost == 0.0 and not link.anchors


class LinksModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.links: list[AlignedLink] = []
        self.threshold = 0.6

    def set_links(self, links: Sequence[AlignedLink]) -> None:
        self.beginResetModel()
        self.links = list(links)
        self.endResetModel()

    def set_threshold(self, threshold: float) -> None:
        self.threshold = threshold
        if self.links:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.links) - 1, self.columnCount() - 1)
            )

    def is_low(self, row: int) -> bool:
        link = self.links[row]
        return not is_edited(link) and link.confidence < self.threshold

    def low_rows(self) -> list[int]:
        return [row for row in range(len(self.links)) if self.is_low(row)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.links)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        link = self.links[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_NUMBER:
                return str(index.row() + 1)
            if column == COLUMN_SOURCE:
                return link.source_text
            if column == COLUMN_TARGET:
                return link.target_text
            if column == COLUMN_KIND:
                return link.kind
            if is_edited(link):
                return _tr(EDITED_TEXT)
            return f"{link.confidence * 100:.0f}%"
        if role == Qt.ItemDataRole.BackgroundRole:
            side_empty = (column == COLUMN_SOURCE and not link.source) or (
                column == COLUMN_TARGET and not link.target
            )
            if side_empty:
                return EMPTY
            if self.is_low(index.row()):
                return LOW
            if is_edited(link):
                return EDITED
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            low = self.is_low(index.row()) or is_edited(link)
            return DARK_TEXT if low else None
        if role == Qt.ItemDataRole.ToolTipRole and link.anchors:
            return _tr(SHARED).replace("%1", ", ".join(link.anchors))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COLUMN_NUMBER,
            COLUMN_KIND,
            COLUMN_CONFIDENCE,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
