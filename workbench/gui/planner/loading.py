"""How each tab of the planner window reads what it shows: the period of the tab (a
month grid, a week, a campaign's span, the scope chosen for the board and the list, the
workload weeks) and the filters, through ``planner.data``."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workbench.gui.planner import data
from workbench.gui.planner.labels import BEIJING

# Plural texts: PySide6's tr() does not look up %n forms in a mixin's context.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object


class PlannerLoading(_Base):
    """Mixed into ``PlannerWindow``: one ``_refresh_<tab>`` per tab."""

    def _today(self) -> date:
        return datetime.now(BEIJING).date()

    def _refresh_month(self) -> None:
        self.month_model.set_month(self.anchor.year, self.anchor.month)
        first, last = self.month_model.first, self.month_model.last
        self.items = data.load_items(self.workspace, first, last, self.filters())
        marks = data.load_marks(self.workspace, first, last)
        self.month_model.set_content(self.items, marks, lang=self.lang, today=self._today())
        self.month_view.lang = self.lang
        self.month_view.now = datetime.now(UTC)
        count = sum(1 for i in self.items if data.in_month(i, self.anchor))
        text = translate(
            "PlannerLoading",
            "%n item(s) this month. Drag an item to another day to move it (its stage "
            "deadlines move with it); double-click an item to open it, an empty day to "
            "plan one. Days and times are Beijing time.",
            None,
            count,
        )
        self.hintLabel.setText(text)

    def _refresh_week(self) -> None:
        self.week_model.set_week(self.anchor)
        first, last = self.week_model.first, self.week_model.last
        self.items = data.load_items(self.workspace, first, last, self.filters())
        marks = data.load_marks(self.workspace, first, last)
        self.week_model.set_content(self.items, marks, lang=self.lang, today=self._today())
        self.week_view.lang = self.lang
        self.week_view.now = datetime.now(UTC)
        count = len(self.items)
        text = translate(
            "PlannerLoading", "%n item(s) this week. Times are Beijing time.", None, count
        )
        self.hintLabel.setText(text)

    def _refresh_timeline(self) -> None:
        filters = self.filters()
        spans, start, end = data.timeline_period(
            self.workspace, self.anchor, filters["campaign_id"], self.lang
        )
        self.items = data.load_items(self.workspace, start, end, filters)
        if filters["campaign_id"] is None:  # the month's items; their stages start earlier
            first = date(self.anchor.year, self.anchor.month, 1)
            self.items = [i for i in self.items if data.published_from(i, first)]
        marks = data.load_marks(self.workspace, start, end)
        self.timeline.set_content(self.items, start, end, spans=spans, marks=marks, lang=self.lang)
        self.hintLabel.setText(
            self.tr(
                "Each stage runs from the previous stage's deadline to its own; ◆ is the "
                "publication. Choose a campaign in the filter to see its whole span."
            )
        )

    def _scope_period(self) -> tuple[date, date] | None:
        scope = self.scopeCombo.currentData()
        if scope == "year":
            return date(self.anchor.year, 1, 1), date(self.anchor.year, 12, 31)
        if scope == "all":
            return None
        first = date(self.anchor.year, self.anchor.month, 1)
        return first, data.month_end(first)

    def _refresh_kanban(self) -> None:
        self.items = data.load_scope(self.workspace, self._scope_period(), self.filters())
        self.kanban.set_items(self.items, self.lang)
        self.hintLabel.setText(self.tr("Drag a card to another column to change its status."))

    def _refresh_list(self) -> None:
        self.items = data.load_scope(self.workspace, self._scope_period(), self.filters())
        self.table_model.set_items(self.items, self.lang)
        self.table.resizeColumnsToContents()
        count = len(self.items)
        self.hintLabel.setText(
            translate("PlannerLoading", "%n item(s). Double-click one to open it.", None, count)
        )

    def _refresh_workload(self) -> None:
        first = date(self.anchor.year, self.anchor.month, 1)  # the month and four weeks on
        last = data.month_end(first) + timedelta(days=28)
        load, missed = data.load_workload(self.workspace, first, last, self.lang)
        self.workload_panel.set_data(load, missed)
        self.hintLabel.setText(
            self.tr(
                "Planned hours are the effort of the open stages due in each ISO week; work "
                "already late counts in the current week."
            )
        )

    def _refresh_report(self) -> None:
        campaign_id = self.report.campaign_id()
        campaign, published = data.load_report(self.workspace, campaign_id)
        self.report.chart.set_campaign(campaign, self.lang, published)
        self.hintLabel.setText(
            self.tr("Results are summed over the campaign's items (item ▸ Results tab).")
        )
