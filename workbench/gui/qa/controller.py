"""Glue between the QA panel, the editor view and the QA core: runs in the background,
jumps to findings, applies fixes as undo steps, ignores, and re-checks edited segments."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog

from workbench.gui.editor.delegate import QAHighlight
from workbench.gui.qa.panel import QAPanel
from workbench.gui.tasks import Progress, run_in_background
from workbench.qa import store
from workbench.qa.live import LiveQA, recheck
from workbench.qa.model import Finding
from workbench.qa.profiles import DEFAULT_PROFILE, Profile, builtin_profiles
from workbench.qa.registry import check_spec

if TYPE_CHECKING:
    from workbench.gui.editor.view import EditorView
    from workbench.gui.main_window import MainWindow

log = logging.getLogger(__name__)
SCOPES = ("document", "issue", "workspace")


class QAController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = QAPanel(window.context.ui_language, window.qaDock)
        layout = window.qaDock.widget().layout()
        layout.replaceWidget(window.qaPlaceholder, self.panel)
        window.qaPlaceholder.hide()
        self.live: LiveQA | None = None
        self.view: EditorView | None = None
        self.titles: dict[int, str] = {}
        self.scope_label = ""
        self.profiles: dict[str, Profile] = builtin_profiles()
        self._issue_id: int | None = None
        self._running = False
        self.runs_done = 0  # finished full runs (tests wait on it)
        a = window.actions_by_name
        a["qa_run"].triggered.connect(lambda: self.run("document"))
        a["qa_issue"].triggered.connect(lambda: self.run("issue"))
        a["qa_workspace"].triggered.connect(lambda: self.run("workspace"))
        a["qa_next"].triggered.connect(lambda: self.step(forward=True))
        a["qa_previous"].triggered.connect(lambda: self.step(forward=False))
        panel = self.panel
        panel.set_run_actions(a["qa_run"], a["qa_issue"], a["qa_workspace"])
        panel.finding_selected.connect(self._finding_selected)
        panel.finding_activated.connect(self._finding_activated)
        panel.selection_changed.connect(self.update_buttons)
        panel.fix_requested.connect(self.fix_selected)
        panel.fix_all_requested.connect(self.fix_all_of_kind)
        panel.ignore_requested.connect(self.ignore_selected)
        panel.unignore_requested.connect(self.unignore_selected)
        panel.add_word_requested.connect(self.add_selected_words)
        panel.export_requested.connect(self.export_report)
        self.reload_profiles()

    @property
    def lang(self) -> str:
        return self.window.context.ui_language

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # --- profiles --------------------------------------------------------------------------
    def reload_profiles(self) -> None:
        """Profiles of the workspace (after Preferences or a workspace switch)."""
        try:
            with self.window.context.workspace.session() as session:
                self.profiles = store.list_profiles(session)
        except Exception:
            log.exception("QA profiles unavailable")
            self.profiles = builtin_profiles()
        current = self.panel.profile_name() or DEFAULT_PROFILE
        self.panel.set_profiles(self.profiles, current if current in self.profiles else "")
        if self.live is not None and self.live.profile.name in self.profiles:
            self.live.profile = self.profiles[self.live.profile.name]

    def profile(self) -> Profile:
        return self.profiles.get(self.panel.profile_name()) or builtin_profiles()[DEFAULT_PROFILE]

    # --- the open document -------------------------------------------------------------------
    def attach_view(self, view: EditorView) -> None:
        self.view = view
        view.segments_changed.connect(self._segments_changed)
        view.structure_changed.connect(self._structure_changed)
        self._issue_id = self._issue_of(view.document_id)
        self._update_filter(reapply=False)
        self.update_actions()
        self.update_buttons()

    def detach_view(self) -> None:
        self.view = None
        self._issue_id = None
        self.update_actions()
        self.update_buttons()

    def workspace_changed(self) -> None:
        self.live = None
        self.panel.show_live(None, {})
        self.reload_profiles()
        self.update_actions()

    def _issue_of(self, document_id: int) -> int | None:
        from workbench.models import Document, Section

        with self.window.context.workspace.session() as session:
            document = session.get(Document, document_id)
            if document is None or document.section_id is None:
                return None
            section = session.get(Section, document.section_id)
            return section.issue_id if section is not None else None

    def update_actions(self) -> None:
        a = self.window.actions_by_name
        has_view = self.view is not None
        for name in ("qa_run", "qa_next", "qa_previous"):
            a[name].setEnabled(has_view and not self._running)
        a["qa_issue"].setEnabled(self._issue_id is not None and not self._running)
        a["qa_workspace"].setEnabled(not self._running)

    # --- running ---------------------------------------------------------------------------
    def _scope(self, scope: str) -> tuple[list[int], str]:
        from workbench.models import Issue
        from workbench.qa.units import all_document_ids, issue_document_ids

        with self.window.context.workspace.session() as session:
            if scope == "workspace":
                return all_document_ids(session), self.tr("Whole workspace")
            if self.view is None:
                return [], ""
            if scope == "issue" and self._issue_id is not None:
                issue = session.get(Issue, self._issue_id)
                label = issue.label if issue is not None else str(self._issue_id)
                ids = issue_document_ids(session, self._issue_id)
                return ids, self.tr("Issue %1").replace("%1", label)
        document = self.view.document
        title = document.title_zh if document.source_lang == "zh" else document.title_en
        return [self.view.document_id], title or document.title_en or document.title_zh

    def run(self, scope: str) -> None:
        if self._running or scope not in SCOPES:
            return
        document_ids, label = self._scope(scope)
        if not document_ids:
            self._message(self.tr("Nothing to check."))
            return
        profile = self.profile()
        workspace = self.window.context.workspace

        def work(progress: Progress) -> object:
            from workbench.qa.jobs import run_documents

            with workspace.session() as session:
                return run_documents(
                    session,
                    document_ids,
                    profile,
                    progress=progress.report,
                    cancelled=lambda: progress.cancelled,
                )

        def done(result: object) -> None:
            self._finished()
            from workbench.qa.runner import QAResult

            assert isinstance(result, QAResult)
            self.live = LiveQA(result, profile, list(document_ids))
            self.scope_label = label
            self.titles = self._titles(document_ids)
            self.panel.show_live(self.live, self.titles)
            self._update_filter(reapply=True)
            self.window.qaDock.show()
            self.window.qaDock.raise_()
            self.runs_done += 1
            open_count = len(result.active)
            self._message(self.tr("QA found %n open finding(s)", "", open_count))

        def failed(message: str, details: str = "") -> None:
            self._finished()
            self.window.report_error(message, details)

        def cancelled() -> None:
            self._finished()
            self._message(self.tr("QA run cancelled."))

        self._running = True
        self.update_actions()
        run_in_background(
            self.window,
            self.tr("Checking %1…").replace("%1", label),
            work,
            done,
            failed,
            cancelled,
        )

    def _finished(self) -> None:
        self._running = False
        self.update_actions()

    def _titles(self, document_ids: Sequence[int]) -> dict[int, str]:
        from workbench.models import Document

        titles: dict[int, str] = {}
        with self.window.context.workspace.session() as session:
            for document_id in document_ids:
                doc = session.get(Document, document_id)
                if doc is not None:
                    first = doc.title_zh if doc.source_lang == "zh" else doc.title_en
                    titles[document_id] = first or doc.title_en or doc.title_zh
        return titles

    # --- re-checking ---------------------------------------------------------------------------
    def _segments_changed(self, segment_ids: list[int]) -> None:
        view, live = self.view, self.live
        if view is None or live is None or not live.covers(view.document_id) or not segment_ids:
            return
        self.recheck(segment_ids)

    def recheck(self, segment_ids: Sequence[int]) -> None:
        live = self.live
        if live is None:
            return
        try:
            with self.window.context.workspace.session() as session:
                fresh = recheck(session, list(segment_ids), live.profile)
        except Exception:  # a help while editing, never a reason to stop
            log.exception("QA re-check failed")
            return
        live.replace_segments(segment_ids, fresh)
        self._show_changes()

    def _structure_changed(self) -> None:
        from workbench.editor.grid import segment_numbers

        view, live = self.view, self.live
        if view is None or live is None or not live.covers(view.document_id):
            return
        with self.window.context.workspace.session() as session:
            present = set(segment_numbers(session, view.document_id))
        gone = {
            f.unit.segment_id
            for f in live.findings
            if f.unit.document_id == view.document_id and f.unit.segment_id not in present
        }
        live.forget_segments(s for s in gone if s is not None)
        self.recheck(sorted(present))

    def _show_changes(self) -> None:
        self.panel.rebuild()
        self._update_filter(reapply=False)
        self._highlight(self.panel.current_finding())

    def _update_filter(self, *, reapply: bool) -> None:
        view, live = self.view, self.live
        if view is None:
            return
        covered = live is not None and live.covers(view.document_id)
        ids = live.segments_with_findings(view.document_id) if live and covered else None
        view.filter_bar.set_qa_segments(ids, reapply=reapply)

    # --- jumping -----------------------------------------------------------------------------
    def _in_open_document(self, finding: Finding | None) -> bool:
        return (
            finding is not None
            and self.view is not None
            and finding.unit.document_id == self.view.document_id
        )

    def _highlight(self, finding: Finding | None) -> None:
        view = self.view
        if view is None:
            return
        highlight = None
        if finding is not None and self._in_open_document(finding) and finding.unit.segment_id:
            start, end = finding.span
            text = finding.unit.text(finding.side)
            highlight = QAHighlight(finding.unit.segment_id, finding.side.value, start, end, text)
        view.delegate.qa_highlight = highlight
        view.table.viewport().update()

    def _finding_selected(self, finding: Finding | None) -> None:
        self._highlight(finding)
        if finding is not None and self._in_open_document(finding):
            self._jump(finding)

    def _jump(self, finding: Finding) -> None:
        view = self.view
        segment_id = finding.unit.segment_id
        if view is None or segment_id is None:
            return
        if view.model.row_of(segment_id) is None:
            self._message(self.tr("That segment is hidden by the filter."))
            return
        view.go_to_segment(segment_id, edit=False)

    def _finding_activated(self, finding: Finding) -> None:
        document_id = finding.unit.document_id
        if document_id is None:
            return
        if not self._in_open_document(finding):
            self.window.open_document(document_id)
        self._highlight(finding)
        if self._in_open_document(finding):
            self._jump(finding)
            assert self.view is not None
            self.view.table.setFocus()

    def step(self, *, forward: bool) -> None:
        view, live = self.view, self.live
        if view is None:
            return
        if live is None or not live.covers(view.document_id):
            self._message(self.tr("Run QA on this document first (F7)."))
            return
        row = view.current_segment()
        current = self.panel.current_finding()
        if current is not None and (row is None or current.unit.segment_id != row.id):
            current = None  # the cursor moved on: go from where it is now
        found = live.step(view.document_id, row.number if row else 0, current, forward)
        if found is None:
            self._message(self.tr("No open QA findings in this document."))
            return
        if not self.panel.select_finding(found):
            self._highlight(found)
        self._jump(found)

    # --- buttons -----------------------------------------------------------------------------
    def _selected_here(self) -> list[Finding]:
        return [f for f in self.panel.selected_findings() if self._in_open_document(f)]

    def update_buttons(self) -> None:
        selected = self.panel.selected_findings()
        here = self._selected_here()
        check = self.panel.selected_check()
        live, view = self.live, self.view
        fix_all = bool(live and view and check and live.fixable_of_kind(check, view.document_id))
        self.panel.set_buttons(
            fix=any(f.fix is not None and not f.ignored for f in here),
            fix_all=fix_all,
            ignore=any(not f.ignored and f.unit.segment_id is not None for f in selected),
            unignore=any(f.ignored for f in selected),
            add_word=any(f.check == "spelling" and not f.ignored for f in selected),
            export=live is not None,
        )

    def fix_selected(self) -> None:
        findings = [f for f in self._selected_here() if f.fix is not None and not f.ignored]
        self._apply_fixes(findings, self.tr("Fix QA findings"))

    def fix_all_of_kind(self) -> None:
        check, live, view = self.panel.selected_check(), self.live, self.view
        if not check or live is None or view is None:
            return
        findings = live.fixable_of_kind(check, view.document_id)
        try:
            name = check_spec(check).name(self.lang)
        except KeyError:
            name = check
        self._apply_fixes(findings, self.tr("Fix all: %1").replace("%1", name))

    def _apply_fixes(self, findings: list[Finding], label: str) -> None:
        from workbench.qa.fixes import fix_batch

        view = self.view
        if view is None or not findings:
            return
        view.finish_editing()
        try:
            with self.window.context.workspace.session() as session:
                batch = fix_batch(session, findings, label=label)
            if batch.edits:
                view.apply_batch_command(batch)
        except Exception as exc:
            self.window.report_error(str(exc))
            return
        if batch.skipped_locked:
            locked = len(batch.skipped_locked)
            self._message(self.tr("%n locked segment(s) left unchanged.", "", locked))
        elif not batch.edits:
            self._message(self.tr("Nothing to fix: the segments changed since the check ran."))
        else:
            self._message(self.tr("Fixed %n segment(s) (Ctrl+Z undoes).", "", len(batch.edits)))

    def ignore_selected(self) -> None:
        live = self.live
        findings = [
            f
            for f in self.panel.selected_findings()
            if not f.ignored and f.unit.segment_id is not None
        ]
        if live is None or not findings:
            return
        reason, ok = QInputDialog.getText(
            self.window,
            self.tr("Ignore QA finding"),
            self.tr("Why is this not a problem? (The reason is kept with the finding.)"),
        )
        reason = reason.strip()
        if not ok:
            return
        if not reason:
            self._message(self.tr("Ignoring a finding needs a reason."))
            return
        try:
            with self.window.context.workspace.session() as session:
                for finding in findings:
                    store.ignore(session, finding, reason, author=self.window.context.author)
        except Exception as exc:
            self.window.report_error(str(exc))
            return
        for finding in findings:
            live.set_ignored(finding, reason)
        self._show_changes()

    def unignore_selected(self) -> None:
        live = self.live
        findings = [f for f in self.panel.selected_findings() if f.ignored]
        if live is None or not findings:
            return
        try:
            with self.window.context.workspace.session() as session:
                for finding in findings:
                    store.unignore(session, finding)
        except Exception as exc:
            self.window.report_error(str(exc))
            return
        for finding in findings:
            live.set_ignored(finding, None)
        self._show_changes()

    def add_selected_words(self) -> None:
        live = self.live
        words = {
            f.span_text
            for f in self.panel.selected_findings()
            if f.check == "spelling" and not f.ignored and f.span_text.strip()
        }
        if live is None or not words:
            return
        try:
            with self.window.context.workspace.session() as session:
                store.add_user_words(session, words, author=self.window.context.author)
        except Exception as exc:
            self.window.report_error(str(exc))
            return
        affected = {
            f.unit.segment_id
            for f in live.findings
            if f.check == "spelling" and f.span_text in words and f.unit.segment_id is not None
        }
        self.recheck(sorted(s for s in affected if s is not None))
        self._message(
            self.tr("Added to the user dictionary: %1").replace("%1", ", ".join(sorted(words)))
        )

    # --- reports -------------------------------------------------------------------------------
    def export_report(self) -> None:
        live = self.live
        if live is None:
            return
        html, xlsx = self.tr("HTML page (*.html)"), self.tr("Excel workbook (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export QA report"),
            str(Path.home() / "qa-report.html"),
            f"{html};;{xlsx}",
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".html", ".htm", ".xlsx"):
            target = target.with_suffix(".xlsx" if chosen == xlsx else ".html")
        self.write_report(target)

    def write_report(self, target: Path) -> None:
        live = self.live
        if live is None:
            return
        result, lang, label = live.result, self.lang, self.scope_label
        title = self.tr("QA report")
        titles: Mapping[int, str] = dict(self.titles)
        xlsx = target.suffix.lower() == ".xlsx"

        def work(_progress: Progress) -> Path:
            from workbench.qa import reports

            writer = reports.write_xlsx_report if xlsx else reports.write_html_report
            writer(
                target,
                result,
                title=title,
                lang=lang,
                source_label=label,
                document_titles=titles,
            )
            return target

        run_in_background(
            self.window,
            self.tr("Writing %1…").replace("%1", target.name),
            work,
            lambda written: self._message(
                self.tr("QA report saved to %1").replace("%1", str(written))
            ),
            self.window.report_error,
        )
