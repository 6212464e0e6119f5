"""Publishing in the desktop app: the issue assembly window (drag and drop through the
model's API, keyboard moves, sections, article options, publication and issue dialogs),
the publish dialog running a real export in the background, and review documents."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from workbench.errors import Cancelled
from workbench.gui.app import create_app, open_context
from workbench.gui.main_window import MainWindow
from workbench.gui.publishing import publish_dialog
from workbench.gui.publishing.assembly_window import IssueAssemblyWindow
from workbench.gui.publishing.dialogs import AddArticlesDialog, IssueDialog, SectionDialog
from workbench.gui.publishing.publication_dialog import PublicationDialog
from workbench.publishing import assembly
from workbench.publishing.outline import IssueOutline

pytestmark = pytest.mark.gui

# The sample: document 1 in section 0 (节气), document 2 in section 1 (城市故事), 3 unplaced.


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    create_app()
    context = open_context(str(tmp_path / "publishing.db"), sample=False, language="en")
    win = MainWindow(context)
    win.errors = []  # type: ignore[attr-defined]
    win.report_error = lambda message, details="": win.errors.append(message)  # type: ignore[attr-defined,method-assign]
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_document()
    context.workspace.close()


@pytest.fixture
def asm(window: MainWindow, qtbot: QtBot) -> IssueAssemblyWindow:
    found = window.publishing.open_assembly()
    qtbot.addWidget(found)
    return found


def outline(window: MainWindow, issue_id: int) -> IssueOutline:
    with window.context.workspace.session() as session:
        return assembly.issue_outline(session, issue_id)


def shape(window: MainWindow, issue_id: int) -> list[list[int]]:
    return [[a.id for a in s.articles] for s in outline(window, issue_id).sections]


def accepting(fill: Callable[[Any], None]) -> Callable[[QDialog], bool]:
    """A ``run_dialog`` replacement: fill the dialog in, press OK."""

    def run(dialog: QDialog) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_assembly_opens_on_the_open_documents_issue(window: MainWindow, qtbot: QtBot) -> None:
    window.open_document(2)
    found = window.publishing.open_assembly()
    qtbot.addWidget(found)
    assert found.issue_id() is not None and found.outline is not None
    assert found.model.rowCount() == 2
    assert found.model.index(0, 0).data() == "节气 · Solar Terms"
    assert found.model.rowCount(found.model.index(1, 0)) == 1
    assert "2 section(s), 2 article(s)" in found.summaryLabel.text()
    menu_texts = [a.text() for a in window.publishing.menu.actions() if a.text()]
    assert "&Export review document…" in menu_texts


def test_navigator_issue_double_click_opens_assembly(window: MainWindow, qtbot: QtBot) -> None:
    tree = window.publicationTree
    issue_index = tree.model().index(0, 0, tree.model().index(0, 0))
    tree.doubleClicked.emit(issue_index)
    found = window.publishing.assembly
    assert found is not None and found.isVisible()
    qtbot.addWidget(found)
    assert found.outline is not None and found.outline.issue.label == "2026-01"


def test_drop_reorders_sections_and_moves_articles(asm: IssueAssemblyWindow) -> None:
    window, model = asm.parentWidget(), asm.model
    assert isinstance(window, MainWindow)
    issue = asm.issue_id()
    assert issue is not None
    assembly.place_document(window.context.workspace, 3, asm.outline.sections[0].id)
    asm.reload()
    assert shape(window, issue) == [[1, 3], [2]]
    move = Qt.DropAction.MoveAction
    # An article onto the other section goes to its end; the tree follows the core.
    first = model.index(0, 0, model.index(0, 0))
    data = model.mimeData([first])
    assert model.canDropMimeData(data, move, -1, 0, model.index(1, 0))
    assert model.dropMimeData(data, move, -1, 0, model.index(1, 0))
    assert shape(window, issue) == [[3], [2, 1]]
    assert model.index(1, 0, model.index(1, 0)).data() == model.entry(model.article_index(1)).title  # type: ignore[union-attr]
    # Between articles of one section: before row 0 of section 1.
    moved = model.article_index(1)
    assert model.dropMimeData(model.mimeData([moved]), move, 0, 0, model.index(1, 0))
    assert shape(window, issue) == [[3], [1, 2]]
    # Within a section, downwards: the row counts before the dragged article leaves.
    assert model.dropMimeData(
        model.mimeData([model.article_index(1)]), move, 2, 0, model.index(1, 0)
    )
    assert shape(window, issue) == [[3], [2, 1]]
    # A section dropped above the first one.
    second = model.index(1, 0)
    assert model.dropMimeData(model.mimeData([second]), move, 0, 0, QModelIndex())
    assert [s.title_en for s in outline(window, issue).sections] == ["City Stories", "Solar Terms"]
    assert shape(window, issue) == [[2, 1], [3]]
    # Drops that mean nothing are refused.
    article = model.mimeData([model.article_index(3)])
    assert not model.canDropMimeData(article, move, 0, 0, QModelIndex())  # above section 1
    section = model.mimeData([model.index(0, 0)])
    assert not model.canDropMimeData(section, move, 0, 0, model.article_index(3))
    # The moved article stays selected.
    assert asm.selected()[0] and not asm.selected()[1]


def test_keyboard_moves_cross_sections_and_delete_removes(asm: IssueAssemblyWindow) -> None:
    window = asm.parentWidget()
    assert isinstance(window, MainWindow)
    issue = asm.issue_id()
    assert issue is not None
    asm.select("articles", [1])
    asm.actions["move_down"].trigger()  # the last of its section: into the next one
    assert shape(window, issue) == [[], [1, 2]]
    asm.actions["move_down"].trigger()
    assert shape(window, issue) == [[], [2, 1]]
    asm.actions["move_up"].trigger()
    asm.actions["move_up"].trigger()  # first of its section: to the end of the one above
    assert shape(window, issue) == [[1], [2]]
    asm.select("sections", [asm.outline.sections[1].id])
    asm.actions["move_up"].trigger()
    assert shape(window, issue) == [[2], [1]]
    asm.select("articles", [2])
    assert asm.actions["remove_articles"].shortcut().toString() == "Del"
    asm.actions["remove_articles"].trigger()
    assert shape(window, issue) == [[], [1]]
    with window.context.workspace.session() as session:
        assert 2 in {a.id for a in assembly.unplaced_documents(session)}
    assert window.errors == []  # type: ignore[attr-defined]


def test_sections_and_articles_through_dialogs(asm: IssueAssemblyWindow) -> None:
    window = asm.parentWidget()
    assert isinstance(window, MainWindow)
    issue = asm.issue_id()
    assert issue is not None

    def titles(zh: str, en: str) -> Callable[[SectionDialog], None]:
        def fill(dialog: SectionDialog) -> None:
            dialog.titleZhEdit.setText(zh)
            dialog.titleEnEdit.setText(en)

        return fill

    asm.select("sections", [asm.outline.sections[0].id])
    asm.run_dialog = accepting(titles("人物", "People"))  # type: ignore[method-assign]
    asm.actions["add_section"].trigger()
    names = [s.title_en for s in outline(window, issue).sections]
    assert names == ["Solar Terms", "People", "City Stories"]  # after the selected one
    assert asm.selected()[0][0].title_en == "People"
    asm.run_dialog = accepting(titles("人物", "Faces"))  # type: ignore[method-assign]
    asm.actions["rename_section"].trigger()
    assert outline(window, issue).sections[1].title == "人物 · Faces"

    def choose(dialog: AddArticlesDialog) -> None:
        assert [dialog.articleList.topLevelItem(0).text(0)] == ["3"]
        dialog.select_ids([3])

    asm.run_dialog = accepting(choose)  # type: ignore[method-assign]
    asm.actions["add_articles"].trigger()
    assert shape(window, issue) == [[1], [3], [2]]
    # An empty title is refused by the core; the dialog stays open and says so once.
    asm.run_dialog = accepting(titles("", ""))  # type: ignore[method-assign]
    asm.select("sections", [outline(window, issue).sections[1].id])
    asm.actions["rename_section"].trigger()
    assert window.errors == ["A section needs a Chinese or an English title"]  # type: ignore[attr-defined]
    window.errors.clear()  # type: ignore[attr-defined]
    asm.confirm = lambda title, text: True  # type: ignore[method-assign]
    asm.select("sections", [outline(window, issue).sections[1].id])
    asm.actions["delete_section"].trigger()
    assert shape(window, issue) == [[1], [2]]
    with window.context.workspace.session() as session:
        assert 3 in {a.id for a in assembly.unplaced_documents(session)}


def test_article_options_are_saved(asm: IssueAssemblyWindow) -> None:
    window = asm.parentWidget()
    assert isinstance(window, MainWindow)
    issue = asm.issue_id()
    assert issue is not None
    asm.select("articles", [2])
    assert asm.articleGroup.isEnabled() and not asm.startRightCheck.isChecked()
    asm.startRightCheck.click()
    asm.layoutCombo.setCurrentIndex(asm.layoutCombo.findData("side-by-side"))
    asm.layoutCombo.activated.emit(asm.layoutCombo.currentIndex())
    article = outline(window, issue).sections[1].articles[0]
    assert (article.start_right, article.layout) == (True, "side-by-side")
    index = asm.model.article_index(2)
    assert index.siblingAtColumn(4).data() == "Side by side"
    assert index.siblingAtColumn(3).data() == "Yes"
    asm.select("sections", [asm.outline.sections[0].id])
    assert not asm.articleGroup.isEnabled()
    asm.select("articles", [2])
    assert asm.startRightCheck.isChecked()
    assert asm.layoutCombo.currentData() == "side-by-side"


def test_publication_and_issue_dialogs(asm: IssueAssemblyWindow, tmp_path: Path) -> None:
    window = asm.parentWidget()
    assert isinstance(window, MainWindow)
    template = tmp_path / "house.docx"
    template.write_bytes(b"")

    def fill_publication(dialog: PublicationDialog) -> None:
        assert dialog.windowTitle() == "New publication"
        dialog.nameZhEdit.setText("山城周刊")
        dialog.nameEnEdit.setText("Mountain City Weekly")
        dialog.trimCombo.setCurrentIndex(dialog.trimCombo.findData("custom"))
        assert dialog.widthSpin.isEnabled()
        dialog.widthSpin.setValue(200)
        dialog.heightSpin.setValue(270)
        dialog.set_template_path(str(template))
        dialog.spin("gutter").setValue(8)
        dialog.mirrorCheck.setChecked(False)
        assert dialog.insideLabel.text() == "&Left:"
        dialog.font_combo("zh_serif").setCurrentText("思源宋体")

    asm.run_dialog = accepting(fill_publication)  # type: ignore[method-assign]
    asm.actions["new_publication"].trigger()
    publication = asm.publication_id()
    assert asm.publicationCombo.currentText() == "山城周刊 / Mountain City Weekly"
    with window.context.workspace.session() as session:
        info = assembly.get_publication(session, publication or 0)
    assert (info.page.trim, info.page.width_mm, info.page.height_mm) == ("custom", 200, 270)
    assert (info.page.gutter, info.page.mirror, info.template) == (8, False, str(template))
    assert info.fonts.zh_serif == "思源宋体"
    assert asm.outline is None and "no issues yet" in asm.summaryLabel.text()

    def fill_issue(label: str) -> Callable[[IssueDialog], None]:
        def fill(dialog: IssueDialog) -> None:
            dialog.labelEdit.setText(label)
            dialog.titleZhEdit.setText("创刊号")
            dialog.startPageSpin.setValue(5)

        return fill

    asm.run_dialog = accepting(fill_issue("2025-01"))  # type: ignore[method-assign]
    asm.actions["new_issue"].trigger()
    assert asm.outline is not None and asm.outline.issue.start_page == 5
    assert asm.issueCombo.currentText() == "2025-01 · 创刊号"
    # A duplicate label: one error, the dialog stays open (not accepted).
    asm.actions["new_issue"].trigger()
    assert window.errors == [  # type: ignore[attr-defined]
        "山城周刊 / Mountain City Weekly already has an issue labelled '2025-01'"
    ]
    # Properties of the existing publication open with its values.
    seen: list[str] = []
    asm.run_dialog = lambda dialog: seen.append(dialog.trimCombo.currentData()) or False  # type: ignore[method-assign]
    asm.actions["publication_properties"].trigger()
    assert seen == ["custom"]


def _publish(window: MainWindow, qtbot: QtBot, target: Path) -> publish_dialog.PublishDialog:
    window.open_document(1)
    issue = window.publishing._current_issue()
    assert issue is not None
    dialog = window.publishing.make_publish_dialog(issue)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.outputEdit.setText(str(target))
    dialog.pdfCheck.setChecked(False)
    return dialog


def test_publish_dialog_exports_in_the_background(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(publish_dialog, "open_path", opened.append)
    dialog = _publish(window, qtbot, tmp_path / "issue")  # ".docx" is added
    assert dialog.layoutCombo.count() == 5 and dialog.scriptCombo.count() == 3
    dialog.scriptCombo.setCurrentIndex(dialog.scriptCombo.findData("tw"))
    assert dialog.cornerQuotesCheck.isChecked()  # follows the edition until touched
    dialog.layoutCombo.setCurrentIndex(2)
    options = dialog.options()
    assert (options.layout, options.script, options.corner_quotes) == ("side-by-side", "tw", True)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=60_000)
    assert window.errors == []  # type: ignore[attr-defined]
    output = tmp_path / "issue.docx"
    assert zipfile.is_zipfile(output)
    with zipfile.ZipFile(output) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "穀雨" in body  # the Taiwan edition, traditional script
    box = dialog.result_box
    assert box is not None and "2 article(s)" in box.text()
    open_docx = next(b for b in box.buttons() if b.text() == "Open &DOCX")
    open_docx.click()
    assert opened == [output]
    assert dialog.result() == QDialog.DialogCode.Accepted
    box.close()


def test_publish_errors_and_cancel_keep_the_dialog_open(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "locked.docx"
    target.write_bytes(b"old")
    (tmp_path / "~$locked.docx").write_bytes(b"owner")  # Word has it open
    dialog = _publish(window, qtbot, target)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    errors = window.errors  # type: ignore[attr-defined]
    assert len(errors) == 1 and "open in Word" in errors[0]
    assert dialog.isVisible() and dialog.buttonBox.isEnabled()
    assert target.read_bytes() == b"old"
    errors.clear()

    def slow(*_args: Any, cancelled: Callable[[], bool], **_kw: Any) -> None:
        while not cancelled():
            time.sleep(0.01)
        raise Cancelled()

    import workbench.publishing.jobs as jobs

    monkeypatch.setattr(jobs, "publish_issue", slow)
    dialog.outputEdit.setText(str(tmp_path / "other.docx"))
    dialog.start()
    assert dialog.running and not dialog.buttonBox.isEnabled()
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None
    progress.canceled.emit()  # what its Cancel button does
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert errors == [] and dialog.isVisible() and dialog.result_box is None


def test_pdf_proof_needs_libreoffice(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(publish_dialog, "pdf_available", lambda: False)
    dialog = _publish(window, qtbot, tmp_path / "a.docx")
    assert not dialog.pdfCheck.isEnabled() and "LibreOffice" in dialog.pdfCheck.toolTip()
    assert dialog.pdf() is None
    monkeypatch.setattr(publish_dialog, "pdf_available", lambda: True)
    dialog = _publish(window, qtbot, tmp_path / "a.docx")
    dialog.pdfCheck.setChecked(True)
    assert dialog.pdf() == tmp_path / "a.pdf"


def _edit_review_target(path: Path, old: str, new: str) -> None:
    import docx

    document = docx.Document(str(path))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.text == old:
                    cell.paragraphs[0].runs[0].text = new
                    for extra in cell.paragraphs[0].runs[1:]:
                        extra.text = ""
                    document.save(str(path))
                    return
    raise AssertionError(f"{old!r} not in the review table")


def test_review_export_and_import(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from workbench.gui.publishing.review_dialogs import ReviewImportResultDialog

    window.open_document(1)
    view = window.view
    assert view is not None
    before = view.model.row_data(0)
    assert before is not None and before.target
    controller = window.publishing
    controller.update_actions()
    assert controller.actions["export_review"].isEnabled()
    target = tmp_path / "review.docx"

    def fill(dialog: Any) -> None:
        assert "translated (" in " ".join(c.text().lower() for c in dialog.checks.values())
        dialog.outputEdit.setText(str(target))

    controller.run_dialog = accepting(fill)  # type: ignore[method-assign]
    controller.export_review()
    qtbot.waitUntil(lambda: isinstance(controller.last_dialog, QMessageBox), timeout=30_000)
    assert target.exists() and window.errors == []  # type: ignore[attr-defined]
    controller.last_dialog.close()
    _edit_review_target(target, before.target, "A reviewer's better sentence.")
    controller.read_review(target)
    qtbot.waitUntil(
        lambda: isinstance(controller.last_dialog, ReviewImportResultDialog), timeout=30_000
    )
    assert window.errors == []  # type: ignore[attr-defined]
    result = controller.last_dialog
    assert result.updatedTree.topLevelItemCount() == 1
    assert result.updatedTree.topLevelItem(0).text(1) == "A reviewer's better sentence."
    assert result.resultTabs.tabText(0) == "Updated (1)"
    assert "accepted" in result.policyLabel.text()
    row = view.model.row_data(0)  # the editor shows the new target
    assert row is not None and row.target == "A reviewer's better sentence."
    result.close()
