"""The desktop window: opens on a workspace in every UI language, lists and filters
documents, imports in the background; translations are complete and compiled; every form
loads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from workbench.gui.app import create_app, open_context
from workbench.gui.forms import load_form
from workbench.gui.i18n import UI_LANGUAGES, build_translations, install_translators
from workbench.gui.main_window import MainWindow
from workbench.resources import resources_root, ui_root

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    create_app()
    context = open_context(str(tmp_path / "gui.db"), sample=False, language="en")
    win = MainWindow(context)
    errors: list[str] = []
    win.report_error = lambda message, details="": errors.append(message)  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_document()
    context.workspace.close()
    assert errors == []


def test_first_launch_shows_the_sample_documents(window: MainWindow) -> None:
    nav = window.navigator
    assert nav.model.rowCount() == 3
    assert nav.summary_label.text() == "3 of 3 documents"
    titles = {nav.model.summary_at(r).title_zh for r in range(3)}
    assert "谷雨：一杯新茶里的春天" in titles
    assert nav.tree_model.rowCount() == 1
    assert "城与世界" in nav.tree_model.item(0).text()


def test_filters(window: MainWindow) -> None:
    nav = window.navigator
    nav.filter_edit.setText("night")
    assert nav.proxy.rowCount() == 1
    nav.filter_edit.clear()
    nav.language_combo.setCurrentIndex(nav.language_combo.findData("en"))
    assert nav.proxy.rowCount() == 1
    nav.language_combo.setCurrentIndex(0)
    nav.status_combo.setCurrentIndex(nav.status_combo.findData("translated"))
    assert nav.proxy.rowCount() == 1
    assert nav.summary_label.text() == "1 of 3 documents"


def test_double_click_opens_a_document(window: MainWindow) -> None:
    nav = window.navigator
    nav.table.doubleClicked.emit(nav.proxy.index(0, 1))
    assert window.view is not None and window.view.model.rowCount() == 8
    assert window.centralStack.currentWidget() is window.editorPage


def test_import_runs_in_background_and_opens(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "note.txt"
    source.write_text("今天天气很好。我们去公园散步。\n公园里有很多人。\n", "utf-8")
    window.import_path(source)
    qtbot.waitUntil(lambda: window.navigator.model.rowCount() == 4, timeout=15_000)
    assert window.view is not None and window.view.model.rowCount() == 3


@pytest.mark.parametrize("language", [lang for lang in UI_LANGUAGES if lang != "en"])
def test_window_in_every_language(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    app = create_app()
    translators = install_translators(app, language)
    try:
        assert translators, f"no translation loaded for {language}"
        context = open_context(str(tmp_path / "lang.db"), sample=False, language=language)
        win = MainWindow(context)
        qtbot.addWidget(win)
        win.show()
        assert "工作台" in win.windowTitle() or "工作臺" in win.windowTitle()
        model = win.navigator.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
        assert "English title" not in headers
        assert "英文標題" in headers or "英文标题" in headers
        file_menu = win.findChild(QMenu, "menuFile")
        assert file_menu is not None and file_menu.title() != "&File"
        assert win.actions_by_name["confirm"].text().startswith(("确认", "確認"))
        win.open_document(1)
        assert win.view is not None
        assert "原文" in win.view.model.headerData(1, Qt.Orientation.Horizontal)
        win.close_document()
        context.workspace.close()
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)


def test_every_translation_is_finished() -> None:
    for ts in sorted((resources_root() / "translations").glob("*.ts")):
        tree = etree.parse(str(ts), etree.XMLParser(resolve_entities=False, no_network=True))
        unfinished = []
        for message in tree.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()).strip()
            if translation.get("type") == "unfinished" or not text:
                unfinished.append(message.findtext("source"))
        assert unfinished == [], f"{ts.name}: untranslated {unfinished}"


def test_compiled_translations_are_current(tmp_path: Path) -> None:
    for qm in build_translations(tmp_path):
        committed = resources_root() / "translations" / qm.name
        assert committed.read_bytes() == qm.read_bytes(), (
            f"{committed.name} is stale: run python -m workbench.gui.i18n"
        )


def test_every_form_loads() -> None:
    create_app()
    forms = sorted(ui_root().glob("*.ui"))
    assert len(forms) >= 7
    for form in forms:
        widget = load_form(form.name)
        assert widget.objectName()
        widget.deleteLater()


@pytest.mark.parametrize("language", list(UI_LANGUAGES))
def test_every_dialog_in_every_language(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    from workbench.gui.alignment.review import AlignmentReviewWindow
    from workbench.gui.dialogs.find_replace import FindReplaceDialog
    from workbench.gui.dialogs.goto import GotoDialog
    from workbench.gui.dialogs.history import SegmentHistoryDialog
    from workbench.gui.dialogs.preferences import PreferencesDialog
    from workbench.gui.dialogs.shortcuts import ShortcutsDialog
    from workbench.gui.dialogs.welcome import WelcomeDialog
    from workbench.gui.planner.dialogs import CampaignDialog, SeriesDialog, SolarSeriesDialog
    from workbench.gui.planner.import_dialog import ImportDialog
    from workbench.gui.planner.item_dialog import ItemChoices, ItemDialog
    from workbench.gui.planner.team_dialogs import ChannelsDialog, ObservancesDialog, PeopleDialog
    from workbench.gui.planner.window import PlannerWindow
    from workbench.gui.publishing.assembly_window import IssueAssemblyWindow
    from workbench.gui.publishing.dialogs import AddArticlesDialog, IssueDialog, SectionDialog
    from workbench.gui.publishing.publication_dialog import PublicationDialog
    from workbench.gui.publishing.publish_dialog import PublishDialog
    from workbench.gui.publishing.review_dialogs import (
        ReviewExportDialog,
        ReviewImportResultDialog,
    )
    from workbench.gui.termbase.candidates_dialog import TermCandidatesDialog
    from workbench.gui.termbase.concept_dialog import ConceptDialog
    from workbench.gui.termbase.conflicts_dialog import ConflictsDialog
    from workbench.gui.termbase.import_wizard import TermbaseImportWizard
    from workbench.gui.termbase.manager import TermbaseManager

    app = create_app()
    translators = install_translators(app, language)
    try:
        context = open_context(str(tmp_path / "dialogs.db"), sample=False, language=language)
        win = MainWindow(context)
        qtbot.addWidget(win)
        win.open_document(1)
        assert win.view is not None
        plan_file = tmp_path / "plan.csv"
        plan_file.write_text("标题,发布日期\n立春,2027-02-04\n", "utf-8")
        from workbench.planner.imports import read_plan_table

        plan_table = read_plan_table(plan_file)
        dialogs = [
            PreferencesDialog(win, context.preferences, context.workspace, language),
            FindReplaceDialog(win, win.view, replace=True),
            GotoDialog(win, 1, 8),
            SegmentHistoryDialog(win, 1, [], win.field_names()),
            ShortcutsDialog(win),
            ConceptDialog(win, context, None),
            TermbaseManager(win, context),
            TermbaseImportWizard(win, context),
            ConflictsDialog(win, context),
            IssueAssemblyWindow(win, context),
            PublicationDialog(win, language),
            IssueDialog(win),
            SectionDialog(win),
            AddArticlesDialog(win, [], []),
            PublishDialog(win, context.workspace, 1, language),
            ReviewExportDialog(win, "谷雨", tmp_path / "review.docx"),
            ReviewImportResultDialog(win, {"updated": [1], "warnings": ["w"]}),
            PlannerWindow(win, context),
            ItemDialog(win, language, ItemChoices()),
            SeriesDialog(win, [], []),
            CampaignDialog(win, []),
            SolarSeriesDialog(win, language, [], []),
            PeopleDialog(win, []),
            ChannelsDialog(win, []),
            ObservancesDialog(win, []),
            ImportDialog(win, plan_table, ["title_zh", "publish_date"], {"title_zh": "标题"}),
            AlignmentReviewWindow(win, context, 1, win.view),
            TermCandidatesDialog(win, context),
            WelcomeDialog(win, context.preferences, language, workspace=context.workspace.path),
        ]
        english = {
            "Preferences",
            "Find and replace",
            "Go to segment",
            "Segment history",
            "New concept",
            "Term bases",
            "Import terms",
            "Term conflicts",
            "Keyboard shortcuts",
            "Issue assembly",
            "New publication",
            "New issue",
            "New section",
            "Add articles",
            "Publish issue",
            "Export review document",
            "Review document imported",
            "Planner",
            "New content item",
            "New series",
            "New campaign",
            "New solar-term series",
            "People",
            "Channels",
            "Observances",
            "Import plan",
            "Align document",
            "Term candidates",
            "Welcome",
        }
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            title = dialog.windowTitle()
            assert title
            if language == "en":
                assert title in english
            else:
                assert title not in english, f"{type(dialog).__name__} untranslated"
            dialog.close()
        shortcuts = dialogs[4]
        assert shortcuts.shortcutTable.rowCount() >= 20
        preferences = dialogs[0]
        qa_tabs = [preferences.tabs.tabText(i) for i in (1, 2)]  # type: ignore[attr-defined]
        panel = win.qa.panel
        qa_texts = [
            *qa_tabs,
            panel.fix_action.text(),
            panel.summaryLabel.text(),
            preferences.qa_page.deleteButton.text(),  # type: ignore[attr-defined]
            win.actions_by_name["qa_run"].text(),
        ]
        english_qa = [
            "QA profiles",
            "User dictionary",
            "Fix",
            "Press F7 to check this document.",
            "Reset built-in",
            "&Run QA on document",
        ]
        if language == "en":
            assert qa_texts == english_qa
        else:
            assert not set(qa_texts) & set(english_qa), qa_texts
        assembly, publish = dialogs[9], dialogs[14]
        publishing_texts = [
            win.publishing.menu.title(),
            assembly.actions["add_section"].text(),  # type: ignore[attr-defined]
            assembly.model.headerData(0, Qt.Orientation.Horizontal),  # type: ignore[attr-defined]
            publish.layoutCombo.itemText(0),  # type: ignore[attr-defined]
        ]
        english_publishing = [
            "&Publishing",
            "Add &section…",
            "Section / article",
            "Interleaved, Chinese first",
        ]
        if language == "en":
            assert publishing_texts == english_publishing
        else:
            assert not set(publishing_texts) & set(english_publishing), publishing_texts
        planner = dialogs[17]
        planner_texts = [
            win.planner.menu.title(),
            planner.actions["new_solar_series"].text(),  # type: ignore[attr-defined]
            planner.table_model.headerData(0, Qt.Orientation.Horizontal),  # type: ignore[attr-defined]
            planner.viewTabs.tabText(5),  # type: ignore[attr-defined]
            planner.kanban.headers[planner.kanban.column("drafting").status].text(),  # type: ignore[attr-defined]
            planner.month_model.headerData(0, Qt.Orientation.Horizontal),  # type: ignore[attr-defined]
        ]
        english_planner = [
            "P&lan",
            "New s&olar-term series…",
            "Chinese title",
            "W&orkload",
            "Drafting  (0)",
            "Mon",
        ]
        if language == "en":
            assert planner_texts == english_planner
        else:
            assert not set(planner_texts) & set(english_planner), planner_texts
        review = dialogs[26]
        tm_texts = [
            win.tm.menu.title(),
            win.tm.actions["import_tmx"].text(),
            win.tm.concordance_dock.windowTitle(),
            win.tm.concordance.searchButton.text(),
            review.actions["merge"].text(),  # type: ignore[attr-defined]
            review.model.headerData(4, Qt.Orientation.Horizontal),  # type: ignore[attr-defined]
            preferences.prefillCheck.text(),  # type: ignore[attr-defined]
        ]
        english_tm = [
            "T&M",
            "&Import TMX into TM…",
            "Concordance",
            "Search",
            "Merge with next",
            "Confidence",
            "Pre-fill 100 % and context matches from the translation memory when a document opens",
        ]
        if language == "en":
            assert tm_texts == english_tm
        else:
            assert not set(tm_texts) & set(english_tm), tm_texts
        manager, candidates = dialogs[6], dialogs[27]
        candidate_texts = [
            manager.actions_by_name["termCandidates"].text(),  # type: ignore[attr-defined]
            candidates.acceptButton.text(),  # type: ignore[attr-defined]
            candidates.rejectButton.text(),  # type: ignore[attr-defined]
            candidates.candidateTable.horizontalHeaderItem(2).text(),  # type: ignore[attr-defined]
            candidates.minFreqLabel.text(),  # type: ignore[attr-defined]
        ]
        english_candidates = [
            "Term candidates…",
            "&Accept",
            "&Reject",
            "Frequency",
            "Minimum &frequency:",
        ]
        if language == "en":
            assert candidate_texts == english_candidates
        else:
            assert not set(candidate_texts) & set(english_candidates), candidate_texts
        win.close_document()
        context.workspace.close()
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)


def test_error_box_copies_details() -> None:
    from PySide6.QtWidgets import QPushButton

    from workbench.gui.errors import error_box

    create_app()
    box = error_box(None, "Something broke", "Traceback: line 1")
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
    copy.click()
    assert "Traceback: line 1" in QApplication.clipboard().text()
    assert "Something broke" in box.detailedText()
    box.deleteLater()


def test_preferences_round_trip_and_dark_theme(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QPalette

    from workbench.gui.dialogs.preferences import PreferencesDialog
    from workbench.gui.themes import apply_theme
    from workbench.settings import Preferences

    app = create_app()
    dialog = PreferencesDialog(None, Preferences())
    qtbot.addWidget(dialog)
    dialog.authorEdit.setText("Li Hua")
    dialog.autosaveSpin.setValue(7)
    dialog.themeCombo.setCurrentIndex(dialog.themeCombo.findData("dark"))
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("zh_CN"))
    dialog.propagateCheck.setChecked(False)
    chosen = dialog.result_preferences()
    chosen.save()
    loaded = Preferences.load()
    assert (
        loaded.author,
        loaded.autosave_seconds,
        loaded.theme,
        loaded.ui_language,
        loaded.auto_propagate,
    ) == ("Li Hua", 7, "dark", "zh_CN", False)
    apply_theme(app, "dark")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    apply_theme(app, "light")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 150
