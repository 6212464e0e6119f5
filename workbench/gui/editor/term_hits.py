"""The Term hits panel: the current segment's terms, whether the target has them, and
one key (Alt+1…9) or click to insert the preferred rendering."""

from __future__ import annotations

from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from workbench.gui.forms import load_form
from workbench.termbase.matcher import TermHit, TermMatcher

MAX_KEYS = 9


@dataclass(frozen=True)
class TermCheck:
    """One source-side hit and what the target does with it."""

    hit: TermHit
    targets: list[str]
    in_target: bool | None  # None: the segment has no target yet


@dataclass(frozen=True)
class SegmentTerms:
    checks: list[TermCheck]
    forbidden_in_target: list[TermHit]


def check_segment(
    matcher: TermMatcher, source: str, target: str, source_lang: str, target_lang: str
) -> SegmentTerms:
    """Source hits with their renderings, and which of them the target already uses."""
    source_hits = matcher.match(source, source_lang)
    target_hits = matcher.match(target, target_lang) if target.strip() else []
    used = {h.concept_id for h in target_hits if not h.forbidden}
    checks = []
    seen: set[int | None] = set()
    # Highlighted winners first, then the shorter terms inside them; each concept once.
    for hit in sorted(source_hits, key=lambda h: (h.overlapped, h.start)):
        if hit.concept_id in seen:
            continue
        seen.add(hit.concept_id)
        in_target = None if not target.strip() else hit.concept_id in used
        checks.append(TermCheck(hit, hit.targets(target_lang), in_target))
    return SegmentTerms(checks, [h for h in target_hits if h.forbidden])


class TermHitsPanel(QWidget):
    insert_requested = Signal(str)

    hitsTable: QTableWidget
    hintLabel: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("term_hits.ui", base=self)
        header = self.hitsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.hitsTable.cellClicked.connect(self._clicked)
        self.terms: SegmentTerms | None = None

    def show_terms(self, terms: SegmentTerms | None) -> None:
        self.terms = terms
        table = self.hitsTable
        table.setRowCount(0)
        if terms is None:
            return
        rows: list[tuple[str, str, str, str, bool]] = []  # key, source, mark, use, warn
        for number, check in enumerate(terms.checks, 1):
            key = f"Alt+{number}" if number <= MAX_KEYS and check.targets else ""
            mark = "" if check.in_target is None else ("✓" if check.in_target else "✗")
            use = " | ".join(check.targets) or self.tr("(no rendering)")
            if check.hit.forbidden:
                use = self.tr("Forbidden: write %1").replace(
                    "%1", " | ".join(check.hit.replacements()) or "–"
                )
            rows.append((key, check.hit.text, mark, use, check.hit.forbidden))
        for hit in terms.forbidden_in_target:
            rows.append(
                (
                    "",
                    hit.text,
                    "⚠",
                    self.tr("Forbidden in the target: write %1").replace(
                        "%1", " | ".join(hit.replacements()) or "–"
                    ),
                    True,
                )
            )
        table.setRowCount(len(rows))
        for row, (key, source, mark, use, warn) in enumerate(rows):
            for column, text in enumerate((key, source, mark, use)):
                item = QTableWidgetItem(text)
                if warn:
                    item.setForeground(QColor("#c62828"))
                if column == 2 and mark == "✗":
                    item.setForeground(QColor("#c62828"))
                    item.setToolTip(self.tr("The target does not use this term yet"))
                elif column == 2 and mark == "✓":
                    item.setForeground(QColor("#2e7d32"))
                table.setItem(row, column, item)
            if warn:
                table.item(row, 0).setIcon(qta.icon("mdi6.alert", color="#c62828"))
        table.resizeRowsToContents()

    def target_for_key(self, number: int) -> str | None:
        """The rendering Alt+number inserts (1-based), if there is one."""
        if self.terms is None or not 1 <= number <= min(MAX_KEYS, len(self.terms.checks)):
            return None
        targets = self.terms.checks[number - 1].targets
        return targets[0] if targets else None

    def _clicked(self, row: int, _column: int) -> None:
        if self.terms is not None and row < len(self.terms.checks):
            targets = self.terms.checks[row].targets
            if targets:
                self.insert_requested.emit(targets[0])
        self.hitsTable.clearSelection()
        self.hitsTable.setCurrentCell(-1, -1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
