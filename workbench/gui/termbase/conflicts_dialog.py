"""The conflict finder's findings: one branch per conflict, one line per term taking part.
Double-clicking a term asks the manager to show its concept."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workbench.gui.context import AppContext
from workbench.gui.errors import show_error
from workbench.gui.forms import load_form
from workbench.gui.tasks import Progress, run_in_background
from workbench.gui.termbase.concept_dialog import status_label
from workbench.termbase.conflicts import Conflict, ConflictKind, workspace_conflicts
from workbench.termbase.store import list_termbases

CONCEPT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABELS = {
    ConflictKind.ZH_DIFFERENT_EN: QT_TRANSLATE_NOOP(
        "ConflictsDialog", "Same Chinese term, different preferred English"
    ),
    ConflictKind.EN_SHARED: QT_TRANSLATE_NOOP(
        "ConflictsDialog", "Same preferred English for different concepts"
    ),
    ConflictKind.DEPRECATED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "ConflictsDialog", "Forbidden in one place, allowed in another"
    ),
}


class ConflictsDialog(QDialog):
    concept_activated = Signal(int)
    finished_search = Signal()  # the list shows the conflicts found

    summaryLabel: QLabel
    kindCombo: QComboBox
    conflictTree: QTreeWidget
    buttonBox: QDialogButtonBox

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        termbase_ids: Collection[int] | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("term_conflicts.ui", base=self)
        self.context = context
        self.termbase_ids = list(termbase_ids) if termbase_ids is not None else None
        self.conflicts: list[Conflict] = []
        self.names: dict[int, str] = {}  # term base id → name
        self.buttonBox.rejected.connect(self.reject)
        search = QPushButton(self.tr("Search again"), self)
        self.buttonBox.addButton(search, QDialogButtonBox.ButtonRole.ActionRole)
        search.clicked.connect(self.start)
        self.kindCombo.addItem(self.tr("All conflicts"), None)
        for kind, label in KIND_LABELS.items():
            self.kindCombo.addItem(self.tr(label), kind.value)
        self.kindCombo.currentIndexChanged.connect(self._fill)
        header = self.conflictTree.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.conflictTree.itemActivated.connect(self._activated)

    def report_error(self, message: str, details: str = "") -> None:
        show_error(self, message, details)

    def start(self) -> None:
        """Look for conflicts in the background."""
        workspace, ids = self.context.workspace, self.termbase_ids
        self.summaryLabel.setText(self.tr("Looking for conflicts…"))

        def work(_progress: Progress) -> tuple[list[Conflict], dict[int, str]]:
            with workspace.session() as session:
                names = {info.id: info.name for info in list_termbases(session)}
                return workspace_conflicts(session, ids), names

        run_in_background(self, self.tr("Looking for conflicts…"), work, self._found, self._failed)

    def _failed(self, message: str, details: str) -> None:
        self.summaryLabel.clear()
        self.report_error(message, details)

    def _found(self, result: tuple[list[Conflict], dict[int, str]]) -> None:
        self.conflicts, self.names = result
        self._fill()
        self.finished_search.emit()

    def _fill(self) -> None:
        wanted = self.kindCombo.currentData()
        shown = [c for c in self.conflicts if wanted is None or c.kind.value == wanted]
        tree = self.conflictTree
        tree.clear()
        for conflict in shown:
            label = self.tr(KIND_LABELS[conflict.kind])
            # The key is folded (lower case, simplified); show a term as it is written.
            shown_term = conflict.occurrences[0].text if conflict.occurrences else conflict.key
            top = QTreeWidgetItem([f"{shown_term} — {label}"])
            top.setToolTip(0, str(conflict))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if conflict.concept_ids:
                top.setData(0, CONCEPT_ROLE, conflict.concept_ids[0])
            for occurrence in conflict.occurrences:
                child = QTreeWidgetItem(
                    [
                        occurrence.text,
                        status_label(occurrence.status),
                        self.names.get(occurrence.termbase_id or 0, ""),
                        " | ".join(occurrence.preferred_en),
                        f"#{occurrence.concept_id}" if occurrence.concept_id else "",
                    ]
                )
                child.setData(0, CONCEPT_ROLE, occurrence.concept_id)
                top.addChild(child)
            tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
        tree.expandAll()
        self.summaryLabel.setText(
            self.tr("%n conflict(s) found", "", len(self.conflicts))
            if wanted is None
            else self.tr("%1 of %2 conflicts shown")
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(self.conflicts)))
        )

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        concept_id = item.data(0, CONCEPT_ROLE)
        if concept_id is not None:
            self.concept_activated.emit(int(concept_id))
