"""What the planner window's actions do to the plan: items (new, edit, move, status,
delete), series, the solar-term series in one action, campaigns. Every change goes
through ``workbench.planner`` and the window reloads what it shows."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from workbench.errors import WorkbenchError
from workbench.gui.planner import data
from workbench.gui.planner.labels import beijing_date, local, name
from workbench.settings import config_dir

# Plural texts: PySide6's tr() does not look up %n forms in a mixin's context.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workbench.gui.planner.item_dialog import ItemValues

    _Base = Any
else:
    _Base = object


def _settings() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


class PlannerCommands(_Base):
    """Mixed into ``PlannerWindow``; relies on its hooks (``run_dialog``, ``confirm``,
    ``report_error``) and its ``refresh`` / ``reload_filters``."""

    # --- hooks tests replace ---------------------------------------------------------------
    def choose_save_path(self, caption: str, suggested: str, pattern: str) -> Path | None:
        folder = str(_settings().value("planner/folder", "") or "") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / suggested), pattern)
        return Path(path) if path else None

    def choose_open_path(self, caption: str, pattern: str) -> Path | None:
        folder = str(_settings().value("planner/folder", "") or "") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, caption, folder, pattern)
        return Path(path) if path else None

    def choose(self, title: str, text: str, options: list[tuple[str, str]]) -> str | None:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self
        )
        buttons = {
            box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in options
        }
        box.exec()
        return buttons.get(box.clickedButton())  # type: ignore[call-overload]

    def message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _changed(self, *, reference: bool = False) -> None:
        if reference:
            self.reload_filters()
        self.refresh()
        self.changed.emit()

    def _remember_folder(self, path: Path) -> None:
        settings = _settings()
        settings.setValue("planner/folder", str(path.parent))
        settings.sync()

    # --- items -----------------------------------------------------------------------------
    def _item(self, item_id: int) -> Any:
        from workbench.planner import store

        with self.workspace.session() as session:
            return store.get_item(session, item_id)

    def item_dialog(self, item: Any = None, day: date | None = None) -> Any:
        from workbench.gui.planner.item_dialog import ItemChoices, ItemDialog

        found = data.load_choices(self.workspace, documents=True)
        choices = ItemChoices(
            found.series, found.campaigns, found.channels, found.people, found.documents
        )
        dialog = ItemDialog(self, self.lang, choices, item, day=day)
        if item is None:  # a new item goes into the filtered series / campaign
            filters = self.filters()
            for combo, value in (
                (dialog.seriesCombo, filters["series_id"]),
                (dialog.campaignCombo, filters["campaign_id"]),
            ):
                if value is not None:
                    combo.setCurrentIndex(max(0, combo.findData(value)))
        return dialog

    def new_item(self, day: date | None = None) -> int | None:
        dialog = self.item_dialog(None, day)
        created: list[int] = []
        dialog.save = lambda d: created.append(self.store_item(None, d.values(), None))
        self.last_dialog = dialog
        if not self.run_dialog(dialog) or not created:
            return None
        self.message(self.tr("Item added to the plan."))
        self._changed()
        return created[0]

    def edit_item(self, item_id: int) -> None:
        try:
            item = self._item(item_id)
        except WorkbenchError as exc:
            self.report_error(str(exc))
            return
        dialog = self.item_dialog(item)
        dialog.save = lambda d: self.store_item(item_id, d.values(), item)
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self.message(self.tr("Item saved."))
            self._changed()

    def store_item(self, item_id: int | None, values: ItemValues, before: Any) -> int:
        """Create or change an item with its stages, document link and results (one
        transaction: an error leaves nothing half-saved)."""
        from workbench.planner import store

        plans = {
            stage: store.StagePlan(v.due, v.assignee_id, v.effort_hours)
            for stage, v in values.stages.items()
        }
        fields = {
            "title_zh": values.title_zh,
            "title_en": values.title_en,
            "type": values.type,
            "series_id": values.series_id,
            "campaign_id": values.campaign_id,
            "timezone": values.timezone,
            "notes": values.notes,
        }
        with self.workspace.session() as session:
            if item_id is None:
                view = store.add_item(
                    session,
                    publish_at=values.publish_at,
                    channels=values.channels,
                    stages=plans,
                    status=values.status,
                    **fields,
                )
                item_id = view.id
                status_changed = values.status != "planned"
            else:
                if values.publish_at is None and before.publish_at is not None:
                    raise WorkbenchError(
                        self.tr("A scheduled item cannot lose its date; move it instead.")
                    )
                store.update_item(session, item_id, channels=values.channels, **fields)
                if values.publish_at is not None:
                    store.reschedule_item(session, item_id, values.publish_at, move_stages=False)
                for stage, v in values.stages.items():
                    store.set_stage(
                        session,
                        item_id,
                        stage,
                        due=v.due,
                        assignee_id=v.assignee_id,
                        effort_hours=v.effort_hours,
                    )
                status_changed = values.status != str(before.status)
            for stage, v in values.stages.items():
                store.set_stage(session, item_id, stage, done=v.done)
            if status_changed:  # what the user chose wins over what the stages imply
                store.update_item(session, item_id, status=values.status)
            linked = before.document_id if before is not None else None
            if values.document_id != linked:
                store.link_document(session, item_id, values.document_id)
            store.record_results(session, item_id, **values.results)
        return int(item_id)

    def reschedule(self, item_id: int, day: date) -> None:
        """A chip dropped on ``day`` (Beijing): same clock time, stages move along."""
        from workbench.planner import store

        try:
            item = self._item(item_id)
            if item.publish_at is None:
                return
            shift = (day - beijing_date(item.publish_at)).days
            if shift == 0:
                return
            wall = local(item.publish_at, item.timezone).replace(tzinfo=None)
            store.reschedule_item(self.workspace, item_id, wall + timedelta(days=shift))
        except WorkbenchError as exc:
            self.report_error(str(exc))
            return
        self.message(
            self.tr("Moved “%1” to %2; its open deadlines moved with it.")
            .replace("%1", name(item.title_zh, item.title_en, self.lang))
            .replace("%2", day.isoformat())
        )
        self._changed()

    def change_status(self, item_ids: list[int], status: str) -> None:
        from workbench.planner import store

        followed = 0
        try:
            with self.workspace.session() as session:
                for item_id in item_ids:
                    view = store.update_item(session, item_id, status=status)
                    followed += str(view.status) != status
        except WorkbenchError as exc:
            self.report_error(str(exc))
        if followed:
            text = translate(
                "PlannerCommands",
                "%n item(s) follow their linked document's status.",
                None,
                followed,
            )
            self.message(text)
        self._changed()

    def delete_item(self, item_id: int) -> None:
        from workbench.planner import store

        item = self._item(item_id)
        title = name(item.title_zh, item.title_en, self.lang)
        if not self.confirm(self.tr("Delete item"), self.tr("Delete “%1”?").replace("%1", title)):
            return
        try:
            store.delete_item(self.workspace, item_id)
        except WorkbenchError as exc:
            self.report_error(str(exc))
        self._changed()

    def _item_menu(self, item_id: int, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("&Open…"), lambda: self.edit_item(item_id))
        menu.addAction(self.tr("&Delete…"), lambda: self.delete_item(item_id))
        menu.popup(position)

    # --- series and campaigns ----------------------------------------------------------------
    def new_series(self) -> None:
        from workbench.gui.planner.dialogs import SeriesDialog
        from workbench.planner import store

        choices = data.load_choices(self.workspace)
        dialog = SeriesDialog(self, choices.channels, choices.people)
        dialog.save = lambda d: store.add_series(self.workspace, **d.values())
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self._changed(reference=True)

    def edit_series(self, series_id: int | None = None) -> None:
        from workbench.gui.planner.dialogs import SeriesDialog
        from workbench.planner import store

        series_id = series_id or self.filters()["series_id"]
        if series_id is None:
            return
        choices = data.load_choices(self.workspace)
        with self.workspace.session() as session:
            series = store.get_series(session, series_id)
        dialog = SeriesDialog(self, choices.channels, choices.people, series)
        dialog.save = lambda d: store.update_series(self.workspace, series_id, **d.values())
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self._changed(reference=True)

    def delete_series(self, series_id: int | None = None) -> None:
        from workbench.planner import store

        series_id = series_id or self.filters()["series_id"]
        if series_id is None:
            return
        with self.workspace.session() as session:
            series = store.get_series(session, series_id)
        title = name(series.name_zh, series.name_en, self.lang)
        count = series.item_count
        choice = self.choose(
            self.tr("Delete series"),
            translate(
                "PlannerCommands", "Delete the series “%1”? It has %n item(s).", None, count
            ).replace("%1", title),
            [
                ("with_items", self.tr("Delete it and its items")),
                ("keep", self.tr("Delete it, keep the items")),
            ],
        )
        if choice is None:
            return
        store.delete_series(self.workspace, series_id, with_items=choice == "with_items")
        self.set_filter("series", None)
        self._changed(reference=True)

    def new_solar_series(self) -> int | None:
        from workbench.gui.planner.dialogs import SolarSeriesDialog
        from workbench.planner.generators import generate_solar_term_series

        choices = data.load_choices(self.workspace)
        dialog = SolarSeriesDialog(self, self.lang, choices.channels, choices.people)
        created: list[int] = []

        def save(d: Any) -> None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                created.append(generate_solar_term_series(self.workspace, **d.values()))
            finally:
                QApplication.restoreOverrideCursor()

        dialog.save = save
        self.last_dialog = dialog
        if not self.run_dialog(dialog) or not created:
            return None
        year = dialog.yearSpin.value()
        self.anchor = date(year, 2, 1) if self.anchor.year != year else self.anchor
        self.message(
            self.tr("Planned the series “%1”: one item per solar term of %2.")
            .replace("%1", name(dialog.nameZhEdit.text(), dialog.nameEnEdit.text(), self.lang))
            .replace("%2", str(year))
        )
        self._changed(reference=True)
        return created[0]

    def new_campaign(self) -> None:
        from workbench.gui.planner.dialogs import CampaignDialog
        from workbench.planner import store

        dialog = CampaignDialog(self, data.load_choices(self.workspace).channels)
        created: list[Any] = []
        dialog.save = lambda d: created.append(store.add_campaign(self.workspace, **d.values()))
        self.last_dialog = dialog
        if self.run_dialog(dialog) and created:
            self.reload_filters()
            self.set_filter("campaign", created[0].id)
            self._changed()

    def edit_campaign(self, campaign_id: int | None = None) -> None:
        from workbench.gui.planner.dialogs import CampaignDialog
        from workbench.planner import store

        campaign_id = campaign_id or self.filters()["campaign_id"]
        if campaign_id is None:
            return
        with self.workspace.session() as session:
            campaign = store.get_campaign(session, campaign_id)
        dialog = CampaignDialog(self, data.load_choices(self.workspace).channels, campaign)
        dialog.save = lambda d: store.update_campaign(self.workspace, campaign_id, **d.values())
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self._changed(reference=True)

    def delete_campaign(self, campaign_id: int | None = None) -> None:
        from workbench.planner import store

        campaign_id = campaign_id or self.filters()["campaign_id"]
        if campaign_id is None:
            return
        with self.workspace.session() as session:
            campaign = store.get_campaign(session, campaign_id)
        count = campaign.item_count
        choice = self.choose(
            self.tr("Delete campaign"),
            translate(
                "PlannerCommands", "Delete the campaign “%1”? It has %n item(s).", None, count
            ).replace("%1", name(campaign.name_zh, campaign.name_en, self.lang)),
            [
                ("with_items", self.tr("Delete it and its items")),
                ("keep", self.tr("Delete it, keep the items")),
            ],
        )
        if choice is None:
            return
        store.delete_campaign(self.workspace, campaign_id, with_items=choice == "with_items")
        self.set_filter("campaign", None)
        self._changed(reference=True)
