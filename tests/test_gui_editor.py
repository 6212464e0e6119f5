"""The side-by-side editor, driven from the keyboard as a translator would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from workbench.documents.editing import segment_history
from workbench.editor.grid import SegmentFilter
from workbench.gui.app import create_app, open_context
from workbench.gui.editor.delegate import SegmentEditor
from workbench.gui.main_window import MainWindow
from workbench.models import Segment

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    create_app()
    context = open_context(str(tmp_path / "editor.db"), sample=False, language="en")
    context.preferences.autosave_seconds = 1
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


def open_doc(window: MainWindow, title_zh: str) -> None:
    for row in range(window.navigator.model.rowCount()):
        summary = window.navigator.model.summary_at(row)
        if summary.title_zh == title_zh:
            window.open_document(summary.id)
            return
    raise AssertionError(f"no document {title_zh}")


def segment(window: MainWindow, segment_id: int) -> Segment:
    with window.context.workspace.session() as session:
        found = session.get(Segment, segment_id)
        assert found is not None
        return found


def editor_of(window: MainWindow) -> SegmentEditor:
    assert window.view is not None and window.view.editor is not None, "no open editor"
    return window.view.editor


def press(
    window: MainWindow, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = window.view.editor if window.view and window.view.editor else window.view.table  # type: ignore[union-attr]
    QTest.keyClick(target, key, mods)
    QApplication.processEvents()


def test_translate_with_the_keyboard_only(window: MainWindow, qtbot: QtBot) -> None:
    open_doc(window, "夜市里的城市烟火")
    view = window.view
    assert view is not None
    # The first unconfirmed segment of the sample is the heading "一条街，三万人".
    view.go_to_next_unconfirmed(after=-1)
    first = view.current_segment()
    assert first is not None and first.source == "一条街，三万人"
    QTest.keyClicks(editor_of(window), "One Street, 30,000 Visitors")
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = segment(window, first.id)
    assert (stored.target, stored.status) == ("One Street, 30,000 Visitors", "translated")
    second = view.current_segment()
    assert second is not None and second.id != first.id and second.status == "new"
    assert editor_of(window).segment_id == second.id  # editing continues at once
    QTest.keyClicks(editor_of(window), "The market receives about 15,000 visitors a night.")
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert segment(window, second.id).status == "translated"
    qtbot.waitUntil(lambda: "Confirmed 5 / 8" in window.progress_label.text(), timeout=3000)

    # Ctrl+Z outside an editor undoes across segments; Ctrl+Y redoes.
    view.finish_editing()
    view.table.setFocus()
    window.actions_by_name["undo"].trigger()
    assert segment(window, second.id).target == ""
    window.actions_by_name["undo"].trigger()
    assert segment(window, first.id).target == ""
    window.actions_by_name["redo"].trigger()
    assert segment(window, first.id).target == "One Street, 30,000 Visitors"
    with window.context.workspace.session() as session:
        fields = [r.field for r in segment_history(session, first.id)]
    assert fields.count("target") >= 3  # confirm, undo, redo all kept in history


def test_navigation_copy_source_and_clear(window: MainWindow) -> None:
    open_doc(window, "夜市里的城市烟火")
    view = window.view
    assert view is not None
    view.go_to_row(3)
    row = view.current_segment()
    assert row is not None
    press(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor_of(window).toPlainText() == row.source
    press(
        window,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor_of(window).toPlainText() == ""
    press(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.current_row() == 4
    press(window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.current_row() == 3


def test_unconfirmed_typing_is_autosaved_then_kept_as_draft(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_doc(window, "夜市里的城市烟火")
    view = window.view
    assert view is not None
    view.go_to_row(3)
    row = view.current_segment()
    assert row is not None
    QTest.keyClicks(editor_of(window), "Half a sentence")
    from workbench.editor.drafts import pending_drafts

    def saved() -> bool:
        with window.context.workspace.session() as session:
            return pending_drafts(session, view.document_id).get(row.id) == "Half a sentence"

    qtbot.waitUntil(saved, timeout=5000)
    assert segment(window, row.id).status == "draft"
    press(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # move on unconfirmed
    stored = segment(window, row.id)
    assert (stored.target, stored.status) == ("Half a sentence", "draft")


def test_escape_discards_typing(window: MainWindow) -> None:
    open_doc(window, "夜市里的城市烟火")
    view = window.view
    assert view is not None
    view.go_to_row(3)
    row = view.current_segment()
    assert row is not None
    QTest.keyClicks(editor_of(window), "oops")
    press(window, Qt.Key.Key_Escape)
    assert view.editor is None
    assert segment(window, row.id).target == ""


def test_split_and_merge_with_undo(window: MainWindow) -> None:
    open_doc(window, "夜市里的城市烟火")
    view = window.view
    assert view is not None
    total = view.model.rowCount()
    view.go_to_row(4, edit=False)  # "据统计…。为了方便外国游客…。" is two segments already
    row = view.current_segment()
    assert row is not None
    window.actions_by_name["merge"].trigger()
    assert view.model.rowCount() == total - 1
    merged = view.current_segment()
    assert merged is not None and "据统计" in merged.source and "为了方便" in merged.source
    window.actions_by_name["undo"].trigger()
    assert view.model.rowCount() == total
    window.actions_by_name["redo"].trigger()
    assert view.model.rowCount() == total - 1
    view.go_to_segment(merged.id, edit=False)
    window.actions_by_name["split"].trigger()
    assert view.model.rowCount() == total
    sources = [view.model.row_data(r).source for r in range(4, 6)]  # type: ignore[union-attr]
    assert sources[0].startswith("据统计") and sources[1].startswith("为了方便")


def test_reviewer_status_and_lock(window: MainWindow) -> None:
    open_doc(window, "谷雨：一杯新茶里的春天")
    view = window.view
    assert view is not None
    view.go_to_row(2, edit=False)
    row = view.current_segment()
    assert row is not None
    window.actions_by_name["mark_reviewed"].trigger()
    assert segment(window, row.id).status == "reviewed"
    window.actions_by_name["lock"].trigger()
    assert segment(window, row.id).status == "locked"
    index = view.target_index(2)
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    window.actions_by_name["unlock"].trigger()
    assert segment(window, row.id).status != "locked"


def test_find_and_replace_all_is_one_undo_step(window: MainWindow) -> None:
    open_doc(window, "谷雨：一杯新茶里的春天")
    window.show_find(replace=True)
    dialog = window._find_dialog
    assert dialog is not None
    dialog.findEdit.setText("tea")
    dialog.wordCheck.setChecked(True)
    dialog.replaceEdit.setText("TEA")
    dialog.preview()
    assert dialog.previewTable.rowCount() >= 2
    assert "TEA" in dialog.previewTable.item(0, 2).text()
    dialog.replace_all()
    with window.context.workspace.session() as session:
        targets = [s.target for s in session.exec(select(Segment)).all()]
    assert any("TEA" in t for t in targets) and not any(" tea " in t for t in targets)
    assert "teahouse" in " ".join(targets)  # whole word: teahouse untouched
    window.actions_by_name["undo"].trigger()
    with window.context.workspace.session() as session:
        targets = [s.target for s in session.exec(select(Segment)).all()]
    assert not any("TEA" in t for t in targets)


def test_find_next_moves_the_cursor(window: MainWindow) -> None:
    open_doc(window, "谷雨：一杯新茶里的春天")
    window.show_find(replace=False)
    dialog = window._find_dialog
    assert dialog is not None and window.view is not None
    dialog.findEdit.setText("王师傅")
    dialog.find_next()
    row = window.view.current_segment()
    assert row is not None and "王师傅" in row.source


def test_filters_and_swap_view(window: MainWindow) -> None:
    open_doc(window, "夜市里的城市烟火")
    view = window.view
    assert view is not None
    view.apply_filter(SegmentFilter(statuses=frozenset({"new"})))
    assert view.model.rowCount() == 5
    view.apply_filter(SegmentFilter(text="糖葫芦"))
    assert view.model.rowCount() == 1
    view.apply_filter(SegmentFilter())
    window.actions_by_name["swap_view"].setChecked(True)
    assert view.model.text_column("target") == 1
    header = view.model.headerData(1, Qt.Orientation.Horizontal)
    assert "English" in header


def test_english_to_chinese_document(window: MainWindow, qtbot: QtBot) -> None:
    open_doc(window, "黄河文化月以河畔音乐会开幕")
    view = window.view
    assert view is not None
    assert "English" in view.model.headerData(1, Qt.Orientation.Horizontal)
    assert "Chinese" in view.model.headerData(2, Qt.Orientation.Horizontal)
    view.go_to_row(0)
    editor_of(window).insertPlainText("黄河文化月开幕")  # what an input method commits
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Chinese 7 characters" in window.count_label.text(), timeout=3000)
    assert window.view.current_row() == 1  # moved on to the next unconfirmed segment


def test_models_pass_the_qt_model_tester(window: MainWindow) -> None:
    open_doc(window, "谷雨：一杯新茶里的春天")
    assert window.view is not None
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    testers = [
        QAbstractItemModelTester(window.view.model, mode),
        QAbstractItemModelTester(window.navigator.model, mode),
        QAbstractItemModelTester(window.navigator.proxy, mode),
        QAbstractItemModelTester(window.navigator.tree_model, mode),
    ]
    window.view.apply_filter(SegmentFilter(statuses=frozenset({"translated"})))
    window.refresh()
    assert testers


def test_history_dock_shows_changes(window: MainWindow) -> None:
    open_doc(window, "夜市里的城市烟火")
    view = window.view
    assert view is not None
    view.go_to_row(3)
    QTest.keyClicks(editor_of(window), "Visitors")
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view.go_to_row(3, edit=False)
    html = window.historyBrowser.toPlainText()
    assert "Visitors" in html and "tester" in html


def test_segment_filter_bar(window: MainWindow, qtbot: QtBot) -> None:
    open_doc(window, "夜市里的城市烟火")
    view = window.view
    assert view is not None
    bar = view.filter_bar
    bar.statusCombo.setCurrentIndex(1)  # unconfirmed
    assert view.model.rowCount() == 5
    assert "5" in bar.countLabel.text()
    bar.statusCombo.setCurrentIndex(0)
    view.set_note(view.model.segment_id(2), "check the name of the snack")
    bar.notesCheck.setChecked(True)
    assert view.model.rowCount() == 1
    bar.notesCheck.setChecked(False)
    bar.textEdit.setText("糖葫芦")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)


def test_switch_workspace_and_recent_list(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "second.db"
    assert window.switch_workspace(str(other))
    assert window.navigator.model.rowCount() == 0
    recent = window.context.preferences.recent_workspaces
    assert recent[0] == str(other)
    first = recent[1]
    assert window.switch_workspace(first)
    assert window.navigator.model.rowCount() == 3
    assert not window.switch_workspace(str(tmp_path))  # a folder: refused, nothing changes
    window.errors.clear()  # type: ignore[attr-defined]
    assert window.navigator.model.rowCount() == 3


def test_window_state_is_restored(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(760, 560)  # fits the offscreen screen (800×600)
    window.historyDock.hide()
    window.close()
    second = MainWindow(window.context)
    qtbot.addWidget(second)
    assert second.size().width() == 760
    assert not second.historyDock.isVisibleTo(second)


def test_long_document_opens_and_scrolls_to_the_end(window: MainWindow) -> None:
    """Rows are fetched page by page while scrolling; no row is missing at the end."""
    from workbench.documents.store import store_draft
    from workbench.importers.draft import DraftBlock, DraftDocument
    from workbench.models.enums import BlockKind, Language

    blocks = [
        DraftBlock(
            kind=BlockKind.PARAGRAPH, source=f"第{i}段的第一句话。这是第二句，内容稍长一些。"
        )
        for i in range(1500)
    ]
    draft = DraftDocument(
        source_lang=Language.ZH, target_lang=Language.EN, blocks=blocks, title_zh="长文档"
    )
    with window.context.workspace.session() as session:
        document = store_draft(session, draft, author="tester")
    window.open_document(document.id or 0)
    view = window.view
    assert view is not None and view.model.rowCount() == 3000
    bar = view.table.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()
    last = view.model.row_data(2999)
    assert last is not None and last.number == 3000 and last.source.startswith("这是第二句")
    view.go_to_row(2999)
    assert editor_of(window).segment_id == last.id


def test_term_hits_panel_highlights_and_alt_keys(window: MainWindow) -> None:
    """The sample workspace carries the starter term base: 谷雨 is found, highlighted and
    inserted with Alt+1; a forbidden rendering in the target is flagged."""
    open_doc(window, "谷雨：一杯新茶里的春天")
    view = window.view
    assert view is not None and view.matcher is not None
    view.go_to_row(2, edit=False)  # 谷雨是二十四节气中的第六个节气…
    row = view.current_segment()
    assert row is not None
    spans = view.term_spans(row)
    assert (0, 2, False) in spans  # 谷雨 highlighted at its exact place
    panel = window.term_panel
    sources = [panel.hitsTable.item(r, 1).text() for r in range(panel.hitsTable.rowCount())]
    assert "谷雨" in sources and "二十四节气" in sources
    first = panel.terms.checks[0] if panel.terms else None
    assert first is not None and first.hit.text == "谷雨" and first.in_target is True
    view.go_to_row(2)  # open the editor
    editor_of(window).clear()
    window.insert_term(1)
    assert editor_of(window).toPlainText() == "Grain Rain"


def test_forbidden_term_in_target_is_flagged(window: MainWindow) -> None:
    from workbench.editor.workflow import confirm

    open_doc(window, "谷雨：一杯新茶里的春天")
    view = window.view
    assert view is not None
    segment_id = view.model.segment_id(2)
    with window.context.workspace.session() as session:
        confirm(
            session,
            segment_id,
            "Grain Rain marks Chinese-style modernization.",
            author="tester",
            propagate=False,
        )
    view.refresh([segment_id])
    view.go_to_row(2, edit=False)
    window._show_terms(view.current_segment())
    panel = window.term_panel
    assert panel.terms is not None and panel.terms.forbidden_in_target
    texts = [panel.hitsTable.item(r, 3).text() for r in range(panel.hitsTable.rowCount())]
    assert any("Chinese modernization" in t for t in texts)


def test_add_term_from_selection(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QTextCursor

    from workbench.gui.termbase.concept_dialog import ConceptDialog

    open_doc(window, "黄河文化月以河畔音乐会开幕")
    view = window.view
    assert view is not None
    view.go_to_row(1, edit=False)
    view.table.edit(view.model.index(1, view.model.text_column("source")))
    source_editor = view.table.findChild(SegmentEditor)
    assert source_editor is not None and source_editor.isReadOnly()
    cursor = source_editor.textCursor()
    start = source_editor.toPlainText().index("riverbank")
    cursor.setPosition(start)
    cursor.setPosition(start + len("riverbank"), QTextCursor.MoveMode.KeepAnchor)
    source_editor.setTextCursor(cursor)
    view.go_to_row(1)
    editor_of(window).insertPlainText("河岸")
    editor_of(window).selectAll()
    seen: dict[str, object] = {}

    def accept(dialog: ConceptDialog) -> int:
        seen["terms"] = [(t.lang, t.text) for t in dialog.concept().terms]
        return 1

    monkeypatch.setattr(ConceptDialog, "exec", accept)
    window.actions_by_name["add_term"].trigger()
    assert seen["terms"] == [("en", "riverbank"), ("zh-Hans", "河岸")]
    row = view.current_segment()
    assert row is not None
    assert any(h.hit.text == "riverbank" for h in window.term_panel.terms.checks)  # type: ignore[union-attr]
