"""The planner window: month and week calendars, the campaign timeline, the kanban board,
the list, the team's workload and the campaign report over one set of filters. It reads
the plan from ``workbench.planner`` for the tab shown and reloads after every change.
Non-modal: ``show()`` it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QEvent, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.context import AppContext
from workbench.gui.errors import show_error
from workbench.gui.forms import load_form
from workbench.gui.planner import data
from workbench.gui.planner.calendar_model import CalendarModel
from workbench.gui.planner.calendar_view import CalendarView
from workbench.gui.planner.commands import PlannerCommands
from workbench.gui.planner.commands_io import PlannerExchange
from workbench.gui.planner.kanban_view import KanbanBoard
from workbench.gui.planner.labels import BEIJING, ITEM_STATUS, label, name
from workbench.gui.planner.list_view import ITEM_ID_ROLE, PlanFilterProxy, PlanTableModel
from workbench.gui.planner.loading import PlannerLoading
from workbench.gui.planner.report_view import ReportPanel
from workbench.gui.planner.timeline_view import TimelineView
from workbench.gui.planner.workload_view import WorkloadPanel
from workbench.models.planner_enums import ItemStatus

TABS = ("month", "week", "timeline", "kanban", "list", "workload", "report")
FILTERS = ("series", "campaign", "channel", "person", "status")
# name: (menu, icon, shortcut, separator before); texts and slots in _setup_actions
ACTION_SPECS: dict[str, tuple[str, str, str, bool]] = {
    "new_item": ("plan", "mdi6.file-document-plus-outline", "Ctrl+N", False),
    "new_series": ("plan", "mdi6.playlist-plus", "", False),
    "new_solar_series": ("plan", "mdi6.weather-sunny", "Ctrl+Shift+S", False),
    "new_campaign": ("plan", "mdi6.bullhorn-outline", "", False),
    "edit_series": ("plan", "mdi6.pencil-outline", "", True),
    "delete_series": ("plan", "mdi6.delete-outline", "", False),
    "edit_campaign": ("plan", "mdi6.pencil-outline", "", False),
    "delete_campaign": ("plan", "mdi6.delete-outline", "", False),
    "people": ("plan", "mdi6.account-group-outline", "", True),
    "channels": ("plan", "mdi6.access-point", "", False),
    "observances": ("plan", "mdi6.calendar-star", "", False),
    "close": ("plan", "mdi6.close", "Ctrl+W", True),
    "refresh": ("view", "mdi6.refresh", "F5", False),
    "export_ics": ("exchange", "mdi6.calendar-export", "", False),
    "export_ics_stages": ("exchange", "mdi6.calendar-export", "", False),
    "export_xlsx": ("exchange", "mdi6.microsoft-excel", "", False),
    "export_csv": ("exchange", "mdi6.file-delimited-outline", "", False),
    "import_plan": ("exchange", "mdi6.file-import-outline", "", True),
}


class PlannerWindow(PlannerCommands, PlannerExchange, PlannerLoading, QMainWindow):
    changed = Signal()  # the plan changed (the main window may want to know)
    open_document = Signal(int)

    prevButton: QToolButton
    todayButton: QPushButton
    nextButton: QToolButton
    periodLabel: QLabel
    scopeLabel: QLabel
    scopeCombo: QComboBox
    stagesCheck: QCheckBox
    seriesCombo: QComboBox
    campaignCombo: QComboBox
    channelCombo: QComboBox
    personCombo: QComboBox
    statusCombo: QComboBox
    clearFiltersButton: QToolButton
    viewTabs: QTabWidget
    hintLabel: QLabel
    toolBar: QToolBar

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        report_error: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("planner_window.ui", base=self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.context = context
        self._report = report_error
        self.anchor = datetime.now(BEIJING).date()
        self._loaded: object = None
        self.items: list[Any] = []  # what the current tab shows
        self._build_views()
        self._setup_actions()
        self._setup_bar()
        self.viewTabs.currentChanged.connect(lambda _n: self.refresh())
        try:
            data.ensure_channels(self.workspace)
        except Exception as exc:
            self.report_error(str(exc))
        self.reload_filters()
        self.refresh()

    # --- hooks tests replace (no modal dialog blocks a test) ------------------------------
    def report_error(self, message: str, details: str = "") -> None:
        if self._report is not None:
            self._report(message, details)
        else:
            show_error(self, message, details)

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    @property
    def workspace(self) -> Any:
        return self.context.workspace

    @property
    def lang(self) -> str:
        return self.context.ui_language

    def event(self, event: QEvent) -> bool:
        # Back from the main window, which may have switched to another workspace.
        if event.type() == QEvent.Type.WindowActivate and self._loaded is not self.workspace:
            self.reload_filters()
            self.refresh()
        return super().event(event)

    # --- set-up ----------------------------------------------------------------------------
    def _place(self, tab: str, widget: QWidget) -> None:
        page = self.viewTabs.widget(TABS.index(tab))
        layout = page.layout()
        if layout is None:
            layout = QVBoxLayout(page)
        layout.addWidget(widget)

    def _build_views(self) -> None:
        self.month_model = CalendarModel(self)
        self.month_view = CalendarView(self.month_model)
        self.month_view.setObjectName("monthView")
        self.week_model = CalendarModel(self)
        self.week_view = CalendarView(self.week_model)
        self.week_view.setObjectName("weekView")
        self.week_view.set_week_mode(True)
        for model, view in ((self.month_model, self.month_view), (self.week_model, self.week_view)):
            model.item_dropped.connect(self.reschedule)
            view.item_activated.connect(self.edit_item)
            view.day_activated.connect(lambda day: self.new_item(day=day))
            view.item_context.connect(self._item_menu)
        self._place("month", self.month_view)
        self._place("week", self.week_view)
        self.timeline = TimelineView()
        self.timeline.canvas.item_activated.connect(self.edit_item)
        self._place("timeline", self.timeline)
        self.kanban = KanbanBoard()
        self.kanban.status_dropped.connect(self.change_status)
        self.kanban.item_activated.connect(self.edit_item)
        self._place("kanban", self.kanban)
        self.table_model = PlanTableModel(self)
        self.proxy: QSortFilterProxyModel = PlanFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("listFilterEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Filter by title, series, campaign, channel, assignee…")
        )
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(
            lambda index: self.edit_item(int(index.data(ITEM_ID_ROLE)))
        )
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.search_edit)
        box.addWidget(self.table, 1)
        self._place("list", holder)
        self.workload_panel = WorkloadPanel()
        self.workload_panel.item_activated.connect(self.edit_item)
        self._place("workload", self.workload_panel)
        self.report = ReportPanel()
        self.report.export_requested.connect(self.export_report_png)
        self.report.campaign_changed.connect(self._refresh_report)
        self._place("report", self.report)

    def _setup_bar(self) -> None:
        self.prevButton.setIcon(qta.icon("mdi6.chevron-left"))
        self.nextButton.setIcon(qta.icon("mdi6.chevron-right"))
        self.clearFiltersButton.setIcon(qta.icon("mdi6.filter-remove-outline"))
        self.prevButton.clicked.connect(lambda: self.go(-1))
        self.nextButton.clicked.connect(lambda: self.go(1))
        self.todayButton.clicked.connect(self.go_today)
        self.clearFiltersButton.clicked.connect(self.clear_filters)
        self.prevButton.setToolTip(self.tr("Previous (Page Up)"))
        self.nextButton.setToolTip(self.tr("Next (Page Down)"))
        self.prevButton.setShortcut(QKeySequence("PgUp"))
        self.nextButton.setShortcut(QKeySequence("PgDown"))
        self.todayButton.setShortcut(QKeySequence("Home"))
        for key, text in (
            ("month", self.tr("This month")),
            ("year", self.tr("This year")),
            ("all", self.tr("Everything")),
        ):
            self.scopeCombo.addItem(text, key)
        self.scopeCombo.currentIndexChanged.connect(lambda _n: self.refresh())
        self.stagesCheck.toggled.connect(self._stages_toggled)
        for key in FILTERS:
            self.filter_combo(key).currentIndexChanged.connect(lambda _n: self.refresh())

    def _setup_actions(self) -> None:
        menus = {
            "plan": self.menuBar().addMenu(self.tr("&Plan")),
            "view": self.menuBar().addMenu(self.tr("&View")),
            "exchange": self.menuBar().addMenu(self.tr("&Export / import")),
        }
        texts = {
            "new_item": self.tr("New content &item…"),
            "new_series": self.tr("New &series…"),
            "new_solar_series": self.tr("New s&olar-term series…"),
            "new_campaign": self.tr("New &campaign…"),
            "edit_series": self.tr("Edit the filtered series…"),
            "delete_series": self.tr("Delete the filtered series…"),
            "edit_campaign": self.tr("Edit the filtered campaign…"),
            "delete_campaign": self.tr("Delete the filtered campaign…"),
            "people": self.tr("&People…"),
            "channels": self.tr("C&hannels…"),
            "observances": self.tr("&Observances…"),
            "close": self.tr("&Close"),
            "refresh": self.tr("Re&fresh"),
            "export_ics": self.tr("iCalendar (.ics) for Outlook…"),
            "export_ics_stages": self.tr("iCalendar with stage deadlines…"),
            "export_xlsx": self.tr("&Excel workbook…"),
            "export_csv": self.tr("&CSV…"),
            "import_plan": self.tr("&Import plan…"),
        }
        slots: dict[str, Callable[[], Any]] = {
            "new_item": lambda: self.new_item(),
            "new_series": self.new_series,
            "new_solar_series": self.new_solar_series,
            "new_campaign": self.new_campaign,
            "edit_series": lambda: self.edit_series(),
            "delete_series": lambda: self.delete_series(),
            "edit_campaign": lambda: self.edit_campaign(),
            "delete_campaign": lambda: self.delete_campaign(),
            "people": self.edit_people,
            "channels": self.edit_channels,
            "observances": self.edit_observances,
            "close": self.close,
            "refresh": self.refresh_all,
            "export_ics": lambda: self.export_plan("ics"),
            "export_ics_stages": lambda: self.export_plan("ics-stages"),
            "export_xlsx": lambda: self.export_plan("xlsx"),
            "export_csv": lambda: self.export_plan("csv"),
            "import_plan": lambda: self.import_plan(),
        }
        self.actions: dict[str, QAction] = {}
        for key, (menu, icon, shortcut, separator) in ACTION_SPECS.items():
            action = QAction(qta.icon(icon), texts[key], self)
            action.setObjectName(f"planner_{key}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, slot=slots[key]: slot())
            if separator:
                menus[menu].addSeparator()
            menus[menu].addAction(action)
            self.actions[key] = action
        tab_names = [self.viewTabs.tabText(i).replace("&", "") for i in range(len(TABS))]
        menus["view"].addSeparator()
        for number, (key, text) in enumerate(zip(TABS, tab_names, strict=True), start=1):
            action = QAction(text, self)
            action.setObjectName(f"planner_view_{key}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, n=number - 1: self.viewTabs.setCurrentIndex(n))
            menus["view"].addAction(action)
            self.actions[f"view_{key}"] = action
        for key in ("new_item", "new_solar_series", "new_campaign", "people", "export_ics"):
            self.toolBar.addAction(self.actions[key])
        self.toolBar.setWindowTitle(self.tr("Planner"))

    # --- filters ---------------------------------------------------------------------------
    def filter_combo(self, key: str) -> QComboBox:
        return getattr(self, f"{key}Combo")  # type: ignore[no-any-return]

    def reload_filters(self) -> None:
        """Fill the filter pickers from the workspace; keep what was chosen."""
        try:
            choices = data.load_choices(self.workspace)
        except Exception as exc:
            self.report_error(str(exc))
            return
        self._loaded = self.workspace
        self.choices = choices
        lang = self.lang
        entries = {
            "series": [(s.id, name(s.name_zh, s.name_en, lang)) for s in choices.series],
            "campaign": [(c.id, name(c.name_zh, c.name_en, lang)) for c in choices.campaigns],
            "channel": [(c.id, c.name) for c in choices.channels],
            "person": [(p.id, p.name) for p in choices.people],
            "status": [(s.value, label(ITEM_STATUS, s)) for s in ItemStatus],
        }
        for key, rows in entries.items():
            combo = self.filter_combo(key)
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value, text in rows:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        campaigns = [(c.id, name(c.name_zh, c.name_en, lang)) for c in choices.campaigns]
        self.report.set_campaigns(campaigns, self.campaignCombo.currentData())
        self._update_actions()

    def filters(self) -> dict[str, Any]:
        values = {key: self.filter_combo(key).currentData() for key in FILTERS}
        return {
            "series_id": values["series"],
            "campaign_id": values["campaign"],
            "channel_id": values["channel"],
            "person_id": values["person"],
            "status": values["status"],
        }

    def set_filter(self, key: str, value: Any) -> None:
        combo = self.filter_combo(key)
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def clear_filters(self) -> None:
        for key in FILTERS:
            combo = self.filter_combo(key)
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()

    def _update_actions(self) -> None:
        has_series = self.seriesCombo.currentData() is not None
        has_campaign = self.campaignCombo.currentData() is not None
        self.actions["edit_series"].setEnabled(has_series)
        self.actions["delete_series"].setEnabled(has_series)
        self.actions["edit_campaign"].setEnabled(has_campaign)
        self.actions["delete_campaign"].setEnabled(has_campaign)

    # --- navigation ------------------------------------------------------------------------
    def tab(self) -> str:
        return TABS[self.viewTabs.currentIndex()]

    def show_tab(self, tab: str) -> None:
        self.viewTabs.setCurrentIndex(TABS.index(tab))

    def go(self, steps: int) -> None:
        if self.tab() == "week":
            self.anchor += timedelta(days=7 * steps)
        else:
            month = self.anchor.month - 1 + steps
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = datetime.now(BEIJING).date()
        self.refresh()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def _stages_toggled(self, on: bool) -> None:
        self.month_view.set_show_stages(on)
        self.week_view.set_show_stages(on)

    def _period_text(self, tab: str) -> str:
        locale = QLocale(self.lang)
        chinese = self.lang.startswith("zh")
        if tab == "week":
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            sunday = monday + timedelta(days=6)
            first, last = ("M月d日", "M月d日") if chinese else ("MMM d", "MMM d")
            return (
                self.tr("Week %1: %2 – %3, %4")
                .replace("%1", str(monday.isocalendar().week))
                .replace("%2", locale.toString(monday, first))
                .replace("%3", locale.toString(sunday, last))
                .replace("%4", str(sunday.year))
            )
        return locale.toString(self.anchor, "yyyy年M月" if chinese else "MMMM yyyy")

    # --- loading ---------------------------------------------------------------------------
    def refresh_all(self) -> None:
        self.reload_filters()
        self.refresh()

    def refresh(self) -> None:
        """Read what the current tab shows from the workspace."""
        tab = self.tab()
        self._update_actions()
        self.periodLabel.setText(f"<b>{self._period_text(tab)}</b>")
        self.scopeLabel.setVisible(tab in ("kanban", "list"))
        self.scopeCombo.setVisible(tab in ("kanban", "list"))
        self.stagesCheck.setVisible(tab in ("month", "week"))
        for widget in (self.prevButton, self.nextButton, self.todayButton):
            widget.setEnabled(tab != "report")
        try:
            getattr(self, f"_refresh_{tab}")()
        except Exception as exc:
            self.report_error(str(exc))
