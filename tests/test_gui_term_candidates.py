"""The term candidates dialog, opened from the term base manager: proposals computed in the
background from TM units, accepted into a term base (English edited first) or rejected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from workbench.db.workspace import open_workspace
from workbench.gui.app import create_app
from workbench.gui.context import AppContext
from workbench.gui.forms import load_form
from workbench.gui.termbase.candidates_dialog import (
    COLUMN_EN,
    COLUMN_FREQ,
    COLUMN_ZH,
    TermCandidatesDialog,
)
from workbench.gui.termbase.manager import TermbaseManager
from workbench.settings import Preferences
from workbench.termbase.store import create_termbase, list_termbases, load_concepts
from workbench.tm.store import NewUnit, add_units

pytestmark = pytest.mark.gui

PAIRS = [
    ("黄河文化月期间，郑州举办了多场音乐会。",
     "Several concerts were held in Zhengzhou during the Yellow River Culture Month."),
    ("今年的黄河文化月吸引了大批游客。",
     "This year's Yellow River Culture Month attracted many tourists."),
    ("外国留学生参加了黄河文化月开幕式。",
     "International students attended the opening of the Yellow River Culture Month."),
    ("黄河文化月以诗歌朗诵拉开序幕。",
     "The Yellow River Culture Month opened with a poetry reading."),
    ("博物馆为黄河文化月推出特展。",
     "The museum launched a special exhibition for the Yellow River Culture Month."),
    ("很多市民在黄河文化月中体验了传统手工艺。",
     "Many residents tried traditional crafts during the Yellow River Culture Month."),
    ("大运河沿岸的城市正在修复古桥。", "Cities along the Grand Canal are restoring old bridges."),
    ("游客乘船游览大运河。", "Visitors toured the Grand Canal by boat."),
    ("大运河博物馆今天开馆。", "The Grand Canal Museum opened today."),
    ("专家讨论了大运河的保护。", "Experts discussed the protection of the Grand Canal."),
]  # fmt: skip


def make_context(path: Path) -> AppContext:
    create_app()
    return AppContext(open_workspace(path), Preferences(), "tester", "en")


def close_context(context: AppContext) -> None:
    QThreadPool.globalInstance().waitForDone(10_000)
    context.workspace.close()


def wait_loaded(qtbot: QtBot, manager: TermbaseManager) -> None:
    qtbot.waitUntil(lambda: not manager.model.loading, timeout=15_000)
    qtbot.wait(1)


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    ctx = make_context(tmp_path / "candidates.db")
    with ctx.workspace.session() as session:
        add_units(
            session, [NewUnit("zh-CN", "en-US", zh, en, origin="aligned") for zh, en in PAIRS]
        )
        create_termbase(session, "Events", author="tester")
    yield ctx
    close_context(ctx)


@pytest.fixture
def manager(qtbot: QtBot, context: AppContext) -> Iterator[TermbaseManager]:
    win = TermbaseManager(None, context)
    errors: list[str] = []
    win.report_error = lambda message, details="": errors.append(message)  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    wait_loaded(qtbot, win)
    yield win
    win.close()
    assert errors == []


def rows(dialog: TermCandidatesDialog) -> list[tuple[str, str]]:
    table = dialog.candidateTable
    return [
        (table.item(r, COLUMN_ZH).text(), table.item(r, COLUMN_EN).text())
        for r in range(table.rowCount())
    ]


def test_the_form_loads(qtbot: QtBot) -> None:
    widget = load_form("term_candidates.ui")
    assert widget.objectName() == "TermCandidatesDialog"
    assert widget.windowTitle() == "Term candidates"
    widget.deleteLater()


def test_accept_edited_english_and_reject_from_the_manager(
    qtbot: QtBot, manager: TermbaseManager, context: AppContext
) -> None:
    dialog = manager.term_candidates()
    assert isinstance(dialog, TermCandidatesDialog)
    qtbot.waitUntil(lambda: dialog.candidateTable.rowCount() > 0, timeout=15_000)
    assert not dialog.searching
    assert rows(dialog) == [
        ("黄河文化月", "Yellow River Culture Month"),
        ("大运河", "Grand Canal"),
    ]
    table = dialog.candidateTable
    assert table.item(0, COLUMN_FREQ).data(Qt.ItemDataRole.DisplayRole) == 6
    assert dialog.summaryLabel.text() == "2 candidate(s)"
    assert dialog.termbaseCombo.currentText() == "Events"
    # The first row is selected; its examples show source and target sentences.
    assert dialog.selected_rows() == [0]
    examples = dialog.examplesBrowser.toPlainText()
    assert "今年的黄河文化月吸引了大批游客。" in examples
    assert "Yellow River Culture Month attracted many tourists." in examples

    # Edit the English (Enter there only ends the edit), then Enter on the table accepts.
    table.setCurrentCell(0, COLUMN_EN)
    table.editItem(table.item(0, COLUMN_EN))
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.setText("Yellow River Culture Month (Zhengzhou)")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # commits in a queued call
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2_000)
    assert rows(dialog)[0] == ("黄河文化月", "Yellow River Culture Month (Zhengzhou)")
    assert len(rows(dialog)) == 2
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert rows(dialog) == [("大运河", "Grand Canal")]
    assert dialog.summaryLabel.text() == "1 candidate(s) · 1 accepted"
    with context.workspace.session() as session:
        (concept,) = load_concepts(session)
        (events,) = list_termbases(session)
    assert concept.termbase_id == events.id
    assert {(t.lang, t.text) for t in concept.terms} == {
        ("zh-Hans", "黄河文化月"),
        ("en", "Yellow River Culture Month (Zhengzhou)"),
    }
    # The manager's concept list shows it at once.
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == 1
    assert manager.current_concept_id() == concept.id

    # Delete rejects: the row goes, and stays hidden when searching again.
    assert dialog.selected_rows() == [0]
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert rows(dialog) == []
    assert manager.rejected_candidates == {("大运河", "grand canal")}
    assert not dialog.acceptButton.isEnabled() and not dialog.rejectButton.isEnabled()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.searching, timeout=15_000)
    assert rows(dialog) == []  # accepted: now a term; rejected: remembered
    dialog.close()

    # A new dialog from the same manager remembers the rejection too.
    again = manager.term_candidates()
    assert isinstance(again, TermCandidatesDialog)
    qtbot.waitUntil(lambda: not again.searching, timeout=15_000)
    assert again.summaryLabel.text() == "0 candidate(s)"
    again.close()


def test_buttons_and_a_new_term_base_when_there_is_none(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path / "empty.db")
    try:
        with context.workspace.session() as session:
            add_units(session, [NewUnit("en", "zh", en, zh) for zh, en in PAIRS])
        dialog = TermCandidatesDialog(None, context)
        errors: list[str] = []
        dialog.report_error = lambda message, details="": errors.append(message)  # type: ignore[method-assign]
        qtbot.addWidget(dialog)
        assert dialog.termbaseCombo.currentText() == "New term base “Accepted terms”"
        dialog.minFreqSpin.setValue(5)  # only 黄河文化月 is seen in 5 pairs
        with qtbot.waitSignal(dialog.finished_search, timeout=15_000):
            dialog.start()
        assert rows(dialog) == [("黄河文化月", "Yellow River Culture Month")]
        table = dialog.candidateTable
        table.item(0, COLUMN_EN).setText("   ")
        dialog.acceptButton.click()
        assert errors == ["The English for “黄河文化月” is empty."]
        assert rows(dialog) == [("黄河文化月", "   ")]
        table.item(0, COLUMN_EN).setText("Yellow River  Culture Month")
        table.selectRow(0)
        assert dialog.accept_selected()
        with context.workspace.session() as session:
            (termbase,) = list_termbases(session)
            (concept,) = load_concepts(session)
        assert termbase.name == "Accepted terms"
        assert dialog.termbaseCombo.currentText() == "Accepted terms"
        assert [t.text for t in concept.terms] == ["黄河文化月", "Yellow River Culture Month"]
        dialog.close()
    finally:
        close_context(context)
