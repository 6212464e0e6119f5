"""Import a term base file: choose it → (tables) say what each column holds, with a live
preview of the first rows as they will be imported → choose the target term base and
add/merge → the import runs in the background → a summary with the reader's notes.

Reading the file for the preview runs off the GUI thread too; a newer preview request
supersedes an older one."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from workbench.errors import Cancelled, WorkbenchError
from workbench.gui.context import AppContext
from workbench.gui.errors import show_error
from workbench.gui.forms import load_form
from workbench.gui.tasks import Progress, run_in_background
from workbench.gui.termbase.concept_model import FORBIDDEN_MARK
from workbench.termbase.data import ConceptData, TermStatus
from workbench.termbase.formats import detect_format, load_termbase_file
from workbench.termbase.store import ImportSummary, import_concepts, list_termbases
from workbench.termbase.tabular import (
    ColumnMapping,
    TablePreview,
    iter_table,
    mapping_for,
    sniff_table,
)

log = logging.getLogger(__name__)

PAGE_FILE, PAGE_MAPPING, PAGE_TARGET, PAGE_SUMMARY = range(4)
PREVIEW_ROWS = 20
_SAMPLE_VALUES = 3  # values shown per column in the mapping table

# What a column can hold: a ColumnMapping field ("status_flag" = status + status_is_flag).
ROLES = (
    ("", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Not imported")),
    ("zh", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Chinese terms (simplified)")),
    ("zh_hant", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Chinese terms (traditional)")),
    ("en", QT_TRANSLATE_NOOP("TermbaseImportWizard", "English terms")),
    ("zh_deprecated", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Forbidden Chinese terms")),
    (
        "zh_hant_deprecated",
        QT_TRANSLATE_NOOP("TermbaseImportWizard", "Forbidden Chinese terms (traditional)"),
    ),
    ("en_deprecated", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Forbidden English terms")),
    ("status", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Term status")),
    ("status_flag", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Forbidden mark (yes/no)")),
    ("subject", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Subject")),
    ("definition", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Definition")),
    ("note", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Note")),
    ("source", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Source")),
    ("scope", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Scope")),
    ("part_of_speech", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Part of speech")),
    ("id", QT_TRANSLATE_NOOP("TermbaseImportWizard", "Entry id")),
)
_ROLE_FIELDS = [name for name, _ in ROLES if name not in ("", "status_flag")]


def role_of(mapping: ColumnMapping, column: int) -> str:
    for name in _ROLE_FIELDS:
        if getattr(mapping, name) == column:
            if name == "status" and mapping.status_is_flag:
                return "status_flag"
            return name
    return ""


def with_role(mapping: ColumnMapping, column: int, role: str) -> ColumnMapping:
    """``mapping`` with ``column`` holding ``role`` (and no other column holding it)."""
    changes: dict[str, Any] = {
        name: None for name in _ROLE_FIELDS if getattr(mapping, name) == column
    }
    name = "status" if role == "status_flag" else role
    if name:
        changes[name] = column
    if name == "status":
        changes["status_is_flag"] = role == "status_flag"
    return replace(mapping, **changes)


@dataclass
class Inspection:
    """What the file page found out about a file."""

    path: Path
    format: str
    preview: TablePreview | None = None
    mapping: ColumnMapping | None = None

    @property
    def is_table(self) -> bool:
        return self.preview is not None


def inspect_file(
    path: Path, *, sheet: str | None = None, delimiter: str | None = None
) -> Inspection:
    fmt = detect_format(path)
    if fmt in ("tbx", "tbx-v3"):
        return Inspection(path, fmt)
    preview = sniff_table(path, sheet=sheet, delimiter=delimiter)
    found = Inspection(path, fmt, preview, mapping_for(preview))
    if sheet is None and _score(found) < (True, True):
        # A workbook often opens with a sheet of notes: take the first sheet of terms.
        for other in preview.sheet_names[1:]:
            try:
                candidate = sniff_table(path, sheet=other)
            except WorkbenchError:
                continue
            better = Inspection(path, fmt, candidate, mapping_for(candidate))
            if _score(better) > _score(found):
                found = better
            if _score(found) == (True, True):
                break
    return found


def _score(found: Inspection) -> tuple[bool, bool]:
    """A table named by a header row, with term columns, beats a guess from content."""
    assert found.preview is not None and found.mapping is not None
    return bool(found.mapping.term_columns()), found.preview.has_header


def preview_concepts(path: Path, mapping: ColumnMapping) -> list[ConceptData]:
    if not mapping.term_columns():
        return []
    return list(islice(iter_table(path, mapping), PREVIEW_ROWS))


class _Signals(QObject):
    done = Signal(int, object, str)  # generation, result, error message


class _Quiet(QRunnable):
    """Background work without a progress dialog (reading a file's first rows)."""

    def __init__(self, work: Callable[[], object], generation: int, signals: _Signals) -> None:
        super().__init__()
        self.work, self.generation, self.signals = work, generation, signals

    def run(self) -> None:
        result: object = None
        error = ""
        try:
            result = self.work()
        except WorkbenchError as exc:
            error = str(exc)
        except Exception as exc:  # a bug; the page says so instead of crashing
            log.exception("reading the import file failed")
            error = str(exc) or type(exc).__name__
        with contextlib.suppress(RuntimeError):  # the wizard closed meanwhile
            self.signals.done.emit(self.generation, result, error)


class TermbaseImportWizard(QWizard):
    imported = Signal(int, bool)  # term base id, merged
    inspected = Signal()  # the chosen file was read (or failed)
    previewed = Signal()  # the preview table shows the current mapping

    filePage: QWizardPage
    pathEdit: QLineEdit
    browseButton: QPushButton
    formatLabel: QLabel
    mappingPage: QWizardPage
    sheetLabel: QLabel
    sheetCombo: QComboBox
    delimiterLabel: QLabel
    delimiterCombo: QComboBox
    headerCheck: QCheckBox
    statusAppliesCombo: QComboBox
    mappingTable: QTableWidget
    previewTable: QTableWidget
    mappingMessage: QLabel
    targetPage: QWizardPage
    newRadio: QRadioButton
    newNameEdit: QLineEdit
    existingRadio: QRadioButton
    existingCombo: QComboBox
    modeGroup: QGroupBox
    addRadio: QRadioButton
    mergeRadio: QRadioButton
    targetMessage: QLabel
    summaryPage: QWizardPage
    summaryLabel: QLabel
    notesEdit: QPlainTextEdit

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        path: Path | None = None,
        termbase_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("termbase_import.ui", base=self)
        self.context = context
        self.termbase_id = termbase_id
        self.inspection: Inspection | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: list[ConceptData] = []
        self.summary: ImportSummary | None = None
        self.notes: list[str] = []
        self._busy = False  # the file is being read
        self._advance_when_read = False  # Next was pressed before the file was read
        self._generation = 0
        self._preview_generation = 0
        queued = Qt.ConnectionType.QueuedConnection
        self._file_signals = _Signals(self)
        self._file_signals.done.connect(self._inspect_done, queued)
        self._preview_signals = _Signals(self)
        self._preview_signals.done.connect(self._preview_done, queued)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self._start_preview)

        self.targetPage.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.browseButton.clicked.connect(self.browse)
        self.pathEdit.editingFinished.connect(lambda: self.set_path(self.pathEdit.text()))
        self.delimiterCombo.addItem(self.tr("Detect"), None)
        self.delimiterCombo.addItem(self.tr("Comma"), ",")
        self.delimiterCombo.addItem(self.tr("Tab"), "\t")
        self.delimiterCombo.addItem(self.tr("Semicolon"), ";")
        self.statusAppliesCombo.addItem(self.tr("English terms"), "en")
        self.statusAppliesCombo.addItem(self.tr("Chinese terms"), "zh")
        self.statusAppliesCombo.addItem(self.tr("All terms"), "all")
        self.sheetCombo.activated.connect(lambda _i: self._reinspect())
        self.delimiterCombo.activated.connect(lambda _i: self._reinspect())
        self.headerCheck.toggled.connect(self._options_changed)
        self.statusAppliesCombo.currentIndexChanged.connect(self._options_changed)
        self.existingRadio.toggled.connect(self._target_changed)
        self.newRadio.toggled.connect(self._target_changed)
        header = self.mappingTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        if path is not None:
            self.set_path(str(path))

    # --- hooks tests replace --------------------------------------------------------------
    def report_error(self, message: str, details: str = "") -> None:
        show_error(self, message, details)

    def ask_open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import terms"),
            "",
            self.tr(
                "Term bases and glossaries (*.tbx *.xml *.csv *.tsv *.txt *.xlsx);;All files (*)"
            ),
        )
        return path

    # --- page 1: the file -----------------------------------------------------------------
    def browse(self) -> None:
        path = self.ask_open_path()
        if path:
            self.set_path(path)

    def set_path(self, text: str) -> None:
        text = text.strip()
        if self.inspection is not None and str(self.inspection.path) == text:
            return
        self.pathEdit.setText(text)
        self.inspection = None
        if not text:
            self.formatLabel.clear()
            return
        path = Path(text)
        if not path.is_file():
            self.formatLabel.setText(self.tr("There is no file %1.").replace("%1", text))
            return
        self._inspect(path)

    def _inspect(self, path: Path, sheet: str | None = None, delimiter: str | None = None) -> None:
        self._busy = True
        self.formatLabel.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._generation += 1
        self._pool.start(
            _Quiet(
                lambda: inspect_file(path, sheet=sheet, delimiter=delimiter),
                self._generation,
                self._file_signals,
            )
        )

    def _reinspect(self) -> None:
        if self.inspection is None:
            return
        self._inspect(
            self.inspection.path,
            self.sheetCombo.currentText() or None,
            self.delimiterCombo.currentData(),
        )

    def _inspect_done(self, generation: int, result: object, error: str) -> None:
        if generation != self._generation:
            return
        self._busy = False
        if error:
            self.inspection = None
            self.formatLabel.setText(error)
        else:
            assert isinstance(result, Inspection)
            self.inspection = result
            self.formatLabel.setText(self._describe(result))
            if self.currentId() == PAGE_MAPPING:
                self._fill_mapping(result)
            elif self.currentId() == PAGE_FILE and self._advance_when_read:
                self.next()
        self._advance_when_read = False
        self.inspected.emit()

    def _describe(self, found: Inspection) -> str:
        names = {
            "tbx": self.tr("TBX-Basic (TBX 2) file"),
            "tbx-v3": self.tr("TBX v3 file"),
            "csv": self.tr("CSV table"),
            "tsv": self.tr("TSV table"),
            "xlsx": self.tr("Excel workbook"),
        }
        text = names.get(found.format, found.format)
        preview = found.preview
        if preview is None:
            return text
        details = self.tr("%n column(s)", "", len(preview.headers))
        if preview.encoding:
            details += f", {preview.encoding}"
        if preview.sheet:
            details += ", " + self.tr("sheet %1").replace("%1", preview.sheet)
        return f"{text} ({details})"

    def nextId(self) -> int:
        current = self.currentId()
        if current == PAGE_FILE:
            return (
                PAGE_MAPPING
                if self.inspection is not None and self.inspection.is_table
                else PAGE_TARGET
            )
        if current in (PAGE_MAPPING, PAGE_TARGET):
            return current + 1
        return -1

    def validateCurrentPage(self) -> bool:
        current = self.currentId()
        if current == PAGE_FILE:
            if self.inspection is None and not self._busy:
                self.set_path(self.pathEdit.text())
            ready = self.inspection is not None and not self._busy
            self._advance_when_read = not ready and self._busy
            return ready
        if current == PAGE_MAPPING:
            if self.mapping is None or not self.mapping.term_columns():
                self.mappingMessage.setText(self.tr("Choose at least one column of terms."))
                return False
            return True
        if current == PAGE_TARGET:
            if self.summary is not None:
                return True
            self.start_import()
            return False
        return True

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == PAGE_MAPPING and self.inspection is not None:
            self._fill_mapping(self.inspection)
        elif page_id == PAGE_TARGET:
            self._fill_target()
        elif page_id == PAGE_SUMMARY:
            self._fill_summary()

    # --- page 2: columns ------------------------------------------------------------------
    def _fill_mapping(self, found: Inspection) -> None:
        preview = found.preview
        assert preview is not None and found.mapping is not None
        self.mapping = found.mapping
        is_sheet = preview.format == "xlsx"
        for widget in (self.sheetLabel, self.sheetCombo):
            widget.setVisible(is_sheet)
        for widget in (self.delimiterLabel, self.delimiterCombo):
            widget.setVisible(not is_sheet)
        self.sheetCombo.blockSignals(True)
        self.sheetCombo.clear()
        self.sheetCombo.addItems(preview.sheet_names)
        self.sheetCombo.setCurrentText(preview.sheet or "")
        self.sheetCombo.blockSignals(False)
        self.headerCheck.blockSignals(True)
        self.statusAppliesCombo.blockSignals(True)
        self.headerCheck.setChecked(found.mapping.header_row)
        self.statusAppliesCombo.setCurrentIndex(
            max(0, self.statusAppliesCombo.findData(found.mapping.status_applies_to))
        )
        self.headerCheck.blockSignals(False)
        self.statusAppliesCombo.blockSignals(False)

        table = self.mappingTable
        table.setRowCount(len(preview.headers))
        for column, header in enumerate(preview.headers):
            table.setItem(column, 0, QTableWidgetItem(header))
            values = [
                row[column] for row in preview.rows if column < len(row) and row[column].strip()
            ]
            sample = " · ".join(v.replace("\n", " ") for v in values[:_SAMPLE_VALUES])
            item = QTableWidgetItem(sample)
            item.setToolTip("\n".join(values[:10]))
            table.setItem(column, 1, item)
            combo = QComboBox(table)
            for name, label in ROLES:
                combo.addItem(self.tr(label), name)
            combo.setCurrentIndex(max(0, combo.findData(role_of(found.mapping, column))))
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self.set_role(c, box.currentData())
            )
            table.setCellWidget(column, 2, combo)
        self._schedule_preview()

    def role_combo(self, column: int) -> QComboBox:
        widget = self.mappingTable.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def set_role(self, column: int, role: str) -> None:
        """Column ``column`` holds ``role``; a column that held it before holds nothing."""
        if self.mapping is None:
            return
        self.mapping = with_role(self.mapping, column, role)
        for other in range(self.mappingTable.rowCount()):
            combo = self.role_combo(other)
            wanted = role_of(self.mapping, other)
            if combo.currentData() != wanted:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(wanted)))
                combo.blockSignals(False)
        self._schedule_preview()

    def _options_changed(self) -> None:
        if self.mapping is None:
            return
        self.mapping = replace(
            self.mapping,
            header_row=self.headerCheck.isChecked(),
            status_applies_to=self.statusAppliesCombo.currentData(),
        )
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        self.mappingMessage.clear()
        self._preview_timer.start()

    def _start_preview(self) -> None:
        if self.inspection is None or self.mapping is None:
            return
        path, mapping = self.inspection.path, self.mapping
        self._preview_generation += 1
        self._pool.start(
            _Quiet(
                lambda: preview_concepts(path, mapping),
                self._preview_generation,
                self._preview_signals,
            )
        )

    def _preview_done(self, generation: int, result: object, error: str) -> None:
        if generation != self._preview_generation:
            return
        table = self.previewTable
        table.setRowCount(0)
        if error:
            self.mappingMessage.setText(error)
        else:
            assert isinstance(result, list)
            self.preview = result
            if self.mapping is not None and not self.mapping.term_columns():
                self.mappingMessage.setText(self.tr("Choose at least one column of terms."))
            table.setRowCount(len(result))
            for row, concept in enumerate(result):
                cells = (
                    _terms(concept, "zh"),
                    _terms(concept, "en"),
                    concept.subject,
                    concept.definition,
                    concept.note,
                    concept.source,
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    table.setItem(row, column, item)
            table.resizeColumnsToContents()
            for column in range(table.columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), 260))
        self.previewed.emit()

    # --- page 3: target ------------------------------------------------------------------
    def _fill_target(self) -> None:
        with self.context.workspace.session() as session:
            termbases = list_termbases(session)
        self.existingCombo.clear()
        for info in termbases:
            self.existingCombo.addItem(info.name, info.id)
        has_any = bool(termbases)
        self.existingRadio.setEnabled(has_any)
        self.existingCombo.setEnabled(has_any)
        if self.termbase_id is not None and has_any:
            self.existingCombo.setCurrentIndex(
                max(0, self.existingCombo.findData(self.termbase_id))
            )
            self.existingRadio.setChecked(True)
        else:
            self.newRadio.setChecked(True)
        if not self.newNameEdit.text() and self.inspection is not None:
            names = {info.name.casefold() for info in termbases}
            stem = self.inspection.path.stem
            name, number = stem, 2
            while name.casefold() in names:
                name, number = f"{stem} ({number})", number + 1
            self.newNameEdit.setText(name)
        self._target_changed()

    def _target_changed(self) -> None:
        existing = self.existingRadio.isChecked()
        self.existingCombo.setEnabled(existing)
        self.newNameEdit.setEnabled(not existing)
        self.mergeRadio.setEnabled(existing)
        if not existing:
            self.addRadio.setChecked(True)
        self.targetMessage.clear()

    def target(self) -> int | str | None:
        """The chosen term base's id, or the name of the new one; None if unusable."""
        if self.existingRadio.isChecked():
            data = self.existingCombo.currentData()
            return int(data) if data is not None else None
        name = " ".join(self.newNameEdit.text().split())
        if not name:
            self.targetMessage.setText(self.tr("Enter a name for the new term base."))
            return None
        taken = [self.existingCombo.itemText(i) for i in range(self.existingCombo.count())]
        if name.casefold() in {t.casefold() for t in taken}:
            self.targetMessage.setText(
                self.tr(
                    "A term base named “%1” exists; choose it as the existing term base, "
                    "or another name."
                ).replace("%1", name)
            )
            return None
        return name

    def start_import(self) -> None:
        """Run the import in the background; the summary page follows when it is done."""
        target = self.target()
        if target is None or self.inspection is None or self._busy:
            return
        path = self.inspection.path
        mapping = self.mapping if self.inspection.is_table else None
        mode = "merge" if self.mergeRadio.isChecked() else "add"
        workspace, author = self.context.workspace, self.context.author
        no_terms = self.tr("%1 holds no terms in Chinese or English.").replace("%1", path.name)

        def work(progress: Progress) -> tuple[ImportSummary, list[str]]:
            progress.report(0, 2)
            loaded = load_termbase_file(path, mapping=mapping)
            if not loaded.concepts:
                raise WorkbenchError(no_terms)
            if progress.cancelled:
                raise Cancelled()
            progress.report(1, 2)
            with workspace.session() as session:
                summary = import_concepts(
                    session, target, loaded.concepts, author=author, mode=mode
                )
                if progress.cancelled:
                    raise Cancelled()  # rolls the whole import back
            progress.report(2, 2)
            return summary, loaded.notes

        def done(result: tuple[ImportSummary, list[str]]) -> None:
            self._busy = False
            self.summary, self.notes = result
            self.imported.emit(self.summary.termbase_id, mode == "merge")
            self.next()

        def failed(message: str, details: str) -> None:
            self._busy = False
            self.report_error(message, details)

        def cancelled() -> None:
            self._busy = False
            self.targetMessage.setText(self.tr("Import cancelled; nothing was changed."))

        self._busy = True
        run_in_background(
            self, self.tr("Importing %1…").replace("%1", path.name), work, done, failed, cancelled
        )

    # --- page 4: summary -----------------------------------------------------------------
    def _fill_summary(self) -> None:
        summary = self.summary
        if summary is None:
            return
        lines = [
            self.tr("%n concept(s) added", "", summary.added),
            self.tr("%n concept(s) updated", "", summary.updated),
            self.tr("%n concept(s) unchanged", "", summary.unchanged),
        ]
        if summary.created_termbase:
            lines.insert(0, self.tr("A new term base was created."))
        self.summaryLabel.setText("\n".join(lines))
        self.notesEdit.setPlainText("\n".join(self.notes) or self.tr("Nothing to report."))

    def done(self, result: int) -> None:
        self._pool.clear()
        self._pool.waitForDone(5_000)
        super().done(result)


def _terms(concept: ConceptData, lang: str) -> str:
    parts = []
    for term in concept.terms_in(lang):
        deprecated = TermStatus(term.status) is TermStatus.DEPRECATED
        parts.append(f"{FORBIDDEN_MARK} {term.text}" if deprecated else term.text)
    return " | ".join(parts)


__all__ = ["TermbaseImportWizard"]
