"""Ctrl+G: go to a segment by its number."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QSpinBox, QWidget

from workbench.gui.forms import load_form


class GotoDialog(QDialog):
    numberSpin: QSpinBox
    rangeLabel: QLabel

    def __init__(self, parent: QWidget | None, current: int, maximum: int) -> None:
        super().__init__(parent)
        load_form("goto_segment.ui", base=self)
        self.buttonBox.accepted.connect(self.accept)  # type: ignore[attr-defined]
        self.buttonBox.rejected.connect(self.reject)  # type: ignore[attr-defined]
        self.numberSpin.setRange(1, max(1, maximum))
        self.numberSpin.setValue(max(1, current))
        self.numberSpin.selectAll()
        self.rangeLabel.setText(self.tr("Segments 1 to %1").replace("%1", str(maximum)))

    def number(self) -> int:
        return self.numberSpin.value()
