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

    def current(self) -> SegmentFilter:
        return SegmentFilter(
            statuses=self.statusCombo.currentData() or frozenset(),
            text=self.textEdit.text().strip(),
            has_note=self.notesCheck.isChecked(),
        )

    def _emit(self) -> None:
        self.changed.emit(self.current())

    def show_count(self, shown: int, flt: SegmentFilter) -> None:
        if flt.is_empty:
            self.countLabel.clear()
        else:
            self.countLabel.setText(self.tr("%n segment(s) shown", "", shown))
