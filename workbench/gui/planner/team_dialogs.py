"""Tables of the plan's reference data: people, channels, observances. Each row keeps its
id (none for a new row); ``changes()`` says what to add, update and delete, and the
window's ``save`` callback applies it through the core in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.gui.planner.labels import CHANNEL_KIND, TIMEZONES, label
from workbench.gui.publishing.dialogs import SavingDialog
from workbench.models.planner_enums import ChannelKind

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class TableChanges:
    added: list[dict[str, Any]] = field(default_factory=list)
    updated: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)


class TableDialog(SavingDialog):
    """A QTableWidget of rows with Add / Remove; subclasses say what the columns are."""

    hintLabel: QLabel
    table: QTableWidget
    addButton: QPushButton
    removeButton: QPushButton
    FORM = ""

    def __init__(self, parent: QWidget | None, headers: list[str]) -> None:
        super().__init__(parent, self.FORM)
        self.removed: list[int] = []
        self._original: dict[int, dict[str, Any]] = {}
        table = self.table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        self.addButton.clicked.connect(lambda: self.add_row())
        self.removeButton.clicked.connect(self.remove_selected)
        ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save"))

    # --- rows --------------------------------------------------------------------------------
    def add_row(self, row_id: int | None = None, values: dict[str, Any] | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.fill_row(row, values or {})
        first = self.table.item(row, 0)
        if first is None:
            first = QTableWidgetItem("")
            self.table.setItem(row, 0, first)
        first.setData(ID_ROLE, row_id)
        if row_id is not None:
            self._original[row_id] = self.row_values(row)
        if values is None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(first)
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            row_id = self.row_id(row)
            if row_id is not None:
                self.removed.append(row_id)
            self.table.removeRow(row)

    def row_id(self, row: int) -> int | None:
        first = self.table.item(row, 0)
        data = first.data(ID_ROLE) if first is not None else None
        return int(data) if data is not None else None

    def text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text().strip() if cell is not None else ""

    def set_text(self, row: int, column: int, value: Any) -> None:
        cell = self.table.item(row, column)
        if cell is None:
            cell = QTableWidgetItem()
            self.table.setItem(row, column, cell)
        cell.setText("" if value is None else str(value))

    def set_check(self, row: int, column: int, on: bool) -> None:
        cell = QTableWidgetItem()
        cell.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        cell.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.table.setItem(row, column, cell)

    def checked(self, row: int, column: int) -> bool:
        cell = self.table.item(row, column)
        return cell is not None and cell.checkState() == Qt.CheckState.Checked

    def changes(self) -> TableChanges:
        found = TableChanges(removed=list(self.removed))
        for row in range(self.table.rowCount()):
            row_id = self.row_id(row)
            if row_id is None and not self.text(row, 0):
                continue  # a new row left empty
            values = self.row_values(row)
            if row_id is None:
                found.added.append(values)
            elif values != self._original.get(row_id):
                found.updated.append((row_id, values))
        return found

    # --- for subclasses --------------------------------------------------------------------
    def fill_row(self, row: int, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def row_values(self, row: int) -> dict[str, Any]:
        raise NotImplementedError


class PeopleDialog(TableDialog):
    FORM = "planner_people.ui"

    def __init__(self, parent: QWidget | None, people: Sequence[Any]) -> None:
        super().__init__(
            parent,
            [
                self.tr("Name"),
                self.tr("Roles"),
                self.tr("Hours a week"),
                self.tr("E-mail"),
                self.tr("Active"),
            ],
        )
        self.setWindowTitle(self.tr("People"))
        for person in people:
            self.add_row(
                person.id,
                {
                    "name": person.name,
                    "roles": ", ".join(person.roles),
                    "weekly_hours": person.weekly_hours,
                    "email": person.email,
                    "active": person.active,
                },
            )
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 190)

    def fill_row(self, row: int, values: dict[str, Any]) -> None:
        self.set_text(row, 0, values.get("name", ""))
        self.set_text(row, 1, values.get("roles", ""))
        self.set_text(row, 2, f"{float(values.get('weekly_hours', 20.0)):g}")
        self.set_text(row, 3, values.get("email", ""))
        self.set_check(row, 4, bool(values.get("active", True)))

    def row_values(self, row: int) -> dict[str, Any]:
        hours_text = self.text(row, 2).replace(",", ".") or "0"
        try:
            hours = float(hours_text)
        except ValueError:
            raise WorkbenchError(
                self.tr("Row %1: %2 is not a number of hours")
                .replace("%1", str(row + 1))
                .replace("%2", repr(self.text(row, 2)))
            ) from None
        roles = [r.strip() for r in self.text(row, 1).replace("，", ",").split(",") if r.strip()]
        return {
            "name": self.text(row, 0),
            "roles": roles,
            "weekly_hours": hours,
            "email": self.text(row, 3),
            "active": self.checked(row, 4),
        }


class ChannelsDialog(TableDialog):
    FORM = "planner_channels.ui"
    seedButton: QPushButton

    def __init__(self, parent: QWidget | None, channels: Sequence[Any]) -> None:
        super().__init__(
            parent,
            [self.tr("Name"), self.tr("Kind"), self.tr("Audience time zone"), self.tr("Active")],
        )
        self.setWindowTitle(self.tr("Channels"))
        for channel in channels:
            self.add_row(
                channel.id,
                {
                    "name": channel.name,
                    "kind": channel.kind,
                    "timezone": channel.timezone,
                    "active": channel.active,
                },
            )
        self.seedButton.setEnabled(not channels)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 140)
        self.table.setColumnWidth(2, 200)

    def fill_row(self, row: int, values: dict[str, Any]) -> None:
        self.set_text(row, 0, values.get("name", ""))
        kind = QComboBox()
        for value in ChannelKind:
            kind.addItem(label(CHANNEL_KIND, value), value.value)
        kind.setCurrentIndex(max(0, kind.findData(str(values.get("kind", "other")))))
        self.table.setCellWidget(row, 1, kind)
        zone = QComboBox()
        zone.setEditable(True)
        zone.addItems(list(TIMEZONES))
        zone.setCurrentText(str(values.get("timezone", "Asia/Shanghai")))
        self.table.setCellWidget(row, 2, zone)
        self.set_check(row, 3, bool(values.get("active", True)))

    def row_values(self, row: int) -> dict[str, Any]:
        kind = self.table.cellWidget(row, 1)
        zone = self.table.cellWidget(row, 2)
        assert isinstance(kind, QComboBox) and isinstance(zone, QComboBox)
        return {
            "name": self.text(row, 0),
            "kind": str(kind.currentData()),
            "timezone": zone.currentText().strip(),
            "active": self.checked(row, 3),
        }


class ObservancesDialog(TableDialog):
    FORM = "planner_observances.ui"

    def __init__(self, parent: QWidget | None, observances: Sequence[Any]) -> None:
        super().__init__(
            parent,
            [
                self.tr("Chinese name"),
                self.tr("English name"),
                self.tr("Month"),
                self.tr("Day"),
                self.tr("Year (empty: every year)"),
                self.tr("Kind"),
                self.tr("Notes"),
            ],
        )
        self.setWindowTitle(self.tr("Observances"))
        for row in observances:
            self.add_row(
                row.id,
                {
                    "name_zh": row.name_zh,
                    "name_en": row.name_en,
                    "month": row.month,
                    "day": row.day,
                    "year": row.year,
                    "kind": row.kind,
                    "notes": row.notes,
                },
            )
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 170)
        for column in (2, 3):
            self.table.setColumnWidth(column, 60)

    def fill_row(self, row: int, values: dict[str, Any]) -> None:
        for column, key in enumerate(("name_zh", "name_en", "month", "day", "year", "kind")):
            default = "international-day" if key == "kind" else ""
            self.set_text(row, column, values.get(key, default))
        self.set_text(row, 6, values.get("notes", ""))

    def _number(self, row: int, column: int, *, optional: bool = False) -> int | None:
        text = self.text(row, column)
        if not text and optional:
            return None
        try:
            return int(text)
        except ValueError:
            raise WorkbenchError(
                self.tr("Row %1: %2 is not a number")
                .replace("%1", str(row + 1))
                .replace("%2", repr(text))
            ) from None

    def row_values(self, row: int) -> dict[str, Any]:
        return {
            "name_zh": self.text(row, 0),
            "name_en": self.text(row, 1),
            "month": self._number(row, 2),
            "day": self._number(row, 3),
            "year": self._number(row, 4, optional=True),
            "kind": self.text(row, 5) or "international-day",
            "notes": self.text(row, 6),
        }

    def changes(self) -> TableChanges:
        found = TableChanges(removed=list(self.removed))
        for row in range(self.table.rowCount()):
            if not (self.text(row, 0) or self.text(row, 1)):
                continue  # an empty new row
            values = self.row_values(row)
            row_id = self.row_id(row)
            if row_id is None:
                found.added.append(values)
            elif values != self._original.get(row_id):
                found.updated.append((row_id, values))
        return found
