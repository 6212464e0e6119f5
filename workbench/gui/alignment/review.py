"""The alignment review window: the aligner's links for one document in two columns, the
unsure ones highlighted; merge, split, shift a sentence, unlink; Confirm writes the pairs
to the translation memory (origin "aligned") and, if asked, re-segments the document."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolBar,
    QWidget,
)

from workbench.alignment.document import AlignedLink, AlignmentResult, align_document
from workbench.gui.alignment import edits
from workbench.gui.alignment.model import (
    COLUMN_CONFIDENCE,
    COLUMN_KIND,
    COLUMN_NUMBER,
    COLUMN_SOURCE,
    COLUMN_TARGET,
    LinksModel,
)
from workbench.gui.forms import load_form
from workbench.gui.tm.background import LatestOnly

if TYPE_CHECKING:
    from workbench.gui.context import AppContext
    from workbench.gui.editor.view import EditorView

log = logging.getLogger(__name__)


class AlignmentReviewWindow(QDialog):
    confirmed = Signal(int)  # TM units written
    aligned = Signal()  # the links are on screen (tests wait on it)

    headerLabel: QLabel
    thresholdSpin: QSpinBox
    linksTable: QTableView
    summaryLabel: QLabel
    applyCheck: QCheckBox
    confirmButton: QPushButton
    closeButton: QPushButton

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        document_id: int,
        view: EditorView | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("alignment_review.ui", base=self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.context, self.document_id, self.view = context, document_id, view
        self.result: AlignmentResult | None = None
        self.history: list[list[AlignedLink]] = []
        self.model = LinksModel(self)
        self.model.threshold = self.thresholdSpin.value() / 100
        table = self.linksTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column, mode in (
            (COLUMN_NUMBER, QHeaderView.ResizeMode.ResizeToContents),
            (COLUMN_SOURCE, QHeaderView.ResizeMode.Stretch),
            (COLUMN_TARGET, QHeaderView.ResizeMode.Stretch),
            (COLUMN_KIND, QHeaderView.ResizeMode.ResizeToContents),
            (COLUMN_CONFIDENCE, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        self.thresholdSpin.valueChanged.connect(self._threshold_changed)
        self.confirmButton.clicked.connect(self.confirm)
        self.closeButton.clicked.connect(self.close)
        self._build_actions()
        self._aligner = LatestOnly(self, delay_ms=0)
        self._aligner.ready.connect(self._aligned)
        self._aligner.failed.connect(self._align_failed)
        self._update_buttons()
        self.realign()

    # --- actions -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.layout().itemAt(1).layout().addWidget(self.toolbar)  # type: ignore[union-attr]
        specs: tuple[tuple[str, str, str, Callable[[], None]], ...] = (
            ("merge", "mdi6.call-merge", "Ctrl+M", self.merge),
            ("split", "mdi6.call-split", "Ctrl+T", self.split),
            ("shift_up", "mdi6.arrow-up-bold-outline", "Alt+Up", lambda: self.shift(-1)),
            ("shift_down", "mdi6.arrow-down-bold-outline", "Alt+Down", lambda: self.shift(1)),
            ("unlink", "mdi6.link-variant-off", "Ctrl+U", self.unlink),
            ("undo", "mdi6.undo", "Ctrl+Z", self.undo),
            ("next_low", "mdi6.alert-circle-outline", "F8", self.next_low),
            ("realign", "mdi6.refresh", "", self.realign),
        )
        self.actions: dict[str, QAction] = {}
        for name, icon, shortcut, slot in specs:
            action = QAction(qta.icon(icon), "", self)
            action.setObjectName(f"action_align_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, slot=slot: slot())
            if name in ("undo", "next_low"):
                self.toolbar.addSeparator()
            self.toolbar.addAction(action)
            self.actions[name] = action
        texts = {
            "merge": self.tr("Merge with next"),
            "split": self.tr("Split"),
            "shift_up": self.tr("Move sentence up"),
            "shift_down": self.tr("Move sentence down"),
            "unlink": self.tr("Unlink (1-0 / 0-1)"),
            "undo": self.tr("Undo"),
            "next_low": self.tr("Next to review"),
            "realign": self.tr("Align again"),
        }
        tips = {
            "shift_up": self.tr(
                "Move the first sentence of the selected cell's side to the link above"
            ),
            "shift_down": self.tr(
                "Move the last sentence of the selected cell's side to the link below"
            ),
            "unlink": self.tr("Mark the source and the target as having no counterpart"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
            self.actions[name].setToolTip(tips.get(name, text))
        self.linksTable.selectionModel().currentChanged.connect(self._update_buttons)

    def _update_buttons(self, *_args: object) -> None:
        row, has = self.current_row(), self.result is not None
        link = self.model.links[row] if 0 <= row < len(self.model.links) else None
        count = len(self.model.links)
        side = self.current_side()
        a = self.actions
        a["merge"].setEnabled(link is not None and row + 1 < count)
        a["split"].setEnabled(link is not None and max(len(link.source), len(link.target)) > 1)
        a["unlink"].setEnabled(link is not None and bool(link.source) and bool(link.target))
        moving = link is not None and bool(getattr(link, side))
        a["shift_up"].setEnabled(moving and row > 0)
        a["shift_down"].setEnabled(moving and row + 1 < count)
        a["undo"].setEnabled(bool(self.history))
        a["next_low"].setEnabled(bool(self.model.low_rows()))
        self.confirmButton.setEnabled(has and bool(edits.pairs(self.model.links)))

    # --- aligning ------------------------------------------------------------------------
    def realign(self) -> None:
        workspace, document_id = self.context.workspace, self.document_id
        self.headerLabel.setText(self.tr("Aligning…"))
        self.confirmButton.setEnabled(False)

        def work() -> AlignmentResult:
            with workspace.session() as session:
                return align_document(session, document_id)

        self._aligner.request(work, now=True)

    def _align_failed(self, message: str) -> None:
        self.result = None
        self.model.set_links([])
        self.headerLabel.setText(self.tr("Cannot align: %1").replace("%1", message))
        self._update_buttons()

    def _aligned(self, result: AlignmentResult, ms: float) -> None:
        self.result = result
        self.history.clear()
        self.headerLabel.setText(
            self.tr("%1 source and %2 target sentences, aligned %3 in %4 ms")
            .replace("%1", str(len(result.source)))
            .replace("%2", str(len(result.target)))
            .replace(
                "%3",
                self.tr("paragraph by paragraph")
                if result.scope == "block"
                else self.tr("across the document"),
            )
            .replace("%4", f"{ms:.0f}")
        )
        self._set_links(list(result.links), keep=(0, COLUMN_SOURCE))
        self.aligned.emit()

    def _set_links(self, links: list[AlignedLink], *, keep: tuple[int, int]) -> None:
        self.model.set_links(links)
        self.linksTable.resizeRowsToContents()
        row, column = keep
        if links:
            index = self.model.index(max(0, min(row, len(links) - 1)), column)
            self.linksTable.setCurrentIndex(index)
            self.linksTable.scrollTo(index)
        low = len(self.model.low_rows())
        self.summaryLabel.setText(
            self.tr("%n link(s)", "", len(links))
            + " · "
            + self.tr("%n to review", "", low)
            + " · "
            + self.tr("%n pair(s) for the TM", "", len(edits.pairs(links)))
        )
        self._update_buttons()

    def _threshold_changed(self, value: int) -> None:
        self.model.set_threshold(value / 100)
        if self.result is not None:
            self._set_links(self.model.links, keep=(self.current_row(), self.current_column()))

    # --- editing -------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.linksTable.currentIndex().row()

    def current_column(self) -> int:
        column = self.linksTable.currentIndex().column()
        return column if column >= 0 else COLUMN_SOURCE

    def current_side(self) -> str:
        return "target" if self.current_column() == COLUMN_TARGET else "source"

    def select(self, row: int, column: int = COLUMN_SOURCE) -> None:
        self.linksTable.setCurrentIndex(self.model.index(row, column))

    def _edit(self, change: Callable[[AlignmentResult, list[AlignedLink], int], list]) -> None:
        row = self.current_row()
        if self.result is None or row < 0:
            return
        try:
            links = change(self.result, self.model.links, row)
        except edits.LinkEditError as exc:
            self.summaryLabel.setText(str(exc))
            return
        self.history.append(self.model.links)
        self._set_links(links, keep=(row, self.current_column()))

    def merge(self) -> None:
        self._edit(edits.merge)

    def split(self) -> None:
        self._edit(edits.split)

    def unlink(self) -> None:
        self._edit(edits.unlink)

    def shift(self, step: int) -> None:
        side = self.current_side()
        self._edit(lambda result, links, row: edits.shift(result, links, row, side, step))

    def undo(self) -> None:
        if self.history:
            self._set_links(self.history.pop(), keep=(self.current_row(), self.current_column()))

    def next_low(self) -> None:
        low = self.model.low_rows()
        if not low:
            return
        row = next((r for r in low if r > self.current_row()), low[0])
        self.select(row, self.current_column())

    # --- confirming ----------------------------------------------------------------------
    def confirm(self) -> None:
        result = self.result
        if result is None:
            return
        links = self.model.links
        try:
            added = self._write_units(result, links)
        except Exception as exc:
            self._report(str(exc))
            return
        message = self.tr("Added %n pair(s) to the translation memory.", "", added)
        if self.applyCheck.isChecked():
            self._apply(links)
        self.summaryLabel.setText(message)
        self.confirmed.emit(added)

    def _write_units(self, result: AlignmentResult, links: list[AlignedLink]) -> int:
        from workbench.documents.query import get_document
        from workbench.tm.store import add_units, delete_origin_ref

        pairs = edits.pairs(links)
        with self.context.workspace.session() as session:
            document = get_document(session, self.document_id)
            title = document.title_zh or document.title_en
            ref = f"{title} (#{self.document_id})"
            delete_origin_ref(session, "aligned", ref)  # confirming again replaces
            return add_units(session, tm_units(result, pairs, ref, self.context.author))

    def _apply(self, links: list[AlignedLink]) -> None:
        from workbench.gui.alignment.commands import ApplyAlignmentCommand

        view = self.view
        if view is not None and view.document_id == self.document_id:
            view.finish_editing()
            view.undo_stack.push(
                ApplyAlignmentCommand(
                    self.context.workspace,
                    self.tr("Align document"),
                    self.document_id,
                    links,
                    self.context.author,
                    view.reload_structure,
                    self._report,
                )
            )
            return
        from workbench.alignment.apply import apply_alignment

        try:
            apply_alignment(self.context.workspace, self.document_id, links, self.context.author)
        except Exception as exc:
            self._report(str(exc))

    def _report(self, message: str) -> None:
        parent = self.parent()
        report = getattr(parent, "report_error", None)
        if report is not None:
            report(message)
        else:
            self.summaryLabel.setText(message)


def tm_units(
    result: AlignmentResult, pairs: list[tuple[str, str]], ref: str, author: str
) -> list[Any]:
    """The confirmed pairs as TM units (origin "aligned", the document as origin_ref)."""
    from workbench.tm.store import NewUnit

    return [
        NewUnit(
            result.source_lang.value,
            result.target_lang.value,
            source,
            target,
            origin="aligned",
            origin_ref=ref,
            created_by=author,
            document_id=result.document_id,
        )
        for source, target in pairs
    ]
