"""Translation memory in the desktop app: the TM panel follows the current segment (off
the GUI thread, in milliseconds), Ctrl+1…9 insert a match as an undoable edit, the
concordance finds a two-character Chinese query, exact matches pre-fill on open, TMX
imports in the background."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workbench.gui.app import create_app, open_context
from workbench.gui.main_window import MainWindow
from workbench.gui.tm.render import GREEN, GREY, YELLOW, band_colour
from workbench.models import Segment
from workbench.tm.store import NewUnit, add_units

pytestmark = pytest.mark.gui

# Sample document 2 (夜市, zh→en): segments 9–11 translated, 12–16 empty.
DOC = 2
NIGHT_MARKET = "夜市里的城市烟火"
VISITORS = "据统计，夜市每晚接待游客约1.5万人次，节假日更是超过3万人次。"  # segment 13
HEADING = "一条街，三万人"  # segment 12
BEFORE_HEADING = "烤红薯、糖葫芦和刚出锅的煎饼吸引着往来的行人。"  # segment 11
EXACT = "Statistics show that the night market receives about 15,000 visitors a night."
FUZZY = "The night market receives about 20,000 visitors a night, over 30,000 on holidays."
WEAKER = "The night market receives about 15,000 visitors every night."


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    create_app()
    context = open_context(str(tmp_path / "tm.db"), sample=False, language="en")
    win = MainWindow(context)
    errors: list[str] = []
    win.report_error = lambda message, details="": errors.append(message)  # type: ignore[method-assign]
    win.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close_document()
    context.workspace.close()
    assert errors == []


def fill_tm(window: MainWindow, extra: int = 0) -> None:
    units = [
        NewUnit("zh", "en", VISITORS, EXACT, origin="tmx", origin_ref="back-issues.tmx"),
        NewUnit(
            "zh",
            "en",
            "据统计，夜市每晚接待游客约2万人次，节假日更是超过3万人次。",
            FUZZY,
            origin="tmx",
            origin_ref="back-issues.tmx",
        ),
        NewUnit("zh", "en", "夜市每晚接待游客约1.5万人次。", WEAKER, origin="aligned"),
        NewUnit(
            "zh",
            "en",
            HEADING,
            "One Street, 30,000 Visitors",
            origin="confirmed",
            context_before=BEFORE_HEADING,
            context_after=VISITORS,
        ),
    ]
    # Back issues: unrelated units around them, so the lookup has a memory to search.
    units += [
        NewUnit("zh", "en", f"第{n}期：城市的故事和外国朋友的生活第{n % 97}篇。", f"Story {n}.")
        for n in range(extra)
    ]
    with window.context.workspace.session() as session:
        add_units(session, units)


def open_doc(window: MainWindow) -> None:
    window.open_document(DOC)
    assert window.view is not None


def show_segment(window: MainWindow, qtbot: QtBot, segment_id: int, count: int) -> None:
    view = window.view
    assert view is not None
    view.go_to_segment(segment_id, edit=False)
    panel = window.tm.panel
    qtbot.waitUntil(
        lambda: (
            panel.result is not None
            and panel.result.segment_id == segment_id
            and len(panel.matches) == count
        ),
        timeout=10_000,
    )


def stored(window: MainWindow, segment_id: int) -> Segment:
    with window.context.workspace.session() as session:
        segment = session.get(Segment, segment_id)
        assert segment is not None
        return segment


def test_panel_shows_matches_for_the_current_segment(window: MainWindow, qtbot: QtBot) -> None:
    from workbench.gui.termbase.concept_dialog import store_new_concept
    from workbench.termbase.data import ConceptData, TermData

    fill_tm(window, extra=5000)
    night_market = ConceptData(terms=[TermData("夜市", "zh-Hans"), TermData("night market", "en")])
    store_new_concept(window.context.workspace, "tester", "Night life", night_market)
    open_doc(window)
    show_segment(window, qtbot, 13, 3)
    panel = window.tm.panel
    matches = panel.matches
    assert [m.target for m in matches] == [EXACT, FUZZY, WEAKER]
    assert matches[0].score == 100 and 85 <= matches[1].score < 100
    assert panel.elapsed_ms < 500, panel.elapsed_ms  # "in milliseconds", with 5,000 units
    summary = panel.summaryLabel.text()
    assert summary.startswith("3 match") and " ms" in summary
    html = panel.matchesBrowser.toHtml()
    assert "100%" in panel.matchesBrowser.toPlainText()
    assert "#c8e6c9" in html and "#ffcdd2" in html  # inserted and deleted text coloured
    assert "back-issues.tmx" in panel.matchesBrowser.toPlainText()
    # The term-base terms each match contains, as chips.
    assert [term.text for term in matches[0].terms] == ["夜市"]
    chips = panel.matchesBrowser.toPlainText().replace("\u2060", "")  # (no break inside)
    assert "夜市 → night market" in chips
    # Moving on follows the segment; a context match (same neighbours) shows as such.
    show_segment(window, qtbot, 12, 1)
    assert panel.matches[0].score == 101
    assert "Context" in panel.matchesBrowser.toPlainText()
    # A segment without matches says so.
    window.view.go_to_segment(16, edit=False)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.summaryLabel.text().startswith("No matches"), timeout=10_000)
    assert panel.matches == []


def test_score_bands() -> None:
    assert band_colour(101) == band_colour(100) == GREEN
    assert band_colour(85) == band_colour(99) == YELLOW
    assert band_colour(84.9) == GREY


def test_ctrl_2_inserts_match_2_and_undo_restores(window: MainWindow, qtbot: QtBot) -> None:
    fill_tm(window)
    open_doc(window)
    show_segment(window, qtbot, 13, 3)
    view = window.view
    assert view is not None
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert view.editor is not None and view.editor.toPlainText() == FUZZY
    # Ctrl+1 replaces it with the first match (one step in the editor's own undo).
    QTest.keyClick(view.editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.toPlainText() == EXACT
    QTest.keyClick(view.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.toPlainText() == FUZZY
    # Leaving keeps it as a draft; Undo in the window takes it back out of the segment.
    view.finish_editing()
    assert stored(window, 13).target == FUZZY
    window.actions_by_name["undo"].trigger()
    assert stored(window, 13).target == ""
    # A click on a match number inserts too; a key with no match does nothing.
    window.tm.match_actions[8].trigger()
    assert view.editor is None
    window.tm.panel.insert_requested.emit(3)
    assert view.editor is not None and view.editor.toPlainText() == WEAKER


def test_concordance_finds_a_two_character_chinese_query(window: MainWindow, qtbot: QtBot) -> None:
    fill_tm(window)
    open_doc(window)
    view = window.view
    assert view is not None
    view.go_to_segment(13, edit=False)
    view.source_selection = (13, "夜市")  # what selecting in the source editor records
    concordance = window.tm.concordance
    with qtbot.waitSignal(concordance.searched, timeout=10_000) as searched:
        window.tm.actions["concordance"].trigger()
    assert searched.args == [3]
    assert concordance.searchEdit.text() == "夜市"
    assert window.tm.concordance_dock.isVisible()
    assert {concordance.row_texts(r)[1] for r in range(3)} == {EXACT, FUZZY, WEAKER}
    html = concordance.resultsTable.item(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert '#ffe082;color:#000000;font-weight:bold">夜市</span>' in html
    # English words, typed into the box.
    concordance.sideCombo.setCurrentIndex(concordance.sideCombo.findData("auto"))
    with qtbot.waitSignal(concordance.searched, timeout=10_000) as searched:
        concordance.search_for("visitors a night")
    assert searched.args == [2]


def test_prefill_on_open_fills_exact_matches_as_one_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    fill_tm(window)
    window.context.preferences.prefill_tm = True
    open_doc(window)
    qtbot.waitUntil(lambda: window.tm.prefilled == 2, timeout=10_000)
    assert (stored(window, 12).target, stored(window, 12).status) == (
        "One Street, 30,000 Visitors",
        "draft",
    )
    assert (stored(window, 13).target, stored(window, 13).status) == (EXACT, "draft")
    assert stored(window, 14).target == ""  # no exact match: left alone
    view = window.view
    assert view is not None
    assert view.model.row_data(view.model.row_of(13) or 0).target == EXACT  # type: ignore[union-attr]
    window.actions_by_name["undo"].trigger()
    assert stored(window, 12).target == stored(window, 13).target == ""
    assert stored(window, 13).status == "new"


def test_prefill_is_a_preference(qtbot: QtBot) -> None:
    from workbench.gui.dialogs.preferences import PreferencesDialog
    from workbench.settings import Preferences

    create_app()
    dialog = PreferencesDialog(None, Preferences())
    qtbot.addWidget(dialog)
    assert not dialog.prefillCheck.isChecked()
    dialog.prefillCheck.setChecked(True)
    dialog.result_preferences().save()
    assert Preferences.load().prefill_tm is True


def test_tmx_import_runs_in_background_and_feeds_the_panel(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    tmx = tmp_path / "back-issues.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN"'
        ' datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t"'
        ' creationtoolversion="1" o-tmf="t"/><body>'
        f'<tu><tuv xml:lang="zh-CN"><seg>{VISITORS}</seg></tuv>'
        f'<tuv xml:lang="en-US"><seg>{EXACT}</seg></tuv></tu>'
        '<tu><tuv xml:lang="zh-CN"><seg>为了方便外国游客。</seg></tuv>'
        '<tuv xml:lang="en-US"><seg></seg></tuv></tu>'
        "</body></tmx>\n",
        "utf-8",
    )
    open_doc(window)
    show_segment(window, qtbot, 13, 0)
    with qtbot.waitSignal(window.tm.imported, timeout=15_000) as imported:
        window.tm.import_tmx(tmx)
    assert imported.args == [1]
    assert "Imported 1 translation units from back-issues.tmx" in (
        window.statusBar().currentMessage()
    )
    qtbot.waitUntil(lambda: len(window.tm.panel.matches) == 1, timeout=10_000)
    assert window.tm.panel.matches[0].origin == "tmx"
