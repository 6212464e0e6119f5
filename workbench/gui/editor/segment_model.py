"""Segment grid model: holds segment ids, fetches rows from the core in pages on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.db.workspace import Workspace
from workbench.editor.grid import (
    SegmentFilter,
    SegmentRow,
    fetch_rows,
    segment_ids,
    segment_numbers,
)
from workbench.gui.models.paging import PagedRows

_Index = QModelIndex | QPersistentModelIndex

COLUMN_NUMBER, COLUMN_SOURCE, COLUMN_TARGET, COLUMN_STATUS = range(4)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the SegmentRow itself
ID_ROLE = Qt.ItemDataRole.UserRole + 2

HEADERS = (
    QT_TRANSLATE_NOOP("SegmentModel", "#"),
    QT_TRANSLATE_NOOP("SegmentModel", "Source"),
    QT_TRANSLATE_NOOP("SegmentModel", "Target"),
    QT_TRANSLATE_NOOP("SegmentModel", "Status"),
)
LANGUAGE_NAMES = {
    "zh": QT_TRANSLATE_NOOP("SegmentModel", "Chinese"),
    "en": QT_TRANSLATE_NOOP("SegmentModel", "English"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SegmentModel", text)


class SegmentModel(QAbstractTableModel):
    """One row per segment of one document (after filtering).

    Only ids live in the model; ``SegmentRow``s are fetched a page at a time and kept in a
    small LRU cache, so a 10,000-segment document costs one id query to open.
    """

    def __init__(
        self,
        workspace: Workspace,
        document_id: int,
        source_lang: str,
        target_lang: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.document_id = document_id
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.swapped = False  # "swap view": target column first, for editors reading English
        self.filter = SegmentFilter()
        self._rows: PagedRows[SegmentRow] = PagedRows(self._fetch)
        self._numbers: dict[int, int] = {}
        self.editable: Callable[[SegmentRow], bool] = lambda row: row.status != "locked"
        self.reload()

    # --- loading -----------------------------------------------------------------------
    def reload(self, flt: SegmentFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        with self.workspace.session() as session:
            ids = segment_ids(session, self.document_id, self.filter)
            # Numbers are positions in the whole document, whatever the filter shows.
            self._numbers = segment_numbers(session, self.document_id)
        self.beginResetModel()
        self._rows.reset(ids)
        self.endResetModel()

    def refresh_ids(self, segment_ids_: list[int]) -> None:
        """Re-read some segments (after an edit) and repaint their rows."""
        for row in self._rows.forget(segment_ids_):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _fetch(self, ids: list[int]) -> dict[int, SegmentRow]:
        with self.workspace.session() as session:
            return fetch_rows(session, ids, self._numbers)

    def row_data(self, row: int) -> SegmentRow | None:
        return self._rows.get(row)

    def segment_id(self, row: int) -> int:
        return self._rows.id_at(row)

    def row_of(self, segment_id: int) -> int | None:
        return self._rows.row_of(segment_id)

    def ids(self) -> list[int]:
        return list(self._rows.ids)

    def set_swapped(self, swapped: bool) -> None:
        self.beginResetModel()
        self.swapped = swapped
        self.endResetModel()

    def text_column(self, side: str) -> int:
        """Which column shows ``side`` ("source"/"target") in the current view."""
        first, second = (
            (COLUMN_TARGET, COLUMN_SOURCE) if self.swapped else (COLUMN_SOURCE, COLUMN_TARGET)
        )
        return first if side == "source" else second

    def side_of(self, column: int) -> str | None:
        if column == self.text_column("source"):
            return "source"
        if column == self.text_column("target"):
            return "target"
        return None

    def language_of(self, column: int) -> str | None:
        side = self.side_of(column)
        if side is None:
            return None
        return self.source_lang if side == "source" else self.target_lang

    # --- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        side = self.side_of(section)
        if side is not None:
            lang = self.source_lang if side == "source" else self.target_lang
            return f"{_tr(HEADERS[1 if side == 'source' else 2])} · {_tr(LANGUAGE_NAMES[lang])}"
        return _tr(HEADERS[section])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        side = self.side_of(index.column())
        if side == "source":
            # Opens a read-only editor: the source can be selected (Ctrl+T adds a term).
            return base | Qt.ItemFlag.ItemIsEditable
        if side == "target":
            row = self.row_data(index.row())
            if row is not None and self.editable(row):
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    _ROLES = frozenset(
        {
            int(Qt.ItemDataRole.DisplayRole),
            int(Qt.ItemDataRole.EditRole),
            int(Qt.ItemDataRole.ToolTipRole),
            int(ROW_ROLE),
            int(ID_ROLE),
        }
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell; answer the unused ones before any lookup.
        if int(role) not in self._ROLES or not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COLUMN_NUMBER:
                return str(row.number)
            side = self.side_of(column)
            if side == "source":
                return row.source
            if side == "target":
                return row.draft if row.draft is not None else row.target
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_STATUS:
            from workbench.gui.editor.status import status_text

            return status_text(row.status)
        return None
