"""Bilingual review documents: the export dialog (which segments, where to save) and the
result of an import (segments updated, conflicts, skipped rows, warnings, and how tracked
changes were treated)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workbench.gui.editor.status import STATUS_LABELS, status_icon, status_text
from workbench.gui.forms import load_form

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def review_api() -> tuple[Callable[..., Any], Callable[..., Any]]:
    """``export_review_docx`` and ``import_review_docx`` from the publishing core."""
    try:
        from workbench.publishing.review import export_review_docx, import_review_docx
    except ImportError:
        from workbench.publishing.review_export import export_review_docx
        from workbench.publishing.review_import import import_review_docx
    return export_review_docx, import_review_docx


def review_file_name(title: str, document_id: int) -> str:
    stem = _UNSAFE.sub("-", title).strip("-.")[:60]
    return f"{stem or 'document'}-{document_id}-review.docx"


class ReviewExportDialog(QDialog):
    documentLabel: QLabel
    statusGroup: QGroupBox
    statusLayout: QGridLayout
    outputEdit: QLineEdit
    browseButton: QPushButton
    buttonBox: QDialogButtonBox

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        default_path: Path,
        counts: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("review_export.ui", base=self)
        self.documentLabel.setText(self.tr("Document: <b>%1</b>").replace("%1", title))
        self.checks: dict[str, QCheckBox] = {}
        for index, status in enumerate(STATUS_LABELS):
            text = status_text(status)
            if counts is not None:
                text = f"{text} ({counts.get(status, 0)})"
            check = QCheckBox(text, self.statusGroup)
            check.setIcon(status_icon(status))
            check.setChecked(True)
            check.toggled.connect(self._update_ok)
            self.statusLayout.addWidget(check, index // 3, index % 3)
            self.checks[status] = check
        self.outputEdit.setText(str(default_path))
        self.outputEdit.textChanged.connect(self._update_ok)
        self.browseButton.clicked.connect(self.browse)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._update_ok()

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the review document as"),
            self.outputEdit.text(),
            self.tr("Word documents (*.docx)"),
        )
        if path:
            self.outputEdit.setText(path)

    def _update_ok(self) -> None:
        ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.outputEdit.text().strip()) and any(self._chosen()))

    def _chosen(self) -> list[str]:
        return [status for status, check in self.checks.items() if check.isChecked()]

    def statuses(self) -> set[str] | None:
        """The statuses to export; None when all are ticked (every segment)."""
        chosen = self._chosen()
        return None if len(chosen) == len(self.checks) else set(chosen)

    def output(self) -> Path:
        path = Path(self.outputEdit.text().strip()).expanduser()
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


class ReviewImportResultDialog(QDialog):
    summaryLabel: QLabel
    policyLabel: QLabel
    resultTabs: QTabWidget
    updatedTree: QTreeWidget
    conflictsTree: QTreeWidget
    skippedTree: QTreeWidget
    warningsList: QListWidget
    buttonBox: QDialogButtonBox

    def __init__(
        self,
        parent: QWidget | None,
        result: Mapping[str, Any],
        targets: Mapping[int, str] | None = None,
        numbers: Mapping[int, int] | None = None,
    ) -> None:
        """``result`` is ``ReviewImportResult.to_dict()``; ``targets`` the new target text
        and ``numbers`` the segment numbers (as the editor shows them) of updated segments."""
        super().__init__(parent)
        load_form("review_import_result.ui", base=self)
        self.buttonBox.rejected.connect(self.reject)
        self.buttonBox.accepted.connect(self.accept)
        targets, numbers = targets or {}, numbers or {}
        updated = list(result.get("updated", []))
        conflicts = list(result.get("conflicts", []))
        skipped = list(result.get("skipped", []))
        warnings = [str(w) for w in result.get("warnings", [])]
        self.summaryLabel.setText(
            self.tr("%1 updated · %2 unchanged · %3 conflict(s) · %4 skipped row(s) · %5 locked")
            .replace("%1", str(len(updated)))
            .replace("%2", str(result.get("unchanged", 0)))
            .replace("%3", str(len(conflicts)))
            .replace("%4", str(len(skipped)))
            .replace("%5", str(len(result.get("locked", []))))
        )
        tracked = result.get("tracked_changes", {}) or {}
        policy = str(tracked.get("policy", "accept"))
        changes = int(tracked.get("insertions", 0)) + int(tracked.get("deletions", 0))
        policy_text = (
            self.tr("Tracked changes were accepted (%1 change(s)).")
            if policy == "accept"
            else self.tr("Tracked changes were rejected (%1 change(s) ignored).")
        ).replace("%1", str(changes))
        comments = int(result.get("word_comments", 0))
        if comments:
            policy_text += " " + self.tr("%1 Word comment(s) went into segment notes.").replace(
                "%1", str(comments)
            )
        self.policyLabel.setText(policy_text)
        self._fill(
            self.updatedTree,
            [self.tr("Segment"), self.tr("Target now")],
            [[str(numbers.get(int(i), i)), targets.get(int(i), "")] for i in updated],
        )
        self._fill(
            self.conflictsTree,
            [
                self.tr("Segment"),
                self.tr("Exported"),
                self.tr("Workspace now"),
                self.tr("Reviewer"),
            ],
            [
                [
                    str(numbers.get(int(c.get("segment_id", 0)), c.get("segment_id", ""))),
                    str(c.get("base", "")),
                    str(c.get("workspace", "")),
                    str(c.get("reviewer", "")),
                ]
                for c in conflicts
            ],
        )
        self._fill(
            self.skippedTree,
            [self.tr("Row"), self.tr("Segment ID"), self.tr("Reason"), self.tr("Text")],
            [
                [
                    str(s.get("row", "")),
                    str(s.get("segment_id", "")),
                    str(s.get("reason", "")),
                    str(s.get("text", "")),
                ]
                for s in skipped
            ],
        )
        self.warningsList.addItems(warnings)
        counts = (len(updated), len(conflicts), len(skipped), len(warnings))
        names = (self.tr("Updated"), self.tr("Conflicts"), self.tr("Skipped"), self.tr("Warnings"))
        for tab, (name, count) in enumerate(zip(names, counts, strict=True)):
            self.resultTabs.setTabText(tab, f"{name} ({count})")
        first = next((tab for tab in (1, 2, 0, 3) if counts[tab]), 0)
        self.resultTabs.setCurrentIndex(first)

    @staticmethod
    def _fill(tree: QTreeWidget, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(list(headers))
        for row in rows:
            item = QTreeWidgetItem([text.replace("\n", " ⏎ ") for text in row])
            for column, text in enumerate(row):
                item.setToolTip(column, text)
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tree.setColumnWidth(column, 220)
