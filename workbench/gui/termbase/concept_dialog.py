"""The concept form: every field of a concept and of each of its terms.

The dialog only edits: ``concept()`` gives the result and ``target_termbase()`` where it
goes (an id, or the name of a term base to create). The manager turns that into an undo
step; the editor's "Add term" stores it with ``store_new_concept``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workbench.db.workspace import Workspace
from workbench.gui.context import AppContext
from workbench.gui.forms import load_form
from workbench.gui.termbase.concept_model import list_subjects
from workbench.termbase.data import (
    TERM_LANGUAGES,
    ConceptData,
    TermData,
    TermStatus,
    base_language,
)
from workbench.termbase.normalize import t2s
from workbench.termbase.search import concept_ids, fetch_concept_rows
from workbench.termbase.store import (
    ConceptRow,
    add_concepts,
    create_termbase,
    list_termbases,
)

COL_LANG, COL_TEXT, COL_STATUS, COL_POS, COL_USAGE, COL_CASE = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_TERMBASE = -1  # the term base combo's "new term base" entry
_EXISTING_TERMS = 4  # terms looked up for "already in the term bases"
_EXISTING_CANDIDATES = 200  # concepts containing a term, checked for an exact match
_EXISTING_SHOWN = 5

LANGUAGE_LABELS = {
    "zh-Hans": QT_TRANSLATE_NOOP("Termbase", "Chinese (simplified)"),
    "zh-Hant": QT_TRANSLATE_NOOP("Termbase", "Chinese (traditional)"),
    "en": QT_TRANSLATE_NOOP("Termbase", "English"),
}
STATUS_LABELS = {
    TermStatus.PREFERRED: QT_TRANSLATE_NOOP("Termbase", "Preferred"),
    TermStatus.ADMITTED: QT_TRANSLATE_NOOP("Termbase", "Admitted"),
    TermStatus.DEPRECATED: QT_TRANSLATE_NOOP("Termbase", "Forbidden (deprecated)"),
}
# TBX-Basic's part-of-speech picklist; other values may be typed.
PARTS_OF_SPEECH = ("", "noun", "properNoun", "verb", "adjective", "adverb", "other")


def tr(text: str) -> str:
    return QCoreApplication.translate("Termbase", text)


def language_label(lang: str) -> str:
    return tr(LANGUAGE_LABELS[lang]) if lang in LANGUAGE_LABELS else lang


def status_label(status: str) -> str:
    try:
        return tr(STATUS_LABELS[TermStatus(status)])
    except ValueError:
        return status


def store_new_concept(
    workspace: Workspace, author: str, target: int | str, concept: ConceptData
) -> tuple[int, int]:
    """Add ``concept`` to the term base ``target`` (an id, or a new name); returns the
    term base id and the new concept id. One transaction."""
    with workspace.session() as session:
        if isinstance(target, str):
            termbase_id = create_termbase(session, target, author=author).id
        else:
            termbase_id = target
        assert termbase_id is not None
        (concept_id,) = add_concepts(session, termbase_id, [concept], author=author)
    return termbase_id, concept_id


class ConceptDialog(QDialog):
    termbaseCombo: QComboBox
    newTermbaseEdit: QLineEdit
    subjectCombo: QComboBox
    scopeEdit: QLineEdit
    sourceEdit: QLineEdit
    termTable: QTableWidget
    addZhButton: QPushButton
    addEnButton: QPushButton
    removeTermButton: QPushButton
    definitionEdit: QPlainTextEdit
    noteEdit: QPlainTextEdit
    existingLabel: QLabel
    messageLabel: QLabel
    buttonBox: QDialogButtonBox

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        concept: ConceptData | None = None,
        termbase_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("concept_dialog.ui", base=self)
        self.context = context
        self.original = concept or ConceptData(terms=[TermData("", "zh-Hans"), TermData("", "en")])
        self.editing = self.original.id is not None
        self.setWindowTitle(self.tr("Edit concept") if self.editing else self.tr("New concept"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.addZhButton.clicked.connect(lambda: self.add_term(TermData("", "zh-Hans")))
        self.addEnButton.clicked.connect(lambda: self.add_term(TermData("", "en")))
        self.removeTermButton.clicked.connect(self.remove_current_term)
        self.termbaseCombo.currentIndexChanged.connect(self._termbase_changed)

        with context.workspace.session() as session:
            termbases = list_termbases(session)
            subjects = list_subjects(session)
        for info in termbases:
            self.termbaseCombo.addItem(info.name, info.id)
        self.termbaseCombo.addItem(self.tr("New term base…"), NEW_TERMBASE)
        wanted = self.original.termbase_id if self.editing else termbase_id
        if wanted is None and termbases:
            wanted = termbases[0].id
        self.termbaseCombo.setCurrentIndex(max(0, self.termbaseCombo.findData(wanted)))
        self.termbaseCombo.setEnabled(not self.editing)  # concepts do not move between bases
        self.newTermbaseEdit.setText(self.tr("My terms"))
        self._termbase_changed()

        self.subjectCombo.addItems(["", *subjects])
        self.subjectCombo.setCurrentText(self.original.subject)
        self.scopeEdit.setText(self.original.scope)
        self.sourceEdit.setText(self.original.source)
        for edit in (self.scopeEdit, self.sourceEdit):
            edit.setCursorPosition(0)  # long sources show their beginning
        self.definitionEdit.setPlainText(self.original.definition)
        self.noteEdit.setPlainText(self.original.note)

        header = self.termTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CASE, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((COL_LANG, 150), (COL_STATUS, 185), (COL_POS, 110), (COL_USAGE, 170)):
            header.resizeSection(column, width)
        for term in self.original.terms:
            self.add_term(term, focus=False)
        self._focus_first_empty()
        if not self.editing:
            self.show_existing()

    # --- terms ---------------------------------------------------------------------------
    def add_term(self, term: TermData, *, focus: bool = True) -> int:
        row = self.termTable.rowCount()
        self.termTable.insertRow(row)
        lang = QComboBox(self.termTable)
        for code in TERM_LANGUAGES:
            lang.addItem(language_label(code), code)
        lang.setCurrentIndex(max(0, lang.findData(term.lang)))
        self.termTable.setCellWidget(row, COL_LANG, lang)

        text = QTableWidgetItem(term.text)
        text.setData(ID_ROLE, term.id)
        self.termTable.setItem(row, COL_TEXT, text)

        status = QComboBox(self.termTable)
        for value in TermStatus:
            status.addItem(status_label(value), value.value)
        status.setCurrentIndex(max(0, status.findData(TermStatus(term.status).value)))
        self.termTable.setCellWidget(row, COL_STATUS, status)

        pos = QComboBox(self.termTable)
        pos.setEditable(True)
        pos.addItems(list(PARTS_OF_SPEECH))
        pos.setCurrentText(term.part_of_speech)
        self.termTable.setCellWidget(row, COL_POS, pos)

        self.termTable.setItem(row, COL_USAGE, QTableWidgetItem(term.usage_note))
        case = QTableWidgetItem()
        case.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        case.setCheckState(
            Qt.CheckState.Checked if term.case_sensitive else Qt.CheckState.Unchecked
        )
        self.termTable.setItem(row, COL_CASE, case)
        if focus:
            self.termTable.setCurrentCell(row, COL_TEXT)
            self.termTable.editItem(text)
        return row

    def remove_current_term(self) -> None:
        row = self.termTable.currentRow()
        if row >= 0:
            self.termTable.removeRow(row)

    def _combo(self, row: int, column: int) -> QComboBox:
        widget = self.termTable.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def set_term_field(
        self,
        row: int,
        *,
        text: str | None = None,
        lang: str | None = None,
        status: TermStatus | None = None,
        part_of_speech: str | None = None,
        usage_note: str | None = None,
        case_sensitive: bool | None = None,
    ) -> None:
        """Change one term row (what a user does by hand; tests and prefills use it)."""
        if text is not None:
            self.termTable.item(row, COL_TEXT).setText(text)
        if lang is not None:
            combo = self._combo(row, COL_LANG)
            combo.setCurrentIndex(combo.findData(lang))
        if status is not None:
            combo = self._combo(row, COL_STATUS)
            combo.setCurrentIndex(combo.findData(TermStatus(status).value))
        if part_of_speech is not None:
            self._combo(row, COL_POS).setCurrentText(part_of_speech)
        if usage_note is not None:
            self.termTable.item(row, COL_USAGE).setText(usage_note)
        if case_sensitive is not None:
            state = Qt.CheckState.Checked if case_sensitive else Qt.CheckState.Unchecked
            self.termTable.item(row, COL_CASE).setCheckState(state)

    def terms(self) -> list[TermData]:
        terms = []
        for row in range(self.termTable.rowCount()):
            text_item = self.termTable.item(row, COL_TEXT)
            text = " ".join(text_item.text().split())
            if not text:
                continue
            usage = self.termTable.item(row, COL_USAGE)
            terms.append(
                TermData(
                    text=text,
                    lang=self._combo(row, COL_LANG).currentData(),
                    status=TermStatus(self._combo(row, COL_STATUS).currentData()),
                    part_of_speech=self._combo(row, COL_POS).currentText().strip(),
                    usage_note=usage.text().strip() if usage else "",
                    case_sensitive=self.termTable.item(row, COL_CASE).checkState()
                    == Qt.CheckState.Checked,
                    id=text_item.data(ID_ROLE),
                )
            )
        return terms

    def _focus_first_empty(self) -> None:
        for row in range(self.termTable.rowCount()):
            if not self.termTable.item(row, COL_TEXT).text().strip():
                self.termTable.setCurrentCell(row, COL_TEXT)
                return

    def show_existing(self) -> list[ConceptRow]:
        """Name the concepts that already hold one of the form's terms (the editor's "Add
        term" prefills the form: the term may be there already)."""
        wanted = {(base_language(t.lang), t2s(t.text).casefold()) for t in self.terms()}
        found: list[ConceptRow] = []
        if wanted:
            with self.context.workspace.session() as session:
                for text in list({t.text for t in self.terms()})[:_EXISTING_TERMS]:
                    ids = concept_ids(session, text)[:_EXISTING_CANDIDATES]
                    for row in fetch_concept_rows(session, ids).values():
                        held = {(base_language(t.lang), t2s(t.text).casefold())
                                for t in row.data.terms}  # fmt: skip
                        if held & wanted and row.id not in {r.id for r in found}:
                            found.append(row)
        lines = [
            f"{' | '.join(row.terms('zh'))} → {' | '.join(row.terms('en'))} ({row.termbase_name})"
            for row in found[:_EXISTING_SHOWN]
        ]
        self.existingLabel.setVisible(bool(lines))
        if lines:
            self.existingLabel.setText(
                self.tr("Already in the term bases:") + "\n" + "\n".join(lines)
            )
        return found

    # --- result --------------------------------------------------------------------------
    def concept(self) -> ConceptData:
        """The concept as the form shows it (its id and term ids kept for an edit)."""
        return ConceptData(
            terms=self.terms(),
            subject=self.subjectCombo.currentText().strip(),
            definition=self.definitionEdit.toPlainText().strip(),
            note=self.noteEdit.toPlainText().strip(),
            source=self.sourceEdit.text().strip(),
            scope=self.scopeEdit.text().strip(),
            external_id=self.original.external_id,
            id=self.original.id,
            termbase_id=self.original.termbase_id,
        )

    def target_termbase(self) -> int | str:
        """The chosen term base's id, or the name of the term base to create."""
        data = self.termbaseCombo.currentData()
        if data == NEW_TERMBASE:
            return " ".join(self.newTermbaseEdit.text().split())
        return int(data)

    def _termbase_changed(self) -> None:
        self.newTermbaseEdit.setVisible(self.termbaseCombo.currentData() == NEW_TERMBASE)

    def problem(self) -> str | None:
        """Why the form cannot be saved yet, or None."""
        terms = self.terms()
        if not terms:
            return self.tr("Enter at least one term.")
        seen: set[tuple[str, str]] = set()
        for term in terms:
            key = (term.lang, term.text.casefold())
            if key in seen:
                return self.tr("The term “%1” is listed twice.").replace("%1", term.text)
            seen.add(key)
        if self.target_termbase() == "":
            return self.tr("Enter a name for the new term base.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.messageLabel.setText(problem)
            return
        self.messageLabel.clear()
        super().accept()
