"""Publish an issue: layout, script edition, punctuation, contents, where to save, an
optional PDF proof. The export runs in the background with progress and cancel; an error
(e.g. the file is open in Word) is reported once and the dialog stays open to fix it."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from workbench.db.workspace import Workspace
from workbench.gui.errors import show_error
from workbench.gui.forms import load_form
from workbench.gui.publishing.labels import (
    layout_choices,
    pdf_available,
    script_choices,
    template_label,
    trim_label,
)
from workbench.gui.tasks import Progress, run_in_background
from workbench.publishing.options import PublishOptions, Script
from workbench.publishing.outline import IssueOutline, issue_outline
from workbench.settings import config_dir

log = logging.getLogger(__name__)
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def open_path(path: Path) -> None:
    """Open a file in the program the system uses for it (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _settings() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def default_file_name(outline: IssueOutline) -> str:
    name = outline.publication.name_en or outline.publication.name_zh or "issue"
    stem = _UNSAFE.sub("-", f"{name} {outline.issue.label}").strip("-.")
    return f"{stem or 'issue'}.docx"


def issue_defaults(workspace: Workspace, issue_id: int) -> PublishOptions:
    """What the publication says (the export core's defaults), or plain defaults."""
    try:
        from workbench.publishing.jobs import issue_options
    except ImportError:
        return PublishOptions()
    return issue_options(workspace, issue_id)


class PublishDialog(QDialog):
    published = Signal(object)  # PublishResult

    issueSummaryLabel: QLabel
    layoutCombo: QComboBox
    scriptCombo: QComboBox
    cornerQuotesCheck: QCheckBox
    normalizeCheck: QCheckBox
    tocCheck: QCheckBox
    outputEdit: QLineEdit
    browseButton: QPushButton
    pdfCheck: QCheckBox
    buttonBox: QDialogButtonBox

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        issue_id: int,
        lang: str,
        report_error: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("publish_dialog.ui", base=self)
        self.workspace, self.issue_id, self.lang = workspace, issue_id, lang
        self.report_error = report_error or (lambda m, d="": show_error(self, m, d))
        self.result_box: QMessageBox | None = None
        self.running = False
        with workspace.session() as session:
            self.outline = issue_outline(session, issue_id)
        self.defaults = issue_defaults(workspace, issue_id)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Publish"))
        self.buttonBox.accepted.connect(self.start)
        self.buttonBox.rejected.connect(self.reject)
        self.browseButton.clicked.connect(self.browse)
        self._fill()

    def _fill(self) -> None:
        outline, options = self.outline, self.defaults
        pub, page = outline.publication, outline.publication.page
        articles = len(outline.article_ids)
        self.issueSummaryLabel.setText(
            self.tr("<b>%1</b> — %2<br>%3 · %4 · %n article(s) in %5 section(s)", "", articles)
            .replace("%1", pub.title)
            .replace("%2", outline.issue.title)
            .replace("%3", trim_label(page.trim, self.lang, page.width_mm, page.height_mm))
            .replace("%4", template_label(pub.template, self.lang))
            .replace("%5", str(len(outline.sections)))
        )
        for label, data in layout_choices():
            self.layoutCombo.addItem(label, data)
        wanted = (options.layout, options.english_first)
        self.layoutCombo.setCurrentIndex(max(0, self.layoutCombo.findData(wanted)))
        for label, script in script_choices():
            self.scriptCombo.addItem(label, script)
        self.scriptCombo.setCurrentIndex(max(0, self.scriptCombo.findData(options.script)))
        self.cornerQuotesCheck.setChecked(options.uses_corner_quotes)
        self._quotes_touched = options.corner_quotes is not None
        self.cornerQuotesCheck.clicked.connect(self._touch_quotes)
        self.scriptCombo.currentIndexChanged.connect(self._script_changed)
        self.normalizeCheck.setChecked(options.normalize_punctuation)
        self.tocCheck.setChecked(options.toc)
        folder = str(_settings().value("publishing/folder", "") or "") or str(Path.home())
        self.outputEdit.setText(str(Path(folder) / default_file_name(outline)))
        if pdf_available():
            self.pdfCheck.setToolTip(self.tr("Render the DOCX with LibreOffice into a PDF proof"))
        else:
            self.pdfCheck.setChecked(False)
            self.pdfCheck.setEnabled(False)
            self.pdfCheck.setToolTip(
                self.tr("PDF proofs need LibreOffice, which was not found on this computer")
            )
        if not articles:
            self.issueSummaryLabel.setText(
                self.issueSummaryLabel.text()
                + "<br>"
                + self.tr("This issue has no articles yet: add some in Issue assembly.")
            )

    def _touch_quotes(self) -> None:
        self._quotes_touched = True

    def _script_changed(self) -> None:
        if not self._quotes_touched:  # traditional editions use 「」 unless told otherwise
            self.cornerQuotesCheck.setChecked(self.scriptCombo.currentData() != Script.SIMPLIFIED)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the issue as"),
            self.outputEdit.text(),
            self.tr("Word documents (*.docx)"),
        )
        if path:
            self.outputEdit.setText(path)

    # --- the choices -----------------------------------------------------------------------
    def output(self) -> Path | None:
        text = self.outputEdit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    def pdf(self) -> Path | None:
        output = self.output()
        if output is None or not (self.pdfCheck.isEnabled() and self.pdfCheck.isChecked()):
            return None
        return output.with_suffix(".pdf")

    def options(self) -> PublishOptions:
        layout, english_first = self.layoutCombo.currentData()
        return self.defaults.with_(
            layout=layout,
            english_first=english_first,
            script=self.scriptCombo.currentData(),
            corner_quotes=self.cornerQuotesCheck.isChecked(),
            normalize_punctuation=self.normalizeCheck.isChecked(),
            toc=self.tocCheck.isChecked(),
        )

    # --- running -------------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self.running = running
        for widget in (self.buttonBox, self.browseButton, self.outputEdit):
            widget.setEnabled(not running)

    def start(self) -> None:
        """Run the export in the background (the dialog's Publish button)."""
        output = self.output()
        if output is None:
            self.report_error(self.tr("Choose where to save the issue."), "")
            return
        if self.running:
            return
        if not output.parent.is_dir():
            message = self.tr("The folder %1 does not exist.").replace("%1", str(output.parent))
            self.report_error(message, "")
            return
        self.outputEdit.setText(str(output))
        workspace, issue_id = self.workspace, self.issue_id
        options, pdf = self.options(), self.pdf()

        def work(progress: Progress) -> Any:
            from workbench.publishing.jobs import publish_issue

            return publish_issue(
                workspace,
                issue_id,
                output,
                options,
                pdf=pdf,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        def failed(message: str, details: str) -> None:
            self._set_running(False)
            self.report_error(message, details)

        def cancelled() -> None:
            self._set_running(False)

        self._set_running(True)
        run_in_background(
            self,
            self.tr("Publishing %1…").replace("%1", output.name),
            work,
            self._done,
            failed,
            cancelled,
        )

    def _done(self, result: Any) -> None:
        self._set_running(False)
        settings = _settings()
        settings.setValue("publishing/folder", str(Path(result.output).parent))
        settings.sync()
        self.result_box = self.published_box(result)
        self.published.emit(result)
        self.accept()
        self.result_box.open()

    def published_box(self, result: Any) -> QMessageBox:
        """ "Issue published": what was written, warnings, buttons to open the files."""
        box = QMessageBox(self.parentWidget())
        box.setObjectName("publishedBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Issue published"))
        text = (
            self.tr("Saved %1: %2 article(s), %3 paragraph(s).")
            .replace("%1", Path(result.output).name)
            .replace("%2", str(result.articles))
            .replace("%3", str(result.paragraphs))
        )
        if result.pdf is not None:
            text += "\n" + self.tr("PDF proof: %1").replace("%1", Path(result.pdf).name)
        box.setText(text)
        warnings = [str(w) for w in result.warnings or []]
        if warnings:
            count = str(len(warnings))
            box.setInformativeText(self.tr("%1 warning(s): see the details.").replace("%1", count))
            box.setDetailedText("\n".join(warnings))
        role = QMessageBox.ButtonRole.AcceptRole
        box.addButton(self.tr("Open &DOCX"), role).clicked.connect(
            lambda: open_path(Path(result.output))
        )
        if result.pdf is not None:
            box.addButton(self.tr("Open &PDF"), role).clicked.connect(
                lambda: open_path(Path(result.pdf))
            )
        box.addButton(QMessageBox.StandardButton.Close)
        return box
