"""Find and replace across the document: preview every replacement; replace-all is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workbench.editor.find import FindOptions, Match, find_all, preview_replace, replace_batch
from workbench.errors import WorkbenchError
from workbench.gui.editor.view import EditorView
from workbench.gui.forms import load_form


class FindReplaceDialog(QDialog):
    findEdit: QLineEdit
    replaceEdit: QLineEdit
    replaceLabel: QLabel
    sideCombo: QComboBox
    caseCheck: QCheckBox
    wordCheck: QCheckBox
    regexCheck: QCheckBox
    matchLabel: QLabel
    previewTable: QTableWidget
    findNextButton: QPushButton
    previewButton: QPushButton
    replaceButton: QPushButton
    replaceAllButton: QPushButton
    closeButton: QPushButton

    def __init__(self, parent: QWidget | None, view: EditorView, *, replace: bool) -> None:
        super().__init__(parent)
        load_form("find_replace.ui", base=self)
        self.view = view
        self.matches: list[Match] = []
        self.sideCombo.addItem(self.tr("Source and target"), "both")
        self.sideCombo.addItem(self.tr("Source"), "source")
        self.sideCombo.addItem(self.tr("Target"), "target")
        self.previewTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.findNextButton.clicked.connect(self.find_next)
        self.previewButton.clicked.connect(self.preview)
        self.replaceButton.clicked.connect(self.replace_current)
        self.replaceAllButton.clicked.connect(self.replace_all)
        self.closeButton.clicked.connect(self.close)
        self.findEdit.textChanged.connect(self._options_changed)
        for box in (self.caseCheck, self.wordCheck, self.regexCheck):
            box.toggled.connect(self._options_changed)
        self.sideCombo.currentIndexChanged.connect(self._options_changed)
        self.set_replace_mode(replace)

    def set_replace_mode(self, replace: bool) -> None:
        self.setWindowTitle(self.tr("Find and replace") if replace else self.tr("Find"))
        for widget in (
            self.replaceEdit,
            self.replaceLabel,
            self.previewButton,
            self.replaceButton,
            self.replaceAllButton,
            self.previewTable,
        ):
            widget.setVisible(replace)
        if replace and self.sideCombo.currentData() == "source":
            self.sideCombo.setCurrentIndex(self.sideCombo.findData("target"))
        self.adjustSize()

    def options(self, *, for_replace: bool = False) -> FindOptions:
        side = "target" if for_replace else self.sideCombo.currentData()
        return FindOptions(
            pattern=self.findEdit.text(),
            side=side,
            case_sensitive=self.caseCheck.isChecked(),
            whole_word=self.wordCheck.isChecked(),
            regex=self.regexCheck.isChecked(),
        )

    def _options_changed(self) -> None:
        self.matches = []
        self.matchLabel.clear()
        self.previewTable.setRowCount(0)

    def _search(self) -> bool:
        if not self.findEdit.text():
            return False
        try:
            with self.view.workspace.session() as session:
                self.matches = find_all(session, self.view.document_id, self.options())
        except WorkbenchError as exc:
            self.matchLabel.setText(str(exc))
            return False
        self.matchLabel.setText(self.tr("%n match(es)", "", len(self.matches)))
        return bool(self.matches)

    def find_next(self) -> None:
        if not self.matches and not self._search():
            return
        current = self.view.current_segment()
        ids = self.view.model.ids()
        position = {segment_id: i for i, segment_id in enumerate(ids)}
        here = position.get(current.id, -1) if current else -1
        ordered = sorted(
            {m.segment_id for m in self.matches if m.segment_id in position},
            key=position.__getitem__,
        )
        following = [i for i in ordered if position[i] > here] or ordered
        if following:
            self.view.go_to_segment(following[0], edit=False)

    def preview(self) -> None:
        try:
            with self.view.workspace.session() as session:
                rows = preview_replace(
                    session,
                    self.view.document_id,
                    self.options(for_replace=True),
                    self.replaceEdit.text(),
                )
        except WorkbenchError as exc:
            self.matchLabel.setText(str(exc))
            return
        self.previewTable.setRowCount(len(rows))
        for number, item in enumerate(rows):
            row = self.view.model.row_of(item.segment_id)
            label = str(self.view.model.row_data(row).number) if row is not None else "–"  # type: ignore[union-attr]
            for column, text in enumerate((label, item.before, item.after)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.segment_id)
                self.previewTable.setItem(number, column, cell)
        self.previewTable.resizeRowsToContents()
        self.matchLabel.setText(self.tr("%n replacement(s)", "", len(rows)))

    def _apply(self, only: set[int] | None) -> int:
        self.view.finish_editing()
        try:
            with self.view.workspace.session() as session:
                batch = replace_batch(
                    session,
                    self.view.document_id,
                    self.options(for_replace=True),
                    self.replaceEdit.text(),
                    only=only,
                )
        except WorkbenchError as exc:
            self.matchLabel.setText(str(exc))
            return 0
        if batch.edits:
            self.view.apply_batch_command(batch)
        self._options_changed()
        return len(batch.edits)

    def replace_current(self) -> None:
        current = self.view.current_segment()
        if current is not None:
            self._apply({current.id})
            self.find_next()

    def replace_all(self) -> None:
        count = self._apply(None)
        self.matchLabel.setText(self.tr("Replaced in %n segment(s)", "", count))
