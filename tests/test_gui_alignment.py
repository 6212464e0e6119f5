"""The alignment review window: lists the aligner's links, highlights the unsure ones,
merge/split/shift/unlink change them, Confirm writes the pairs to the TM (and can
re-segment the document as one undo step)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workbench.alignment.document import align_document
from workbench.documents.store import store_draft
from workbench.gui.alignment import edits
from workbench.gui.alignment.model import COLUMN_SOURCE, COLUMN_TARGET, LOW
from workbench.gui.alignment.review import AlignmentReviewWindow
from workbench.gui.app import create_app, open_context
from workbench.gui.main_window import MainWindow
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models.enums import BlockKind, Language

pytestmark = pytest.mark.gui

SOURCE = "今天天气很好。我们去公园散步。公园里有很多人，大家都很开心。晚上我们回家吃饭。"
TARGET = (
    "The weather is fine today. We go for a walk in the park. The park is full of people"
    " and everyone is happy. In the evening we go home for dinner."
)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    create_app()
    context = open_context(str(tmp_path / "align.db"), sample=False, language="en")
    win = MainWindow(context)
    errors: list[str] = []
    win.report_error = lambda message, details="": errors.append(message)  # type: ignore[method-assign]
    win.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_document()
    context.workspace.close()
    assert errors == []


def paragraph_document(window: MainWindow) -> int:
    """One paragraph of four sentences whose translation sits on one segment."""
    draft = DraftDocument(
        Language.ZH,
        Language.EN,
        [DraftBlock(BlockKind.PARAGRAPH, SOURCE, segments=[DraftSegment(SOURCE, TARGET)])],
        title_zh="公园",
    )
    with window.context.workspace.session() as session:
        return store_draft(session, draft, author="tester").id or 0


def open_review(window: MainWindow, qtbot: QtBot, document_id: int) -> AlignmentReviewWindow:
    window.open_document(document_id)
    with qtbot.waitSignal(window.tm.review_opened, timeout=5000) as opened:
        window.tm.actions["align"].trigger()
    review = opened.args[0]
    qtbot.waitUntil(lambda: review.result is not None, timeout=10_000)
    return review


def tm_units(window: MainWindow) -> list[tuple[str, str, str]]:
    with window.context.workspace.session() as session:
        rows = session.execute(sa.text("SELECT source, target, origin FROM tm_unit ORDER BY id"))
        return [tuple(row) for row in rows]  # type: ignore[misc]


def texts(review: AlignmentReviewWindow) -> list[tuple[str, str]]:
    return [(link.source_text, link.target_text) for link in review.model.links]


def test_review_lists_links_and_highlights_the_unsure(window: MainWindow, qtbot: QtBot) -> None:
    review = open_review(window, qtbot, paragraph_document(window))
    model = review.model
    assert [link.kind for link in model.links] == ["1-1"] * 4
    assert texts(review)[0] == ("今天天气很好。", "The weather is fine today.")
    assert review.summaryLabel.text().startswith("4 link")
    # Everything below the threshold is highlighted; at 100 % every aligner link is.
    review.thresholdSpin.setValue(100)
    low = model.low_rows()
    assert low == [r for r, link in enumerate(model.links) if link.confidence < 1.0]
    review.thresholdSpin.setValue(0)
    assert model.low_rows() == []
    # A link made unsure by hand: the highlight follows the confidence.
    from dataclasses import replace

    unsure = [replace(model.links[0], confidence=0.2), *model.links[1:]]
    model.set_links(unsure)
    review.thresholdSpin.setValue(60)
    assert model.low_rows() == [0]
    assert model.data(model.index(0, COLUMN_SOURCE), Qt.ItemDataRole.BackgroundRole) == LOW
    assert model.data(model.index(1, COLUMN_SOURCE), Qt.ItemDataRole.BackgroundRole) != LOW


def test_merge_split_shift_unlink_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    review = open_review(window, qtbot, paragraph_document(window))
    review.select(1)
    review.actions["merge"].trigger()
    assert [link.kind for link in review.model.links] == ["1-1", "2-2", "1-1"]
    merged = review.model.links[1]
    assert merged.source_text == "我们去公园散步。公园里有很多人，大家都很开心。"
    assert merged.target_text.startswith("We go for a walk in the park. The park")
    assert review.model.data(review.model.index(1, 4)) == "edited"
    review.actions["split"].trigger()
    assert [link.kind for link in review.model.links] == ["1-1"] * 4
    # Move the target of link 2 down: link 2 becomes 1-0, link 3 1-2.
    review.select(1, COLUMN_TARGET)
    review.actions["shift_down"].trigger()
    assert [link.kind for link in review.model.links] == ["1-1", "1-0", "1-2", "1-1"]
    assert review.model.links[2].target_text.startswith("We go for a walk")
    review.select(2, COLUMN_TARGET)
    review.actions["shift_up"].trigger()
    assert [link.kind for link in review.model.links] == ["1-1"] * 4
    review.select(3)
    review.actions["unlink"].trigger()
    assert [link.kind for link in review.model.links] == ["1-1", "1-1", "1-1", "1-0", "0-1"]
    for _ in range(5):
        review.actions["undo"].trigger()
    assert [link.kind for link in review.model.links] == ["1-1"] * 4
    assert not review.actions["undo"].isEnabled()


def test_confirm_adds_tm_units_and_can_resegment(window: MainWindow, qtbot: QtBot) -> None:
    document_id = paragraph_document(window)
    review = open_review(window, qtbot, document_id)
    review.select(3)
    review.actions["unlink"].trigger()  # the last pair has no counterpart: not a unit
    review.applyCheck.setChecked(True)
    with qtbot.waitSignal(review.confirmed) as confirmed:
        review.confirmButton.click()
    assert confirmed.args == [3]
    units = tm_units(window)
    assert units[0] == ("今天天气很好。", "The weather is fine today.", "aligned")
    assert len(units) == 3 and {origin for *_, origin in units} == {"aligned"}
    view = window.view
    assert view is not None
    # Re-segmented: one segment per link, undoable from the editor.
    assert view.model.rowCount() == 5
    assert view.model.row_data(0).target == "The weather is fine today."  # type: ignore[union-attr]
    window.actions_by_name["undo"].trigger()
    assert view.model.rowCount() == 1
    assert view.model.row_data(0).target == TARGET  # type: ignore[union-attr]
    # Confirming again replaces this document's aligned units rather than adding more.
    review.applyCheck.setChecked(False)
    review.confirmButton.click()
    assert len(tm_units(window)) == 3


def test_edits_keep_links_applicable(window: MainWindow) -> None:
    """Links edited by hand still pass the core's checks (texts joined as it joins them)."""
    from workbench.alignment.apply import apply_links

    document_id = paragraph_document(window)
    with window.context.workspace.session() as session:
        result = align_document(session, document_id)
        links = edits.merge(result, list(result.links), 0)
        links = edits.shift(result, links, 0, "target", 1)
        links = edits.unlink(result, links, len(links) - 1)
        with pytest.raises(edits.LinkEditError):
            edits.merge(result, links, len(links) - 1)
        with pytest.raises(edits.LinkEditError):
            edits.split(result, result.links, 0)
        applied = apply_links(session, document_id, links, author="tester")
        assert applied.segments_after == len(links)
        session.rollback()
