"""Term candidates: zh–en pairs proposed from the aligned material, for the editor to accept
into a term base (English editable first) or reject.

The proposals come from ``termbase.candidates.term_candidates``, computed in the background.
Rejections are kept in memory, in the set the term base manager passes in: they stay hidden
while the manager is open, and nothing is written to the workspace or the preferences.
"""

from __future__ import annotations

import html
import re
from collections.abc import MutableSet

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from workbench.errors import Cancelled, WorkbenchError
from workbench.gui.context import AppContext
from workbench.gui.errors import show_error
from workbench.gui.forms import load_form
from workbench.gui.tasks import Progress, run_in_background
from workbench.gui.tm.render import HIT
from workbench.termbase.candidates import Candidate, accept_candidate, term_candidates
from workbench.termbase.store import create_termbase, list_termbases

COLUMN_ZH, COLUMN_EN, COLUMN_FREQ, COLUMN_SCORE = range(4)
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_TERMBASE = -1
RejectedKey = tuple[str, str]  # (Chinese, English as proposed)


def rejection_key(candidate: Candidate) -> RejectedKey:
    return candidate.zh, candidate.en.casefold()


class TermCandidatesDialog(QDialog):
    """Non-modal; ``start()`` computes the candidates, ``finished_search`` says they show."""

    concepts_accepted = Signal(list)  # ids of the concepts just added
    finished_search = Signal()

    minFreqSpin: QSpinBox
    limitSpin: QSpinBox
    findButton: QPushButton
    summaryLabel: QLabel
    splitter: QSplitter
    candidateTable: QTableWidget
    examplesBrowser: QTextBrowser
    termbaseCombo: QComboBox
    acceptButton: QPushButton
    rejectButton: QPushButton
    buttonBox: QDialogButtonBox

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        rejected: MutableSet[RejectedKey] | None = None,
        termbase_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("term_candidates.ui", base=self)
        self.context = context
        self.rejected: MutableSet[RejectedKey] = rejected if rejected is not None else set()
        self.accepted_count = 0
        self.searching = False
        self.buttonBox.rejected.connect(self.reject)
        self.findButton.clicked.connect(self.start)
        self.findButton.setDefault(True)  # Enter in a spin box searches again
        self.acceptButton.clicked.connect(self.accept_selected)
        self.rejectButton.clicked.connect(self.reject_selected)
        table = self.candidateTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_EN, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMN_ZH, 180)
        for column in (COLUMN_FREQ, COLUMN_SCORE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        table.installEventFilter(self)
        table.selectionModel().selectionChanged.connect(self._update_actions)
        table.currentCellChanged.connect(lambda row, *_: self._show_examples(row))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([300, 200])  # three examples fit without scrolling
        self._fill_termbases(termbase_id)
        self._update_actions()

    # --- hook tests replace --------------------------------------------------------------
    def report_error(self, message: str, details: str = "") -> None:
        show_error(self, message, details)

    # --- searching -----------------------------------------------------------------------
    def start(self) -> None:
        """Compute the candidates in the background (the rejected ones left out)."""
        if self.searching:
            return
        workspace = self.context.workspace
        min_freq, limit = self.minFreqSpin.value(), self.limitSpin.value()
        rejected = frozenset(self.rejected)

        def work(progress: Progress) -> list[Candidate]:
            with workspace.session() as session:
                found = term_candidates(session, min_freq=min_freq, limit=limit + len(rejected))
            if progress.cancelled:
                raise Cancelled()
            return [c for c in found if rejection_key(c) not in rejected][:limit]

        self.searching = True
        self.findButton.setEnabled(False)
        self.summaryLabel.setText(self.tr("Looking for term candidates…"))
        run_in_background(
            self,
            self.tr("Looking for term candidates…"),
            work,
            self._found,
            self._failed,
            self._stopped,
        )

    def _stopped(self) -> None:
        self.searching = False
        self.findButton.setEnabled(True)
        self._update_summary()

    def _failed(self, message: str, details: str) -> None:
        self._stopped()
        self.report_error(message, details)

    def _found(self, candidates: list[Candidate]) -> None:
        table = self.candidateTable
        table.setSortingEnabled(False)
        table.clearContents()
        table.setRowCount(len(candidates))
        editable = Qt.ItemFlag.ItemIsEditable
        for row, candidate in enumerate(candidates):
            zh = QTableWidgetItem(candidate.zh)
            zh.setData(CANDIDATE_ROLE, candidate)
            zh.setFlags(zh.flags() & ~editable)
            en = QTableWidgetItem(candidate.en)
            en.setToolTip(self.tr("Double-click or press F2 to edit the English"))
            table.setItem(row, COLUMN_ZH, zh)
            table.setItem(row, COLUMN_EN, en)
            for column, value in ((COLUMN_FREQ, candidate.freq),
                                  (COLUMN_SCORE, round(candidate.score, 2))):  # fmt: skip
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setFlags(item.flags() & ~editable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._stopped()
        if candidates:
            self._select(0)
        else:
            self._show_examples(-1)
        self.finished_search.emit()

    # --- the table -----------------------------------------------------------------------
    def candidate(self, row: int) -> Candidate | None:
        item = self.candidateTable.item(row, COLUMN_ZH)
        data = item.data(CANDIDATE_ROLE) if item is not None else None
        return data if isinstance(data, Candidate) else None

    def english(self, row: int) -> str:
        item = self.candidateTable.item(row, COLUMN_EN)
        return " ".join(item.text().split()) if item is not None else ""

    def selected_rows(self) -> list[int]:
        return sorted(
            {index.row() for index in self.candidateTable.selectionModel().selectedRows()}
        )

    def _select(self, row: int) -> None:
        table = self.candidateTable
        if table.rowCount() == 0:
            self._show_examples(-1)
            return
        row = min(row, table.rowCount() - 1)
        # Through the selection model: QTableView.selectRow() reads the keyboard modifiers
        # of the moment and toggles instead of selecting while Ctrl is (or seems) held.
        flags = QItemSelectionModel.SelectionFlag
        table.selectionModel().setCurrentIndex(
            table.model().index(row, COLUMN_ZH), flags.ClearAndSelect | flags.Rows
        )

    def _remove_rows(self, rows: list[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.candidateTable.removeRow(row)
        if rows:
            self._select(min(rows))
        self._update_summary()
        self._update_actions()

    def _show_examples(self, row: int) -> None:
        candidate = self.candidate(row) if row >= 0 else None
        if candidate is None:
            self.examplesBrowser.clear()
            return
        counts = (
            self.tr("%1 in %2 pairs, %3 in %4; together in %5 (Dice %6)")
            .replace("%1", html.escape(candidate.zh))
            .replace("%2", str(candidate.zh_freq))
            .replace("%3", html.escape(candidate.en))
            .replace("%4", str(candidate.en_freq))
            .replace("%5", str(candidate.freq))
            .replace("%6", f"{candidate.dice:.2f}")
        )
        parts = [f"<p><i>{counts}</i></p>"]
        for zh, en in candidate.examples:
            parts.append(f"<p>{_marked(zh, candidate.zh)}<br/>{_marked(en, candidate.en)}</p>")
        self.examplesBrowser.setHtml("".join(parts))

    def _update_actions(self) -> None:
        has = bool(self.selected_rows())
        self.acceptButton.setEnabled(has and self.termbaseCombo.count() > 0)
        self.rejectButton.setEnabled(has)

    def _update_summary(self) -> None:
        text = self.tr("%n candidate(s)", "", self.candidateTable.rowCount())
        if self.accepted_count:
            text += " · " + self.tr("%n accepted", "", self.accepted_count)
        self.summaryLabel.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter accepts, Delete rejects (not while a cell is being edited)."""
        if (
            watched is self.candidateTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.candidateTable.state() != QAbstractItemView.State.EditingState
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        ):  # fmt: skip
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.reject_selected()
                return True
        return super().eventFilter(watched, event)

    # --- term base -----------------------------------------------------------------------
    def _fill_termbases(self, wanted: int | None) -> None:
        with self.context.workspace.session() as session:
            termbases = list_termbases(session)
        combo = self.termbaseCombo
        combo.clear()
        for info in termbases:
            combo.addItem(info.name, info.id)
        if not termbases:
            name = self.tr("Accepted terms")
            combo.addItem(self.tr("New term base “%1”").replace("%1", name), NEW_TERMBASE)
        combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None else 0)

    def _target_termbase(self) -> int:
        target = self.termbaseCombo.currentData()
        if target != NEW_TERMBASE:
            return int(target)
        with self.context.workspace.session() as session:
            created = create_termbase(
                session, self.tr("Accepted terms"), author=self.context.author
            )
        assert created.id is not None
        self._fill_termbases(created.id)
        return created.id

    # --- accept, reject ------------------------------------------------------------------
    def accept_selected(self) -> list[int]:
        """Add the selected candidates (English as edited) to the chosen term base."""
        rows = self.selected_rows()
        if not rows or self.termbaseCombo.count() == 0:
            return []
        ids: list[int] = []
        done: list[int] = []
        try:
            termbase_id = self._target_termbase()
            for row in rows:
                candidate, en = self.candidate(row), self.english(row)
                if candidate is None:
                    continue
                if not en:
                    raise WorkbenchError(
                        self.tr("The English for “%1” is empty.").replace("%1", candidate.zh)
                    )
                workspace, author = self.context.workspace, self.context.author
                ids.append(accept_candidate(workspace, termbase_id, candidate.zh, en, author))
                done.append(row)
        except WorkbenchError as exc:
            self.report_error(str(exc))
        finally:
            self.accepted_count += len(ids)
            self._remove_rows(done)
            if ids:
                self.concepts_accepted.emit(ids)
        return ids

    def reject_selected(self) -> int:
        """Hide the selected candidates, and keep them hidden for this session."""
        rows = self.selected_rows()
        for row in rows:
            candidate = self.candidate(row)
            if candidate is not None:
                self.rejected.add(rejection_key(candidate))
        self._remove_rows(rows)
        return len(rows)


def _marked(text: str, term: str) -> str:
    """``text`` as HTML with every occurrence of ``term`` (any case) highlighted."""
    if not term:
        return html.escape(text)
    out: list[str] = []
    last = 0
    for match in re.finditer(re.escape(term), text, re.IGNORECASE):
        out += [
            html.escape(text[last : match.start()]),
            f'<span style="{HIT}">{html.escape(match.group())}</span>',
        ]
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


__all__ = ["TermCandidatesDialog", "rejection_key"]
