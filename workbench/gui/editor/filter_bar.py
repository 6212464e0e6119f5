"""The filter bar above the grid: status, text, notes, QA findings."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from workbench.editor.grid import SegmentFilter
from workbench.gui.editor.status import STATUS_LABELS, status_text
from workbench.gui.forms import load_form

UNCONFIRMED = frozenset({"new", "draft"})


class SegmentFilterBar(QWidget):
    changed = Signal(object)  # SegmentFilter

    statusCombo: QComboBox
    textEdit: QLineEdit
    notesCheck: QCheckBox
    qaCheck: QCheckBox
    countLabel: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("segment_filter.ui", base=self)
        self.statusCombo.addItem(self.tr("All segments"), frozenset())
        self.statusCombo.addItem(self.tr("Unconfirmed"), UNCONFIRMED)
        for status in STATUS_LABELS:
            self.statusCombo.addItem(status_text(status), frozenset({status}))
        # Typing in the text box filters after a short pause, not on every key.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._emit)
        self.textEdit.textChanged.connect(lambda _t: self._debounce.start())
        self.statusCombo.currentIndexChanged.connect(self._emit)
        self.notesCheck.toggled.connect(self._emit)
        self.qaCheck.toggled.connect(self._emit)
        self.qa_segment_ids: frozenset[int] | None = None
        self.set_qa_segments(None)

    def current(self) -> SegmentFilter:
        return SegmentFilter(
            statuses=self.statusCombo.currentData() or frozenset(),
            text=self.textEdit.text().strip(),
            has_note=self.notesCheck.isChecked(),
            qa_segment_ids=(
                self.qa_segment_ids
                if self.qaCheck.isChecked() and self.qa_segment_ids is not None
                else None
            ),
        )

    def set_qa_segments(self, ids: frozenset[int] | None, *, reapply: bool = False) -> None:
        """Segments with open QA findings (None: QA has not run on this document).

        The filter is re-applied only when asked (a new run), never on every confirm: the
        grid would jump back to the first row while someone works through the findings.
        """
        self.qa_segment_ids = ids
        available = ids is not None
        self.qaCheck.setEnabled(available)
        if not available and self.qaCheck.isChecked():
            self.qaCheck.setChecked(False)  # emits: the grid shows everything again
        self.qaCheck.setToolTip(
            self.tr("Show only segments with open QA findings")
            if available
            else self.tr("Run QA on this document (F7) to filter by its findings")
        )
        if reapply and self.qaCheck.isChecked():
            self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current())

    def show_count(self, shown: int, flt: SegmentFilter) -> None:
        if flt.is_empty:
            self.countLabel.clear()
        else:
            self.countLabel.setText(self.tr("%n segment(s) shown", "", shown))
