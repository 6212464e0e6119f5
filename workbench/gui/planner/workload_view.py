"""Who has how much to do in which week: people × ISO weeks, planned hours against what
each can give; overloaded weeks red. Beside it the deadlines already missed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex
OVERLOADED = QColor("#e53935")
BUSY = QColor("#fb8c00")


translate = QCoreApplication.translate


@dataclass(frozen=True)
class LoadCell:
    planned: float
    capacity: float
    overloaded: bool
    tasks: tuple[str, ...] = ()  # "Translation of “立春” due 02-02" …


@dataclass
class WorkloadData:
    people: list[tuple[int, str, float]] = field(default_factory=list)  # id, name, hours/week
    weeks: list[date] = field(default_factory=list)  # Mondays
    cells: dict[tuple[int, date], LoadCell] = field(default_factory=dict)


class WorkloadModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.load = WorkloadData()

    def set_data(self, load: WorkloadData) -> None:
        self.beginResetModel()
        self.load = load
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.load.people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.load.weeks)

    def cell(self, row: int, column: int) -> LoadCell | None:
        person = self.load.people[row][0]
        return self.load.cells.get((person, self.load.weeks[column]))

    def overloaded_cells(self) -> list[tuple[str, date]]:
        """(person name, Monday) of every overloaded week (tests and the summary)."""
        found = []
        for person, person_name, _hours in self.load.people:
            for monday in self.load.weeks:
                cell = self.load.cells.get((person, monday))
                if cell is not None and cell.overloaded:
                    found.append((person_name, monday))
        return found

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            monday = self.load.weeks[section]
            if role == Qt.ItemDataRole.DisplayRole:
                iso = monday.isocalendar()
                return (
                    translate("WorkloadModel", "W%1\n%2")
                    .replace("%1", f"{iso.week:02d}")
                    .replace("%2", monday.strftime("%m-%d"))
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                sunday = monday + timedelta(days=6)
                iso = monday.isocalendar()
                return (
                    translate("WorkloadModel", "ISO week %1 of %2: %3 – %4")
                    .replace("%1", str(iso.week))
                    .replace("%2", str(iso.year))
                    .replace("%3", monday.isoformat())
                    .replace("%4", sunday.isoformat())
                )
        elif role == Qt.ItemDataRole.DisplayRole:
            _id, person_name, hours = self.load.people[section]
            return f"{person_name} ({hours:g} h)"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if cell is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "·"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{cell.planned:g} / {cell.capacity:g} h"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.overloaded:
                return QBrush(OVERLOADED)
            if cell.capacity and cell.planned >= 0.8 * cell.capacity:
                return QBrush(QColor(BUSY.red(), BUSY.green(), BUSY.blue(), 90))
            if cell.planned:
                return QBrush(QColor(67, 160, 71, 50))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and cell.overloaded:
            return QBrush(QColor("#ffffff"))
        if role == Qt.ItemDataRole.FontRole and cell.overloaded:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            person_name = self.load.people[index.row()][1]
            head = (
                translate("WorkloadModel", "%1 is overloaded: %2 h planned, %3 h available")
                if cell.overloaded
                else translate("WorkloadModel", "%1: %2 h planned, %3 h available")
            )
            text = (
                head.replace("%1", person_name)
                .replace("%2", f"{cell.planned:g}")
                .replace("%3", f"{cell.capacity:g}")
            )
            if cell.tasks:
                text += "\n" + "\n".join(f"• {task}" for task in cell.tasks)
            return text
        return None


class WorkloadPanel(QWidget):
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = WorkloadModel(self)
        self.table = QTableView()
        self.table.setObjectName("workloadTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(70)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.missed_label = QLabel()
        self.missed = QListWidget()
        self.missed.setObjectName("missedList")
        self.missed.itemActivated.connect(
            lambda entry: self.item_activated.emit(int(entry.data(Qt.ItemDataRole.UserRole)))
        )
        top = QWidget()
        box = QVBoxLayout(top)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        bottom = QWidget()
        box = QVBoxLayout(bottom)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.missed_label)
        box.addWidget(self.missed, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.missed_label.setText(
            translate("WorkloadModel", "Missed deadlines (not done, due before now):")
        )

    def set_data(self, load: WorkloadData, missed: Sequence[tuple[int, str]]) -> None:
        """``missed``: (item id, one line) per deadline already missed."""
        self.model.set_data(load)
        over = self.model.overloaded_cells()
        if not load.people:
            text = translate("WorkloadModel", "No people yet: Plan ▸ People… adds the team.")
        elif over:
            names = sorted({person for person, _monday in over})
            count = len(over)
            text = translate("WorkloadModel", "%n overloaded week(s): %1", None, count)
            text = text.replace("%1", ", ".join(names))
        else:
            text = translate("WorkloadModel", "Nobody is overloaded in these weeks.")
        self.summary.setText(text)
        self.missed.clear()
        for item_id, line in missed:
            entry = QListWidgetItem(line)
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            entry.setForeground(QBrush(OVERLOADED))
            self.missed.addItem(entry)
        if not missed:
            entry = QListWidgetItem(
                translate("WorkloadModel", "None — every deadline so far was met.")
            )
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.missed.addItem(entry)
