"""The documents list: a table model over ``DocumentSummary`` rows from the core."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.documents.query import DocumentSummary

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentTableModel", text)


# Marked for lupdate here, translated when shown (the language can change at run time).
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("DocumentTableModel", "New"),
    "translating": QT_TRANSLATE_NOOP("DocumentTableModel", "Translating"),
    "translated": QT_TRANSLATE_NOOP("DocumentTableModel", "Translated"),
    "reviewing": QT_TRANSLATE_NOOP("DocumentTableModel", "In review"),
    "approved": QT_TRANSLATE_NOOP("DocumentTableModel", "Approved"),
    "published": QT_TRANSLATE_NOOP("DocumentTableModel", "Published"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("DocumentTableModel", "ID"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Chinese title"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "English title"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Direction"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Status"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Confirmed"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Updated"),
)

DIRECTIONS = {
    "zh": QT_TRANSLATE_NOOP("DocumentTableModel", "zh → en"),
    "en": QT_TRANSLATE_NOOP("DocumentTableModel", "en → zh"),
}


def local_time(iso_utc: str) -> str:
    """Stored times are UTC; people read their own clock."""
    try:
        moment = datetime.fromisoformat(iso_utc)
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return _tr(label) if label else status


class DocumentTableModel(QAbstractTableModel):
    """Rows are document summaries; the id is kept in ``Qt.UserRole`` of every cell."""

    COLUMNS = ("id", "title_zh", "title_en", "direction", "status", "progress", "updated")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []

    def set_rows(self, rows: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary_at(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return _tr(HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (row.title_zh, row.title_en) if t)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("id", "progress"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole:  # sort keys
            if column == "id":
                return row.id
            if column == "progress":
                return row.confirmed / row.segments if row.segments else 0.0
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == "id":
            return str(row.id)
        if column == "title_zh":
            return row.title_zh
        if column == "title_en":
            return row.title_en
        if column == "direction":
            return _tr(DIRECTIONS.get(row.source_lang, row.source_lang))
        if column == "status":
            return status_label(row.status)
        if column == "progress":
            return f"{row.confirmed} / {row.segments}"
        return local_time(row.updated_at)
