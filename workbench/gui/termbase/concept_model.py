"""The concept table: holds the ids of the concepts that match the query, fetches rows in
pages on demand, and runs the id query off the GUI thread (a 100,000-concept term base
sorted by term text takes longer than a frame)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import qtawesome as qta
import sqlalchemy as sa
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QIcon
from sqlmodel import Session, col

from workbench.db.workspace import Workspace
from workbench.gui.models.document_table import local_time
from workbench.gui.models.paging import PagedRows
from workbench.models import Concept
from workbench.termbase.data import TermStatus
from workbench.termbase.search import concept_ids, fetch_concept_rows
from workbench.termbase.store import ConceptRow

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

COLUMN_ZH, COLUMN_EN, COLUMN_FORBIDDEN, COLUMN_SUBJECT, COLUMN_TERMBASE, COLUMN_MODIFIED = range(6)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ConceptRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2

HEADERS = (
    QT_TRANSLATE_NOOP("ConceptModel", "Chinese terms"),
    QT_TRANSLATE_NOOP("ConceptModel", "English terms"),
    QT_TRANSLATE_NOOP("ConceptModel", "Forbidden"),
    QT_TRANSLATE_NOOP("ConceptModel", "Subject"),
    QT_TRANSLATE_NOOP("ConceptModel", "Term base"),
    QT_TRANSLATE_NOOP("ConceptModel", "Modified"),
)
# The store's sort key per column; the forbidden marker has none.
ORDERS: dict[int, str] = {
    COLUMN_ZH: "zh",
    COLUMN_EN: "en",
    COLUMN_SUBJECT: "subject",
    COLUMN_TERMBASE: "termbase",
    COLUMN_MODIFIED: "modified",
}
FORBIDDEN_MARK = "⊘"  # before a deprecated term in the term columns


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConceptModel", text)


@dataclass(frozen=True)
class ConceptQuery:
    """What the table shows: the store's filters plus subject, and the order."""

    text: str = ""
    lang: str | None = None  # zh, zh-Hans, zh-Hant, en
    status: str | None = None  # a TermStatus value; "deprecated" = has forbidden terms
    termbase_ids: frozenset[int] | None = None
    subject: str | None = None
    order: str = "id"


# The store filters by term text, language, status and term base; subject is filtered
# here until the store's query takes it.
def subject_concepts(session: Session, subject: str) -> set[int]:
    query = sa.select(col(Concept.id)).where(col(Concept.subject) == subject)
    return set(session.scalars(query))


def list_subjects(session: Session) -> list[str]:
    query = (
        sa.select(col(Concept.subject))
        .where(col(Concept.subject) != "")
        .distinct()
        .order_by(col(Concept.subject))
    )
    return list(session.scalars(query))


def query_ids(session: Session, query: ConceptQuery) -> list[int]:
    ids = concept_ids(
        session,
        query.text,
        lang=query.lang,
        status=query.status,
        termbase_ids=query.termbase_ids,
        order=query.order,
    )
    if query.subject is not None:
        wanted = subject_concepts(session, query.subject)
        ids = [i for i in ids if i in wanted]
    return ids


def terms_text(row: ConceptRow, lang: str) -> str:
    """Preferred and admitted terms, then the forbidden ones marked."""
    usable, forbidden = [], []
    for term in row.data.terms_in(lang):
        (forbidden if term.status == TermStatus.DEPRECATED else usable).append(term)
    order = {TermStatus.PREFERRED: 0, TermStatus.ADMITTED: 1}
    usable.sort(key=lambda t: order.get(TermStatus(t.status), 2))
    parts = [t.text for t in usable] + [f"{FORBIDDEN_MARK} {t.text}" for t in forbidden]
    return " | ".join(parts)


def forbidden_terms(row: ConceptRow) -> list[str]:
    return [t.text for t in row.data.terms if t.status == TermStatus.DEPRECATED]


class _Signals(QObject):
    done = Signal(int, object)  # generation, list[int] or an error message


class _IdQuery(QRunnable):
    def __init__(
        self, workspace: Workspace, query: ConceptQuery, generation: int, signals: _Signals
    ) -> None:
        super().__init__()
        self.workspace, self.query, self.generation, self.signals = (
            workspace,
            query,
            generation,
            signals,
        )

    def run(self) -> None:
        result: object
        try:
            with self.workspace.session() as session:
                result = query_ids(session, self.query)
        except Exception as exc:  # shown in the manager; the old rows stay
            log.exception("concept query failed")
            result = str(exc) or type(exc).__name__
        with contextlib.suppress(RuntimeError):  # the model went away meanwhile
            self.signals.done.emit(self.generation, result)


class ConceptModel(QAbstractTableModel):
    """One row per matching concept. Only ids live here; ``ConceptRow``s are fetched a
    page at a time into a small LRU cache. ``reload`` runs the id query in a worker and
    swaps the ids in when it answers (``reloaded``); a newer query supersedes an older one."""

    reloaded = Signal()
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.query = ConceptQuery()
        self._rows: PagedRows[ConceptRow] = PagedRows(self._fetch)
        self._generation = 0
        self._loading = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # queries run one at a time; stale ones are dropped
        self._signals = _Signals(self)
        self._signals.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._forbidden_icon: QIcon | None = None

    # --- loading -----------------------------------------------------------------------
    def set_query(self, query: ConceptQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Ask for the ids again (after a filter change or an edit that adds or removes)."""
        self._generation += 1
        self._loading = True
        self._pool.clear()  # a query not started yet is stale now
        self._pool.start(_IdQuery(self.workspace, self.query, self._generation, self._signals))

    @property
    def loading(self) -> bool:
        return self._loading

    def wait(self, msecs: int = -1) -> bool:
        """Block until no query runs (closing the window; tests)."""
        return self._pool.waitForDone(msecs)

    def _deliver(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if isinstance(result, str):
            self.failed.emit(result)
            return
        assert isinstance(result, list)
        self.beginResetModel()
        self._rows.reset(result)
        self.endResetModel()
        self.reloaded.emit()

    def refresh_ids(self, ids: list[int]) -> None:
        """Re-read some concepts (after an edit) and repaint their rows."""
        for row in self._rows.forget(ids):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @property
    def on_row_fetch(self) -> Callable[[int], None] | None:
        return self._rows.on_fetch

    @on_row_fetch.setter
    def on_row_fetch(self, callback: Callable[[int], None] | None) -> None:
        self._rows.on_fetch = callback  # tests count page fetches

    def _fetch(self, ids: list[int]) -> dict[int, ConceptRow]:
        with self.workspace.session() as session:
            return fetch_concept_rows(session, ids)

    def row_data(self, row: int) -> ConceptRow | None:
        # A concept deleted since the ids were read has no row: the cell shows empty.
        return self._rows.get(row)

    def concept_id(self, row: int) -> int:
        return self._rows.id_at(row)

    def row_of(self, concept_id: int) -> int | None:
        return self._rows.row_of(concept_id)

    def ids(self) -> list[int]:
        return list(self._rows.ids)

    # --- sorting -------------------------------------------------------------------------
    @staticmethod
    def sortable(column: int) -> bool:
        return column in ORDERS

    def order_for(self, column: int, order: Qt.SortOrder) -> str:
        key = ORDERS.get(column, "id")
        return f"-{key}" if order == Qt.SortOrder.DescendingOrder else key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = self.order_for(column, order) if column >= 0 else "id"
        if column >= 0 and not self.sortable(column):
            return  # the view puts its indicator back (see the manager)
        if wanted != self.query.order:
            self.set_query(replace(self.query, order=wanted))

    # --- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if section == COLUMN_FORBIDDEN:  # a narrow column: an icon, the words in the tip
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "ConceptModel", "Concepts with a forbidden (deprecated) term"
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    _ROLES = frozenset(
        {
            int(Qt.ItemDataRole.DisplayRole),
            int(Qt.ItemDataRole.ToolTipRole),
            int(Qt.ItemDataRole.DecorationRole),
            int(ROW_ROLE),
            int(ID_ROLE),
        }
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell; answer the unused ones before any lookup.
        if int(role) not in self._ROLES or not index.isValid():
            return None
        if role == ID_ROLE:
            return self._rows.id_at(index.row()) if 0 <= index.row() < len(self._rows) else None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COLUMN_FORBIDDEN and row.has_forbidden:
                return self._icon()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COLUMN_FORBIDDEN and row.has_forbidden:
                return QCoreApplication.translate("ConceptModel", "Forbidden: %1").replace(
                    "%1", " | ".join(forbidden_terms(row))
                )
            if column in (COLUMN_ZH, COLUMN_EN):
                return self._display(row, column) or None
            return None
        return self._display(row, column)

    def _display(self, row: ConceptRow, column: int) -> str:
        if column == COLUMN_ZH:
            return terms_text(row, "zh")
        if column == COLUMN_EN:
            return terms_text(row, "en")
        if column == COLUMN_FORBIDDEN:
            return ""
        if column == COLUMN_SUBJECT:
            return row.data.subject
        if column == COLUMN_TERMBASE:
            return row.termbase_name
        return local_time(row.modified_at.isoformat())

    def _icon(self) -> QIcon:
        if self._forbidden_icon is None:
            self._forbidden_icon = qta.icon("mdi6.cancel", color="#c62828")
        return self._forbidden_icon
