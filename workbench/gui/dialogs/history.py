"""Segment history: every revision (who, when, before → after) with a word/character diff."""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from workbench.gui.editor.status import status_text
from workbench.gui.forms import load_form
from workbench.gui.models.document_table import local_time
from workbench.models import SegmentRevision

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u9fff]")


def _tokens(text: str) -> list[str]:
    # Chinese diffs character by character; English word by word.
    if _HAN.search(text):
        return list(text)
    return _TOKEN.findall(text)


def diff_html(before: str, after: str) -> str:
    """Deleted text struck through in red, inserted text underlined in green."""
    a, b = _tokens(before), _tokens(after)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.append(
                f'<span style="color:#c62828;text-decoration:line-through">'
                f"{html.escape(''.join(a[i1:i2]))}</span>"
            )
        if op in ("insert", "replace"):
            out.append(
                f'<span style="color:#2e7d32;text-decoration:underline">'
                f"{html.escape(''.join(b[j1:j2]))}</span>"
            )
        if op == "equal":
            out.append(html.escape("".join(a[i1:i2])))
    return "".join(out)


def describe(revision: SegmentRevision) -> str:
    if revision.field == "created":
        return QCoreApplication.translate("History", "Imported from %1").replace(
            "%1", revision.after
        )
    if revision.field == "status":
        return f"{status_text(revision.before)} → {status_text(revision.after)}"
    if revision.field in ("target", "note", "source"):
        return f"{revision.before or '∅'} → {revision.after or '∅'}"
    return revision.after


def history_html(revisions: list[SegmentRevision], field_names: dict[str, str]) -> str:
    parts = []
    for revision in reversed(revisions):
        when = local_time(revision.created_at.isoformat())
        field = field_names.get(revision.field, revision.field)
        if revision.field in ("target", "note"):
            body = diff_html(revision.before, revision.after)
        else:
            body = html.escape(describe(revision))
        parts.append(
            f"<p><b>{html.escape(when)}</b> · {html.escape(revision.author)} · "
            f"<i>{html.escape(field)}</i><br>{body}</p>"
        )
    return "".join(parts)


class SegmentHistoryDialog(QDialog):
    historyTable: QTableWidget
    diffBrowser: QTextBrowser
    segmentLabel: QLabel

    def __init__(
        self,
        parent: QWidget | None,
        number: int,
        revisions: list[SegmentRevision],
        field_names: dict[str, str],
    ) -> None:
        super().__init__(parent)
        load_form("segment_history.ui", base=self)
        self.buttonBox.rejected.connect(self.reject)  # type: ignore[attr-defined]
        self.revisions = revisions
        self.segmentLabel.setText(
            self.tr("Segment %1: %2 changes")
            .replace("%1", str(number))
            .replace("%2", str(len(revisions)))
        )
        self.historyTable.setRowCount(len(revisions))
        for row, revision in enumerate(revisions):
            values = (
                local_time(revision.created_at.isoformat()),
                revision.author,
                field_names.get(revision.field, revision.field),
                describe(revision),
            )
            for column, value in enumerate(values):
                self.historyTable.setItem(row, column, QTableWidgetItem(value))
        header = self.historyTable.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.historyTable.currentCellChanged.connect(self._show_diff)
        if revisions:
            self.historyTable.selectRow(len(revisions) - 1)

    def _show_diff(self, row: int, *_args: int) -> None:
        if 0 <= row < len(self.revisions):
            revision = self.revisions[row]
            self.diffBrowser.setHtml(diff_html(revision.before, revision.after))
