"""The Plan menu of the main window and the glue to the planner window."""

from __future__ import annotations

from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow
    from workbench.gui.planner.window import PlannerWindow


class PlannerController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.planner: PlannerWindow | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("menuPlan")
        help_menu = window.findChild(QMenu, "menuHelp")
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            window.menuBar().addMenu(self.menu)
        self.actions: dict[str, QAction] = {}
        for name, icon, shortcut, slot in (
            ("planner", "mdi6.calendar-month-outline", "Ctrl+Shift+L", self.open_planner),
            ("solar_series", "mdi6.weather-sunny", "", self.new_solar_series),
            ("new_campaign", "mdi6.bullhorn-outline", "", self.new_campaign),
            ("workload", "mdi6.account-clock-outline", "", self.show_workload),
            ("export_ics", "mdi6.calendar-export", "", self.export_ics),
            ("import_plan", "mdi6.file-import-outline", "", self.import_plan),
        ):
            action = QAction(qta.icon(icon), "", window)
            action.setObjectName(f"action_plan_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, slot=slot: slot())
            if name in ("solar_series", "export_ics"):
                self.menu.addSeparator()
            self.menu.addAction(action)
            self.actions[name] = action
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("P&lan"))
        texts = {
            "planner": self.tr("&Planner…"),
            "solar_series": self.tr("New &solar-term series…"),
            "new_campaign": self.tr("New &campaign…"),
            "workload": self.tr("Team &workload…"),
            "export_ics": self.tr("Send the plan to &Outlook (.ics)…"),
            "import_plan": self.tr("&Import plan…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)

    def open_planner(self, tab: str | None = None) -> PlannerWindow:
        from workbench.gui.planner.window import PlannerWindow

        window = self.window
        if self.planner is None:
            self.planner = PlannerWindow(window, window.context, window.report_error)
            self.planner.open_document.connect(window.open_document)
        if tab is not None:
            self.planner.show_tab(tab)
        self.planner.show()
        self.planner.raise_()
        self.planner.activateWindow()
        return self.planner

    def new_solar_series(self) -> None:
        self.open_planner("month").new_solar_series()

    def new_campaign(self) -> None:
        self.open_planner("timeline").new_campaign()

    def show_workload(self) -> None:
        self.open_planner("workload")

    def export_ics(self) -> None:
        self.open_planner().export_plan("ics")

    def import_plan(self) -> None:
        self.open_planner("list").import_plan()
