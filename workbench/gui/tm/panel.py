"""The TM panel: the current segment's translation memory matches, best first, numbered
1–9 for Ctrl+1…9, each with its score, a diff against the current source, the target,
where it came from and the term-base terms it contains."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from workbench.gui.forms import load_form
from workbench.gui.tm.render import MatchView, diff_html, matches_html, when_text
from workbench.tm.lookup import TMMatch

MAX_KEYS = 9


@dataclass(frozen=True)
class LookupResult:
    """What one background lookup found for one segment."""

    segment_id: int
    source: str
    matches: Sequence[TMMatch]


class TMPanel(QWidget):
    insert_requested = Signal(int)  # the match number (1-based)

    summaryLabel: QLabel
    matchesBrowser: QTextBrowser
    hintLabel: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("tm_panel.ui", base=self)
        self.matchesBrowser.anchorClicked.connect(self._clicked)
        self.result: LookupResult | None = None
        self.elapsed_ms = 0.0

    @property
    def matches(self) -> list[TMMatch]:
        return list(self.result.matches) if self.result is not None else []

    def clear(self, message: str = "") -> None:
        self.result = None
        self.matchesBrowser.clear()
        self.summaryLabel.setText(message)

    def show_busy(self) -> None:
        self.summaryLabel.setText(self.tr("Looking up…"))

    def show_error(self, message: str) -> None:
        self.result = None
        self.matchesBrowser.clear()
        self.summaryLabel.setText(self.tr("Lookup failed: %1").replace("%1", message))

    def show_result(self, result: LookupResult, elapsed_ms: float) -> None:
        self.result, self.elapsed_ms = result, elapsed_ms
        ms = f"{elapsed_ms:.0f}" if elapsed_ms >= 1 else f"{elapsed_ms:.1f}"
        if not result.matches:
            self.summaryLabel.setText(self.tr("No matches (%1 ms)").replace("%1", ms))
            self.matchesBrowser.clear()
            return
        self.summaryLabel.setText(
            self.tr("%n match(es) in %1 ms", "", len(result.matches)).replace("%1", ms)
        )
        rows = []
        for number, match in enumerate(result.matches, 1):
            rows.append(
                MatchView(
                    number=number,
                    score=match.score,
                    source_html=diff_html(match.diff),
                    target=match.target,
                    origin=match.origin,
                    origin_ref=match.origin_ref,
                    when=when_text(match.updated_at),
                    terms=match.terms,
                )
            )
        self.matchesBrowser.setHtml(matches_html(rows, keys=MAX_KEYS))

    def target_for_key(self, number: int) -> str | None:
        """The target Ctrl+number inserts (1-based), if there is such a match."""
        matches = self.matches
        if not 1 <= number <= min(MAX_KEYS, len(matches)):
            return None
        return matches[number - 1].target

    def _clicked(self, url: QUrl) -> None:
        scheme, _, number = url.toString().partition(":")
        if scheme == "insert" and number.isdigit():
            self.insert_requested.emit(int(number))
