"""The planner window's reference data and files: people, channels and observances
tables; exports (iCalendar for Outlook, Excel, CSV), the plan import with its column
mapping, and the campaign report as PNG. Every change goes through ``workbench.planner``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workbench.errors import WorkbenchError
from workbench.gui.planner import data

# Plural texts: PySide6's tr() does not look up %n forms in a mixin's context.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workbench.gui.planner.team_dialogs import TableChanges

    _Base = Any
else:
    _Base = object


class PlannerExchange(_Base):
    """Mixed into ``PlannerWindow`` with ``PlannerCommands`` (whose hooks it uses)."""

    # --- people, channels, observances -------------------------------------------------------
    def _apply(self, changes: TableChanges, add: Any, update: Any, delete: Any) -> None:
        with self.workspace.session() as session:
            for row_id in changes.removed:
                delete(session, row_id)
            for row_id, values in changes.updated:
                update(session, row_id, **values)
            for values in changes.added:
                add(session, **values)

    def edit_people(self) -> None:
        from workbench.gui.planner.team_dialogs import PeopleDialog
        from workbench.planner import store

        dialog = PeopleDialog(self, data.load_choices(self.workspace).people)
        dialog.save = lambda d: self._apply(
            d.changes(), store.add_person, store.update_person, store.delete_person
        )
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self._changed(reference=True)

    def edit_channels(self) -> None:
        from workbench.gui.planner.team_dialogs import ChannelsDialog
        from workbench.planner import store

        dialog = ChannelsDialog(self, data.load_choices(self.workspace).channels)

        def seed() -> None:
            store.seed_channels(self.workspace)
            for channel in data.load_choices(self.workspace).channels:
                dialog.add_row(
                    channel.id,
                    {"name": channel.name, "kind": channel.kind,
                     "timezone": channel.timezone, "active": channel.active},
                )  # fmt: skip
            dialog.seedButton.setEnabled(False)

        dialog.seedButton.clicked.connect(seed)
        dialog.save = lambda d: self._apply(
            d.changes(), store.add_channel, store.update_channel, store.delete_channel
        )
        self.last_dialog = dialog
        self.run_dialog(dialog)
        self._changed(reference=True)  # the standard channels may have been added anyway

    def edit_observances(self) -> None:
        from workbench.gui.planner.team_dialogs import ObservancesDialog
        from workbench.planner import store

        with self.workspace.session() as session:
            rows = store.list_observances(session)
        dialog = ObservancesDialog(self, rows)
        dialog.save = lambda d: self._apply(
            d.changes(), store.add_observance, store.update_observance, store.delete_observance
        )
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self._changed()

    # --- exports and import --------------------------------------------------------------------
    def export_plan(self, kind: str) -> Path | None:
        """``kind``: ics, ics-stages, xlsx or csv; the series/campaign filters apply."""
        from workbench.planner import exports

        filters = self.filters()
        suffix = {"ics": "ics", "ics-stages": "ics", "xlsx": "xlsx", "csv": "csv"}[kind]
        patterns = {
            "ics": self.tr("iCalendar files (*.ics)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "csv": self.tr("CSV files (*.csv)"),
        }
        path = self.choose_save_path(self.tr("Export the plan"), f"plan.{suffix}", patterns[suffix])
        if path is None:
            return None
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        scope = {"series_id": filters["series_id"], "campaign_id": filters["campaign_id"]}
        try:
            if suffix == "ics":
                count = exports.export_ics(
                    self.workspace, path, include_stages=kind == "ics-stages", **scope
                )
            elif suffix == "xlsx":
                count = exports.export_xlsx(self.workspace, path, **scope)
            else:
                count = exports.export_csv(self.workspace, path, **scope)
        except WorkbenchError as exc:
            self.report_error(str(exc))
            return None
        self._remember_folder(path)
        text = translate("PlannerExchange", "Exported %n entries to %1", None, count)
        self.message(text.replace("%1", str(path)))
        return path

    def import_plan(self, path: Path | None = None) -> Any:
        from workbench.gui.planner.import_dialog import ImportDialog
        from workbench.planner import imports

        path = path or self.choose_open_path(
            self.tr("Import a plan"), self.tr("Plans (*.xlsx *.csv *.tsv *.txt);;All files (*)")
        )
        if path is None:
            return None
        try:
            table = imports.read_plan_table(path)
        except WorkbenchError as exc:
            self.report_error(str(exc))
            return None
        dialog = ImportDialog(self, table, imports.FIELDS, imports.guess_mapping(table.headers))
        results: list[Any] = []

        def run(d: Any, dry_run: bool) -> Any:
            return imports.import_plan(
                self.workspace,
                table,
                d.mapping(),
                create_missing=d.create_missing(),
                dry_run=dry_run,
            )

        dialog.dry_run = lambda d: self._import_summary(run(d, True))
        dialog.save = lambda d: results.append(run(d, False))
        self.last_dialog = dialog
        if not self.run_dialog(dialog) or not results:
            return None
        self._remember_folder(path)
        self.message(self._import_summary(results[0]))
        self._changed(reference=True)
        return results[0]

    def _import_summary(self, result: Any) -> str:
        count = result.items
        text = (
            translate("PlannerExchange", "%n item(s) would be imported.", None, count)
            if result.dry_run
            else translate("PlannerExchange", "%n item(s) imported.", None, count)
        )
        created = [
            *result.created_series,
            *result.created_campaigns,
            *result.created_channels,
            *result.created_people,
        ]
        if created:
            text += " " + self.tr("New: %1.").replace("%1", ", ".join(created))
        if result.warnings:
            text += " " + " ".join(result.warnings)
        return text

    def export_report_png(self) -> Path | None:
        chart = self.report.chart
        if chart.campaign is None:
            return None
        path = self.choose_save_path(
            self.tr("Export the report"), "campaign-report.png", self.tr("PNG images (*.png)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        if not chart.save_png(path):
            self.report_error(self.tr("Cannot write %1").replace("%1", str(path)))
            return None
        self._remember_folder(path)
        self.message(self.tr("Report saved to %1").replace("%1", str(path)))
        return path
