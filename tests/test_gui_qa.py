"""QA in the desktop app: runs in the background, the findings panel, jumping, undoable
fixes, ignores, re-checks on confirm, the QA filter, profiles and the user dictionary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from workbench.editor.workflow import confirm
from workbench.gui.app import create_app, open_context
from workbench.gui.main_window import MainWindow
from workbench.gui.qa.panel import COL_DOCUMENT, COL_REASON, FINDING_ROLE
from workbench.models import Segment
from workbench.qa import store
from workbench.qa.model import Finding

pytestmark = pytest.mark.gui

# Sample document 1 (谷雨, zh→en) has segments 1–8; document 2 has 9–16 (12–16 empty).
DOC = 1


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    create_app()
    context = open_context(str(tmp_path / "qa.db"), sample=False, language="en")
    win = MainWindow(context)
    errors: list[str] = []
    win.report_error = lambda message, details="": errors.append(message)  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close_document()
    context.workspace.close()
    assert errors == []


def set_target(window: MainWindow, segment_id: int, text: str) -> None:
    with window.context.workspace.session() as session:
        confirm(session, segment_id, text, author="tester", propagate=False)


def target(window: MainWindow, segment_id: int) -> str:
    with window.context.workspace.session() as session:
        segment = session.get(Segment, segment_id)
        assert segment is not None
        return segment.target


def run(window: MainWindow, qtbot: QtBot, action: str = "qa_run") -> None:
    done = window.qa.runs_done
    window.actions_by_name[action].trigger()
    qtbot.waitUntil(lambda: window.qa.runs_done > done, timeout=15_000)


def findings(window: MainWindow, check: str) -> list[Finding]:
    assert window.qa.live is not None
    return [f for f in window.qa.live.findings if f.check == check]


def groups(window: MainWindow) -> dict[str, QTreeWidgetItem]:
    tree = window.qa.panel.findingsTree
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return {str(item.data(0, FINDING_ROLE)): item for item in items}


def prepared(window: MainWindow, qtbot: QtBot) -> None:
    """Doc 1 with two repeated words and a missing apostrophe, opened and checked."""
    set_target(window, 3, "Grain Rain is the the sixth solar term.")
    set_target(window, 5, "Chongqings old old teahouse.")
    set_target(window, 7, "This year the the teahouse opened a class.")
    window.open_document(DOC)
    run(window, qtbot)


def test_run_groups_findings_and_clicking_jumps(window: MainWindow, qtbot: QtBot) -> None:
    prepared(window, qtbot)
    view, panel = window.view, window.qa.panel
    assert view is not None
    found = groups(window)
    assert found["repeated-word"].text(0) == "Repeated word (3)"
    assert found["repeated-word"].childCount() == 3
    assert found["missing-apostrophe"].text(0).startswith("Missing apostrophe (1)")
    assert "units checked" in panel.summaryLabel.text()
    assert window.qa.panel.findingsTree.isColumnHidden(COL_DOCUMENT)  # one document
    # Clicking a finding moves the grid and highlights the span on its side.
    item = found["repeated-word"].child(1)
    finding = item.data(0, FINDING_ROLE)
    view.go_to_row(0, edit=False)
    panel.findingsTree.setCurrentItem(item)
    row = view.current_segment()
    assert row is not None and row.id == finding.unit.segment_id == 5
    highlight = view.delegate.qa_highlight
    assert highlight is not None and (highlight.side, highlight.start) == ("target", 11)
    # Opening the editor selects the span.
    view.edit_current()
    assert view.editor is not None
    assert view.editor.textCursor().selectedText() == "old old"
    view.revert_current()


def test_fix_is_undoable_and_fix_all_is_one_step(window: MainWindow, qtbot: QtBot) -> None:
    prepared(window, qtbot)
    view, panel = window.view, window.qa.panel
    assert view is not None
    first = next(f for f in findings(window, "repeated-word") if f.unit.segment_id == 3)
    assert panel.select_finding(first)
    assert panel.fix_action.isEnabled()
    panel.fix_action.trigger()
    assert target(window, 3) == "Grain Rain is the sixth solar term."
    assert [f.unit.segment_id for f in findings(window, "repeated-word")] == [5, 7]  # re-checked
    view.undo()
    assert target(window, 3) == "Grain Rain is the the sixth solar term."
    assert len(findings(window, "repeated-word")) == 3

    steps = view.undo_stack.index()
    assert panel.select_finding(findings(window, "repeated-word")[0])
    assert panel.fix_all_action.isEnabled()
    panel.fix_all_action.trigger()
    assert view.undo_stack.index() == steps + 1
    assert target(window, 5) == "Chongqings old teahouse."
    assert target(window, 7) == "This year the teahouse opened a class."
    assert findings(window, "repeated-word") == []
    assert "repeated-word" not in groups(window)
    window.actions_by_name["undo"].trigger()  # one undo reverts all three
    assert target(window, 3).count("the the") == 1
    assert target(window, 5) == "Chongqings old old teahouse."
    assert len(findings(window, "repeated-word")) == 3


def test_ignore_persists_until_the_text_changes(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared(window, qtbot)
    view, panel = window.view, window.qa.panel
    assert view is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("quoted speech", True))
    finding = next(f for f in findings(window, "repeated-word") if f.unit.segment_id == 7)
    panel.select_finding(finding)
    panel.ignore_action.trigger()
    assert findings(window, "repeated-word")[-1].ignored_reason == "quoted speech"
    assert groups(window)["repeated-word"].childCount() == 2  # hidden until "Show ignored"
    panel.show_ignored_action.setChecked(True)
    group = groups(window)["repeated-word"]
    assert group.childCount() == 3 and not panel.findingsTree.isColumnHidden(COL_REASON)
    ignored = next(
        group.child(i) for i in range(group.childCount()) if group.child(i).text(COL_REASON)
    )
    assert "quoted speech" in ignored.toolTip(3)

    run(window, qtbot)  # a new run still knows
    again = next(f for f in findings(window, "repeated-word") if f.unit.segment_id == 7)
    assert again.ignored_reason == "quoted speech"

    view.go_to_segment(7)  # the text changes: the finding is back
    assert view.editor is not None
    view.editor.selectAll()
    view.editor.insertPlainText("This year the the teahouse opened two classes.")
    view.confirm_current()
    back = next(f for f in findings(window, "repeated-word") if f.unit.segment_id == 7)
    assert not back.ignored

    other = next(f for f in findings(window, "repeated-word") if f.unit.segment_id == 3)
    panel.select_finding(other)
    panel.ignore_action.trigger()
    ignored_now = next(f for f in findings(window, "repeated-word") if f.unit.segment_id == 3)
    assert panel.select_finding(ignored_now) and panel.unignore_action.isEnabled()
    panel.unignore_action.trigger()
    run(window, qtbot)
    assert not next(f for f in findings(window, "repeated-word") if f.unit.segment_id == 3).ignored


def test_confirm_rechecks_the_segment(window: MainWindow, qtbot: QtBot) -> None:
    prepared(window, qtbot)
    view = window.view
    assert view is not None
    view.go_to_segment(5)
    assert view.editor is not None
    view.editor.selectAll()
    view.editor.insertPlainText("Chongqing’s teahouse is old.")
    view.confirm_current()
    live = window.qa.live
    assert live is not None
    assert not [f for f in live.findings if f.unit.segment_id == 5 and f.fix is not None]
    assert len(findings(window, "repeated-word")) == 2  # the others stay


def test_qa_filter_and_next_previous(window: MainWindow, qtbot: QtBot) -> None:
    window.open_document(DOC)
    view = window.view
    assert view is not None
    bar = view.filter_bar
    assert not bar.qaCheck.isEnabled()
    set_target(window, 3, "Grain Rain is the the sixth solar term.")
    set_target(window, 7, "This year the the teahouse opened a class.")
    view.refresh([3, 7])
    run(window, qtbot)
    assert bar.qaCheck.isEnabled()
    with_findings = window.qa.live.segments_with_findings(DOC)  # type: ignore[union-attr]
    assert {3, 7} <= with_findings
    bar.qaCheck.setChecked(True)
    assert view.model.rowCount() == len(with_findings) < 8
    assert set(view.model.ids()) == set(with_findings)
    bar.qaCheck.setChecked(False)
    assert view.model.rowCount() == 8

    view.go_to_row(0, edit=False)
    ordered = sorted(with_findings)
    next_action = window.actions_by_name["qa_next"]
    next_action.trigger()
    first = view.current_segment()
    assert first is not None and first.id == ordered[0]
    seen = [first.id]
    for _ in range(len(window.qa.live.open_findings(DOC)) - 1):  # type: ignore[union-attr]
        next_action.trigger()
        row = view.current_segment()
        assert row is not None
        seen.append(row.id)
    assert seen == sorted(seen) and set(seen) == with_findings
    window.actions_by_name["qa_previous"].trigger()
    row = view.current_segment()
    assert row is not None and row.id <= seen[-1]
    assert window.qa.panel.current_finding() is not None


def test_profile_editor_disables_a_check(window: MainWindow, qtbot: QtBot) -> None:
    from workbench.gui.dialogs.preferences import PreferencesDialog

    prepared(window, qtbot)
    assert findings(window, "repeated-word")
    context = window.context
    dialog = PreferencesDialog(window, context.preferences, context.workspace, "en")
    qtbot.addWidget(dialog)
    page = dialog.qa_page
    assert page is not None and page.current_name() == "translation"
    table = page.checksTable
    row = next(r for r in range(table.rowCount()) if page.specs[r].id == "repeated-word")
    assert table.item(row, 0).text() == "Repeated word"
    assert "the the" in table.item(row, 0).toolTip()
    table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    ratio = next(r for r in range(table.rowCount()) if page.specs[r].id == "length-ratio")
    table.item(ratio, 2).setText('{"en_per_zh_max": "lots"}')
    assert not page.is_valid() and "en_per_zh_max" in page.errorLabel.text()
    table.item(ratio, 2).setText('{"en_per_zh_max": 9}')
    assert page.is_valid() and page.errorLabel.text() == ""
    assert page.deleteButton.text() == "Reset built-in"
    dictionary = dialog.dictionary_page
    assert dictionary is not None
    dictionary.wordEdit.setText("hotpotfest")
    dictionary.add_word()
    dialog.save_workspace_settings("tester")
    window.qa.reload_profiles()
    with context.workspace.session() as session:
        saved = store.get_profile(session, "translation")
        assert not saved.is_enabled("repeated-word")
        assert saved.setting("length-ratio").options == {"en_per_zh_max": 9}
        assert store.user_words(session) == ["hotpotfest"]
    run(window, qtbot)
    assert findings(window, "repeated-word") == []
    assert findings(window, "missing-apostrophe")


def test_workspace_run_opens_other_documents_and_exports(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    set_target(window, 10, "At six the the stalls light up.")
    window.open_document(DOC)
    run(window, qtbot, "qa_workspace")
    live = window.qa.live
    assert live is not None and live.multi_document
    assert not window.qa.panel.findingsTree.isColumnHidden(COL_DOCUMENT)
    other = next(f for f in findings(window, "repeated-word") if f.unit.document_id == 2)
    panel = window.qa.panel
    panel.select_finding(other)
    assert not panel.fix_action.isEnabled()  # not in the open document
    panel.finding_activated.emit(other)
    assert window.view is not None and window.view.document_id == 2
    row = window.view.current_segment()
    assert row is not None and row.id == 10
    assert panel.fix_action.isEnabled()

    report = tmp_path / "report.html"
    window.qa.write_report(report)
    qtbot.waitUntil(report.exists, timeout=10_000)
    assert "the the" in report.read_text("utf-8")


def test_add_to_dictionary_rechecks(window: MainWindow, qtbot: QtBot) -> None:
    set_target(window, 8, "Master Wang brews hotpotfest tea.")
    window.open_document(DOC)
    run(window, qtbot)
    spelling = [f for f in findings(window, "spelling") if f.span_text == "hotpotfest"]
    assert spelling
    panel = window.qa.panel
    panel.select_finding(spelling[0])
    assert panel.add_word_action.isEnabled()
    panel.add_word_action.trigger()
    assert not [f for f in findings(window, "spelling") if f.span_text == "hotpotfest"]
    with window.context.workspace.session() as session:
        assert "hotpotfest" in store.user_words(session)
