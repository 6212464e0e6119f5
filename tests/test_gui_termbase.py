"""The term base manager, driven as an editor would: search, filter, sort, add/edit/delete
with undo, import a spreadsheet through the wizard, export, find conflicts."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from workbench.db.workspace import Workspace, open_workspace
from workbench.gui.app import create_app
from workbench.gui.context import AppContext
from workbench.gui.forms import load_form
from workbench.gui.termbase.concept_dialog import ConceptDialog, store_new_concept
from workbench.gui.termbase.concept_model import (
    COLUMN_EN,
    COLUMN_FORBIDDEN,
    COLUMN_ZH,
    ConceptModel,
    ConceptQuery,
)
from workbench.gui.termbase.import_wizard import (
    PAGE_MAPPING,
    PAGE_SUMMARY,
    PAGE_TARGET,
    TermbaseImportWizard,
)
from workbench.gui.termbase.manager import TermbaseManager
from workbench.models import TermRevision
from workbench.resources import resource_path
from workbench.settings import Preferences
from workbench.termbase.data import ConceptData, TermData, TermStatus
from workbench.termbase.formats import load_termbase_file
from workbench.termbase.search import concept_ids, count_concepts
from workbench.termbase.store import (
    add_concepts,
    create_termbase,
    get_concept,
    import_concepts,
    list_termbases,
    load_concepts,
)

pytestmark = pytest.mark.gui

STARTER_CONCEPTS = 200


def make_context(path: Path, *, starter: bool = True) -> AppContext:
    create_app()
    workspace = open_workspace(path)
    if starter:
        loaded = load_termbase_file(resource_path("termbase/starter.tbx"))
        with workspace.session() as session:
            import_concepts(session, "Starter", loaded.concepts, author="tester")
    return AppContext(workspace, Preferences(), "tester", "en")


def close_context(context: AppContext) -> None:
    QThreadPool.globalInstance().waitForDone(10_000)
    context.workspace.close()


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    ctx = make_context(tmp_path / "termbase.db")
    yield ctx
    close_context(ctx)


def wait_loaded(qtbot: QtBot, manager: TermbaseManager) -> None:
    qtbot.waitUntil(lambda: not manager.model.loading, timeout=15_000)
    qtbot.wait(1)  # let the reload's queued slots run


@pytest.fixture
def manager(qtbot: QtBot, context: AppContext) -> Iterator[TermbaseManager]:
    win = TermbaseManager(None, context)
    errors: list[str] = []
    win.report_error = lambda message, details="": errors.append(message)  # type: ignore[method-assign]
    win.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    wait_loaded(qtbot, win)
    yield win
    win.close()
    assert errors == []


def texts(manager: TermbaseManager, column: int) -> list[str]:
    model = manager.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def search(qtbot: QtBot, manager: TermbaseManager, text: str) -> None:
    manager.searchEdit.setText(text)  # debounced: the query starts after a pause
    qtbot.waitUntil(lambda: manager.model.query.text == text, timeout=5_000)
    wait_loaded(qtbot, manager)


def concept_state(workspace: Workspace) -> list[tuple[object, ...]]:
    """Every concept without ids: what undo must give back exactly."""
    with workspace.session() as session:
        concepts = load_concepts(session)
    state = []
    for concept in concepts:
        terms = sorted(
            (t.lang, t.text, t.status.value, t.part_of_speech, t.usage_note, t.case_sensitive)
            for t in concept.terms
        )
        fields = (concept.subject, concept.definition, concept.note, concept.source)
        state.append((concept.termbase_id, *fields, concept.scope, concept.external_id, *terms))
    return sorted(state, key=repr)


def filler(change: Callable[[ConceptDialog], None]) -> Callable[[QDialog], bool]:
    """A ``run_dialog`` that fills the form as a user would and presses OK."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ConceptDialog)
        change(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


# --------------------------------------------------------------------------- opening


def test_manager_opens_on_the_starter_termbase(manager: TermbaseManager) -> None:
    tree = manager.termbaseList
    assert tree.topLevelItemCount() == 2
    assert tree.topLevelItem(0).text(0) == "All term bases"
    starter = tree.topLevelItem(1)
    assert (starter.text(0), starter.text(1), starter.text(2)) == ("Starter", "1", "200")
    assert manager.model.rowCount() == STARTER_CONCEPTS
    assert manager.countLabel.text() == "200 of 200 concepts"
    # The first concept is selected and shown with its history.
    assert manager.current_concept_id() == manager.model.concept_id(0)
    assert manager.detailBrowser.toPlainText().strip()
    assert "· tester · Created" in manager.historyBrowser.toPlainText()
    # Forbidden terms are marked in the table.
    row = next(r for r in range(200) if "Chinese-style modernization" in texts(manager, 1)[r])
    assert manager.model.index(row, COLUMN_FORBIDDEN).data(Qt.ItemDataRole.DecorationRole)
    assert "⊘ Chinese-style modernization" in manager.model.index(row, COLUMN_EN).data()


def test_every_new_form_loads(qtbot: QtBot, context: AppContext) -> None:
    for name in ("termbase_manager.ui", "concept_dialog.ui", "termbase_import.ui",
                 "term_conflicts.ui"):  # fmt: skip
        widget = load_form(name)
        assert widget.objectName()
        widget.deleteLater()
    from workbench.gui.termbase.conflicts_dialog import ConflictsDialog

    dialogs = [
        ConceptDialog(None, context, None, None),
        TermbaseImportWizard(None, context),
        ConflictsDialog(None, context),
    ]
    assert [d.windowTitle() for d in dialogs] == ["New concept", "Import terms", "Term conflicts"]
    assert len(dialogs[1].pageIds()) == 4
    for dialog in dialogs:
        qtbot.addWidget(dialog)


# --------------------------------------------------------------------------- filtering


def test_search_filters_rows(qtbot: QtBot, manager: TermbaseManager) -> None:
    search(qtbot, manager, "现代化")
    rows = texts(manager, COLUMN_ZH)
    assert rows and all("现代化" in row for row in rows)
    assert manager.countLabel.text() == f"{len(rows)} of 200 concepts"
    # Traditional script finds the simplified term; English is searched too.
    search(qtbot, manager, "中國式現代化")
    assert texts(manager, COLUMN_ZH)[0].startswith("中国式现代化")
    search(qtbot, manager, "belt and road")
    assert any("Belt and Road Initiative" in row for row in texts(manager, COLUMN_EN))
    search(qtbot, manager, "")
    assert manager.model.rowCount() == STARTER_CONCEPTS


def test_filters_by_status_language_subject_and_termbase(
    qtbot: QtBot, manager: TermbaseManager, context: AppContext
) -> None:
    with context.workspace.session() as session:
        forbidden = count_concepts(session, status="deprecated")
        forbidden_en = count_concepts(session, status="deprecated", lang="en")
    combo = manager.statusCombo
    combo.setCurrentIndex(combo.findData("deprecated"))
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == forbidden > 0
    assert all(manager.model.row_data(r).has_forbidden for r in range(forbidden))  # type: ignore[union-attr]
    manager.languageCombo.setCurrentIndex(manager.languageCombo.findData("en"))
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == forbidden_en
    combo.setCurrentIndex(0)
    manager.languageCombo.setCurrentIndex(0)
    subjects = manager.subjectCombo
    subjects.setCurrentIndex(subjects.findData("solar terms"))
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == 26
    assert set(texts(manager, 3)) == {"solar terms"}
    subjects.setCurrentIndex(0)
    wait_loaded(qtbot, manager)

    with context.workspace.session() as session:
        city = create_termbase(session, "City", author="tester").id
        assert city is not None
        add_concepts(session, city, [ConceptData([TermData("泉城", "zh-Hans"),
                                                  TermData("City of Springs", "en")])],
                     author="tester")  # fmt: skip
    assert manager.refresh_if_changed()
    wait_loaded(qtbot, manager)
    manager.select_termbases([city])
    wait_loaded(qtbot, manager)
    assert texts(manager, COLUMN_ZH) == ["泉城"]
    assert manager.countLabel.text() == "1 of 201 concepts"


def test_sort_order_changes(qtbot: QtBot, manager: TermbaseManager) -> None:
    header = manager.conceptTable.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        wait_loaded(qtbot, manager)

    assert manager.model.query.order == "id"
    click(COLUMN_ZH)
    assert manager.model.query.order == "zh"
    ascending = texts(manager, COLUMN_ZH)
    assert ascending == sorted(ascending)
    click(COLUMN_ZH)
    assert manager.model.query.order == "-zh"
    assert texts(manager, COLUMN_ZH) == sorted(ascending, reverse=True)
    click(COLUMN_EN)
    assert manager.model.query.order == "en"
    english = [text.casefold() for text in texts(manager, COLUMN_EN)]
    assert english[0] <= english[-1]
    # The forbidden marker has no order: the indicator stays where it was.
    click(COLUMN_FORBIDDEN)
    assert manager.model.query.order == "en"
    assert header.sortIndicatorSection() == COLUMN_EN
    # The selected concept stays selected across a re-sort.
    manager.select_row(10)
    chosen = manager.current_concept_id()
    click(COLUMN_EN)
    assert manager.current_concept_id() == chosen


# --------------------------------------------------------------------------- undo


def test_add_edit_delete_with_undo_and_redo(
    qtbot: QtBot, manager: TermbaseManager, context: AppContext
) -> None:
    workspace = context.workspace
    before_add = concept_state(workspace)

    def fill_new(dialog: ConceptDialog) -> None:
        dialog.set_term_field(0, text="山城")
        dialog.set_term_field(1, text="Mountain City", part_of_speech="properNoun")
        row = dialog.add_term(TermData("", "en"))
        dialog.set_term_field(row, text="Mountain Town", status=TermStatus.DEPRECATED,
                              usage_note="Not used by the city")  # fmt: skip
        dialog.subjectCombo.setCurrentText("city brands")
        dialog.scopeEdit.setText("Chongqing")
        dialog.sourceEdit.setText("City brand guide")
        dialog.definitionEdit.setPlainText("Chongqing, built on hills.")
        dialog.noteEdit.setPlainText("A nickname.")

    manager.run_dialog = filler(fill_new)  # type: ignore[method-assign]
    assert manager.new_concept()
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == STARTER_CONCEPTS + 1
    new_id = manager.current_concept_id()
    assert new_id is not None
    with workspace.session() as session:
        added = get_concept(session, new_id)
    assert (added.subject, added.scope, added.source) == ("city brands", "Chongqing",
                                                          "City brand guide")  # fmt: skip
    assert [(t.text, t.status) for t in added.terms] == [
        ("山城", TermStatus.PREFERRED),
        ("Mountain City", TermStatus.PREFERRED),
        ("Mountain Town", TermStatus.DEPRECATED),
    ]
    assert added.terms[1].part_of_speech == "properNoun"
    after_add = concept_state(workspace)

    def fill_edit(dialog: ConceptDialog) -> None:
        assert dialog.windowTitle() == "Edit concept"
        assert not dialog.termbaseCombo.isEnabled()
        dialog.set_term_field(2, status=TermStatus.ADMITTED, case_sensitive=True)
        dialog.termTable.setCurrentCell(0, 1)
        dialog.remove_current_term()
        row = dialog.add_term(TermData("", "zh-Hant"))
        dialog.set_term_field(row, text="山城")
        dialog.noteEdit.setPlainText("Edited note.")

    manager.run_dialog = filler(fill_edit)  # type: ignore[method-assign]
    assert manager.edit_concept()
    qtbot.waitUntil(lambda: "Edited note." in manager.detailBrowser.toPlainText())
    after_edit = concept_state(workspace)
    assert after_edit != after_add

    # Delete a starter concept with every kind of field (and the new one stays).
    with workspace.session() as session:
        (modernization,) = concept_ids(session, "中国式现代化", lang="zh")
    manager.show_concept(modernization)
    assert manager.current_concept_id() == modernization
    manager.actions_by_name["deleteConcept"].trigger()
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == STARTER_CONCEPTS
    assert manager.model.row_of(modernization) is None
    after_delete = concept_state(workspace)

    undo, redo = manager.actions_by_name["undo"], manager.actions_by_name["redo"]
    assert undo.text().startswith("Undo Delete")
    for expected in (after_edit, after_add, before_add):
        undo.trigger()
        wait_loaded(qtbot, manager)
        assert concept_state(workspace) == expected
    assert manager.model.rowCount() == STARTER_CONCEPTS
    assert not undo.isEnabled()
    for expected in (after_add, after_edit, after_delete):
        redo.trigger()
        wait_loaded(qtbot, manager)
        assert concept_state(workspace) == expected
    # Undo the delete once more: the concept is back (under a new id), history kept.
    undo.trigger()
    wait_loaded(qtbot, manager)
    assert concept_state(workspace) == after_edit
    with workspace.session() as session:
        fields = list(session.scalars(select(TermRevision.field)))
    # Every step wrote its revisions: delete, undo of the add, redo of the delete.
    assert fields.count("deleted") == 3
    assert manager.model.rowCount() == STARTER_CONCEPTS + 1


def test_concept_dialog_refuses_an_empty_concept(qtbot: QtBot, context: AppContext) -> None:
    dialog = ConceptDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.messageLabel.text() == "Enter at least one term."
    dialog.set_term_field(0, text="城市")
    dialog.set_term_field(1, text="城市", lang="zh-Hans")
    dialog.accept()
    assert "listed twice" in dialog.messageLabel.text()


def test_concept_dialog_prefilled_for_add_term(qtbot: QtBot, context: AppContext) -> None:
    """What the editor's Ctrl+T does: a concept from the selection, a new term base."""
    prefill = ConceptData([TermData("国际传播中心", "zh-Hans"),
                           TermData("International Communication Center", "en")])  # fmt: skip
    dialog = ConceptDialog(None, context, prefill, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New concept"
    assert dialog.termbaseCombo.currentText() == "Starter"
    # The term is in the starter term base already: the form says so (and only that one,
    # not the longer terms that contain it).
    hint = dialog.existingLabel.text().splitlines()
    assert hint[0] == "Already in the term bases:"
    assert len(hint) == 2 and hint[1].startswith("国际传播中心") and hint[1].endswith("(Starter)")
    dialog.termbaseCombo.setCurrentIndex(dialog.termbaseCombo.count() - 1)  # New term base…
    assert dialog.newTermbaseEdit.isVisibleTo(dialog)
    dialog.newTermbaseEdit.setText("Project terms")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.target_termbase() == "Project terms"
    termbase_id, concept_id = store_new_concept(
        context.workspace, context.author, dialog.target_termbase(), dialog.concept()
    )
    with context.workspace.session() as session:
        stored = get_concept(session, concept_id)
        names = [tb.name for tb in list_termbases(session)]
    assert names == ["Starter", "Project terms"]
    assert stored.termbase_id == termbase_id
    assert [t.text for t in stored.terms] == ["国际传播中心", "International Communication Center"]


def test_termbase_create_rename_reorder_delete(
    qtbot: QtBot, manager: TermbaseManager, context: AppContext
) -> None:
    manager.ask_text = lambda title, label, text="": "City terms"  # type: ignore[method-assign]
    city = manager.new_termbase()
    assert city is not None
    wait_loaded(qtbot, manager)
    assert manager.selected_termbase_ids() == [city]
    assert manager.model.rowCount() == 0
    manager.actions_by_name["moveUp"].trigger()
    with context.workspace.session() as session:
        assert [tb.name for tb in list_termbases(session)] == ["City terms", "Starter"]
    assert manager.termbaseList.topLevelItem(1).text(0) == "City terms"
    assert not manager.actions_by_name["moveUp"].isEnabled()
    manager.ask_text = lambda title, label, text="": "Chongqing terms"  # type: ignore[method-assign]
    manager.actions_by_name["renameTermbase"].trigger()
    assert manager.termbaseList.topLevelItem(1).text(0) == "Chongqing terms"
    # Duplicate names are refused with one message.
    manager.ask_text = lambda title, label, text="": "starter"  # type: ignore[method-assign]
    manager.actions_by_name["renameTermbase"].trigger()
    assert manager.errors == ["A term base named 'Starter' exists already"]  # type: ignore[attr-defined]
    manager.errors.clear()  # type: ignore[attr-defined]
    asked: list[str] = []
    manager.confirm = lambda title, text: asked.append(text) or True  # type: ignore[method-assign]
    manager.actions_by_name["deleteTermbase"].trigger()
    wait_loaded(qtbot, manager)
    assert "Chongqing terms" in asked[0]
    with context.workspace.session() as session:
        assert [tb.name for tb in list_termbases(session)] == ["Starter"]
    assert manager.model.rowCount() == STARTER_CONCEPTS


# --------------------------------------------------------------------------- files


GLOSSARY = (
    "中文术语,英文译名,禁用译法,领域,备注\n"
    "一带一路倡议,Belt and Road Initiative | BRI,One Belt One Road,政策,官方译法\n"
    "泉城,City of Springs,,城市品牌,济南\n"
    "山城,Mountain City,,城市品牌,重庆\n"
)


def test_import_wizard_maps_a_chinese_csv(
    qtbot: QtBot, manager: TermbaseManager, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "城市术语.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    wizard = manager.import_dialog(path)
    assert isinstance(wizard, TermbaseImportWizard)
    qtbot.waitUntil(lambda: wizard.inspection is not None, timeout=10_000)
    assert wizard.formatLabel.text() == "CSV table (5 column(s), utf-8)"
    with qtbot.waitSignal(wizard.previewed, timeout=10_000):
        wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    roles = [wizard.role_combo(c).currentData() for c in range(5)]
    assert roles == ["zh", "en", "en_deprecated", "subject", "note"]
    preview = wizard.previewTable
    assert preview.rowCount() == 3
    assert preview.item(0, 0).text() == "一带一路倡议"
    assert preview.item(0, 1).text() == "Belt and Road Initiative | BRI | ⊘ One Belt One Road"
    assert preview.item(1, 4).text() == "济南"
    # Remapping a column updates the preview: the note column is not imported any more.
    with qtbot.waitSignal(wizard.previewed, timeout=10_000):
        wizard.role_combo(4).setCurrentIndex(wizard.role_combo(4).findData(""))
    assert preview.item(1, 4).text() == ""
    # Taking a role from another column frees that column.
    with qtbot.waitSignal(wizard.previewed, timeout=10_000):
        wizard.role_combo(4).setCurrentIndex(wizard.role_combo(4).findData("subject"))
    assert wizard.role_combo(3).currentData() == ""
    assert preview.item(1, 2).text() == "济南"
    with qtbot.waitSignal(wizard.previewed, timeout=10_000):
        wizard.role_combo(4).setCurrentIndex(wizard.role_combo(4).findData("note"))
    with qtbot.waitSignal(wizard.previewed, timeout=10_000):
        wizard.role_combo(3).setCurrentIndex(wizard.role_combo(3).findData("subject"))
    wizard.next()
    assert wizard.currentId() == PAGE_TARGET
    assert wizard.newRadio.isChecked() and wizard.newNameEdit.text() == "城市术语"
    assert not wizard.mergeRadio.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=15_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY)
    assert "3 concept(s) added" in wizard.summaryLabel.text()
    assert wizard.notesEdit.toPlainText()
    wait_loaded(qtbot, manager)
    assert manager.termbaseList.selectedItems()[0].text(0) == "城市术语"
    assert sorted(texts(manager, COLUMN_ZH)) == ["一带一路倡议", "山城", "泉城"]
    with context.workspace.session() as session:
        (springs,) = concept_ids(session, "泉城", termbase_ids=manager.selected_termbase_ids())
        concept = get_concept(session, springs)
    assert (concept.subject, concept.note) == ("城市品牌", "济南")
    wizard.accept()


def test_import_wizard_reads_an_xlsx_sheet_and_refuses_bad_files(
    qtbot: QtBot, manager: TermbaseManager, tmp_path: Path
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["这张表说明术语表的用法"])
    terms = book.create_sheet("术语")
    terms.append(["英文", "中文", "状态"])
    terms.append(["Golden Hub", "金色枢纽", "首选"])
    terms.append(["Gold Hub", "金色枢纽", "禁用"])
    path = tmp_path / "brands.xlsx"
    book.save(path)
    wizard = TermbaseImportWizard(None, manager.context, path)
    wizard.report_error = manager.report_error  # type: ignore[method-assign]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.inspection is not None, timeout=10_000)
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    assert wizard.sheetCombo.isVisibleTo(wizard) and not wizard.delimiterCombo.isVisibleTo(wizard)
    # The first sheet holds notes, not terms: the wizard opens the sheet of terms.
    assert wizard.sheetCombo.currentText() == "术语"
    qtbot.waitUntil(lambda: wizard.previewTable.rowCount() == 2, timeout=10_000)
    assert [wizard.role_combo(c).currentData() for c in range(3)] == ["en", "zh", "status"]
    assert wizard.previewTable.rowCount() == 2
    assert wizard.previewTable.item(1, 1).text() == "⊘ Gold Hub"
    # Choosing the notes sheet reads it again (its one column guessed from the content);
    # with that column left out, nothing holds terms and the wizard says so.
    with qtbot.waitSignal(wizard.previewed, timeout=10_000):
        wizard.sheetCombo.setCurrentIndex(0)
        wizard.sheetCombo.activated.emit(0)
    assert wizard.mappingTable.rowCount() == 1
    assert wizard.previewTable.item(0, 0).text() == "这张表说明术语表的用法"
    with qtbot.waitSignal(wizard.previewed, timeout=10_000):
        wizard.role_combo(0).setCurrentIndex(0)  # not imported
    assert wizard.previewTable.rowCount() == 0
    assert wizard.mappingMessage.text() == "Choose at least one column of terms."
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING  # refused: no term column
    wizard.close()

    legacy = tmp_path / "old.xls"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    bad = TermbaseImportWizard(None, manager.context)
    qtbot.addWidget(bad)
    bad.show()
    bad.pathEdit.setText(str(legacy))
    with qtbot.waitSignal(bad.inspected, timeout=10_000):
        bad.next()  # reads the file first
    assert bad.currentId() == 0
    assert "legacy Excel 97–2003 .xls file" in bad.formatLabel.text()
    # A good file typed in and Next pressed at once: the wizard moves on once it is read.
    bad.pathEdit.setText(str(path))
    with qtbot.waitSignal(bad.inspected, timeout=10_000):
        bad.next()
    qtbot.waitUntil(lambda: bad.currentId() == PAGE_MAPPING)
    bad.close()


def test_import_wizard_merges_a_tbx(
    qtbot: QtBot, manager: TermbaseManager, context: AppContext
) -> None:
    with context.workspace.session() as session:
        starter = list_termbases(session)[0].id
    manager.select_termbases([starter])
    wizard = manager.import_dialog(resource_path("termbase/starter.tbx"))
    assert isinstance(wizard, TermbaseImportWizard)
    qtbot.waitUntil(lambda: wizard.inspection is not None, timeout=10_000)
    assert wizard.formatLabel.text() == "TBX v3 file"  # the starter is TBX v3
    wizard.next()
    assert wizard.currentId() == PAGE_TARGET  # no column step for TBX
    assert wizard.existingRadio.isChecked()
    wizard.mergeRadio.setChecked(True)
    with qtbot.waitSignal(wizard.imported, timeout=15_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY)
    assert "200 concept(s) unchanged" in wizard.summaryLabel.text()
    wizard.accept()
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == STARTER_CONCEPTS


@pytest.mark.parametrize("fmt", ["tbx", "tbx-v3", "xlsx", "csv"])
def test_export_writes_a_readable_file(
    qtbot: QtBot, manager: TermbaseManager, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"export.{'tbx' if fmt.startswith('tbx') else fmt}"
    titles: list[str] = []
    manager.ask_export_target = lambda title: titles.append(title) or (target, fmt)  # type: ignore[method-assign]
    with qtbot.waitSignal(manager.exported, timeout=15_000):
        manager.actions_by_name["export"].trigger()
    assert titles == ["Export all term bases"]
    loaded = load_termbase_file(target)
    assert len(loaded.concepts) == STARTER_CONCEPTS
    assert loaded.format == fmt
    texts_read = {t.text for c in loaded.concepts for t in c.terms}
    assert {"中国式现代化", "Chinese modernization", "Chinese-style modernization"} <= texts_read
    assert "Exported 200 concept(s)" in manager.statusBar().currentMessage()


# --------------------------------------------------------------------------- conflicts


def test_conflicts_dialog_lists_a_conflict_and_jumps_to_it(
    qtbot: QtBot, manager: TermbaseManager, context: AppContext
) -> None:
    from workbench.gui.termbase.conflicts_dialog import ConflictsDialog

    with context.workspace.session() as session:
        city = create_termbase(session, "City", author="tester").id
        assert city is not None
        # Forbidden in the starter term base, preferred here.
        (conflicting,) = add_concepts(
            session,
            city,
            [ConceptData([TermData("中国式现代化", "zh-Hans"),
                          TermData("Chinese-style modernization", "en")])],
            author="tester",
        )  # fmt: skip
    manager.refresh()
    search(qtbot, manager, "丝绸")  # the conflicting concept is filtered out
    dialog = manager.find_conflicts()
    assert isinstance(dialog, ConflictsDialog)
    qtbot.waitUntil(lambda: bool(dialog.conflicts), timeout=15_000)
    tree = dialog.conflictTree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert any(
        top.text(0) == "Chinese-style modernization — Forbidden in one place, allowed in another"
        for top in tops
    )
    zh = next(t for t in tops if t.text(0).startswith("中国式现代化 — Same Chinese term"))
    lines = {(zh.child(i).text(2), zh.child(i).text(3)) for i in range(zh.childCount())}
    assert lines == {("Starter", "Chinese modernization"), ("City", "Chinese-style modernization")}
    child = next(zh.child(i) for i in range(zh.childCount()) if zh.child(i).text(2) == "City")
    tree.itemActivated.emit(child, 0)
    wait_loaded(qtbot, manager)
    assert manager.searchEdit.text() == ""
    assert manager.current_concept_id() == conflicting
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData("en-shared"))
    assert dialog.summaryLabel.text().endswith("conflicts shown")
    dialog.close()


# --------------------------------------------------------------------------- the model


def test_concept_model_passes_the_model_tester(qtbot: QtBot, context: AppContext) -> None:
    model = ConceptModel(context.workspace)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.reload()
    assert model.rowCount() == STARTER_CONCEPTS
    for row in (0, 57, 199):
        for column in range(model.columnCount()):
            model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.sort(COLUMN_ZH, Qt.SortOrder.DescendingOrder)
    assert model.query.order == "-zh"
    model.refresh_ids(model.ids()[:3])
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.set_query(ConceptQuery(text="节", lang="zh"))
    assert 0 < model.rowCount() < STARTER_CONCEPTS
    model.wait()
    del tester


def test_a_large_termbase_stays_lazy(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path / "large.db", starter=False)
    count = 20_000
    concepts = [
        ConceptData(
            [TermData(f"术语{i:05d}", "zh-Hans"), TermData(f"term {i:05d}", "en")]
            + ([TermData(f"bad term {i:05d}", "en", TermStatus.DEPRECATED)] if i % 100 == 0
               else []),
            subject=("policy", "city", "culture")[i % 3],
        )
        for i in range(count)
    ]  # fmt: skip
    with context.workspace.session() as session:
        termbase = create_termbase(session, "Generated", author="tester").id
        assert termbase is not None
        add_concepts(session, termbase, concepts, author="tester")
    try:
        manager = TermbaseManager(None, context)
        manager.report_error = lambda message, details="": pytest.fail(message)  # type: ignore[method-assign]
        qtbot.addWidget(manager)
        pages: list[int] = []
        manager.model.on_row_fetch = pages.append
        started = time.perf_counter()
        manager.show()
        wait_loaded(qtbot, manager)
        opened = time.perf_counter() - started
        qtbot.wait(50)
        assert manager.model.rowCount() == count
        assert len(set(pages)) <= 2  # only what is on screen was fetched
        manager.conceptTable.scrollToBottom()
        qtbot.wait(50)
        assert len(set(pages)) <= 4
        assert manager.conceptTable.indexAt(QPoint(5, 5)).row() > count - 100
        search(qtbot, manager, "术语1999")
        assert texts(manager, COLUMN_ZH) == [f"术语1999{i}" for i in range(10)]
        search(qtbot, manager, "")
        manager.statusCombo.setCurrentIndex(manager.statusCombo.findData("deprecated"))
        wait_loaded(qtbot, manager)
        assert manager.model.rowCount() == count // 100
        manager.conceptTable.horizontalHeader().setSortIndicator(
            COLUMN_ZH, Qt.SortOrder.DescendingOrder
        )
        wait_loaded(qtbot, manager)
        assert texts(manager, COLUMN_ZH)[0] == "术语19900"
        print(f"opened {count} concepts in {opened:.2f} s; pages fetched {sorted(set(pages))}")
        manager.close()
    finally:
        close_context(context)


def test_outside_changes_show_when_the_window_is_activated(
    qtbot: QtBot, manager: TermbaseManager, context: AppContext
) -> None:
    assert not manager.refresh_if_changed()
    with context.workspace.session() as session:
        starter = list_termbases(session)[0].id
        assert starter is not None
        add_concepts(session, starter, [ConceptData([TermData("新词", "zh-Hans")])],
                     author="editor")  # fmt: skip
    assert manager.refresh_if_changed()
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == STARTER_CONCEPTS + 1
    assert manager.termbaseList.topLevelItem(1).text(2) == "201"


def test_delete_and_undo_from_the_keyboard(qtbot: QtBot, manager: TermbaseManager) -> None:
    manager.activateWindow()
    qtbot.waitActive(manager)
    manager.conceptTable.setFocus()
    manager.select_row(3)
    gone = manager.current_concept_id()
    QTest.keyClick(manager.conceptTable, Qt.Key.Key_Delete)
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == STARTER_CONCEPTS - 1
    assert manager.model.row_of(gone) is None  # type: ignore[arg-type]
    # The cursor stays in place: the next concept moved up into row 3.
    assert manager.conceptTable.currentIndex().row() == 3
    # Delete in the search box edits the text, not the term base.
    manager.searchEdit.setFocus()
    QTest.keyClick(manager.searchEdit, Qt.Key.Key_Delete)
    assert manager.undo_stack.count() == 1
    QTest.keyClick(manager.conceptTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_loaded(qtbot, manager)
    assert manager.model.rowCount() == STARTER_CONCEPTS
