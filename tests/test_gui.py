"""The desktop window: opens on a workspace in every UI language, lists and filters
documents, imports in the background, and the translations are complete and compiled."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workbench.gui.app import create_app, open_context
from workbench.gui.forms import load_form
from workbench.gui.i18n import UI_LANGUAGES, build_translations, install_translators
from workbench.gui.main_window import MainWindow
from workbench.resources import resources_root, ui_root

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    create_app()
    context = open_context(str(tmp_path / "gui.db"), sample=False, language="en")
    win = MainWindow(context)
    errors: list[str] = []
    win.report_error = lambda message, details="": errors.append(message)  # no modal dialogs
    win.errors = errors
    qtbot.addWidget(win)
    win.show()
    yield win
    context.workspace.close()
    assert errors == []


def test_first_launch_shows_the_sample_documents(window: MainWindow) -> None:
    assert window.model.rowCount() == 3
    assert window.summary_label.text() == "3 of 3 documents"
    titles = {window.model.summary_at(r).title_zh for r in range(3)}
    assert "谷雨：一杯新茶里的春天" in titles


def test_filters(window: MainWindow, qtbot: QtBot) -> None:
    window.filter_edit.setText("night")
    assert window.proxy.rowCount() == 1
    window.filter_edit.clear()
    window.language_combo.setCurrentIndex(window.language_combo.findData("en"))
    assert window.proxy.rowCount() == 1
    window.language_combo.setCurrentIndex(0)
    window.status_combo.setCurrentIndex(window.status_combo.findData("translated"))
    assert window.proxy.rowCount() == 1
    assert window.summary_label.text() == "1 of 3 documents"


def test_import_runs_in_background_and_refreshes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "note.txt"
    source.write_text("今天天气很好。我们去公园散步。\n公园里有很多人。\n", "utf-8")
    window.import_path(source)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=15_000)
    assert "note.txt" in window.statusBar().currentMessage()


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
        assert "工作台" in win.windowTitle()
        headers = [win.model.headerData(c, _horizontal()) for c in range(win.model.columnCount())]
        assert ("English title" not in headers and "英文標題" in headers) or "英文标题" in headers
        assert win.file_menu.title() != "&File"
        context.workspace.close()
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_every_translation_is_finished() -> None:
    for ts in sorted((resources_root() / "translations").glob("*.ts")):
        tree = etree.parse(str(ts), etree.XMLParser(resolve_entities=False, no_network=True))
        unfinished = [
            m.findtext("source")
            for m in tree.iter("message")
            if m.find("translation").get("type") in ("unfinished",)
            or not (m.findtext("translation") or "").strip()
        ]
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
    assert forms
    for form in forms:
        widget = load_form(form.name)
        assert widget.objectName()
        widget.deleteLater()
