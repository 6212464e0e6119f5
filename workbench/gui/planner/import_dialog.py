"""Import a plan from a spreadsheet: which column holds which field (pre-filled by
``guess_mapping``), a preview of the first rows, a dry run, then the import."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.gui.planner.labels import METRICS, STAGE, label
from workbench.gui.publishing.dialogs import SavingDialog
from workbench.models.planner_enums import Stage

PREVIEW_ROWS = 8
FIELD_LABELS = {
    "title_zh": QT_TRANSLATE_NOOP("PlannerImport", "Chinese title"),
    "title_en": QT_TRANSLATE_NOOP("PlannerImport", "English title"),
    "type": QT_TRANSLATE_NOOP("PlannerImport", "Type"),
    "series": QT_TRANSLATE_NOOP("PlannerImport", "Series"),
    "campaign": QT_TRANSLATE_NOOP("PlannerImport", "Campaign"),
    "channels": QT_TRANSLATE_NOOP("PlannerImport", "Channels"),
    "publish_date": QT_TRANSLATE_NOOP("PlannerImport", "Publish date"),
    "publish_time": QT_TRANSLATE_NOOP("PlannerImport", "Publish time"),
    "timezone": QT_TRANSLATE_NOOP("PlannerImport", "Time zone"),
    "status": QT_TRANSLATE_NOOP("PlannerImport", "Status"),
    "document_id": QT_TRANSLATE_NOOP("PlannerImport", "Document ID"),
    "notes": QT_TRANSLATE_NOOP("PlannerImport", "Notes"),
}
STAGE_FIELDS = {
    "due": QT_TRANSLATE_NOOP("PlannerImport", "%1 deadline"),
    "assignee": QT_TRANSLATE_NOOP("PlannerImport", "%1 assignee"),
}


def field_label(field: str) -> str:
    translate = QCoreApplication.translate
    if field in FIELD_LABELS:
        return translate("PlannerImport", FIELD_LABELS[field])
    if field in METRICS:
        return label(METRICS, field)
    stage, _, what = field.rpartition("_")
    if stage in Stage._value2member_map_ and what in STAGE_FIELDS:
        return translate("PlannerImport", STAGE_FIELDS[what]).replace(
            "%1", label(STAGE, Stage(stage))
        )
    return field


class ImportDialog(SavingDialog):
    fileLabel: QLabel
    mappingTable: QTableWidget
    previewTable: QTableWidget
    createCheck: QCheckBox
    checkButton: QPushButton
    resultLabel: QLabel

    def __init__(
        self,
        parent: QWidget | None,
        table: Any,
        fields: Sequence[str],
        mapping: Mapping[str, str],
    ) -> None:
        super().__init__(parent, "planner_import.ui")
        self.setWindowTitle(self.tr("Import plan"))
        self.plan_table = table
        self.dry_run: Callable[[ImportDialog], str] | None = None
        self.fileLabel.setText(
            self.tr("%1: %n row(s) under the header in row %2", "", len(table.rows))
            .replace("%1", str(table.path.name))
            .replace("%2", str(table.header_row))
        )
        grid = self.mappingTable
        grid.setColumnCount(2)
        grid.setRowCount(len(fields))
        grid.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        grid.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        for row, field in enumerate(fields):
            grid.setItem(row, 0, QTableWidgetItem(field_label(field)))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for header in table.headers:
                combo.addItem(str(header), str(header))
            found = combo.findData(mapping.get(field))
            combo.setCurrentIndex(max(0, found))
            grid.setCellWidget(row, 1, combo)
            self.combos[field] = combo
        grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        grid.horizontalHeader().setStretchLastSection(True)
        preview = self.previewTable
        preview.setColumnCount(len(table.headers))
        preview.setHorizontalHeaderLabels([str(h) for h in table.headers])
        shown = table.rows[:PREVIEW_ROWS]
        preview.setRowCount(len(shown))
        preview.setVerticalHeaderLabels([str(number) for number, _cells in shown])
        for row, (_number, cells) in enumerate(shown):
            for column, value in enumerate(cells[: len(table.headers)]):
                preview.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
        preview.resizeColumnsToContents()
        self.checkButton.clicked.connect(self.check)

    def mapping(self) -> dict[str, str]:
        return {
            field: str(combo.currentData())
            for field, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def set_column(self, field: str, header: str | None) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(max(0, combo.findData(header)))

    def create_missing(self) -> bool:
        return self.createCheck.isChecked()

    def check(self) -> None:
        if self.dry_run is None:
            return
        try:
            self.resultLabel.setText(self.dry_run(self))
        except WorkbenchError as exc:
            self.resultLabel.setText(f"<span style='color:#c62828'>{exc}</span>")
