"""The keyboard cheat sheet, built from the action table (so it is never out of date)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from workbench.gui.actions import ACTIONS, EDITOR_KEYS, plain, translated
from workbench.gui.forms import load_form


def shortcut_rows() -> list[tuple[str, str]]:
    rows = []
    for spec in ACTIONS:
        if spec.shortcuts:
            keys = " / ".join(
                QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                for s in spec.shortcuts
            )
            rows.append((keys, plain(translated(spec.text))))
    rows += [(keys, translated(text)) for keys, text in EDITOR_KEYS]
    return rows


class ShortcutsDialog(QDialog):
    shortcutTable: QTableWidget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("shortcuts.ui", base=self)
        self.buttonBox.rejected.connect(self.reject)  # type: ignore[attr-defined]
        rows = shortcut_rows()
        self.shortcutTable.setRowCount(len(rows))
        for number, (keys, text) in enumerate(rows):
            self.shortcutTable.setItem(number, 0, QTableWidgetItem(keys))
            self.shortcutTable.setItem(number, 1, QTableWidgetItem(text))
        self.shortcutTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
