"""What the issue assembly window does: every command is one call into
``workbench.publishing.assembly`` (one transaction), then the outline is reloaded.

A mixin of ``IssueAssemblyWindow``, which provides the widgets, the selection and the
hooks (``run_dialog``, ``confirm``, ``report_error``) tests replace.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from workbench.errors import WorkbenchError
from workbench.gui.publishing.dialogs import AddArticlesDialog, IssueDialog, SectionDialog
from workbench.gui.publishing.publication_dialog import PublicationDialog
from workbench.publishing import assembly


class AssemblyCommands:
    """Mixed into ``IssueAssemblyWindow`` (a ``QMainWindow``): ``self`` is that window."""

    # Provided by the window:
    workspace: Any
    lang: str
    outline: Any

    # --- running core operations ----------------------------------------------------------
    def _run(self, call: Callable[[], Any], select: tuple[str, list[int]] | None = None) -> Any:
        """One core operation; errors reported once; the outline reloaded either way."""
        result = None
        try:
            result = call()
        except WorkbenchError as exc:
            self.report_error(str(exc))
        except Exception as exc:  # a bug: keep the details for the report
            self.report_error(str(exc) or type(exc).__name__, traceback.format_exc())
        self.reload(select)
        self.changed.emit()
        return result

    # --- publications and issues -----------------------------------------------------------
    def new_publication(self) -> None:
        dialog = PublicationDialog(self, self.lang)
        created: list[int] = []
        dialog.save = lambda d: created.append(
            assembly.create_publication(self.workspace, **d.values())
        )
        dialog.report_error = self.report_error
        if self.run_dialog(dialog) and created:
            self.reload_publications(created[0])
            self.changed.emit()

    def edit_publication(self) -> None:
        publication_id = self.publication_id()
        if publication_id is None:
            return
        with self.workspace.session() as session:
            info = assembly.get_publication(session, publication_id)
        dialog = PublicationDialog(self, self.lang, info)
        dialog.save = lambda d: assembly.update_publication(
            self.workspace, publication_id, **d.values()
        )
        dialog.report_error = self.report_error
        if self.run_dialog(dialog):
            self.reload_publications(publication_id)
            self.changed.emit()

    def delete_publication(self) -> None:
        publication_id = self.publication_id()
        if publication_id is None:
            return
        name = self.publicationCombo.currentText()
        if not self.confirm(
            self.tr("Delete publication"),
            self.tr(
                "Delete %1 with all its issues and sections? The articles stay in the "
                "workspace, in no issue."
            ).replace("%1", name),
        ):
            return
        self._run(lambda: assembly.delete_publication(self.workspace, publication_id))
        self.reload_publications()

    def new_issue(self) -> None:
        publication_id = self.publication_id()
        if publication_id is None:
            return
        dialog = IssueDialog(self)
        created: list[int] = []
        dialog.save = lambda d: created.append(
            assembly.create_issue(self.workspace, publication_id, **d.values())
        )
        dialog.report_error = self.report_error
        if self.run_dialog(dialog) and created:
            self.reload_publications(publication_id, created[0])
            self.changed.emit()

    def edit_issue(self) -> None:
        issue_id = self.issue_id()
        if issue_id is None or self.outline is None:
            return
        dialog = IssueDialog(self, self.outline.issue)
        dialog.save = lambda d: assembly.update_issue(self.workspace, issue_id, **d.values())
        dialog.report_error = self.report_error
        if self.run_dialog(dialog):
            self.reload_publications(self.publication_id(), issue_id)
            self.changed.emit()

    def delete_issue(self) -> None:
        issue_id = self.issue_id()
        if issue_id is None:
            return
        if not self.confirm(
            self.tr("Delete issue"),
            self.tr(
                "Delete issue %1 and its sections? The articles stay in the workspace, in no issue."
            ).replace("%1", self.issueCombo.currentText()),
        ):
            return
        self._run(lambda: assembly.delete_issue(self.workspace, issue_id))
        self.reload_publications(self.publication_id())

    def _publish(self) -> None:
        issue_id = self.issue_id()
        if issue_id is not None:
            self.publish_requested.emit(issue_id)

    # --- sections --------------------------------------------------------------------------
    def add_section(self) -> None:
        issue_id = self.issue_id()
        if issue_id is None:
            return
        current = self.current_section()
        position = current.position + 1 if current is not None else None
        dialog = SectionDialog(self)
        created: list[int] = []
        dialog.save = lambda d: created.append(
            assembly.add_section(self.workspace, issue_id, *d.titles(), position=position)
        )
        dialog.report_error = self.report_error
        if self.run_dialog(dialog) and created:
            self.reload(("sections", created))
            self.changed.emit()

    def rename_section(self) -> None:
        sections, articles = self.selected()
        if len(sections) != 1 or articles:
            return
        section = sections[0]
        dialog = SectionDialog(self, section)
        dialog.save = lambda d: assembly.rename_section(self.workspace, section.id, *d.titles())
        dialog.report_error = self.report_error
        if self.run_dialog(dialog):
            self.reload(("sections", [section.id]))
            self.changed.emit()

    def delete_section(self) -> None:
        sections, articles = self.selected()
        if not sections or articles:
            return
        count = sum(len(s.articles) for s in sections)
        names = "、".join(s.title for s in sections)
        if not self.confirm(
            self.tr("Delete section"),
            self.tr(
                "Delete %1? Its %n article(s) stay in the workspace, in no issue.", "", count
            ).replace("%1", names),
        ):
            return

        def delete() -> None:
            for section in sections:
                assembly.delete_section(self.workspace, section.id)

        self._run(delete)

    def move_sections(self, ids: list[int], position: int) -> None:
        self._run(lambda: assembly.move_sections(self.workspace, ids, position), ("sections", ids))

    # --- articles --------------------------------------------------------------------------
    def add_articles(self) -> None:
        outline = self.outline
        if outline is None or not outline.sections:
            return
        with self.workspace.session() as session:
            unplaced = assembly.unplaced_documents(session)
        current = self.current_section()
        dialog = AddArticlesDialog(
            self, unplaced, outline.sections, current.id if current else None
        )
        chosen: list[int] = []

        def save(d: AddArticlesDialog) -> None:
            section_id = d.section_id()
            ids = d.chosen_ids()
            if section_id is None or not ids:
                return
            assembly.place_documents(self.workspace, ids, section_id)
            chosen.extend(ids)

        dialog.save = save
        dialog.report_error = self.report_error
        if self.run_dialog(dialog) and chosen:
            self.reload(("articles", chosen))
            self.changed.emit()

    def remove_articles(self) -> None:
        _sections, articles = self.selected()
        if not articles:
            return
        ids = [a.id for a in articles]
        self._run(lambda: assembly.remove_documents(self.workspace, ids))

    def move_articles(self, ids: list[int], section_id: int, position: int) -> None:
        self._run(
            lambda: assembly.place_documents(self.workspace, ids, section_id, position),
            ("articles", ids),
        )

    def move_selection(self, step: int) -> None:
        """Alt+↑/↓: one place up or down; an article at the edge of its section moves on
        into the section above or below."""
        outline = self.outline
        sections, articles = self.selected()
        if outline is None:
            return
        if articles:
            by_id = {s.id: s for s in outline.sections}
            first = articles[0] if step < 0 else articles[-1]
            section = by_id.get(first.section_id or 0)
            if section is None:
                return
            ids = [a.id for a in articles]
            remaining = [a for a in section.articles if a.id not in ids]
            index = sum(1 for a in section.articles[: first.position] if a.id not in ids)
            target = index + (-1 if step < 0 else 1)
            if 0 <= target <= len(remaining):
                self.move_articles(ids, section.id, target)
                return
            row = section.position + step
            if 0 <= row < len(outline.sections):
                other = outline.sections[row]
                self.move_articles(ids, other.id, len(other.articles) if step < 0 else 0)
        elif sections:
            ids = [s.id for s in sections]
            position = sections[0].position + step
            if 0 <= position <= len(outline.sections) - len(ids):
                self.move_sections(ids, position)

    def _start_right_clicked(self, checked: bool) -> None:
        _sections, articles = self.selected()
        ids = [a.id for a in articles]
        if ids:
            self._run(
                lambda: assembly.set_article_options(self.workspace, ids, start_right=checked),
                ("articles", ids),
            )

    def _layout_chosen(self, _row: int) -> None:
        _sections, articles = self.selected()
        ids = [a.id for a in articles]
        layout = str(self.layoutCombo.currentData() or "")
        if ids:
            self._run(
                lambda: assembly.set_article_options(self.workspace, ids, layout=layout),
                ("articles", ids),
            )
