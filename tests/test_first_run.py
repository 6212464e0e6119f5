"""First run, crash reports and the version: the welcome dialog appears once and each of
its ways in opens a workspace; an unexpected error leaves a report in the log folder that
the error dialog can copy; About shows the version from pyproject.toml."""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from workbench import __version__
from workbench.gui import crash
from workbench.gui.app import create_app, open_context
from workbench.gui.dialogs.welcome import WelcomeDialog, first_run, needs_welcome
from workbench.gui.main_window import MainWindow
from workbench.settings import Preferences, data_dir, log_dir

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_file_manager(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    opened: list[Path] = []
    monkeypatch.setattr(crash, "open_folder", lambda folder: opened.append(folder) or True)
    return opened


@pytest.fixture
def translators() -> Iterator[list[object]]:
    """Translators installed by a test are removed again afterwards."""
    kept: list[object] = []
    yield kept
    for translator in kept:
        QApplication.removeTranslator(translator)  # type: ignore[arg-type]


def answer_welcome(
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
    path: Path | None = None,
    language: str | None = None,
) -> None:
    """Make WelcomeDialog.exec click like a user instead of blocking."""

    def exec_(dialog: WelcomeDialog) -> int:
        if language:
            dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData(language))
        if path is not None:
            monkeypatch.setattr(dialog, "ask_new_path", lambda: str(path))
            monkeypatch.setattr(dialog, "ask_existing_path", lambda: str(path))
        buttons = {
            "new": dialog.newButton,
            "open": dialog.openButton,
            "sample": dialog.sampleButton,
        }
        if choice in buttons:
            buttons[choice].click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)


def start(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choice: str, **kw: object) -> MainWindow:
    """What run_gui does on the first start, without the event loop."""
    create_app()
    preferences = Preferences.load()
    assert needs_welcome(preferences)
    answer_welcome(monkeypatch, choice, **kw)  # type: ignore[arg-type]
    result = first_run(preferences, "en", [])
    context = open_context(result.workspace, sample=result.sample, language=result.language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def close(window: MainWindow) -> None:
    window.close_document()
    window.context.workspace.close()


def test_welcome_on_first_start_only(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = start(qtbot, monkeypatch, "close")
    assert not needs_welcome(Preferences.load())
    # closing the dialog keeps the old first-launch behaviour: the default workspace + sample
    assert window.navigator.model.rowCount() == 3
    close(window)


def test_new_workspace_is_empty_and_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "team" / "desk.db"
    target.parent.mkdir()
    window = start(qtbot, monkeypatch, "new", path=target)
    assert window.context.workspace.path == target
    assert target.exists() and window.navigator.model.rowCount() == 0
    assert Preferences.load().recent_workspaces[0] == str(target)
    close(window)


def test_open_existing_workspace(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    existing = tmp_path / "existing.db"
    open_context(str(existing), sample=False, language="en").workspace.close()  # 3 documents
    Preferences().save()  # forget it again: still a first start
    window = start(qtbot, monkeypatch, "open", path=existing)
    assert window.context.workspace.path == existing
    assert window.navigator.model.rowCount() == 3
    close(window)


def test_sample_lists_the_sample_documents(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = start(qtbot, monkeypatch, "sample")
    assert window.context.workspace.path == data_dir() / "sample-workspace.db"
    nav = window.navigator
    titles = {nav.model.summary_at(r).title_zh for r in range(nav.model.rowCount())}
    assert "谷雨：一杯新茶里的春天" in titles
    close(window)


def test_language_is_stored_and_applied_at_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, translators: list[object]
) -> None:
    create_app()
    dialog = WelcomeDialog(None, Preferences(), "en", live_language=True)
    qtbot.addWidget(dialog)
    english = dialog.sampleButton.text()
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("zh_CN"))
    translators.extend(dialog.translators)
    assert Preferences.load().ui_language == "zh_CN"
    assert dialog.language == "zh_CN" and dialog.translators
    assert dialog.sampleButton.text() != english  # the form was rebuilt in Chinese
    assert dialog.languageCombo.currentData() == "zh_CN"
    qtbot.wait(20)  # LanguageChange events are posted; the buttons must keep our texts
    assert dialog.closeButton.text() == "继续"


def test_language_from_help_is_for_the_next_start(qtbot: QtBot) -> None:
    create_app()
    dialog = WelcomeDialog(None, Preferences(), "en")
    qtbot.addWidget(dialog)
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("zh_TW"))
    assert Preferences.load().ui_language == "zh_TW"
    assert dialog.translators == [] and dialog.languageNote.text() == "Used after a restart."


def test_paths_shown_exist_and_open(qtbot: QtBot, _no_file_manager: list[Path]) -> None:
    create_app()
    dialog = WelcomeDialog(None, Preferences(), "en")
    qtbot.addWidget(dialog)
    folders = dialog.shown_folders()
    assert all(folder.is_dir() for folder in folders.values()), folders
    assert dialog.form is not None
    texts = [label.text() for label in dialog.form.findChildren(type(dialog.languageNote))]
    assert str(log_dir()) in texts and str(dialog.backup_folder()) in texts
    assert log_dir().is_relative_to(data_dir())  # tests never touch the real user folders
    for name in ("openWorkspaceFolderButton", "openBackupFolderButton", "openLogFolderButton"):
        dialog.form.findChild(QPushButton, name).click()
    assert _no_file_manager == list(folders.values())


def test_help_welcome_opens_the_sample(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    create_app()
    context = open_context(str(tmp_path / "empty.db"), sample=False, language="en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.welcome_action in window.findChild(QMenu, "menuHelp").actions()
    answer_welcome(monkeypatch, "sample")
    window.welcome_action.trigger()
    assert window.context.workspace.path == data_dir() / "sample-workspace.db"
    assert window.navigator.model.rowCount() == 3
    close(window)


def raise_bug() -> None:
    secret = {"zh": "不要写进日志"}
    raise KeyError(secret["en"])


def test_crash_writes_a_report_and_copy_report(qtbot: QtBot) -> None:
    create_app()
    try:
        raise_bug()
    except KeyError:
        kind, value, tb = sys.exc_info()
    from workbench.gui.errors import crash_box

    box = crash_box(kind, value, tb)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    reports = sorted(log_dir().glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text("utf-8")
    assert "Traceback (most recent call last)" in text and "raise_bug" in text
    assert f"ICC Workbench {__version__}" in text and "Python:" in text and "Qt:" in text
    assert "不要写进日志" not in text  # tracebacks show code, not data
    assert str(reports[0]) in box.informativeText()
    QApplication.clipboard().clear()
    box.findChild(QPushButton, "copyReportButton").click()
    assert QApplication.clipboard().text() == text
    buttons = [b.text() for b in box.findChildren(QPushButton)]
    assert "Open log folder" in buttons and "Quit" in buttons and "Copy details" not in buttons


def test_exception_hook_shows_the_report(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, _no_file_manager: list[Path]
) -> None:
    from workbench.gui.errors import install_exception_hook

    create_app()
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        box.findChild(QPushButton, "openLogFolderButton").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1 and "boom" in shown[0].detailedText()
    assert _no_file_manager == [log_dir()]
    assert len(list(log_dir().glob("crash-*.txt"))) == 1


def test_about_shows_the_pyproject_version(qtbot: QtBot, tmp_path: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert __version__ == version
    create_app()
    context = open_context(str(tmp_path / "about.db"), sample=False, language="en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    text = window.about_text()
    assert f"ICC Workbench {version}" in text
    assert "Qt " in text and "Python " in text and str(log_dir()) in text
    close(window)


def test_crash_dialog_in_chinese(qtbot: QtBot, translators: list[object]) -> None:
    from workbench.gui.errors import crash_box
    from workbench.gui.i18n import install_translators

    translators.extend(install_translators(create_app(), "zh_CN"))
    try:
        raise ValueError("x")
    except ValueError:
        box = crash_box(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.addWidget(box)
    texts = {b.objectName(): b.text() for b in box.findChildren(QPushButton)}
    assert texts["copyReportButton"] == "复制报告"
    assert texts["openLogFolderButton"] == "打开日志文件夹"
