"""The QA dock: findings grouped by check, the run/profile controls and the finding actions.

The panel only shows and asks; ``QAController`` does the work (runs, fixes, ignores).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workbench.gui.forms import load_form
from workbench.qa.live import LiveQA, segment_number
from workbench.qa.model import SEVERITY_RANK, Finding, Severity
from workbench.qa.profiles import Profile
from workbench.qa.registry import CHECK_IDS, check_spec

(COL_NUMBER, COL_SEVERITY, COL_SIDE, COL_TEXT, COL_MESSAGE, COL_DOCUMENT, COL_REASON) = range(7)
FINDING_ROLE = Qt.ItemDataRole.UserRole
SEVERITY_COLOURS = {
    Severity.ERROR: "#c62828",  # red
    Severity.WARNING: "#ef8f00",  # amber, dark enough to read on white
    Severity.INFO: "#1565c0",  # blue
}
SEVERITY_ICONS = {
    Severity.ERROR: "mdi6.alert-circle",
    Severity.WARNING: "mdi6.alert",
    Severity.INFO: "mdi6.information",
}
IGNORED = QColor("#9e9e9e")
_CHECK_RANK = {check_id: rank for rank, check_id in enumerate(CHECK_IDS)}


def severity_icon(severity: Severity) -> QIcon:
    return qta.icon(SEVERITY_ICONS[severity], color=SEVERITY_COLOURS[severity])


class _Item(QTreeWidgetItem):
    """Sorts by a key per column (numbers as numbers, severities by rank)."""

    def __init__(self, keys: Sequence[Any]) -> None:
        super().__init__()
        self.keys = list(keys)

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        if isinstance(other, _Item):
            mine, theirs = self.keys, other.keys
            if 0 <= column < len(mine) and 0 <= column < len(theirs):
                return (mine[column], mine[-1]) < (theirs[column], theirs[-1])
            return mine[-1] < theirs[-1]
        return super().__lt__(other)


class QAPanel(QWidget):
    finding_selected = Signal(object)  # Finding | None: the current row changed
    finding_activated = Signal(object)  # Finding: double-click or Enter
    selection_changed = Signal()  # which findings are selected (or the list) changed
    fix_requested = Signal()
    fix_all_requested = Signal()
    ignore_requested = Signal()
    unignore_requested = Signal()
    add_word_requested = Signal()
    export_requested = Signal()
    profile_changed = Signal(str)

    runButton: QToolButton
    profileCombo: QComboBox
    actionLayout: QHBoxLayout
    summaryLabel: QLabel
    findingsTree: QTreeWidget

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("qa_panel.ui", base=self)
        self.lang = lang
        self.live: LiveQA | None = None
        self.titles: Mapping[int, str] = {}
        self.runButton.setIcon(qta.icon("mdi6.clipboard-check-outline"))
        self._build_toolbar()
        self.profileCombo.currentIndexChanged.connect(
            lambda _i: self.profile_changed.emit(self.profile_name())
        )
        tree = self.findingsTree
        header = tree.header()
        header.setStretchLastSection(False)
        for column in (COL_NUMBER, COL_SEVERITY, COL_SIDE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A narrow dock scrolls sideways rather than squeezing the message to "…".
        widths = {COL_TEXT: 90, COL_MESSAGE: 280, COL_DOCUMENT: 150, COL_REASON: 160}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tree.setColumnWidth(column, width)
        tree.headerItem().setIcon(COL_SEVERITY, qta.icon("mdi6.alert-outline", color="#757575"))
        tree.sortByColumn(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        tree.currentItemChanged.connect(self._current_changed)
        tree.itemActivated.connect(self._activated)
        tree.itemSelectionChanged.connect(self._selection_changed)
        self.set_buttons()
        self.rebuild()

    # --- controls ------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        """Fix, ignore … as a tool bar: in a narrow dock the rest folds into its » menu."""
        bar = QToolBar(self)
        bar.setObjectName("qaActions")
        bar.setIconSize(QSize(16, 16))
        bar.setStyleSheet("QToolBar { border: 0; padding: 0; spacing: 1px; }")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        def action(icon: str, text: str, tip: str, signal: Any) -> QAction:
            made = QAction(qta.icon(icon), text, self)
            made.setToolTip(tip)
            made.triggered.connect(signal)
            bar.addAction(made)
            return made

        self.fix_action = action(
            "mdi6.auto-fix",
            self.tr("Fix"),
            self.tr("Apply the suggested fix to the selected findings (Ctrl+Z undoes it)"),
            self.fix_requested,
        )
        self.fix_all_action = action(
            "mdi6.check-all",
            self.tr("Fix all of this kind"),
            self.tr("Fix every open finding of the selected check in this document, in one step"),
            self.fix_all_requested,
        )
        bar.addSeparator()
        self.ignore_action = action(
            "mdi6.eye-off-outline",
            self.tr("Ignore…"),
            self.tr("Ignore the selected findings, giving a reason (kept until the text changes)"),
            self.ignore_requested,
        )
        self.unignore_action = action(
            "mdi6.eye-outline",
            self.tr("Un-ignore"),
            self.tr("Show the selected ignored findings as open again"),
            self.unignore_requested,
        )
        self.add_word_action = action(
            "mdi6.book-plus-outline",
            self.tr("Add to dictionary"),
            self.tr("Add the flagged words to the workspace's user dictionary"),
            self.add_word_requested,
        )
        bar.addSeparator()
        self.export_action = action(
            "mdi6.file-export-outline",
            self.tr("Export report…"),
            self.tr("Save the findings as an HTML page or an Excel workbook"),
            self.export_requested,
        )
        self.show_ignored_action = action(
            "mdi6.eye-check-outline",
            self.tr("Show ignored"),
            self.tr("Show ignored findings too (greyed, with their reason)"),
            lambda: None,
        )
        self.show_ignored_action.setCheckable(True)
        self.show_ignored_action.toggled.connect(lambda _on: self.rebuild())
        fix_button = bar.widgetForAction(self.fix_action)
        if isinstance(fix_button, QToolButton):  # the main action keeps its word
            fix_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = bar
        self.actionLayout.addWidget(bar)

    def set_run_actions(self, document: QAction, issue: QAction, workspace: QAction) -> None:
        menu = QMenu(self.runButton)
        for action in (document, issue, workspace):
            menu.addAction(action)
        self.runButton.setMenu(menu)
        self.runButton.clicked.connect(
            lambda: (document if document.isEnabled() else workspace).trigger()
        )

    def set_profiles(self, profiles: Mapping[str, Profile], current: str) -> None:
        combo = self.profileCombo
        combo.blockSignals(True)
        combo.clear()
        for name, profile in profiles.items():
            label = profile.label(self.lang)
            combo.addItem(label, name)
            combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def profile_name(self) -> str:
        return str(self.profileCombo.currentData() or "")

    def set_buttons(
        self,
        *,
        fix: bool = False,
        fix_all: bool = False,
        ignore: bool = False,
        unignore: bool = False,
        add_word: bool = False,
        export: bool = False,
    ) -> None:
        self.fix_action.setEnabled(fix)
        self.fix_all_action.setEnabled(fix_all)
        self.ignore_action.setEnabled(ignore)
        self.unignore_action.setEnabled(unignore)
        self.add_word_action.setEnabled(add_word)
        self.export_action.setEnabled(export)

    # --- findings ------------------------------------------------------------------------
    def show_live(self, live: LiveQA | None, titles: Mapping[int, str] | None = None) -> None:
        self.live = live
        if titles is not None:
            self.titles = titles
        self.rebuild()

    def rebuild(self) -> None:
        """Fill the tree from ``self.live``, keeping the current finding and folded groups."""
        tree = self.findingsTree
        current = self.current_finding()
        folded = {
            tree.topLevelItem(i).data(0, FINDING_ROLE)
            for i in range(tree.topLevelItemCount())
            if not tree.topLevelItem(i).isExpanded()
        }
        scroll = tree.verticalScrollBar().value()
        tree.setUpdatesEnabled(False)
        tree.blockSignals(True)
        tree.setSortingEnabled(False)
        tree.clear()
        live = self.live
        show_ignored = self.show_ignored_action.isChecked()
        restore: QTreeWidgetItem | None = None
        if live is not None:
            groups = live.groups(show_ignored=show_ignored)
            rank = {doc: r for r, doc in enumerate(live.document_ids)}
            for check_id, findings in groups:
                group = self._group_item(check_id, findings)
                tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                group.addChildren([self._finding_item(f, rank) for f in findings])
                group.setExpanded(check_id not in folded)
                if restore is None and current is not None and current in findings:
                    restore = group.child(findings.index(current))
        tree.setColumnHidden(COL_DOCUMENT, live is None or not live.multi_document)
        has_ignored = live is not None and any(f.ignored for f in live.findings)
        tree.setColumnHidden(COL_REASON, not (show_ignored and has_ignored))
        tree.setSortingEnabled(True)
        if restore is not None:
            tree.setCurrentItem(restore)
        tree.blockSignals(False)
        tree.setUpdatesEnabled(True)
        tree.verticalScrollBar().setValue(scroll)
        self._show_summary()
        self.selection_changed.emit()  # not finding_selected: a rebuild never moves the grid

    def _group_item(self, check_id: str, findings: list[Finding]) -> QTreeWidgetItem:
        try:
            name = check_spec(check_id).name(self.lang)
            description = check_spec(check_id).description(self.lang)
        except KeyError:
            name, description = check_id, ""
        open_count = sum(1 for f in findings if not f.ignored)
        worst = min((f.severity for f in findings), key=lambda s: SEVERITY_RANK[s])
        label = f"{name} ({open_count})"
        if open_count != len(findings):
            label = self.tr("%1 (%2 open, %3 ignored)")
            label = (
                label.replace("%1", name)
                .replace("%2", str(open_count))
                .replace("%3", str(len(findings) - open_count))
            )
        rank = _CHECK_RANK.get(check_id, 99)
        item = _Item([rank, SEVERITY_RANK[worst], rank, rank, rank, rank, rank, rank])
        item.setText(0, label)
        item.setIcon(0, severity_icon(worst))
        item.setToolTip(0, f"{description}\n[{check_id}]" if description else check_id)
        item.setData(0, FINDING_ROLE, check_id)
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # groups are headings, not selectable
        return item

    def _finding_item(self, finding: Finding, rank: Mapping[int, int]) -> QTreeWidgetItem:
        number = segment_number(finding)
        doc = finding.unit.document_id or 0
        side = self.tr("Source") if finding.side.value == "source" else self.tr("Target")
        message = finding.message(self.lang)
        span = finding.span_text
        title = self.titles.get(doc, f"#{doc}")
        reason = finding.ignored_reason or ""
        order = (rank.get(doc, 0), number, finding.side.value, finding.span[0])
        keys = {
            COL_NUMBER: order,
            COL_SEVERITY: SEVERITY_RANK[finding.severity],
            COL_SIDE: finding.side.value,
            COL_TEXT: span,
            COL_MESSAGE: message,
            COL_DOCUMENT: title,
            COL_REASON: reason,
        }
        item = _Item([keys[c] for c in range(COL_REASON + 1)] + [order])
        texts = {
            COL_NUMBER: finding.unit.key,
            COL_SIDE: side,
            COL_MESSAGE: message,
            COL_TEXT: span.replace("\n", "⏎"),
            COL_DOCUMENT: title,
            COL_REASON: reason,
        }
        for column, text in texts.items():
            item.setText(column, text)
        item.setTextAlignment(COL_NUMBER, Qt.AlignmentFlag.AlignRight)
        item.setIcon(COL_SEVERITY, severity_icon(finding.severity))
        item.setToolTip(COL_SEVERITY, self.severity_name(finding.severity))
        item.setToolTip(COL_MESSAGE, message)
        item.setToolTip(COL_TEXT, span)
        item.setData(0, FINDING_ROLE, finding)
        if finding.ignored:
            tip = self.tr("Ignored: %1").replace("%1", reason)
            for column in range(COL_REASON + 1):
                item.setForeground(column, IGNORED)
                item.setToolTip(column, tip)
        return item

    def severity_name(self, severity: Severity) -> str:
        return {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Info"),
        }[severity]

    def _show_summary(self) -> None:
        live = self.live
        if live is None:
            self.summaryLabel.setText(self.tr("Press F7 to check this document."))
            return
        counts = live.counts()
        text = (
            self.tr("%1 units checked: %2 errors, %3 warnings, %4 info")
            .replace("%1", str(counts["units"]))
            .replace("%2", str(counts["error"]))
            .replace("%3", str(counts["warning"]))
            .replace("%4", str(counts["info"]))
        )
        if counts["ignored"]:
            text += self.tr(" · %1 ignored").replace("%1", str(counts["ignored"]))
        self.summaryLabel.setText(text)

    # --- selection -----------------------------------------------------------------------
    @staticmethod
    def _finding_of(item: QTreeWidgetItem | None) -> Finding | None:
        if item is None:
            return None
        data = item.data(0, FINDING_ROLE)
        return data if isinstance(data, Finding) else None

    def current_finding(self) -> Finding | None:
        return self._finding_of(self.findingsTree.currentItem())

    def selected_findings(self) -> list[Finding]:
        found = [self._finding_of(item) for item in self.findingsTree.selectedItems()]
        chosen = [f for f in found if f is not None]
        current = self.current_finding()
        return chosen or ([current] if current is not None else [])

    def selected_check(self) -> str | None:
        item = self.findingsTree.currentItem()
        if item is None:
            return None
        finding = self._finding_of(item)
        return finding.check if finding is not None else str(item.data(0, FINDING_ROLE))

    def select_finding(self, finding: Finding) -> bool:
        tree = self.findingsTree
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if self._finding_of(item) == finding:
                    group.setExpanded(True)
                    tree.setCurrentItem(item)
                    tree.scrollToItem(item)
                    return True
        return False

    def _current_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self.finding_selected.emit(self._finding_of(current))
        self.selection_changed.emit()

    def _selection_changed(self) -> None:
        self.selection_changed.emit()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = self._finding_of(item)
        if finding is not None:
            self.finding_activated.emit(finding)
